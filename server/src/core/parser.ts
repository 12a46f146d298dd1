/**
 * The seed parser: text in, `SeedDocument` out. It never throws, whatever the input.
 *
 * Work is split in two passes. `analyseLine` looks at each line alone and is cached by the line's
 * text, so re-parsing after an edit only analyses the lines that changed. The document pass then
 * classifies the lines in context (preamble, headline, body, sections, trailing boilerplate), which
 * is linear in the number of lines and cheap.
 */
import { computeLineStarts, LineIndex } from './lineIndex';
import type { Steps } from './steps';
import type {
	Block, BlockKind, DateHeader, Dateline, DateSource, FoundDate, MarkProblem, OtherLanguageBlock, Script,
	Section, SeedDocument, Span, Truncation,
} from './model';
import { parseIsoDate } from './parsing/dates';
import { analyseLine, type LineFacts } from './parsing/lineFacts';
import { isAbbreviation, quoteInsertionPoint } from './parsing/marks';

interface Line {
	readonly line: number;
	/** Offset of the line's first character in the text. */
	readonly offset: number;
	readonly raw: string;
	readonly facts: LineFacts;
}

const lineCaches = new WeakMap<SeedDocument, Map<string, LineFacts>>();
const noSpans: readonly Span[] = [];

/**
 * Parses `text`. Pass the document parsed from the previous version of the same text to reuse
 * the analysis of its unchanged lines.
 */
export function parseSeed(text: string, previous?: SeedDocument): SeedDocument {
	const parse = new LineParse(text, previous);
	parse.analyse(0, parse.lineCount);
	return parse.document();
}

/** The same parse, pausing every few hundred lines (a seed on disk indexed in the background). */
export function* parseSeedInSteps(text: string, previous?: SeedDocument): Steps<SeedDocument> {
	const parse = new LineParse(text, previous);
	for (let line = 0; line < parse.lineCount;) {
		line = parse.analyse(line, parse.lineCount, CHARACTERS_PER_STEP);
		yield;
	}
	return parse.document();
}

/** Text read between two pauses of `parseSeedInSteps` (about a millisecond's work). */
const CHARACTERS_PER_STEP = 4096;

/** The lines of one parse, analysed range by range, then the document built from them. */
class LineParse {
	private readonly lineStarts: readonly number[];
	private readonly index: LineIndex;
	private readonly reusable: Map<string, LineFacts> | undefined;
	private readonly cache = new Map<string, LineFacts>();
	private readonly lines: Line[] = [];

	constructor(private readonly text: string, previous: SeedDocument | undefined) {
		this.lineStarts = computeLineStarts(text);
		this.index = new LineIndex(text, this.lineStarts);
		this.reusable = previous ? lineCaches.get(previous) : undefined;
	}

	get lineCount(): number {
		return this.lineStarts.length;
	}

	/** Analyses lines from `from` until `to` or until `budget` characters were analysed afresh; returns the next line. */
	analyse(from: number, to: number, budget = Infinity): number {
		let line = from;
		for (let analysed = 0; line < to && analysed < budget; line++) {
			const offset = this.lineStarts[line];
			const raw = this.text.slice(offset, this.index.lineEnd(line));
			if (isBlank(raw)) continue;
			let facts = this.reusable?.get(raw);
			if (!facts) {
				facts = analyseLine(raw);
				analysed += raw.length;
			}
			this.cache.set(raw, facts);
			this.lines.push({ line, offset, raw, facts });
		}
		return line;
	}

	document(): SeedDocument {
		const document = buildDocument(this.text, this.index, this.lines);
		lineCaches.set(document, this.cache);
		return document;
	}
}

function isBlank(raw: string): boolean {
	for (let i = 0; i < raw.length; i++) {
		const code = raw.charCodeAt(i);
		if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 0xfeff && code !== 0x3000 && code !== 0x200b) return false;
	}
	return true;
}

