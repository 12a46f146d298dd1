/**
 * Which files `seed export` reads: the seeds named on the command line, and in folders the seeds
 * they hold (by name or content, as everywhere) and any `.txt` that has a sidecar beside it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { SeedToExport } from '../core/annotations/export/savedSources';
import { defaultSidecarUri } from '../core/annotations/sidecarStore';
import { findSeedFiles, readSeedFile } from '../node/workspaceScanner';

export interface FoundSeeds {
	readonly seeds: SeedToExport[];
	readonly problems: string[];
}

export async function seedsToExport(paths: readonly string[], cwd = process.cwd()): Promise<FoundSeeds> {
	const seeds: SeedToExport[] = [];
	const problems: string[] = [];
	const seen = new Set<string>();
	const add = (file: string) => {
		const absolute = path.resolve(cwd, file);
		if (!seen.has(absolute)) {
			seen.add(absolute);
			seeds.push({ uri: URI.file(absolute), name: exportName(absolute, cwd) });
		}
	};
	for (const given of paths.length > 0 ? paths : ['.']) {
		const stat = await fs.stat(path.resolve(cwd, given)).catch(() => undefined);
		if (!stat) {
			problems.push(`${given}: no such file or folder`);
		} else if (stat.isDirectory()) {
			const found: string[] = [];
			for await (const file of findSeedFiles(path.resolve(cwd, given))) {
				const hasSidecar = await fs.stat(defaultSidecarUri(URI.file(file)).fsPath).then(() => true, () => false);
				if (hasSidecar || await readSeedFile(file) !== undefined) {
					found.push(file);
				}
			}
			found.sort().forEach(add);
		} else {
			add(given);
		}
	}
	return { seeds, problems };
}

/** The seed's name in the export: its path relative to the working folder (with `/`), else absolute. */
export function exportName(absolute: string, cwd: string): string {
	const relative = path.relative(cwd, absolute);
	return relative.startsWith('..') || path.isAbsolute(relative) ? absolute.split(path.sep).join('/') : relative.split(path.sep).join('/');
}

/** The codebook for brat's `annotation.conf` and the REFI-QDA formats: `--codebook`, else the usual places. */
export async function findCodebook(given: string | undefined, paths: readonly string[], cwd = process.cwd()): Promise<string | undefined> {
	const candidates = given !== undefined ? [given] : [
		...paths.map(folder => path.join(folder, 'codebook.yaml')),
		...paths.map(folder => path.join(folder, 'seeds', 'codebook.yaml')),
		path.join('seeds', 'codebook.yaml'),
		'codebook.yaml',
	];
	for (const candidate of candidates) {
		const file = path.resolve(cwd, candidate);
		if (await fs.stat(file).then(stat => stat.isFile(), () => false)) {
			return file;
		}
	}
	if (given !== undefined) {
		throw new Error(`${given}: no such codebook`);
	}
	return undefined;
}
