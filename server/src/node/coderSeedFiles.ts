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

/**
 * Parsed coder files by path, kept by a long-lived caller (the language server) so that reopening
 * or refreshing a report parses only the files that changed: YAML parsing dominates the cost.
 */
export type CoderFileCache = Map<string, { readonly size: number; readonly mtimeMs: number; readonly parsed: SidecarParseResult }>;

async function parseCoderFile(file: string, cache: CoderFileCache | undefined): Promise<SidecarParseResult> {
	const stat = cache ? await fs.stat(file) : undefined;
	const cached = stat && cache?.get(file);
	if (stat && cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.parsed;
	const parsed = Sidecar.parse(withoutByteOrderMark(await fs.readFile(file, 'utf8')));
	if (stat) cache?.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, parsed });
	return parsed;
}

export async function loadCoderSeeds(seeds: readonly SeedText[], cache?: CoderFileCache): Promise<LoadedCoderSeeds> {
	const listings = new Map<string, Promise<string[]>>();
	const files: CoderSeed[] = [];
	const problems: CoderFileProblem[] = [];
	for (const seed of seeds) {
		const folder = path.dirname(seed.file);
		let listing = listings.get(folder);
		if (!listing) {
			listing = fs.readdir(folder).catch(() => []);
			listings.set(folder, listing);
		}
		const uri = URI.file(path.resolve(seed.file));
		for (const coder of codersOfSeed(uri, await listing)) {
			const sidecarFile = coderSidecarUri(uri, coder).fsPath;
			let parsed: SidecarParseResult;
			try {
				parsed = await parseCoderFile(sidecarFile, cache);
			} catch (error) {
				problems.push({ file: sidecarFile, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
				continue;
			}
			if (!parsed.ok) {
				const first = parsed.problems[0];
				problems.push({ file: sidecarFile, message: `malformed, left out: ${first.message} (line ${first.range.start.line + 1})` });
				continue;
			}
			const annotations = parsed.sidecar.annotations;
			const anchors = reanchorAll(seed.text, annotations);
			const found: { tag: string; start: number; end: number }[] = [];
			anchors.forEach((anchor, index) => {
				if (anchor.status !== 'orphaned') found.push({ tag: annotations[index].tag, start: anchor.start, end: anchor.end });
			});
			if (found.length < annotations.length) {
				const lost = annotations.length - found.length;
				const message = `${lost} annotation${lost === 1 ? '' : 's'} no longer found in the text (orphaned), left out`;
				problems.push({ file: sidecarFile, message });
			}
			files.push({ seed: seed.seed, text: seed.text, coder, annotations: found });
		}
	}
	return { files, problems };
}