function buildDocument(text: string, index: LineIndex, lines: readonly Line[]): SeedDocument {
	const kinds = classify(lines);
	const script = mainScript(lines, kinds);
	let dateline: Dateline | undefined;
	const blocks: Block[] = lines.map((line, i) => {
		const { facts, offset } = line;
		const kind = kinds[i];
		let blockDateline: Dateline | undefined;
		if (kind === 'paragraph' && !dateline && facts.dateline) {
			blockDateline = dateline = absoluteDateline(facts, offset);
		}
		const otherLanguage = (kind === 'paragraph' || kind === 'subheading')
			&& facts.script !== script && facts.script !== 'none' && facts.script !== 'other' && facts.letterCount >= 2;
		return {
			kind,
			line: line.line,
			start: offset + facts.start,
			end: offset + facts.end,
			text: facts.text,
			script: facts.script,
			otherLanguage,
			dateline: blockDateline,
			endMarker: facts.endMarker && kind !== 'boilerplate' ? shift(facts.endMarker, offset) : undefined,
			quotations: facts.marks.quotations.length === 0 ? noSpans : facts.marks.quotations.map((span) => shift(span, offset)),
		};
	});
	const header = findHeader(lines, kinds);
	const headline = blocks.find((block) => block.kind === 'headline');
	const truncation = findTruncation(lines, blocks);
	return {
		text,
		lineStarts: index.lineStarts,
		blocks,
		header,
		headline,
		title: header?.title || headline?.text || leadTitle(blocks) || '',
		script,
		dates: collectDates(lines, blocks),
		sections: collectSections(blocks),
		otherLanguageBlocks: collectOtherLanguageBlocks(blocks),
		endMarker: [...blocks].reverse().find((block) => block.endMarker)?.endMarker,
		truncation,
		markProblems: collectMarkProblems(lines, blocks),
		positionAt: (offset) => index.positionAt(offset),
		offsetAt: (position) => index.offsetAt(position),
		rangeOf: (span) => index.rangeOf(span),
	};
}

/** Decides each line's kind from its own facts and its neighbours. */
function classify(lines: readonly Line[]): BlockKind[] {
	const kinds: BlockKind[] = new Array(lines.length);
	const hasHeader = lines.length > 0 && lines[0].line === 0 && lines[0].facts.header !== undefined;
	let i = 0;
	if (hasHeader) kinds[i++] = 'header';

	// The preamble: navigation, date lines and images before the article starts, and the headline.
	// Under a header, the headline is the line that repeats its title (as the missing-date fix leaves it).
	const headerTitle = hasHeader ? normalisedTitle(lines[0].facts.header!.title) : undefined;
	let headlineSeen = false;
	for (; i < lines.length; i++) {
		const facts = lines[i].facts;
		const kind = kindOfItsOwn(facts, false);
		if (kind) kinds[i] = kind;
		else if (
			!headlineSeen &&
			i + 1 < lines.length &&
			isHeadlineShaped(facts) &&
			(!hasHeader || normalisedTitle(facts.text) === headerTitle)
		) {
			kinds[i] = 'headline';
			headlineSeen = true;
		} else break;
	}

	// The body.
	let bodySeen = false;
	for (; i < lines.length; i++) {
		const facts = lines[i].facts;
		const kind = kindOfItsOwn(facts, true);
		if (kind) kinds[i] = kind;
		else if (bodySeen && facts.titleShaped && !facts.dateline && isFollowedByBody(lines, i)) kinds[i] = 'subheading';
		else {
			kinds[i] = 'paragraph';
			bodySeen = true;
		}
	}

	// A dangling last fragment (`Video –`), before any trailing boilerplate.
	const last = lastContentIndex(kinds);
	if (last > 0 && isFragmentShaped(lines[last].facts) && kinds.slice(0, last).includes('paragraph')) {
		kinds[last] = 'fragment';
	}
	return kinds;
}

/** The kind of a line that is what it is wherever it stands; a caption ends the preamble. */
function kindOfItsOwn(facts: LineFacts, inBody: boolean): BlockKind | undefined {
	if (facts.header) return 'header';
	if (facts.isBoilerplate) return 'boilerplate';
	if (facts.isImage) return 'image';
	if (inBody && facts.isCaption) return 'caption';
	if (facts.isDateLine) return 'dateLine';
	return undefined;
}

function isHeadlineShaped(facts: LineFacts): boolean {
	if (facts.dateline || facts.isCaption || /\.$/.test(facts.text)) return false;
	const cjk = facts.script === 'han' || facts.script === 'kana' || facts.script === 'hangul';
	return cjk ? facts.text.length <= 80 : facts.wordCount <= 30 && facts.text.length <= 250;
}

