/**
 * Questions the detector asks about single words, answered from the lexicons.
 */
import { CALENDAR_WORDS, COMMON_WORDS, DICTIONARY_WORDS, FOREIGN_FUNCTION_WORDS, ORDINARY_PLURALS } from './lexicon/commonWords';
import {
	DEMONYMS, PLACE_NAMES, withoutAccentMarks,
} from './lexicon/places';
import {
	DOCUMENT_HEADS, EVENT_HEADS, NON_ENTITY_ACRONYMS, ORGANIZATION_HEADS, PLACE_HEADS, ROLE_ACRONYMS, ROLE_HEADS, TITLE_MODIFIERS,
} from './lexicon/cues';
import { ORGANIZATION_NAMES } from './lexicon/organizations';
import { CHINESE_SURNAME_SET, GIVEN_NAME_SET, isPinyinGivenName } from './lexicon/personNames';
import type { Token } from './tokenizer';

/** Bumped when lexicon data is added, so that answers given before are asked again. */
let lexiconGeneration = 0;

export function lexiconChanged(): void {
	lexiconGeneration++;
}

/** Words repeat a lot in news text: each answer is computed once per distinct word. */
function memoized(question: (word: string) => boolean): (word: string) => boolean {
	let answers = new Map<string, boolean>();
	let generation = lexiconGeneration;
	return (word: string) => {
		if (generation !== lexiconGeneration) {
			answers = new Map();
			generation = lexiconGeneration;
		}
		let answer = answers.get(word);
		if (answer === undefined) {
			if (answers.size > 100_000) answers = new Map();
			answer = question(word);
			answers.set(word, answer);
		}
		return answer;
	};
}

export const isCommonWord = memoized(function isCommonWord(word: string): boolean {
	return COMMON_WORDS.has(word.toLowerCase());
});

/** `Rivals`, `Retailers`, `Securities`: the plural of an ordinary word. */
export const isOrdinaryPlural = memoized(function isOrdinaryPlural(word: string): boolean {
	const lower = word.toLowerCase();
	if (lower.length < 4 || !lower.endsWith('s')) return false;
	return (
		ORDINARY_PLURALS.has(lower) ||
		COMMON_WORDS.has(lower.slice(0, -1)) ||
		(lower.endsWith('ies') && COMMON_WORDS.has(lower.slice(0, -3) + 'y')) ||
		(lower.endsWith('es') && COMMON_WORDS.has(lower.slice(0, -2)))
	);
});

/** `Literature`, `Ocean`, `Publications`: an ordinary English word, frequent or not. */
export const isDictionaryWord = memoized(function isDictionaryWord(word: string): boolean {
	const lower = word.toLowerCase();
	return (
		DICTIONARY_WORDS.has(lower) ||
		isCommonWord(word) ||
		isOrdinaryPlural(word) ||
		stems(lower).some(stem => DICTIONARY_WORDS.has(stem)) ||
		// `Digitalisation`, `Decarbonization`: nouns of action the word list may lack, in either spelling.
		/^\p{Ll}{4,}[iy][sz]ation$/u.test(lower)
	);
});

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

export const isForeignFunctionWord = memoized(function isForeignFunctionWord(word: string): boolean {
	return FOREIGN_FUNCTION_WORDS.has(word.toLowerCase());
});

export const isCalendarWord = memoized(function isCalendarWord(word: string): boolean {
	return CALENDAR_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
});

export const isRoleHead = memoized(function isRoleHead(word: string): boolean {
	const lower = word.toLowerCase();
	return (
		ROLE_HEADS.has(lower) ||
		ROLE_ACRONYMS.has(word) ||
		(lower.split('-').every(part => ROLE_HEADS.has(part) || TITLE_MODIFIERS.has(part)) && lower.includes('-'))
	);
});

/** `Delegates`, `Analysts`: a role in the plural names a group of people, never one person. */
export const isPluralRole = memoized(function isPluralRole(word: string): boolean {
	const lower = word.toLowerCase();
	return (
		lower.length > 3 &&
		lower.endsWith('s') &&
		(ROLE_HEADS.has(lower.slice(0, -1)) || (lower.endsWith('es') && ROLE_HEADS.has(lower.slice(0, -2))))
	);
});

