/**
 * Reads the lexicon data files that ship beside the bundles (`dist/data/`, or `server/data/` when
 * running from the sources) into the `Lexicon` a host passes to its entity detectors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CUES_FILE, LEXICON_FILES, parseLexiconText } from '../core/entities/lexiconData';
import { parseCues, type Cues } from '../core/entities/lexicon/cues';
import { createLexicon, type Lexicon, type LexiconPart } from '../core/entities/lexicon/lexicon';

export interface LexiconLoadResult {
	/** The cue words and whatever else could be read. */
	readonly lexicon: Lexicon;
	readonly directory: string | undefined;
	/** Entries read, per file name (the cue words' file not counted). */
	readonly entries: Record<string, number>;
	/** Name lists that were expected but could not be read, with the reason. */
	readonly problems: readonly string[];
}

/** The first of `candidates` that holds the lexicon files. */
export function findLexiconDirectory(candidates: readonly string[]): string | undefined {
	return candidates.find(candidate => fs.existsSync(path.join(candidate, CUES_FILE)));
}

/**
 * The cue words of `directory` (`core-cues.txt`). The detector cannot work without them, so a missing
 * directory, a missing file or a malformed one throws, saying which file and why.
 */
export function loadCues(directory: string | undefined): Cues {
	if (!directory) throw new Error(`no lexicon data directory found (it holds ${CUES_FILE}, the entity detector's cue words)`);
	const file = path.join(directory, CUES_FILE);
	try {
		return parseCues(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message} (the entity detector's cue words; it cannot work without them)`);
	}
}

/**
 * Builds the lexicon from every file in `directory`. The cue words are required (`loadCues` throws without
 * them); a missing or unreadable name list is reported, never fatal.
 * `leaveOut`: parts whose files are not read (the eval measures the context rules without the organisation names).
 */
export function loadLexicon(directory: string | undefined, leaveOut: readonly LexiconPart[] = []): LexiconLoadResult {
	const cues = loadCues(directory);
	const entries: Record<string, number> = {};
	const problems: string[] = [];
	const parts: Record<LexiconPart, string[]> = { givenNames: [], organizations: [], places: [], countries: [], ordinaryPlurals: [],
		dictionaryWords: [], commonWords: [], demonyms: [] };
	for (const { file, part } of LEXICON_FILES) {
		if (leaveOut.includes(part)) continue;
		try {
			const read = parseLexiconText(fs.readFileSync(path.join(directory!, file), 'utf8'));
			entries[file] = read.length;
			parts[part].push(...read);
		} catch (error) {
			problems.push(`${file}: ${(error as Error).message}`);
		}
	}
	return { lexicon: createLexicon({ cues, ...parts }), directory, entries, problems };
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
