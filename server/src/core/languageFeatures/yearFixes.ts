/**
 * The year of a date header written without one (` date YYYY-02-05 …`, what the `missing-date` fix
 * inserts when the text gives no year): the years the evidence allows, best first, each with the
 * reason a person can judge.
 *
 * 1. a year the dateline states (`BEIJING, Feb. 4, 2022 /PRNewswire/ —`): the text's own word;
 * 2. the years of the other dated seeds of the same folder, the most common first (a folder is
 *    usually one collection: the same event, the same weeks);
 * 3. the year the file was last modified, the weakest (copies and edits change it).
 *
 * What the workspace knows (other seeds, the file's time) is given by the caller.
 */
import type { SeedDocument } from '../model';

export interface YearEvidence {
	/** The header dates (`YYYY-MM-DD`) of the other seeds of the text's folder. */
	readonly folderDates: readonly string[];
	/** When the file was last modified, if known. */
	readonly modifiedYear?: number;
}

export interface YearChoice {
	readonly year: number;
	/** Why this year: "3 other seeds of this folder are from 2022". */
	readonly reason: string;
}

/** At most this many years are offered. */
const maxYearChoices = 5;

/** `YYYY-02-05`: the header's date with a month and day but the year left to fill in. */
const missingYearDate = /^YYYY-(\d{2})-(\d{2})$/i;

/** Whether the header's date lacks only its year; its month and day, when it does. */
export function monthDayOfMissingYear(dateText: string): { month: number; day: number } | undefined {
	const match = missingYearDate.exec(dateText);
	return match ? { month: Number(match[1]), day: Number(match[2]) } : undefined;
}

export function yearChoices(document: SeedDocument, evidence: YearEvidence): YearChoice[] {
	const header = document.header;
	const monthDay = header && monthDayOfMissingYear(header.dateText);
	if (!monthDay) return [];
	const choices: YearChoice[] = [];
	const offer = (year: number | undefined, reason: string) => {
		if (year === undefined || choices.some((choice) => choice.year === year) || !isRealDate(year, monthDay.month, monthDay.day)) return;
		choices.push({ year, reason });
	};
	const dateline = document.blocks.find((block) => block.dateline)?.dateline;
	const datelineYear = dateline ? yearIn(document.text.slice(dateline.start, dateline.end)) : undefined;
	offer(datelineYear, 'the dateline\'s year');
	for (const [year, count] of folderYears(evidence.folderDates)) {
		offer(year, `${count} other ${count === 1 ? 'seed' : 'seeds'} of this folder ${count === 1 ? 'is' : 'are'} from ${year}`);
	}
	offer(evidence.modifiedYear, 'the year the file was last modified');
	return choices.slice(0, maxYearChoices);
}

/** Years of the folder's dates with their counts: the most common first, then the latest. */
function folderYears(dates: readonly string[]): [number, number][] {
	const counts = new Map<number, number>();
	for (const date of dates) {
		const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date);
		if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
}

/** A plausible news year written in the text (1800–2199), the first one. */
function yearIn(text: string): number | undefined {
	const match = /(?<!\d)(1[89]\d{2}|2[01]\d{2})(?!\d)/.exec(text);
	return match ? Number(match[1]) : undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
