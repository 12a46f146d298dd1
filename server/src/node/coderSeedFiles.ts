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
import { Sidecar } from '../core/annotations/sidecar';
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

export async function loadCoderSeeds(seeds: readonly SeedText[]): Promise<LoadedCoderSeeds> {
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
			let sidecarText: string;
			try {
				sidecarText = withoutByteOrderMark(await fs.readFile(sidecarFile, 'utf8'));
			} catch (error) {
				problems.push({ file: sidecarFile, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
				continue;
			}
			const parsed = Sidecar.parse(sidecarText);
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
				problems.push({ file: sidecarFile, message: `${lost} annotation${lost === 1 ? '' : 's'} no longer found in the text (orphaned), left out` });
			}
			files.push({ seed: seed.seed, text: seed.text, coder, annotations: found });
		}
	}
	return { files, problems };
}
