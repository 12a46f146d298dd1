/**
 * A seed's sidecars on disk: the plain `name.tags.yaml` and one `name.<coder>.tags.yaml` per coder
 * (coder names are letters, digits, `-` and `_`), for the REFI-QDA export.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { SeedToExport } from '../core/annotations/export/savedSources';
import type { SeedForExchange } from '../core/exchange/projectExport';

export async function withCoderSidecars(seeds: readonly SeedToExport[]): Promise<SeedForExchange[]> {
	const listings = new Map<string, string[]>();
	const result: SeedForExchange[] = [];
	for (const seed of seeds) {
		const folder = path.dirname(seed.uri.fsPath);
		if (!listings.has(folder)) {
			listings.set(folder, await fs.readdir(folder).catch(() => []));
		}
		const base = path.basename(seed.uri.fsPath).replace(/\.[^.]*$/, '');
		const sidecars: SeedForExchange['sidecars'][number][] = [{ uri: URI.file(path.join(folder, `${base}.tags.yaml`)) }];
		for (const name of listings.get(folder)!.sort()) {
			const coder = name.startsWith(`${base}.`) && name.endsWith('.tags.yaml') ? name.slice(base.length + 1,
				-'.tags.yaml'.length) : '';
			if (/^[A-Za-z0-9_-]+$/.test(coder)) {
				sidecars.push({ uri: URI.file(path.join(folder, name)), coder });
			}
		}
		result.push({ uri: seed.uri, name: seed.name, sidecars });
	}
	return result;
}
