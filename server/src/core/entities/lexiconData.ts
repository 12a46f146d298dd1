/**
 * Lexicons too large for the bundle (thousands of given names, organisations, places, ordinary plurals and other ordinary words) ship as
 * plain-text files beside it. The hosts (server, CLI, eval, bench) read them and hand the text in
 * here; the core reads no files. Without them the detector still works on its built-in lexicons.
 */
import { addDictionaryWords, addOrdinaryPlurals } from './lexicon/commonWords';
import { addOrganizationNames } from './lexicon/organizations';
import { addGivenNames } from './lexicon/personNames';
import { addPlaceNames } from './lexicon/places';
import { lexiconChanged } from './wordClasses';

export type LexiconPart = 'givenNames' | 'organizations' | 'places' | 'ordinaryPlurals' | 'dictionaryWords';

/** The files and the lexicon each one adds to; one entry per line, `#` starts a comment line. */
export const LEXICON_FILES: ReadonlyArray<{ readonly file: string; readonly part: LexiconPart }> = [
	{ file: 'given-names.txt', part: 'givenNames' },
	{ file: 'organizations.txt', part: 'organizations' },
	{ file: 'places.txt', part: 'places' },
	{ file: 'cities.txt', part: 'places' },
	{ file: 'regions.txt', part: 'places' },
	{ file: 'ordinary-plurals.txt', part: 'ordinaryPlurals' },
	{ file: 'dictionary-words.txt', part: 'dictionaryWords' },
];

/** The entries of one lexicon file: trimmed lines, without blanks and comments. */
export function parseLexiconText(text: string): string[] {
	const entries: string[] = [];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		const entry = line.trim().replace(/\s+/g, ' ');
		if (entry.length > 0 && !entry.startsWith('#')) entries.push(entry);
	}
	return entries;
}

/** Adds the entries of a lexicon file to the detector's lexicons; returns how many were read. */
export function addLexiconText(part: LexiconPart, text: string): number {
	const entries = parseLexiconText(text);
	if (part === 'givenNames') addGivenNames(entries);
	else if (part === 'organizations') addOrganizationNames(entries);
	else if (part === 'ordinaryPlurals') addOrdinaryPlurals(entries);
	else if (part === 'dictionaryWords') addDictionaryWords(entries);
	else addPlaceNames(entries);
	lexiconChanged();
	return entries.length;
}
