/**
 * Place names as news writes them: each name's forms without diacritics. The names themselves
 * (countries, capitals, major cities, continents and regions) and the demonyms are general knowledge
 * shipped as data (`server/data/core-places.txt`, `core-demonyms.txt` and the larger files), not a list
 * of any corpus's names.
 */

/** `Belém` → `Belem`: the text without its combining accents. Letters with a bar or stroke (`ł`) stay. */
export function withoutAccentMarks(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** News writes `Łódź` and `Lodz`, `Belém` and `Belem`: each name is also known without its diacritics. */
export function placeNameForms(name: string): string[] {
	const plain = withoutAccentMarks(name).replace(/Ł/g, 'L').replace(/ł/g, 'l');
	return plain === name ? [name] : [name, plain];
}
