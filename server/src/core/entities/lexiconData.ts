/**
 * The lexicons ship as plain-text files beside the bundle, out of it: the cue words (`core-cues.txt`, which the
 * detector cannot work without) and the lists of thousands of given names, organisations, places, ordinary plurals
 * and other ordinary words. The hosts (server, CLI, eval, bench) read them and build a `Lexicon` from their entries;
 * the core reads no files. Without the name lists the detector still works on its cue words, but knows no given
 * name, place name, demonym or frequent English word; the `core-*` files are the short general lists unit tests
 * build their lexicons on.
 */
import type { LexiconPart } from './lexicon/lexicon';

/** The cue words (`parseCues`): roles, head words, verbs and connectors, in named sections. Required. */
export const CUES_FILE = 'core-cues.txt';

/** The files and the lexicon each one adds to; one entry per line, `#` starts a comment line. */
export const LEXICON_FILES: ReadonlyArray<{ readonly file: string; readonly part: LexiconPart }> = [
	{ file: 'core-given-names.txt', part: 'givenNames' },
	{ file: 'given-names.txt', part: 'givenNames' },
	{ file: 'organizations.txt', part: 'organizations' },
	{ file: 'core-places.txt', part: 'places' },
	{ file: 'core-countries.txt', part: 'countries' },
	{ file: 'core-common-words.txt', part: 'commonWords' },
	{ file: 'core-demonyms.txt', part: 'demonyms' },
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
