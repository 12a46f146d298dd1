/**
 * Quotation marks and brackets inside one paragraph (one line of a seed).
 *
 * Quotes and brackets are tracked on separate stacks: news text often closes a quotation inside a
 * parenthesis or the other way round, and reporting such overlaps would only be noise.
 * `’` and `'` inside or after a word (`Russia’s`, `don't`, `countries’`) are apostrophes.
 * Unclosed quotations are returned as `openQuotes` rather than as problems, because a quotation
 * that runs over several paragraphs is left open on purpose (the caller knows the next paragraph).
 */

export type MarkCode = 'unterminated-quote' | 'unterminated-bracket' | 'unmatched-closer';

export interface LineMarkProblem {
	readonly code: MarkCode;
	readonly start: number;
	readonly mark: string;
	readonly insert?: { readonly text: string; readonly at: number };
}

export interface OpenQuote {
	readonly start: number;
	readonly mark: string;
	readonly closer: string;
}

export interface LineMarks {
	readonly problems: readonly LineMarkProblem[];
	readonly openQuotes: readonly OpenQuote[];
	/** The opening quotation mark the paragraph starts with, if any. */
	readonly leadingQuote?: string;
	readonly quotations: readonly { readonly start: number; readonly end: number }[];
}

const bracketPairs: Record<string, string> = { '(': ')', '[': ']', '（': '）', '《': '》', '【': '】', '〈': '〉' };
const bracketClosers: Record<string, string> = invert(bracketPairs);
const quotePairs: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '«': '»', '"': '"', "'": "'" };
const quoteClosers: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '』': '『', '»': '«' };

interface Open {
	readonly mark: string;
	readonly start: number;
}

export const emptyMarks: LineMarks = { problems: [], openQuotes: [], quotations: [] };

// The characters that matter. The scan jumps from one to the next instead of visiting every character.
const interesting = /["'“”‘’「」『』«»()[\]（）《》【】〈〉]/g;

export function scanMarks(line: string): LineMarks {
	interesting.lastIndex = 0;
	let match = interesting.exec(line);
	if (!match) return emptyMarks;
	const problems: LineMarkProblem[] = [];
	const quotations: { start: number; end: number }[] = [];
	const quotes: Open[] = [];
	const brackets: Open[] = [];
	let leadingQuote: string | undefined;
	const firstNonSpace = line.length - line.trimStart().length;

	for (; match; match = interesting.exec(line)) {
		const i = match.index;
		const ch = match[0];
		if (bracketPairs[ch] !== undefined) {
			brackets.push({ mark: ch, start: i });
		} else if (bracketClosers[ch] !== undefined) {
			const index = findOpen(brackets, bracketClosers[ch]);
			if (index >= 0) {
				reportUnclosedBrackets(line, brackets.splice(index).slice(1), problems, i);
			} else if (!isEnumeratorOrEmoticon(line, i)) {
				problems.push({ code: 'unmatched-closer', start: i, mark: ch });
			}
		} else if (ch === '"') {
			const index = findOpen(quotes, '"');
			if (index >= 0) {
				closeQuote(quotes, index, i, quotations, problems);
			} else if (isDigit(line.charCodeAt(i - 1))) {
				// 5" is an inch mark, not a quotation.
			} else if (looksLikeCloser(line, i) && !looksLikeOpener(line, i)) {
				problems.push({ code: 'unmatched-closer', start: i, mark: ch });
			} else {
				quotes.push({ mark: ch, start: i });
				if (i === firstNonSpace) leadingQuote = ch;
			}
		} else if (ch === "'") {
			if (isWordChar(line.charCodeAt(i - 1)) && isWordChar(line.charCodeAt(i + 1))) continue; // don't
			const index = findOpen(quotes, "'");
			if (index >= 0 && looksLikeCloser(line, i)) {
				closeQuote(quotes, index, i, quotations, problems);
			} else if (looksLikeOpener(line, i) && !isDigit(line.charCodeAt(i + 1))) {
				quotes.push({ mark: ch, start: i });
				if (i === firstNonSpace) leadingQuote = ch;
			}
			// Otherwise an apostrophe: `countries' heads`, `'90s`.
		} else if (ch === '‘' && isWordChar(line.charCodeAt(i - 1)) && isWordChar(line.charCodeAt(i + 1))) {
			// A mistyped apostrophe inside a word (`Russia‘s`).
		} else if (quotePairs[ch] !== undefined) {
			quotes.push({ mark: ch, start: i });
			if (i === firstNonSpace) leadingQuote = ch;
		} else if (quoteClosers[ch] !== undefined) {
			const index = findOpen(quotes, quoteClosers[ch]);
			if (index >= 0) {
				closeQuote(quotes, index, i, quotations, problems);
			} else if (ch !== '’') {
				problems.push({ code: 'unmatched-closer', start: i, mark: ch });
			}
			// A `’` with no `‘` open is an apostrophe (`Russia’s`, `countries’`).
		}
	}
	reportUnclosedBrackets(line, brackets, problems);
	const openQuotes = quotes.map((open) => ({ start: open.start, mark: open.mark, closer: quotePairs[open.mark] }));
	return { problems, openQuotes, leadingQuote, quotations };
}

function closeQuote(
	quotes: Open[],
	index: number,
	closeAt: number,
	quotations: { start: number; end: number }[],
	problems: LineMarkProblem[],
): void {
	const [open, ...inner] = quotes.splice(index);
	quotations.push({ start: open.start, end: closeAt + 1 });
	// A quotation opened inside another and still open when the outer one closes was never closed.
	// A straight `'` there is more often an elision (`'n'`) than a quotation, so it is let be.
	for (const unclosed of inner) {
		if (unclosed.mark === "'") continue;
		problems.push({
			code: 'unterminated-quote',
			start: unclosed.start,
			mark: unclosed.mark,
			insert: { text: quotePairs[unclosed.mark], at: closeAt },
		});
	}
}

function reportUnclosedBrackets(line: string, unclosed: readonly Open[], problems: LineMarkProblem[], before?: number): void {
	for (const open of unclosed) {
		const at = before ?? bracketInsertionPoint(line, open.start + 1);
		problems.push({ code: 'unterminated-bracket', start: open.start, mark: open.mark, insert: { text: bracketPairs[open.mark], at } });
	}
}

function findOpen(stack: readonly Open[], mark: string): number {
	for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark === mark) return i;
	return -1;
}

