/**
 * Which publication dates a text gives evidence for, best first, and the header line that states
 * one. Used by the `missing-date` and `invalid-date` quick fixes and the Insert Date Header command.
 */
import type { SeedDocument } from '../model';
import { formatIsoDate } from '../parsing/dates';

/**
 * ISO dates, best first. A date written without a year (`Feb. 5`) takes the year of the best dated
 * evidence in the text; when there is none it keeps `YYYY` for the reader to fill in.
 */
export function publicationDateCandidates(document: SeedDocument, options: { withYearOnly?: boolean } = {}): string[] {
	const knownYear = document.dates.find((found) => found.date.year !== undefined)?.date.year;
	const candidates: string[] = [];
	for (const found of document.dates) {
		const year = found.date.year ?? knownYear;
		if (options.withYearOnly && year === undefined) continue;
		const iso = formatIsoDate({ ...found.date, year });
		if (!candidates.includes(iso)) candidates.push(iso);
	}
	return candidates;
}

export function dateHeaderLine(document: SeedDocument, isoDate: string): string {
	return ` date ${isoDate} ${document.title || 'Title'}`.trimEnd();
}

/** The document's own line break, so an inserted line matches the file. */
export function lineBreakOf(document: SeedDocument): string {
	const firstBreak = document.text.search(/\r\n|\n|\r/);
	if (firstBreak < 0) return '\n';
	return document.text.startsWith('\r\n', firstBreak) ? '\r\n' : document.text[firstBreak];
}
