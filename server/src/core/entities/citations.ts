/**
 * Authors in academic citations: `Binderman et al., 2005`, `(Lewis, Simons, & Fennig, 2014)`,
 * `Rao and Scott (1981)`. Each surname is a person, whatever the capitalised-run rules made of it.
 */

const NAME = String.raw`(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*\p{Lu}(?:\p{Ll}*['’]\p{Lu})?[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
const YEAR = String.raw`(?:1[6-9]|20)\d\d[a-z]?`;
/** `Binderman et al.`: any surname before `et al.` (not after a capitalised word: `Douglas Babstock et al.`). */
const ET_AL = new RegExp(String.raw`(${NAME})\s+et\s+al\b`, 'gu');
/**
 * Surnames, then a year, inside parentheses (`(see Baron & Beresford 2014;`), or with the year in parentheses
 * after them. Not after a capitalised word: `Marsha Kinder (1991)` is a full name, `the Pittsburgh Pirates (1999)` a club.
 */
const AUTHORS = String.raw`${NAME}(?:,\s*${NAME})*(?:,?\s*(?:&|and)\s*${NAME})?`;
const AUTHORS_YEAR = new RegExp(
	String.raw`(?:(?<=\([^()]{0,60})(?<![\p{L}\p{M}])(${AUTHORS}),?\s+${YEAR}[;),\]]|\b(${AUTHORS})\s+\(${YEAR}\b)`,
	'gu',
);
const ONE_NAME = new RegExp(NAME, 'gu');
const QUICK_TEST = /et\s+al\b|\d\d\d\d/;

export interface CitedName {
	readonly start: number;
	readonly end: number;
}

/** The cited surnames of `text`, by UTF-16 offset, in text order; `isName(word)` rejects words known to be something else. */
export function citedNames(text: string, isName: (word: string) => boolean): CitedName[] {
	if (!QUICK_TEST.test(text)) return [];
	const found: CitedName[] = [];
	const afterCapitalised = (offset: number): boolean => /\p{Lu}[\p{L}\p{M}.’']*\s+$/u.test(text.slice(Math.max(0, offset - 30), offset));
	for (const match of text.matchAll(ET_AL)) {
		if (!afterCapitalised(match.index)) found.push({ start: match.index, end: match.index + match[1].length });
	}
	for (const match of text.matchAll(AUTHORS_YEAR)) {
		const list = match[1] ?? match[2];
		const offset = match.index + match[0].indexOf(list);
		if (afterCapitalised(offset)) continue;
		for (const name of list.matchAll(ONE_NAME)) {
			if (isName(name[0])) found.push({ start: offset + name.index, end: offset + name.index + name[0].length });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
