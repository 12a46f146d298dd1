/** Word shapes that the analyser and its rules both read. */

/** A year inside or around a name: `Beijing 2022 Olympic Winter Games`, `SC Hasetal 1912`. */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** Foreign articles that open names: `Le Monde`, `El País`, `Los Lagos`, `Al Jazeera`. */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set([
	'Le', 'La', 'Les', 'El', 'Il', 'Lo', 'Los', 'Las', 'Der', 'Die', 'Das', 'Het', 'Al', 'O', 'Os',
]);
