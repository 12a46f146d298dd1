/**
 * The detector's lexicons as one object: the lists read from the data files (the cue words, given names, organisations,
 * places, demonyms, frequent words, ordinary plurals, dictionary words), and the questions the
 * rules ask about single words, answered from them. A host builds one (`loadLexicon` on the Node side,
 * tests from their own text) and passes it to the `EntityDetector`; nothing here is shared between
 * lexicons, so one test's names never leak into another's.
 */
import type { Cues } from './cues';
import { placeNameForms, withoutAccentMarks } from './places';
import { isPinyinGivenName } from './personNames';
import type { Token } from '../tokenizer';

/** The parts of a lexicon a data file adds to. */
export type LexiconPart =
	'givenNames' | 'organizations' | 'places' | 'countries' | 'ordinaryPlurals' | 'dictionaryWords' | 'commonWords' | 'demonyms';

/**
 * The lists' entries by part, as `parseLexiconText` reads them from the data files, and the cue words (`parseCues`),
 * without which the detector cannot work.
 */
export type LexiconEntries = { readonly cues: Cues } & LexiconLists;

/** The lists' entries by part, as `parseLexiconText` reads them from the data files. */
export type LexiconLists = Partial<Record<LexiconPart, Iterable<string>>>;

const MIXED_CASE_ACRONYM = /^\p{Lu}{1,2}\p{Ll}\p{Lu}{1,2}$/u;

/**
 * The data file leaves out plurals and the `-ed` and `-ly` forms of its words: `booksellers` → `bookseller`,
 * `fined` → `fine`, `reported` → `report`, `happily` → `happy`.
 */
function stems(word: string): string[] {
	if (word.length < 5) return [];
	if (word.endsWith('ies')) return [word.slice(0, -3) + 'y'];
	if (word.endsWith('es')) return [word.slice(0, -1), word.slice(0, -2)];
	if (word.endsWith('s') && !word.endsWith('ss')) return [word.slice(0, -1)];
	if (word.endsWith('ied') || word.endsWith('ily')) return [word.slice(0, -3) + 'y'];
	if (word.endsWith('ed')) return [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3)];
	if (word.endsWith('ly')) return [word.slice(0, -2), word.slice(0, -2) + 'le'];
	return [];
}

/** Words repeat a lot in news text: each answer is computed once per distinct word, and kept in the lexicon asked. */
function memoized(question: (lexicon: Lexicon, word: string) => boolean): (lexicon: Lexicon, word: string) => boolean {
	const key: object = question;
	return (lexicon: Lexicon, word: string) => {
		let answers = lexicon.answers.get(key);
		if (answers === undefined || answers.size > 100_000) {
			answers = new Map();
			lexicon.answers.set(key, answers);
		}
		let answer = answers.get(word);
		if (answer === undefined) {
			answer = question(lexicon, word);
			answers.set(word, answer);
		}
		return answer;
	};
}

function lowerCased(words: Iterable<string> | undefined): string[] {
	return words ? [...words].map(word => word.toLowerCase()) : [];
}

/**
 * Builds a lexicon of `entries`: the cue words (role words, organisation heads…), the names of people and places, the demonyms
 * and the frequent words all come from them; the hosts read them from the data files.
 */
export function createLexicon(entries: LexiconEntries): Lexicon {
	return new Lexicon(entries);
}

/** The word lists; the questions below (`isGivenName(lexicon, word)`…) read them. */
export class Lexicon {
	/** The words around names that tell their kind (roles, head words, verbs, connectors). */
	readonly cues: Cues;
	/** Lower-cased given names. */
	readonly givenNames: ReadonlySet<string>;
	/** Well-known organisations by their usual written forms; one Set lookup per candidate name. */
	readonly organizationNames: ReadonlySet<string>;
	/** Countries, capitals, cities and regions, by their usual written form (also without diacritics). */
	readonly placeNames: ReadonlySet<string>;
	/** The places that are countries (or territories with national teams): a team named by one is a place, not a club. */
	readonly countryNames: ReadonlySet<string>;
	/** Lower-cased plurals and -s forms of ordinary words (`rivals`, `says`): read only for a sentence's first word. */
	readonly ordinaryPlurals: ReadonlySet<string>;
	/** Lower-cased ordinary English words: read only to tell whether a capitalised word may continue a name. */
	readonly dictionaryWords: ReadonlySet<string>;
	/**
	 * Lower-cased frequent words (`talks`, `holds`, `looking`, weekdays and months): capitalised at a sentence's start or in a
	 * Title Case headline, an ordinary word, not a name.
	 */
	readonly commonWords: ReadonlySet<string>;
	/** Adjectives of nationality, region, language or faith (`Kenyan`, `Nordic`, `Buddhist`), as written: no entity by themselves. */
	readonly demonyms: ReadonlySet<string>;
	/** The answers given so far, per question: a cache that only this lexicon's questions fill. */
	readonly answers = new Map<object, Map<string, boolean>>();
	/** What other modules built from these lists once (`derivedOnce`), by the function that built it. */
	readonly derived = new Map<object, unknown>();

