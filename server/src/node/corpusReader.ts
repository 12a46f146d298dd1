/**
 * Reads the sidecars of seeds on disk for the corpus overview: the plain one and every coder's,
 * each parse cached until the file's size or modification time changes, so asking again after one
 * tag re-reads one file. A malformed sidecar is left out and reported, never guessed at.
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
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

/** How long one slice of reading may hold the server before requests and edits get their turn. */
const sliceMs = 4;

export class CorpusSidecarReader {
	private readonly cache = new Map<string, CachedCoding>();

	/**
	 * The codings of the seeds in one call; folders are listed once each. Problems (malformed or
	 * unreadable sidecars) go to `onProblem`.
	 *
	 * Files are listed, checked and read with synchronous calls in slices of a few milliseconds, with a
	 * turn of the event loop between slices: one awaited `stat` per sidecar costs a thread-pool round
	 * trip each (seconds for 10,000 seeds), while the synchronous calls on a cached disk cost
	 * microseconds, and the slices keep a hover or an edit's diagnostics from waiting behind them.
	 */
	async codingsOf(seedFiles: readonly string[], onProblem: (problem: SidecarReadProblem) => void): Promise<Map<string, SeedCoding[]>> {
		const listings = new Map<string, Map<string, string[]>>();
		const result = new Map<string, SeedCoding[]>();
		let sliceStarted = performance.now();
		for (const seedFile of seedFiles) {
			if (performance.now() - sliceStarted > sliceMs) {
				await new Promise(resolve => setImmediate(resolve));
				sliceStarted = performance.now();
			}
			const folder = path.dirname(seedFile);
			let listing = listings.get(folder);
			if (!listing) {
				listing = sidecarFilesByStem(folder);
				listings.set(folder, listing);
			}
			const codings: SeedCoding[] = [];
			const name = path.basename(seedFile);
			const dot = name.lastIndexOf('.');
			for (const sidecar of sidecarsOfSeed(name, listing.get(dot > 0 ? name.slice(0, dot) : name) ?? [])) {
				const coding = this.read(path.join(folder, sidecar.fileName), sidecar.coder, onProblem);
				if (coding) codings.push(coding);
			}
			result.set(seedFile, codings);
		}
		return result;
	}

	private read(file: string, coderFromName: string, onProblem: (problem: SidecarReadProblem) => void): SeedCoding | undefined {
		let stat: Stats | undefined;
		try {
			stat = statSync(file, { throwIfNoEntry: false });
		} catch {
			stat = undefined;
		}
		if (!stat) return undefined;
		let cached = this.cache.get(file);
		if (!cached || cached.size !== stat.size || cached.mtimeMs !== stat.mtimeMs) {
			cached = { size: stat.size, mtimeMs: stat.mtimeMs, ...parseCoding(file, coderFromName) };
			this.cache.set(file, cached);
		}
		if (cached.problem) onProblem(cached.problem);
		return cached.coding;
	}
}

/**
 * The folder's sidecar files by the seed stem they may belong to: `stem.tags.yaml` and
 * `stem.coder.tags.yaml` under `stem`, so that each seed looks at its own few files, not at every
 * file of a folder of thousands.
 */
function sidecarFilesByStem(folder: string): Map<string, string[]> {
	const byStem = new Map<string, string[]>();
	const add = (stem: string, name: string) => {
		const names = byStem.get(stem);
		if (names) names.push(name);
		else byStem.set(stem, [name]);
	};
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return byStem;
	}
	for (const name of names) {
		if (!name.endsWith('.tags.yaml')) continue;
		const base = name.slice(0, -'.tags.yaml'.length);
		add(base, name);
		const dot = base.lastIndexOf('.');
		if (dot > 0) add(base.slice(0, dot), name);
	}
	return byStem;
}

function parseCoding(file: string, coderFromName: string): { coding: SeedCoding | undefined; problem?: SidecarReadProblem } {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
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
