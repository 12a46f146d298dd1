/**
 * What can be known about one line of a seed from the line alone. The parser caches these by the
 * line's text, so after an edit only the changed lines are analysed again.
 */
import type { Script } from '../model';
import { findDates, type DateMatch } from './dates';
import { matchDateline, type DatelineMatch } from './dateline';
import { scanMarks, type LineMarks } from './marks';
import { ScriptCounter } from './scripts';
import { isBoilerplate } from './boilerplate';

export interface HeaderMatch {
	/** Offsets relative to the line. */
	readonly keywordStart: number;
	readonly dateStart: number;
	readonly dateText: string;
	readonly titleStart: number;
	readonly title: string;
}

export interface LineFacts {
	/** Offset of the first and after the last non-space character, relative to the line. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly script: Script;
	/** Letters counted in the line's head (see `countedPrefix`). */
	readonly letterCount: number;
	readonly wordCount: number;
	readonly header?: HeaderMatch;
	readonly isImage: boolean;
	readonly isBoilerplate: boolean;
	readonly isDateLine: boolean;
	readonly isCaption: boolean;
	readonly dateline?: DatelineMatch;
	readonly endMarker?: { readonly start: number; readonly end: number };
	readonly dates: readonly DateMatch[];
	readonly marks: LineMarks;
	/** Ends with sentence punctuation (possibly followed by closing quotes or brackets). */
	readonly endsSentence: boolean;
	/** Short, capitalised, without final punctuation: could be a headline or subheading. */
	readonly titleShaped: boolean;
}

// A date token after `date`: digits or the placeholders a person fills in (`YYYY-02-05`).
const headerPattern = /^date\s+([0-9YMDX?]{2,4}[-/.][0-9MDX?]{1,2}[-/.][0-9DX?]{1,2}|\d{4,8})(?=\s|$)\s*(.*)$/i;
const imagePattern = /^[\w.\-()]+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|avif)$/i;
const captionCredit =
	/\(\s*[\p{Lu}][\p{L}\p{M}.'’ -]{1,40}\/\s*[\p{L}][\p{L}\p{M}.'’ -]{1,60}\)$|\((?:photo|image|picture)\b[^()]{0,60}\)$|^(?:photo|image|picture)\s*(?::|by\b|courtesy\b)/iu;
const endMarkerPattern = /[(（[【]\s*(?:完|终|全文完|end|ends)\s*[)）\]】]$|^(?:-30-|###)$/i;
const sentenceEnd = /[.!?。！？…]["”’)）」』\]]*$/u;
const finalPunctuation = /[.,;:!?。，；：！？…"”’'\-–—]$/u;
const startsCapitalised = /^[\p{Lu}\p{Lo}\d“"‘]/u;

const countedPrefix = 256;

export function analyseLine(line: string): LineFacts {
	const text = line.trim();
	const start = line.indexOf(text.charAt(0));
	const end = start + text.length;
	const counter = new ScriptCounter();
	let wordCount = 0;
	let inWord = false;
	// Every rule that reads the word count asks about short lines, and a line's script shows in its
	// first letters, so long paragraphs are only counted up to here.
	const counted = Math.min(text.length, countedPrefix);
	for (let i = 0; i < counted; i++) {
		const code = text.charCodeAt(i);
		const space = code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
		if (!space && !inWord) wordCount++;
		inWord = !space;
		if (code > 64) counter.add(code);
	}
	const header = matchHeader(text, start);
	const isImage = imagePattern.test(text);
	const found = findDates(text);
	const dates = found.length === 0 ? found : found.map((date) => ({ ...date, start: date.start + start, end: date.end + start }));
	const endMarker = closesWithBracket(text) || text.length <= 3 ? endMarkerPattern.exec(text.slice(-12)) : null;
	const endMarkerStart = endMarker ? text.length - Math.min(12, text.length) + endMarker.index : 0;
	const endsSentence = sentenceEnd.test(text.slice(-8)) || endMarker !== null;
	const script = counter.dominant();
	return {
		start,
		end,
		text,
		script,
		letterCount: counter.total,
		wordCount,
		header,
		isImage,
		isBoilerplate: !header && !isImage && isBoilerplate(text, wordCount),
		isDateLine: !header && isDateLine(text, dates, start, wordCount),
		isCaption:
			(closesWithBracket(text) || /^(?:photo|image|picture)/i.test(text)) &&
			captionCredit.test(text.length > 200 ? text.slice(-120) : text),
		dateline: header ? undefined : matchDateline(line, start),
		endMarker: endMarker ? { start: start + endMarkerStart, end: start + endMarkerStart + endMarker[0].length } : undefined,
		dates,
		marks: scanMarks(line),
		endsSentence,
		titleShaped:
			!finalPunctuation.test(text) &&
			startsCapitalised.test(text) &&
			(script === 'latin' || script === 'cyrillic' || script === 'greek' ? wordCount <= 12 && text.length <= 100 : text.length <= 40),
	};
}

function closesWithBracket(text: string): boolean {
	const last = text.charCodeAt(text.length - 1);
	return last === 0x29 /* ) */ || last === 0xff09 /* ） */ || last === 0x5d /* ] */ || last === 0x3011 /* 】 */;
}

function matchHeader(text: string, start: number): HeaderMatch | undefined {
	const match = headerPattern.exec(text);
	if (!match) return undefined;
	const dateStart = start + text.indexOf(match[1], 4);
	return {
		keywordStart: start,
		dateStart,
		dateText: match[1],
		titleStart: match[2] ? start + text.length - match[2].length : dateStart + match[1].length,
		title: match[2].trim(),
	};
}

/** A short line that only states a date, perhaps with a source and a label: `fmprc.gov.cn| Updated: 2022-02-05`. */
function isDateLine(text: string, dates: readonly DateMatch[], start: number, wordCount: number): boolean {
	if (dates.length !== 1 || text.length > 80 || wordCount > 8) return false;
	const date = dates[0];
	const rest = (text.slice(0, date.start - start) + ' ' + text.slice(date.end - start)).trim();
	if (rest === '') return true;
	if (date.date.year === undefined || /[.!?]$/.test(rest)) return false;
	return rest.split(/\s+/).length <= 4;
}