	constructor(entries: LexiconEntries) {
		// A caller without types (or a bad cast) must not get a detector that silently knows no cue word.
		if (!entries.cues) throw new Error('a lexicon needs the cue words (server/data/core-cues.txt, read by parseCues)');
		this.cues = entries.cues;
		this.givenNames = new Set(lowerCased(entries.givenNames));
		this.organizationNames = new Set(entries.organizations ?? []);
		this.countryNames = new Set([...(entries.countries ?? [])].flatMap(placeNameForms));
		this.placeNames = new Set([...(entries.places ?? [])].flatMap(placeNameForms).concat([...this.countryNames]));
		this.ordinaryPlurals = new Set(lowerCased(entries.ordinaryPlurals));
		this.dictionaryWords = new Set(lowerCased(entries.dictionaryWords));
		this.commonWords = new Set(lowerCased(entries.commonWords));
		this.demonyms = new Set(entries.demonyms ?? []);
	}
}

/** What `build` makes of a lexicon's lists, built once per lexicon and kept in it (the tokenizer's table of kept words). */
export function derivedOnce<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
	const key: object = build;
	return (lexicon: Lexicon) => {
		if (!lexicon.derived.has(key)) lexicon.derived.set(key, build(lexicon));
		return lexicon.derived.get(key) as T;
	};
}

export const isCommonWord = memoized(function isCommonWord(lexicon: Lexicon, word: string): boolean {
	return lexicon.commonWords.has(word.toLowerCase());
});

/** `Rivals`, `Retailers`, `Securities`: the plural of an ordinary word. */
export const isOrdinaryPlural = memoized(function isOrdinaryPlural(lexicon: Lexicon, word: string): boolean {
	const lower = word.toLowerCase();
	if (lower.length < 4 || !lower.endsWith('s')) return false;
	return (
		lexicon.ordinaryPlurals.has(lower) ||
		lexicon.commonWords.has(lower.slice(0, -1)) ||
		(lower.endsWith('ies') && lexicon.commonWords.has(lower.slice(0, -3) + 'y')) ||
		(lower.endsWith('es') && lexicon.commonWords.has(lower.slice(0, -2)))
	);
});

/** `Literature`, `Ocean`, `Publications`: an ordinary English word, frequent or not. */
export const isDictionaryWord = memoized(function isDictionaryWord(lexicon: Lexicon, word: string): boolean {
	const lower = word.toLowerCase();
	return (
		lexicon.dictionaryWords.has(lower) ||
		isCommonWord(lexicon, word) ||
		isOrdinaryPlural(lexicon, word) ||
		stems(lower).some(stem => lexicon.dictionaryWords.has(stem)) ||
		// `Digitalisation`, `Decarbonization`: nouns of action the word list may lack, in either spelling.
		/^\p{Ll}{4,}[iy][sz]ation$/u.test(lower)
	);
});

export const isForeignFunctionWord = memoized(function isForeignFunctionWord(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.foreignFunctionWords.has(word.toLowerCase());
});

export const isCalendarWord = memoized(function isCalendarWord(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.calendarWords.has(word.toLowerCase().replace(/\.$/, ''));
});

export const isRoleHead = memoized(function isRoleHead(lexicon: Lexicon, word: string): boolean {
	const lower = word.toLowerCase();
	return (
		lexicon.cues.roleHeads.has(lower) ||
		lexicon.cues.roleAcronyms.has(word) ||
		(lower.split('-').every(part => lexicon.cues.roleHeads.has(part) || lexicon.cues.titleModifiers.has(part)) && lower.includes('-'))
	);
});

/** `Delegates`, `Analysts`: a role in the plural names a group of people, never one person. */
export const isPluralRole = memoized(function isPluralRole(lexicon: Lexicon, word: string): boolean {
	const lower = word.toLowerCase();
	return (
		lower.length > 3 &&
		lower.endsWith('s') &&
		(lexicon.cues.roleHeads.has(lower.slice(0, -1)) || (lower.endsWith('es') && lexicon.cues.roleHeads.has(lower.slice(0, -2))))
	);
});

/** A word that may stand in a title: a role, a modifier (`Vice`, `Foreign`), a nationality or a country. */
export const isTitleWord = memoized(function isTitleWord(lexicon: Lexicon, word: string): boolean {
	return (
		isRoleHead(lexicon, word) || lexicon.cues.titleModifiers.has(word.toLowerCase()) || lexicon.demonyms.has(word) ||
		lexicon.placeNames.has(word)
	);
});

