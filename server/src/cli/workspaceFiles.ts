/**
 * Finds a workspace file the CLI needs beside the seeds it was given (`entities.yaml`,
 * `codebook.yaml`): in the first folder named or its `seeds/`, else in `seeds/` of the current folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function findBesideSeeds(paths: readonly string[], cwd: string, fileName: string): Promise<string | undefined> {
	const candidates: string[] = [];
	const first = paths[0];
	if (first) {
		const stat = await fs.stat(first).catch(() => undefined);
		const folder = stat?.isDirectory() ? first : path.dirname(first);
		candidates.push(path.join(folder, fileName), path.join(folder, 'seeds', fileName));
	}
	candidates.push(path.join(cwd, 'seeds', fileName));
	for (const candidate of candidates) {
		if (
			await fs.stat(candidate).then(
				stat => stat.isFile(),
				() => false,
			)
		)
			return candidate;
	}
	return undefined;
}
