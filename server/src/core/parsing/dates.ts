/**
 * Finding calendar dates in news text: ISO (`2022-02-05`), English month names with or without a
 * year (`February 06, 2022`, `Feb. 5`, `5 February 2022`) and Chinese (`2022年2月5日`, `2月5日`).
 */
import type { CalendarDate } from '../model';

export interface DateMatch {
	/** Offsets relative to the searched string. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly date: CalendarDate;
}

const monthNumbers: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const monthName = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|'
	+ 'Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const monthFirst = new RegExp(`\\b${monthName}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${monthName}\\.?(?:,?\\s+(\\d{4})\\b)?`, 'g');
const isoDate = /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/g;
const chineseDate = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
// Cheap pre-check: every form needs a digit.
const anyDigit = /\d/;

export function isRealDate(date: CalendarDate): boolean {
	if (date.month < 1 || date.month > 12 || date.day < 1) return false;
	return date.day <= daysInMonth(date.month, date.year);
}

function daysInMonth(month: number, year: number | undefined): number {
	if (month === 2) {
		if (year === undefined) return 29;
		return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	}
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `2022-02-05`, or `YYYY-02-05` when the year is unknown. */
export function formatIsoDate(date: CalendarDate): string {
	const year = date.year === undefined ? 'YYYY' : String(date.year).padStart(4, '0');
	return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** A strict `YYYY-MM-DD` that is a real calendar date, else undefined. */
export function parseIsoDate(text: string): CalendarDate | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	return isRealDate(date) ? date : undefined;
}

const noDates: readonly DateMatch[] = [];

export function findDates(text: string): readonly DateMatch[] {
	if (!anyDigit.test(text)) return noDates;
	const found: DateMatch[] = [];
	const add = (start: number, matched: string, date: CalendarDate) => {
		if (!isRealDate(date)) return;
		const end = start + matched.length;
		if (found.some((other) => start < other.end && other.start < end)) return;
		found.push({ start, end, text: matched, date });
	};
	for (const m of text.matchAll(isoDate)) {
		add(m.index!, m[0], { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) });
	}
	for (const m of text.matchAll(monthFirst)) {
		add(m.index!, m[0], withYear(monthNumbers[m[1].slice(0, 3).toLowerCase()], Number(m[2]), m[3]));
	}
	for (const m of text.matchAll(dayFirst)) {
		add(m.index!, m[0], withYear(monthNumbers[m[2].slice(0, 3).toLowerCase()], Number(m[1]), m[3]));
	}
	if (text.includes('月')) {
		for (const m of text.matchAll(chineseDate)) {
			add(m.index!, m[0], withYear(Number(m[2]), Number(m[3]), m[1]));
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

function withYear(month: number, day: number, year: string | undefined): CalendarDate {
	return year === undefined ? { month, day } : { year: Number(year), month, day };
}
