/**
 * Which files are seeds, as the extension's language contribution says: `*.seed`, any `.txt` in a
 * folder named `seeds`, and any file whose first line is a date header.
 */

const dateHeaderFirstLine = /^\uFEFF?\s?date\s+\d{4}-\d{2}-\d{2}\b/;

export function isSeedByName(path: string): boolean {
	const normalised = path.replace(/\\/g, '/');
	if (normalised.endsWith('.seed')) return true;
	return normalised.endsWith('.txt') && !normalised.endsWith('.tags.txt') && /(^|\/)seeds\/(.+\/)?[^/]+$/.test(normalised);
}

/** A `.txt` outside `seeds/` is a seed when its first line is a date header. */
export function isSeedByContent(firstLine: string): boolean {
	return dateHeaderFirstLine.test(firstLine);
}
