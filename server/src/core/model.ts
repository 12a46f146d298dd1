/**
 * The document model of a seed: what the parser finds in a text, once per version.
 * Every feature (outline, diagnostics, quick fixes, entities, annotations) reads this model
 * instead of looking at the text again.
 *
 * All offsets are UTF-16 code-unit offsets into `SeedDocument.text` (the same unit LSP positions
 * use), and every span is half-open: `[start, end)`.
 */
import type { Position, Range } from 'vscode-languageserver-types';

export interface Span {
	readonly start: number;
	readonly end: number;
}

/** The dominant writing system of a line, used to find other-language blocks. */
export type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'cyrillic' | 'arabic' | 'greek' | 'other' | 'none';

export type BlockKind =
	/** ` date 2022-02-06 Title`; see `SeedDocument.header`. */
	| 'header'
	/** The first headline-like line when there is no header, or the line just under the header. */
	| 'headline'
	/** A line that only states a date: `February 06, 2022`, `fmprc.gov.cn| Updated: 2022-02-05`. */
	| 'dateLine'
	/** Site navigation, copyright lines, registration numbers. */
	| 'boilerplate'
	/** A short title line followed by body text; it opens a section. */
	| 'subheading'
	/** A body paragraph (one line of the file). */
	| 'paragraph'
	/** A bare image file name: `W020220204728247677856.jpg`. */
	| 'image'
	/** A photo caption, ending with an agency/photographer credit: `(Xinhua/Yao Dawei)`. */
	| 'caption'
	/** The dangling last fragment of a text cut off while scraping: `Video –`. */
	| 'fragment';

/** A non-blank line of the seed, classified. */
export interface Block extends Span {
	readonly kind: BlockKind;
	/** Zero-based line number. */
	readonly line: number;
	/** The line's text without leading and trailing white space; `start`/`end` delimit exactly this. */
	readonly text: string;
	readonly script: Script;
	/** Written in another script than the article's main one (e.g. Chinese paragraphs in an English text). */
	readonly otherLanguage: boolean;
	/** `BEIJING, Feb. 5 (Xinhua) --` at the start of a paragraph. */
	readonly dateline?: Dateline;
	/** `(完)`, `(End)` closing the paragraph or standing alone. */
	readonly endMarker?: Span;
	/** Quotations closed within this paragraph (or across paragraphs by the news convention). */
	readonly quotations: readonly Span[];
}

export interface Dateline extends Span {
	readonly place?: Span & { readonly text: string };
	readonly date?: Span & { readonly text: string };
	readonly agency?: Span & { readonly text: string };
}

/** A calendar date, possibly without a year (`Feb. 5`). */
export interface CalendarDate {
	readonly year?: number;
	readonly month: number;
	readonly day: number;
}

/** Where a date found in the text stands; the order is the order of trust for the publication date. */
export type DateSource = 'dateLine' | 'dateline' | 'body';

export interface FoundDate extends Span {
	readonly date: CalendarDate;
	readonly source: DateSource;
	/** The date as written. */
	readonly text: string;
}

export interface DateHeader extends Span {
	/** Zero-based line of the header (0 when it is where it belongs). */
	readonly line: number;
	/** The `date` keyword. */
	readonly keyword: Span;
	/** The date token as written, which may be invalid. */
	readonly dateText: string;
	readonly dateSpan: Span;
	/** The parsed date, when `dateText` is a real calendar date in `YYYY-MM-DD`. */
	readonly date?: CalendarDate;
	readonly title: string;
	readonly titleSpan: Span;
}

/** A subheading and the paragraphs under it, up to the next subheading or the end of the body. */
export interface Section extends Span {
	readonly heading: Block;
	readonly blocks: readonly Block[];
}

/** Consecutive paragraphs written in another script than the article. */
export interface OtherLanguageBlock extends Span {
	readonly script: Script;
	readonly blocks: readonly Block[];
}

/** A quotation or bracket problem inside a paragraph. */
export interface MarkProblem extends Span {
	readonly code: 'unterminated-quote' | 'unterminated-bracket' | 'unmatched-closer';
	/** The offending mark, e.g. `“` or `(`. */
	readonly mark: string;
	/** For unterminated marks: the closing mark to insert and where (offset). */
	readonly insert?: { readonly text: string; readonly at: number };
}

export interface Truncation extends Span {
	/** `fragment`: a dangling last line; `midSentence`: the last paragraph stops mid-sentence. */
	readonly kind: 'fragment' | 'midSentence';
	/** What a fix removes (for a fragment: the line and the blank lines before it). */
	readonly removal: Span;
}

export interface SeedDocument {
	readonly text: string;
	/** Offsets where each line starts (line 0 at 0). */
	readonly lineStarts: readonly number[];
	/** Every non-blank line, classified, in order. */
	readonly blocks: readonly Block[];
	/** The first date header in the text, wherever it stands (see `header.line`). */
	readonly header?: DateHeader;
	/** The headline line, when there is one (under the header, or the first headline-like line). */
	readonly headline?: Block;
	/** The article's title: from the header, else the headline, else the lead's first words. */
	readonly title: string;
	/** The article's main script. */
	readonly script: Script;
	/** Dates found in the text, best evidence of the publication date first. */
	readonly dates: readonly FoundDate[];
	readonly sections: readonly Section[];
	readonly otherLanguageBlocks: readonly OtherLanguageBlock[];
	readonly endMarker?: Span;
	readonly truncation?: Truncation;
	readonly markProblems: readonly MarkProblem[];
	positionAt(offset: number): Position;
	offsetAt(position: Position): number;
	rangeOf(span: Span): Range;
}