/** `1)` or `a)` starting a list item, or a `:)`. */
function isEnumeratorOrEmoticon(line: string, index: number): boolean {
	return (index <= 8 && /^\s*[\dA-Za-z]{1,2}$/.test(line.slice(0, index))) || /[:;]-?$/.test(line.slice(Math.max(0, index - 2), index));
}

function looksLikeOpener(line: string, index: number): boolean {
	const before = line.charCodeAt(index - 1);
	const after = line.charCodeAt(index + 1);
	return (index === 0 || isSpace(before) || isOpeningPunctuation(before)) && !Number.isNaN(after) && !isSpace(after);
}

function looksLikeCloser(line: string, index: number): boolean {
	const before = line.charCodeAt(index - 1);
	const after = line.charCodeAt(index + 1);
	return index > 0 && !isSpace(before) && (Number.isNaN(after) || isSpace(after) || isClosingPunctuation(after));
}

/** Where a missing closing bracket goes: before the end of the sentence, or a ` --` dateline dash. */
function bracketInsertionPoint(line: string, from: number): number {
	const match = /\s+(?:--|—|–)|[.!?;。！？；](?=\s|$)|\s*$/.exec(line.slice(from));
	return from + (match ? match.index : line.length - from);
}

/** Where a missing closing quotation mark goes: after the end of the sentence the quotation starts in. */
export function quoteInsertionPoint(line: string, from: number): number {
	const sentenceEnd = /[.!?。！？](?=\s|$)/g;
	sentenceEnd.lastIndex = from;
	for (let m = sentenceEnd.exec(line); m; m = sentenceEnd.exec(line)) {
		if (m[0] === '.' && isAbbreviation(line, m.index)) continue;
		return m.index + 1;
	}
	return line.trimEnd().length;
}

const abbreviations = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'no',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'gen',
	'gov',
	'sen',
	'rep',
	'jr',
	'sr',
	'inc',
	'co',
	'corp',
	'ltd',
	'vs',
	'etc',
	'u.s',
	'u.n',
	'u.k',
	'e.g',
	'i.e',
]);

/** A period that ends an abbreviation (`Feb.`, `Mr.`, `U.S.`) rather than a sentence. */
export function isAbbreviation(line: string, periodIndex: number): boolean {
	const word = /[\p{L}.]+$/u.exec(line.slice(Math.max(0, periodIndex - 12), periodIndex))?.[0] ?? '';
	if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
	return abbreviations.has(word.toLowerCase());
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
	if (Number.isNaN(code)) return false;
	if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	return code >= 0xc0 && !isSpace(code) && !(code >= 0x2000 && code <= 0x206f) && !(code >= 0x3000 && code <= 0x303f);
}

function isOpeningPunctuation(code: number): boolean {
	return '([{“‘—–-/「『«'.includes(String.fromCharCode(code));
}

function isClosingPunctuation(code: number): boolean {
	return '.,;:!?)]}”’—–-…」』»'.includes(String.fromCharCode(code));
}

function invert(pairs: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(pairs).map(([open, close]) => [close, open]));
}
