/**
 * Authors in academic citations: `Binderman et al., 2005`, `(Lewis, Simons, & McFennig, 2014)`, `(Moss & Kerrigan, 2010)`,
 * `Rao and Scott (1981)`, `Carrano & Biewener [7]`. Each surname is a person, whatever the capitalised-run rules made of it.
 */

/** A surname: particles, then `O'Brien`, `McFarlane` or a plain capitalised word, maybe double-barrelled. */
const NAME = String.raw`(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*\p{Lu}(?:\p{Ll}*['’]\p{Lu}|\p{Ll}{1,2}\p{Lu})?` +
	String.raw`[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
const YEAR = String.raw`(?:1[6-9]|20)\d\d[a-z]?`;
/** `Binderman et al.`: any surname before `et al.` (not after a capitalised word: `Douglas Babstock et al.`). */
const ET_AL = new RegExp(String.raw`(${NAME})\s+et\s+al\b`, 'gu');
const AUTHORS = String.raw`${NAME}(?:,\s*${NAME})*(?:,?\s*(?:&|and)\s*${NAME})?`;
/** Parenthesised text: where citations are (`(see Baron & Beresford 2014; Milekic 2010)`). */
const PARENTHESES = /\(([^()]{6,400})\)/g;
const FOUR_DIGITS = /\d\d\d\d/;
/** Inside parentheses: surnames, then a year. */
const AUTHORS_YEAR = new RegExp(String.raw`(?<![\p{L}\p{M}])(${AUTHORS}),?\s+${YEAR}(?=[;,\]]|$)`, 'gu');
/** Surnames with the year in parentheses after them: `Rao and Scott (1981)`. */
const AUTHORS_THEN_YEAR = new RegExp(String.raw`\b(${AUTHORS})\s+\(${YEAR}\b`, 'gu');
const YEAR_IN_PARENTHESES = /\((?:1[6-9]|20)\d\d/;
/** Two or more surnames before a numbered reference: `Carrano & Biewener [7]`. */
const AUTHORS_THEN_NUMBER = new RegExp(String.raw`\b(${NAME}(?:,\s*${NAME})*,?\s*(?:&|and)\s*${NAME})\s+\[\d+\]`, 'gu');
const ONE_NAME = new RegExp(NAME, 'gu');

export interface CitedName {
	readonly start: number;
	readonly end: number;
}

/** What a cited word may be: a surname, an ordinary word that is a surname only beside one (`Moss & Kerrigan`), or neither. */
export type CitedWord = 'surname' | 'ordinary' | false;

/**
 * The cited surnames of `text`, by UTF-16 offset, in text order; `kindOf(word)` rejects words known to be
 * something else, and says which are ordinary words: those count only in a citation that also cites a
 * surname (`(Moss & Kerrigan, 2010)`, `(Fowler, 2015; Ostrander, 2016)`). Not after a capitalised word:
 * `Marsha Kinder (1991)` is a full name, `the Pittsburgh Pirates (1999)` a club.
 */
export function citedNames(text: string, kindOf: (word: string) => CitedWord): CitedName[] {
	const found: CitedName[] = [];
	const afterCapitalised = (offset: number): boolean => /\p{Lu}[\p{L}\p{M}.’']*\s+$/u.test(text.slice(Math.max(0, offset - 30), offset));
	/** Adds the names of lists cited together: their ordinary words only if one of them is a surname. */
	const addLists = (lists: readonly (readonly [string, number])[]): void => {
		const names: { start: number; end: number; kind: CitedWord }[] = [];
		for (const [list, offset] of lists) {
			if (afterCapitalised(offset)) continue;
			for (const name of list.matchAll(ONE_NAME))
				names.push({ start: offset + name.index, end: offset + name.index + name[0].length, kind: kindOf(name[0]) });
		}
		const withSurname = names.some(name => name.kind === 'surname');
		for (const { start, end, kind } of names)
			if (kind === 'surname' || (kind === 'ordinary' && withSurname)) found.push({ start, end });
	};
	if (text.includes('et al')) {
		for (const match of text.matchAll(ET_AL)) {
			if (!afterCapitalised(match.index)) found.push({ start: match.index, end: match.index + match[1].length });
		}
	}
	if (text.includes('(')) {
		for (const group of text.matchAll(PARENTHESES)) {
			const inside = group[1];
			if (!FOUR_DIGITS.test(inside)) continue;
			addLists([...inside.matchAll(AUTHORS_YEAR)].map(match => [match[1], group.index + 1 + match.index] as const));
		}
		if (YEAR_IN_PARENTHESES.test(text)) for (const match of text.matchAll(AUTHORS_THEN_YEAR)) addLists([[match[1], match.index]]);
	}
	if (text.includes('[')) for (const match of text.matchAll(AUTHORS_THEN_NUMBER)) addLists([[match[1], match.index]]);
	return found.sort((x, y) => x.start - y.start);
}