export const isDemonym = memoized(function isDemonym(lexicon: Lexicon, word: string): boolean {
	return lexicon.demonyms.has(word) || /^(?:Sino|Anglo|Franco|Indo|Afro|Euro|Pan|Russo|Turco|Greco|Austro)-/.test(word) && !isPlacePair(lexicon, word);
});

export function isPlaceName(lexicon: Lexicon, name: string): boolean {
	return lexicon.placeNames.has(name);
}

/** `England`, `Japan`: a country, whose team is written by the place's name (a place in the gold conventions). */
export function isCountryName(lexicon: Lexicon, name: string): boolean {
	return lexicon.countryNames.has(name);
}

/** `China-Russia`, `Russia–Ukraine`: places joined by a hyphen, each a mention of its own. */
export const isPlacePair = memoized(function isPlacePair(lexicon: Lexicon, word: string): boolean {
	const parts = word.split(/[-‐‑]/);
	return parts.length >= 2 && parts.every(part => lexicon.placeNames.has(part));
});

/** A well-known organisation by its whole written name (`Galatasaray`, `Bank of England`): one Set lookup. */
export function isKnownOrganization(lexicon: Lexicon, name: string): boolean {
	return lexicon.organizationNames.has(name);
}

export function isOrganizationHead(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.organizationHeads.has(word);
}

export function isEventHead(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.eventHeads.has(word);
}

export function isPlaceHead(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.placeHeads.has(word);
}

export function isDocumentHead(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.documentHeads.has(word);
}

/** `SCO`, `G20`, `U.N.`: a short capitalised abbreviation that can name an organisation. */
export function isAcronym(lexicon: Lexicon, token: Token): boolean {
	// `AfD`, `KfW`: a short party or bank acronym with one small letter inside.
	if (!token.upper) return MIXED_CASE_ACRONYM.test(token.text) && !lexicon.cues.nonEntityAcronyms.has(token.text);
	const bare = token.text.replace(/\./g, '');
	if (bare.length < 2 || bare.length > 6) return false;
	const { nonEntityAcronyms, roleAcronyms } = lexicon.cues;
	if (nonEntityAcronyms.has(token.text) || nonEntityAcronyms.has(bare) || roleAcronyms.has(bare)) return false;
	if (/^\d/.test(bare) || /\d{3,}/.test(bare)) return false;
	return !/^[IVXLC]+$/.test(bare);
}

export const isGivenName = memoized(function isGivenName(lexicon: Lexicon, word: string): boolean {
	const lower = word.toLowerCase();
	// `Lucía`, `Héctor`, `Łukasz`: the list may hold a name only without its accents.
	return (
		lexicon.givenNames.has(lower) || lexicon.givenNames.has(withoutAccentMarks(lower).replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd'))
	);
});

export const isChineseSurname = memoized(function isChineseSurname(lexicon: Lexicon, word: string): boolean {
	return lexicon.cues.chineseSurnames.has(word.toLowerCase());
});

/** `Le Yucheng`, `Wang Yi`, `Ding Xuexiang`: a Chinese surname followed by a Pinyin given name. */
export function isChineseName(lexicon: Lexicon, words: readonly string[]): boolean {
	return words.length === 2 && isChineseSurname(lexicon, words[0]) && isPinyinGivenName(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[1]);
}

/** Whether a capitalised word can be part of a personal name. */
export function isNameWord(lexicon: Lexicon, token: Token): boolean {
	if (!token.capitalised || token.cjk || token.numeric) return false;
	if (token.upper && token.text.replace(/\./g, '').length > 1) return false;
	return isNameWordText(lexicon, token.text);
}

/**
 * The lexicon part of `isNameWord`, one lookup per distinct word: the analysis asks it several times
 * per token, and each answer took a dozen lexicon lookups (a quarter of a run of capitalised words).
 */
const isNameWordText = memoized(function isNameWordText(lexicon: Lexicon, word: string): boolean {
	if (isGivenName(lexicon, word) || isChineseSurname(lexicon, word)) return !isCalendarWord(lexicon, word);
	if (isCommonWord(lexicon, word) || isForeignFunctionWord(lexicon, word) || isCalendarWord(lexicon, word)) return false;
	if (isRoleHead(lexicon, word) || isPluralRole(lexicon, word) || lexicon.cues.titleModifiers.has(word.toLowerCase()) ||
		isDemonym(lexicon, word)
		|| lexicon.placeNames.has(word))
		return false;
	return !(
		isOrganizationHead(lexicon, word) || isEventHead(lexicon, word) || isPlaceHead(lexicon, word) || isDocumentHead(lexicon, word)
	);
});
