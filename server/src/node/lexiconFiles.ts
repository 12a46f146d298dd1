/**
 * Reads the lexicon data files that ship beside the bundles (`dist/data/`, or `server/data/` when
 * running from the sources) and hands them to the entity detector.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addLexiconText, LEXICON_FILES } from '../core/entities/lexiconData';

export interface LexiconLoadResult {
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

/** Loads every lexicon file in `directory`; a missing or unreadable file is reported, never fatal. */
export function loadLexiconFiles(directory: string | undefined): LexiconLoadResult {
	const entries: Record<string, number> = {};
	const problems: string[] = [];
	if (!directory) return { directory, entries, problems: ['no lexicon data directory found; using the built-in lexicons only'] };
	for (const { file, part } of LEXICON_FILES) {
		try {
			entries[file] = addLexiconText(part, fs.readFileSync(path.join(directory, file), 'utf8'));
		} catch (error) {
			problems.push(`${file}: ${(error as Error).message}`);
		}
	}
	return { directory, entries, problems };
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