/** A word that may stand in a title: a role, a modifier (`Vice`, `Foreign`), a nationality or a country. */
export const isTitleWord = memoized(function isTitleWord(word: string): boolean {
	return isRoleHead(word) || TITLE_MODIFIERS.has(word.toLowerCase()) || DEMONYMS.has(word) || PLACE_NAMES.has(word);
});

export const isDemonym = memoized(function isDemonym(word: string): boolean {
	return DEMONYMS.has(word) || /^(?:Sino|Anglo|Franco|Indo|Afro|Euro|Pan|Russo|Turco|Greco|Austro)-/.test(word) && !isPlacePair(word);
});

export function isPlaceName(name: string): boolean {
	return PLACE_NAMES.has(name);
}

/** `China-Russia`, `Russia–Ukraine`: places joined by a hyphen, each a mention of its own. */
export const isPlacePair = memoized(function isPlacePair(word: string): boolean {
	const parts = word.split(/[-‐‑]/);
	return parts.length >= 2 && parts.every(part => PLACE_NAMES.has(part));
});

/** A well-known organisation by its whole written name (`Galatasaray`, `Bank of England`): one Set lookup. */
export function isKnownOrganization(name: string): boolean {
	return ORGANIZATION_NAMES.has(name);
}

export function isOrganizationHead(word: string): boolean {
	return ORGANIZATION_HEADS.has(word);
}

export function isEventHead(word: string): boolean {
	return EVENT_HEADS.has(word);
}

export function isPlaceHead(word: string): boolean {
	return PLACE_HEADS.has(word);
}

export function isDocumentHead(word: string): boolean {
	return DOCUMENT_HEADS.has(word);
}

const MIXED_CASE_ACRONYM = /^\p{Lu}{1,2}\p{Ll}\p{Lu}{1,2}$/u;

/** `SCO`, `G20`, `U.N.`: a short capitalised abbreviation that can name an organisation. */
export function isAcronym(token: Token): boolean {
	// `AfD`, `KfW`: a short party or bank acronym with one small letter inside.
	if (!token.upper) return MIXED_CASE_ACRONYM.test(token.text) && !NON_ENTITY_ACRONYMS.has(token.text);
	const bare = token.text.replace(/\./g, '');
	if (bare.length < 2 || bare.length > 6) return false;
	if (NON_ENTITY_ACRONYMS.has(token.text) || NON_ENTITY_ACRONYMS.has(bare) || ROLE_ACRONYMS.has(bare)) return false;
	if (/^\d/.test(bare) || /\d{3,}/.test(bare)) return false;
	return !/^[IVXLC]+$/.test(bare);
}

export const isGivenName = memoized(function isGivenName(word: string): boolean {
	const lower = word.toLowerCase();
	// `Lucía`, `Héctor`, `Łukasz`: the list may hold a name only without its accents.
	return (
		GIVEN_NAME_SET.has(lower) || GIVEN_NAME_SET.has(withoutAccentMarks(lower).replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd'))
	);
});

export const isChineseSurname = memoized(function isChineseSurname(word: string): boolean {
	return CHINESE_SURNAME_SET.has(word.toLowerCase());
});

/** `Le Yucheng`, `Wang Yi`, `Ding Xuexiang`: a Chinese surname followed by a Pinyin given name. */
export function isChineseName(words: readonly string[]): boolean {
	return words.length === 2 && isChineseSurname(words[0]) && isPinyinGivenName(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[1]);
}

/** Whether a capitalised word can be part of a personal name. */
export function isNameWord(token: Token): boolean {
	if (!token.capitalised || token.cjk || token.numeric) return false;
	if (token.upper && token.text.replace(/\./g, '').length > 1) return false;
	return isNameWordText(token.text);
}

/**
 * The lexicon part of `isNameWord`, one lookup per distinct word: the analysis asks it several times
 * per token, and each answer took a dozen lexicon lookups (a quarter of a run of capitalised words).
 */
const isNameWordText = memoized(word => {
	if (isGivenName(word) || isChineseSurname(word)) return !isCalendarWord(word);
	if (isCommonWord(word) || isForeignFunctionWord(word) || isCalendarWord(word)) return false;
	if (isRoleHead(word) || isPluralRole(word) || TITLE_MODIFIERS.has(word.toLowerCase()) || isDemonym(word) || PLACE_NAMES.has(word))
		return false;
	if (isOrganizationHead(word) || isEventHead(word) || isPlaceHead(word) || isDocumentHead(word)) return false;
	return true;
});
