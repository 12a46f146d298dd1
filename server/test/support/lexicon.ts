/**
 * The lexicon unit tests build on: the cue words (`server/data/core-cues.txt`, which every lexicon needs), the
 * short general lists of `server/data/core-*.txt` (frequent given names, countries, capitals and regions, demonyms,
 * frequent English words) and the entries a test adds. The large data files are left out, so that what a test
 * expects does not move when they grow.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCues } from '../../src/core/entities/lexicon/cues';
import { createLexicon as createCoreLexicon, type Lexicon, type LexiconLists } from '../../src/core/entities/lexicon/lexicon';
import { CUES_FILE, parseLexiconText } from '../../src/core/entities/lexiconData';
import { tokenizerVocabulary } from '../../src/core/entities/rules/keptWords';
import type { TokenizerVocabulary } from '../../src/core/entities/tokenizer';
import { repoRoot } from './samples';

export type { Lexicon };
/** What a test adds to the core lists. */
export type LexiconEntries = LexiconLists;

function coreText(file: string): string {
	return readFileSync(path.join(repoRoot, 'server', 'data', file), 'utf8');
}

function coreList(file: string): string[] {
	return parseLexiconText(coreText(file));
}

/** A lexicon of the cue words, the core lists and `entries`. */
export function createLexicon(entries: LexiconEntries = {}): Lexicon {
	return createCoreLexicon({
		...entries,
		cues: parseCues(coreText(CUES_FILE)),
		givenNames: [...coreList('core-given-names.txt'), ...(entries.givenNames ?? [])],
		places: [...coreList('core-places.txt'), ...(entries.places ?? [])],
		commonWords: [...coreList('core-common-words.txt'), ...(entries.commonWords ?? [])],
		countries: [...coreList('core-countries.txt'), ...(entries.countries ?? [])],
		demonyms: [...coreList('core-demonyms.txt'), ...(entries.demonyms ?? [])],
	});
}

/** The tokenizer's table of kept words for `lexicon` (by default the tests' lexicon), as the detector builds it. */
export function vocabularyOf(lexicon: Lexicon = createLexicon()): TokenizerVocabulary {
	return tokenizerVocabulary(lexicon);
}
