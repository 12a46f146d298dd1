/**
 * Reads the lexicon data files that ship beside the bundles (`dist/data/`, or `server/data/` when
 * running from the sources) into the `Lexicon` a host passes to its entity detectors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LEXICON_FILES, parseLexiconText } from '../core/entities/lexiconData';
import { createLexicon, type Lexicon, type LexiconPart } from '../core/entities/lexicon/lexicon';

export interface LexiconLoadResult {
	/** The cue words built into the code and whatever could be read. */
	readonly lexicon: Lexicon;
	readonly directory: string | undefined;
	/** Entries read, per file name. */
	readonly entries: Record<string, number>;
	/** Files that were expected but could not be read, with the reason. */
	readonly problems: readonly string[];
}

/** The first of `candidates` that holds the lexicon files. */
export function findLexiconDirectory(candidates: readonly string[]): string | undefined {
	return candidates.find(candidate => fs.existsSync(path.join(candidate, LEXICON_FILES[0].file)));
}

/**
 * Builds the lexicon from every file in `directory`; a missing or unreadable file is reported, never fatal.
 * `leaveOut`: parts whose files are not read (the eval measures the context rules without the organisation names).
 */
export function loadLexicon(directory: string | undefined, leaveOut: readonly LexiconPart[] = []): LexiconLoadResult {
	const entries: Record<string, number> = {};
	const problems: string[] = [];
	if (!directory) {
		const problem =
			'no lexicon data directory found; detecting with the cue words alone (no given names, places, demonyms or frequent words)';
		return { lexicon: createLexicon(), directory, entries, problems: [problem] };
	}
	const parts: Record<LexiconPart, string[]> = { givenNames: [], organizations: [], places: [], countries: [], ordinaryPlurals: [],
		dictionaryWords: [], commonWords: [], demonyms: [] };
	for (const { file, part } of LEXICON_FILES) {
		if (leaveOut.includes(part)) continue;
		try {
			const read = parseLexiconText(fs.readFileSync(path.join(directory, file), 'utf8'));
			entries[file] = read.length;
			parts[part].push(...read);
		} catch (error) {
			problems.push(`${file}: ${(error as Error).message}`);
		}
	}
	return { lexicon: createLexicon(parts), directory, entries, problems };
}

/** Where the data lies for a host whose compiled file is in `hostDirectory` (bundled or compiled). */
export function lexiconCandidates(hostDirectory: string): string[] {
	return [
		path.join(hostDirectory, 'data'),
		path.resolve(hostDirectory, '..', 'server', 'data'),
		path.resolve(hostDirectory, '..', '..', 'server', 'data'),
		path.resolve(hostDirectory, '..', '..', '..', 'server', 'data'),
	];
}
