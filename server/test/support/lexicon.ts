/**
 * The lexicon unit tests build on: the short general lists of `server/data/core-*.txt` (frequent given
 * names, countries, capitals and regions, demonyms, frequent English words) and the entries a test adds. The large data files are left
 * out, so that what a test expects does not move when they grow.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLexicon as createCoreLexicon, type Lexicon, type LexiconEntries } from '../../src/core/entities/lexicon/lexicon';
import { parseLexiconText } from '../../src/core/entities/lexiconData';
import { repoRoot } from './samples';

export type { Lexicon, LexiconEntries };

function coreList(file: string): string[] {
	return parseLexiconText(readFileSync(path.join(repoRoot, 'server', 'data', file), 'utf8'));
}

/** A lexicon of the core lists and `entries`. */
export function createLexicon(entries: LexiconEntries = {}): Lexicon {
	return createCoreLexicon({
		...entries,
		givenNames: [...coreList('core-given-names.txt'), ...(entries.givenNames ?? [])],
		places: [...coreList('core-places.txt'), ...(entries.places ?? [])],
		commonWords: [...coreList('core-common-words.txt'), ...(entries.commonWords ?? [])],
		countries: [...coreList('core-countries.txt'), ...(entries.countries ?? [])],
		demonyms: [...coreList('core-demonyms.txt'), ...(entries.demonyms ?? [])],
	});
}