function normalisedTitle(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function isFollowedByBody(lines: readonly Line[], i: number): boolean {
	const next = lines[i + 1]?.facts;
	if (!next || next.isBoilerplate || next.isImage || next.header) return false;
	return next.endsSentence || next.wordCount > 15;
}

function isFragmentShaped(facts: LineFacts): boolean {
	if (facts.endMarker || facts.endsSentence) return false;
	return facts.wordCount <= 4 && (facts.script === 'latin' || /[-–—:,]$/.test(facts.text));
}

function lastContentIndex(kinds: readonly BlockKind[]): number {
	for (let i = kinds.length - 1; i >= 0; i--) {
		if (kinds[i] !== 'boilerplate') return kinds[i] === 'paragraph' || kinds[i] === 'subheading' ? i : -1;
	}
	return -1;
}

/** The script most of the article's letters are written in, each line counting for its own script. */
function mainScript(lines: readonly Line[], kinds: readonly BlockKind[]): Script {
	const letters = new Map<Script, number>();
	lines.forEach(({ facts }, i) => {
		if (kinds[i] !== 'boilerplate' && kinds[i] !== 'image')
			letters.set(facts.script, (letters.get(facts.script) ?? 0) + facts.letterCount);
	});
	let main: Script = 'none';
	for (const [script, count] of letters) if (script !== 'none' && count > (letters.get(main) ?? 0)) main = script;
	return main;
}

function findHeader(lines: readonly Line[], kinds: readonly BlockKind[]): DateHeader | undefined {
	const i = kinds.indexOf('header');
	if (i < 0) return undefined;
	const { facts, offset, line } = lines[i];
	const header = facts.header!;
	const dateStart = offset + header.dateStart;
	const titleStart = offset + header.titleStart;
	return {
		line,
		start: offset + facts.start,
		end: offset + facts.end,
		keyword: { start: offset + header.keywordStart, end: offset + header.keywordStart + 4 },
		dateText: header.dateText,
		dateSpan: { start: dateStart, end: dateStart + header.dateText.length },
		date: parseIsoDate(header.dateText),
		title: header.title,
		titleSpan: { start: titleStart, end: titleStart + header.title.length },
	};
}

function absoluteDateline(facts: LineFacts, offset: number): Dateline {
	const match = facts.dateline!;
	const part = (p: { start: number; end: number; text: string } | undefined) =>
		p && { start: p.start + offset, end: p.end + offset, text: p.text };
	return {
		start: offset + facts.start,
		end: offset + match.end,
		place: part(match.place),
		date: part(match.date),
		agency: part(match.agency),
	};
}

const sourceRank: Record<DateSource, number> = { dateLine: 0, dateline: 1, body: 2 };

/** Every date in the text except the header's own, best evidence of the publication date first. */
function collectDates(lines: readonly Line[], blocks: readonly Block[]): FoundDate[] {
	const dates: FoundDate[] = [];
	blocks.forEach((block, i) => {
		if (block.kind === 'header' || block.kind === 'boilerplate') return;
		for (const match of lines[i].facts.dates) {
			const start = lines[i].offset + match.start;
			const inDateline = block.dateline !== undefined && start < block.dateline.end;
			const source: DateSource = block.kind === 'dateLine' ? 'dateLine' : inDateline ? 'dateline' : 'body';
			dates.push({ start, end: start + match.text.length, date: match.date, source, text: match.text });
		}
	});
	return dates.sort((a, b) => sourceRank[a.source] - sourceRank[b.source]
		|| Number(b.date.year !== undefined) - Number(a.date.year !== undefined)
		|| a.start - b.start);
}

/** A subheading and what follows it up to the next subheading or the end of the article's body. */
function collectSections(blocks: readonly Block[]): Section[] {
	const sections: Section[] = [];
	let bodyEnd = blocks.length;
	while (bodyEnd > 0 && (blocks[bodyEnd - 1].kind === 'boilerplate' || blocks[bodyEnd - 1].kind === 'fragment')) bodyEnd--;
	for (let i = 0; i < bodyEnd; i++) {
		if (blocks[i].kind !== 'subheading') continue;
		let j = i + 1;
		while (j < bodyEnd && blocks[j].kind !== 'subheading' && blocks[j].kind !== 'header') j++;
		const inner = blocks.slice(i + 1, j);
		sections.push({ start: blocks[i].start, end: (inner.at(-1) ?? blocks[i]).end, heading: blocks[i], blocks: inner });
		i = j - 1;
	}
	return sections;
}

function collectOtherLanguageBlocks(blocks: readonly Block[]): OtherLanguageBlock[] {
	const groups: OtherLanguageBlock[] = [];
	let current: Block[] = [];
	const flush = () => {
		if (current.length) groups.push({ start: current[0].start, end: current.at(-1)!.end, script: current[0].script, blocks: current });
		current = [];
	};
	for (const block of blocks) {
		// Only paragraphs group, so that a group never straddles a section boundary.
		const member = block.otherLanguage && block.kind === 'paragraph';
		if (member && (current.length === 0 || current[0].script === block.script)) current.push(block);
		else {
			flush();
			if (member) current.push(block);
		}
	}
	flush();
	return groups;
}

const checkedKinds = new Set<BlockKind>(['paragraph', 'headline', 'subheading', 'caption', 'fragment', 'header']);

/**
 * Quote and bracket problems. A quotation left open at the end of a paragraph is fine when the
 * next paragraph reopens it with the same mark (the news convention for long quotations).
 */
function collectMarkProblems(lines: readonly Line[], blocks: readonly Block[]): MarkProblem[] {
	const problems: MarkProblem[] = [];
	blocks.forEach((block, i) => {
		if (!checkedKinds.has(block.kind)) return;
		const { facts, offset, raw } = lines[i];
		for (const problem of facts.marks.problems) {
			problems.push({
				code: problem.code,
				start: offset + problem.start,
				end: offset + problem.start + problem.mark.length,
				mark: problem.mark,
				insert: problem.insert && { text: problem.insert.text, at: offset + problem.insert.at },
			});
		}
		if (facts.marks.openQuotes.length === 0) return;
		const next = nextCheckedBlock(blocks, i);
		const reopenedWith = next !== undefined ? lines[next].facts.marks.leadingQuote : undefined;
		for (const open of facts.marks.openQuotes) {
			if (open.mark === reopenedWith) continue;
			problems.push({
				code: 'unterminated-quote',
				start: offset + open.start,
				end: offset + open.start + open.mark.length,
				mark: open.mark,
				insert: { text: open.closer, at: offset + quoteInsertionPoint(raw, open.start + 1) },
			});
		}
	});
	return problems.sort((a, b) => a.start - b.start);
}

function nextCheckedBlock(blocks: readonly Block[], i: number): number | undefined {
	for (let j = i + 1; j < blocks.length; j++) {
		if (checkedKinds.has(blocks[j].kind)) return j;
	}
	return undefined;
}

/** The text ends in a dangling fragment, or its last paragraph stops mid-sentence. */
function findTruncation(lines: readonly Line[], blocks: readonly Block[]): Truncation | undefined {
	const last = [...blocks].reverse().find((block) => block.kind !== 'boilerplate');
	if (!last) return undefined;
	const i = blocks.indexOf(last);
	if (last.kind === 'fragment') {
		const previousEnd = i > 0 ? blocks[i - 1].end : last.start;
		return { kind: 'fragment', start: last.start, end: last.end, removal: { start: previousEnd, end: last.end } };
	}
	if (last.kind !== 'paragraph' || lines[i].facts.endsSentence || i === 0) return undefined;
	// The unfinished sentence starts after the last sentence end in the paragraph.
	const sentenceEnd = /[.!?。！？]["”’)）」』]*\s+/gu;
	let cut = -1;
	for (const match of last.text.matchAll(sentenceEnd)) {
		if (match[0].startsWith('.') && isAbbreviation(last.text, match.index!)) continue;
		cut = match.index! + match[0].length;
	}
	if (cut < 0) {
		// The whole last paragraph is one unfinished sentence.
		return { kind: 'midSentence', start: last.start, end: last.end, removal: { start: blocks[i - 1].end, end: last.end } };
	}
	const start = last.start + cut;
	return {
		kind: 'midSentence',
		start,
		end: last.end,
		removal: { start: last.start + last.text.slice(0, cut).trimEnd().length, end: last.end },
	};
}

/** For a text without header or headline: the lead's first sentence, cut to a title's length. */
function leadTitle(blocks: readonly Block[]): string | undefined {
	const lead = blocks.find((block) => block.kind === 'paragraph');
	if (!lead) return undefined;
	let text = lead.dateline ? lead.text.slice(lead.dateline.end - lead.start).trim() : lead.text;
	const sentenceEnd = /[.!?。！？](?=\s|$)/g;
	for (const match of text.matchAll(sentenceEnd)) {
		if (match[0] === '.' && isAbbreviation(text, match.index!)) continue;
		text = text.slice(0, match[0] === '.' ? match.index : match.index! + 1);
		break;
	}
	if (text.length <= 100) return text;
	const comma = text.lastIndexOf(', ', 100);
	if (comma > 40) return text.slice(0, comma);
	return text.slice(0, text.lastIndexOf(' ', 99)) + '…';
}

function shift(span: Span, offset: number): Span {
	return { start: span.start + offset, end: span.end + offset };
}
