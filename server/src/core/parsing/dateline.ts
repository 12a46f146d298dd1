/**
 * Datelines that open a news paragraph:
 * `BEIJING, Feb. 5 (Xinhua) --`, `BEIJING, Feb. 4, 2022 /PRNewswire/ —`, `KYIV, Ukraine (AP) —`,
 * and the agency-first form `China News Agency, Beijing, Feb. 5.`
 */

export interface DatelineMatch {
	/** Offsets relative to the line. */
	readonly end: number;
	readonly place?: Part;
	readonly date?: Part;
	readonly agency?: Part;
}

interface Part {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const month = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|'
	+ 'Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const monthDate = `${month}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?`;
const word = `[A-Z][\\p{L}.'’\\-]*`;
const place = `${word}(?:\\s${word}){0,3}(?:,\\s+(?!${month}\\b)${word}(?:\\s${word}){0,2})?`;
const agencyCue = '(?:Agency|News|Press|Service|Daily|Times|Post|Television|Radio|Network|Gazette|Herald|Wire)';

// PLACE[, Region][, DATE] [(AGENCY) | /AGENCY/] DASH
const placeFirst = new RegExp(
	`^(${place})(?:,\\s+(${monthDate}))?\\s*(?:\\(([^()]{1,40})\\)|\\/([^/]{1,40})\\/)?\\s*(?:--|—|–)`, 'u');
// AGENCY, PLACE, DATE.
const agencyFirst = new RegExp(
	`^(${word}(?:\\s${word}){0,4}\\s${agencyCue}),\\s+(${word}(?:\\s${word}){0,2}),\\s+(${monthDate})\\.`, 'u');

export function matchDateline(line: string, offset: number): DatelineMatch | undefined {
	const text = line.slice(offset, offset + 160);
	const first = placeFirst.exec(text);
	if (first && (first[2] || first[3] || first[4])) {
		const agencyText = first[3] ?? first[4];
		return {
			end: offset + first[0].length,
			place: part(text, offset, first[1], 0),
			date: first[2] ? part(text, offset, first[2], first[1].length) : undefined,
			agency: agencyText ? part(text, offset, agencyText, first[1].length) : undefined,
		};
	}
	const second = agencyFirst.exec(text);
	if (second) {
		const agency = part(text, offset, second[1], 0);
		const placePart = part(text, offset, second[2], agency.end - offset);
		return {
			end: offset + second[0].length,
			agency,
			place: placePart,
			date: part(text, offset, second[3], placePart.end - offset),
		};
	}
	return undefined;
}

function part(text: string, offset: number, value: string, searchFrom: number): Part {
	const start = offset + text.indexOf(value, searchFrom);
	return { start, end: start + value.length, text: value };
}
