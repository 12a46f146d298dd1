/**
 * Reads the sidecars of seeds on disk for the corpus overview: the plain one and every coder's,
 * each parse cached until the file's size or modification time changes, so asking again after one
 * tag re-reads one file. A malformed sidecar is left out and reported, never guessed at.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Sidecar } from '../core/annotations/sidecar';
import { declaredCoder, sidecarsOfSeed } from '../core/stats/coderSidecars';
import type { SeedCoding } from '../core/stats/corpusStatsTypes';

export interface SidecarReadProblem {
	readonly file: string;
	readonly message: string;
}

interface CachedCoding {
	readonly size: number;
	readonly mtimeMs: number;
	readonly coding: SeedCoding | undefined;
	readonly problem?: SidecarReadProblem;
}

export class CorpusSidecarReader {
	private readonly cache = new Map<string, CachedCoding>();

	/**
	 * The codings of the seeds in one call; folders are listed once each. Problems (malformed or
	 * unreadable sidecars) go to `onProblem`.
	 */
	async codingsOf(seedFiles: readonly string[], onProblem: (problem: SidecarReadProblem) => void): Promise<Map<string, SeedCoding[]>> {
		const listings = new Map<string, Promise<string[]>>();
		const result = new Map<string, SeedCoding[]>();
		for (const seedFile of seedFiles) {
			const folder = path.dirname(seedFile);
			let listing = listings.get(folder);
			if (!listing) {
				listing = fs.readdir(folder).then(
					names => names.filter(name => name.endsWith('.tags.yaml')),
					() => [],
				);
				listings.set(folder, listing);
			}
			const codings: SeedCoding[] = [];
			for (const sidecar of sidecarsOfSeed(path.basename(seedFile), await listing)) {
				const coding = await this.read(path.join(folder, sidecar.fileName), sidecar.coder, onProblem);
				if (coding) codings.push(coding);
			}
			result.set(seedFile, codings);
		}
		return result;
	}

	private async read(
		file: string,
		coderFromName: string,
		onProblem: (problem: SidecarReadProblem) => void,
	): Promise<SeedCoding | undefined> {
		const stat = await fs.stat(file).catch(() => undefined);
		if (!stat) return undefined;
		let cached = this.cache.get(file);
		if (!cached || cached.size !== stat.size || cached.mtimeMs !== stat.mtimeMs) {
			cached = { size: stat.size, mtimeMs: stat.mtimeMs, ...(await parseCoding(file, coderFromName)) };
			this.cache.set(file, cached);
		}
		if (cached.problem) onProblem(cached.problem);
		return cached.coding;
	}
}

async function parseCoding(file: string, coderFromName: string): Promise<{ coding: SeedCoding | undefined; problem?: SidecarReadProblem }> {
	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (error) {
		return { coding: undefined, problem: { file, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
	}
	const parsed = Sidecar.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (!parsed.ok) {
		const problem = parsed.problems[0];
		return {
			coding: undefined,
			problem: { file, message: `malformed, left out: ${problem?.message} (line ${(problem?.range.start.line ?? 0) + 1})` },
		};
	}
	const coder = coderFromName === '' ? '' : (declaredCoder(text) ?? coderFromName);
	return {
		coding: {
			coder,
			passages: parsed.sidecar.annotations.map(({ tag, start, end, text: passage }) => ({ tag, start, end, text: passage })),
		},
	};
}
