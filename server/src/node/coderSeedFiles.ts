/**
 * Reads every coder's sidecar (`name.<coder>.tags.yaml`) of the given seeds from disk, for the
 * agreement measures outside an editor. Annotations are re-anchored in the text as it is now,
 * exactly as the editor would (passage and context, exact then fuzzy); those that cannot be found
 * are left out and counted, a malformed file is reported and skipped, never guessed at.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { CoderSeed } from '../core/agreement/codedSeeds';
import { coderSidecarUri, codersOfSeed } from '../core/annotations/coderSidecar';
import { reanchorAll } from '../core/annotations/reanchor';
import { Sidecar, type SidecarParseResult } from '../core/annotations/sidecar';
import { mapBounded } from './boundedParallel';
import { withoutByteOrderMark } from './workspaceScanner';

export interface SeedText {
	/** The file on disk. */
	readonly file: string;
	/** How the seed is named in reports (a relative path). */
	readonly seed: string;
	/** Without a byte-order mark, as the editor holds it. */
	readonly text: string;
}

export interface CoderFileProblem {
	readonly file: string;
	readonly message: string;
}

export interface LoadedCoderSeeds {
	readonly files: readonly CoderSeed[];
	readonly problems: readonly CoderFileProblem[];
}

/** Coder files read or checked at once. */
const fileParallelism = 32;

type FoundAnnotation = { readonly tag: string; readonly start: number; readonly end: number };

/** A coder file's annotations found again in one text, and how many were not found (orphans). */
interface Anchored {
	readonly text: string;
	readonly found: readonly FoundAnnotation[];
	readonly lost: number;
}

interface CachedCoderFile {
	readonly size: number;
	readonly mtimeMs: number;
	readonly parsed: SidecarParseResult;
	/** Where its annotations were found in the seed's text at the last call (kept while that text is unchanged). */
	anchored?: Anchored;
}

/**
 * Parsed coder files by path, kept by a long-lived caller (the language server) so that reopening
 * or refreshing a report parses and re-anchors only the files (and texts) that changed: YAML
 * parsing and re-anchoring dominate the cost.
 */
export type CoderFileCache = Map<string, CachedCoderFile>;

async function parseCoderFile(file: string, cache: CoderFileCache | undefined): Promise<CachedCoderFile> {
	const stat = cache ? await fs.stat(file) : undefined;
	const cached = stat && cache?.get(file);
	if (stat && cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached;
	const parsed = Sidecar.parse(withoutByteOrderMark(await fs.readFile(file, 'utf8')));
	const entry = { size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, parsed };
	if (stat) cache?.set(file, entry);
	return entry;
}

function anchorIn(text: string, entry: CachedCoderFile, sidecar: Sidecar): Anchored {
	if (entry.anchored?.text === text) return entry.anchored;
	const annotations = sidecar.annotations;
	const found: FoundAnnotation[] = [];
	reanchorAll(text, annotations).forEach((anchor, index) => {
		if (anchor.status !== 'orphaned') found.push({ tag: annotations[index].tag, start: anchor.start, end: anchor.end });
	});
	entry.anchored = { text, found, lost: annotations.length - found.length };
	return entry.anchored;
}

export async function loadCoderSeeds(seeds: readonly SeedText[], cache?: CoderFileCache): Promise<LoadedCoderSeeds> {
	const listings = new Map<string, Promise<string[]>>();
	const listing = (folder: string) => {
		let names = listings.get(folder);
		if (!names) {
			names = fs.readdir(folder).catch(() => []);
			listings.set(folder, names);
		}
		return names;
	};
	// Read in parallel, gathered in the seeds' order so the answer does not depend on timing.
	const perSeed = await mapBounded(seeds, fileParallelism, async seed => {
		const uri = URI.file(path.resolve(seed.file));
		const coders = codersOfSeed(uri, await listing(path.dirname(seed.file)));
		return Promise.all(coders.map(async coder => {
			const sidecarFile = coderSidecarUri(uri, coder).fsPath;
			try {
				return { coder, sidecarFile, entry: await parseCoderFile(sidecarFile, cache) };
			} catch (error) {
				return { coder, sidecarFile, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
			}
		}));
	});
	const files: CoderSeed[] = [];
	const problems: CoderFileProblem[] = [];
	seeds.forEach((seed, index) => {
		for (const { coder, sidecarFile, entry, error } of perSeed[index]) {
			if (!entry) {
				problems.push({ file: sidecarFile, message: error ?? 'cannot read' });
				continue;
			}
			const parsed = entry.parsed;
			if (!parsed.ok) {
				const first = parsed.problems[0];
				problems.push({ file: sidecarFile, message: `malformed, left out: ${first.message} (line ${first.range.start.line + 1})` });
				continue;
			}
			const { found, lost } = anchorIn(seed.text, entry, parsed.sidecar);
			if (lost > 0) {
				const message = `${lost} annotation${lost === 1 ? '' : 's'} no longer found in the text (orphaned), left out`;
				problems.push({ file: sidecarFile, message });
			}
			files.push({ seed: seed.seed, text: seed.text, coder, annotations: found });
		}
	});
	return { files, problems };
}
