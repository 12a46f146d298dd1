/**
 * The credits stage, before any other rule: the fixed places of news text for a place, an agency, a
 * photographer (`BEIJING, Feb. 5 (Xinhua) --`, `/PRNewswire/`, `(Xinhua/Yao Dawei)`). The paragraph's
 * opening is asked of `DATELINE_RULES`, then each capitalised word not yet in a mention of
 * `CREDIT_WORD_RULES`, where the first rule that decides wins. The order is the precedence;
 * `catalogue.ts` describes the rules in the same order.
 */
import { isAcronym, isDictionaryWord, isPlaceName } from '../lexicon/lexicon';
import type { EntityKind } from '../types';
import type { EntityRuleId } from './catalogue';
import type { Basis, RuleContext } from './ruleContext';

/** The analyser as the credit rules see it: `RuleContext` and what they read around parentheses and slashes. */
export interface CreditContext extends RuleContext {
	/** The text between the token at `index` and the next one (or the paragraph's end). */
	gapAfter(index: number): string;
	/** The separator after the capitalised words that follow `index` (inside a parenthesis). */
	gapAfterParenthesis(index: number): string;
	/** The last of the capitalised words spaced after `index`. */
	capitalisedRunEnd(index: number): number;
	/** A mention between two offsets of the text, where the tokenizer kept no word (`(dpa)`). */
	pushText(start: number, end: number, kind: EntityKind, basis: Basis, rule: EntityRuleId): void;
}

/** A credit rule: its id, and its decision, true when it wrote its mentions. */
export interface CreditRule<Q> {
	readonly id: EntityRuleId;
	decide(context: CreditContext, question: Q, id: EntityRuleId): boolean;
}

/** `OSNABRUECK, Germany, April 27 (dpa) -`: a lower-case agency credit after a dateline's date. */
const LOWER_CASE_AGENCY = /\d\s*\((\p{Ll}{2,6})\)\s*(?:--|—|–|-)/u;
/** `LONDON 1996-12-06`, `BONN 12/06/96`: a dateline's date written in digits right after its place. */
const DATELINE_DATE = /\s+(?:\d{4}-\d\d-\d\d|\d\d?[/.-]\d\d?[/.-]\d{2,4})(?!\d)/y;

/** The capitals opening the paragraph and what follows them, read once. */
export class Dateline {
	/** The last of the capitalised words at the very start (`NEW YORK`), or -1. */
	readonly last: number;
	readonly afterPlace: string;
	/** `LONDON 1996-12-06`: a date in digits right after the capitals, which are no ordinary word (`UPDATED 2024-03-05`). */
	readonly dated: boolean;
	/** `NAPIER, New Zealand, July 8`, `TOLEDO, Ohio (AP)`: the last word of the country or state after the city. */
	readonly region: number | undefined;
	/** Set by `dateline-place`: the dateline's other parts are asked only after its place. */
	placed = false;

	constructor(context: CreditContext) {
		const tokens = context.tokens;
		let last = -1;
		while (last + 1 < tokens.length && tokens[last + 1].upper && !tokens[last + 1].numeric && (last === -1 || tokens[last + 1].spaced))
			last++;
		this.last = last;
		this.afterPlace = last >= 0 ? context.gapAfter(last) : '';
		this.dated = datedAfter(context, last) && (last > 0 || !isDictionaryWord(context.lexicon, context.tokens[0].text) ||
			isPlaceName(context.lexicon, context.tokens[0].text[0] + context.tokens[0].text.slice(1).toLowerCase()));
		this.region = last >= 0 && /^\s*,\s*$/.test(this.afterPlace) ? datelineRegion(context, last + 1) : undefined;
	}
}

/** The last word of a known place right after a dateline's city, followed by `,` or `(`, or nothing. */
function datelineRegion(context: CreditContext, first: number): number | undefined {
	const tokens = context.tokens;
	for (let last = first; last < Math.min(tokens.length, first + 3); last++) {
		if (!tokens[last].capitalised || (last > first && !tokens[last].spaced)) return undefined;
		if (isPlaceName(context.lexicon, context.textOf(first, last)) && (/^\s*[,(]/.test(context.gapAfter(last)) || datedAfter(context, last)))
			return last;
	}
	return undefined;
}

/** Whether a date in digits follows the word at `index` (`LONDON 1996-12-06`). */
function datedAfter(context: CreditContext, index: number): boolean {
	if (index < 0) return false;
	// Sticky: matched exactly at the word's end (`lastIndex` is set before each use).
	DATELINE_DATE.lastIndex = context.tokens[index].end;
	return DATELINE_DATE.test(context.text);
}

/** The paragraph's opening, each rule in turn: the place decides whether it is a dateline, the others add its parts. */
export const DATELINE_RULES: readonly CreditRule<Dateline>[] = [
	{
		// Capitals at the very start, followed by a comma, a dash or an agency in parentheses.
		id: 'dateline-place',
		decide(context, dateline, id) {
			const { tokens, lexicon } = context;
			const { last, afterPlace } = dateline;
			if (last < 0 || dateline.dated) return false;
			const datelineEnd =
				/^\s*,/.test(afterPlace) ||
				(/^\s*\(\s*$/.test(afterPlace) && /^\)\s*(?:--|—|–|-)/.test(context.gapAfterParenthesis(last + 1))) ||
				/^\s+(?:--|—|–)\s/.test(afterPlace);
			if (!datelineEnd) return false;
			const titled = tokens[0].text[0] + tokens[0].text.slice(1).toLowerCase();
			const monthFollows = /^\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(afterPlace);
			if (
				isAcronym(lexicon, tokens[0]) && last === 0 && tokens[0].text.length <= 6 && !isPlaceName(lexicon, titled)
				&& !monthFollows && dateline.region === undefined
			)
				return false;
			context.push(0, last, 'place', 'context', id);
			dateline.placed = true;
			return true;
		},
	},
	{
		// `LONDON 1996-12-06`: no comma, the date right after the place.
		id: 'dateline-before-date',
		decide(context, dateline, id) {
			if (dateline.last < 0 || !dateline.dated) return false;
			context.push(0, dateline.last, 'place', 'context', id);
			dateline.placed = true;
			return true;
		},
	},
	{
		id: 'dateline-region',
		decide(context, dateline, id) {
			if (!dateline.placed || dateline.region === undefined) return false;
			context.push(dateline.last + 1, dateline.region, 'place', 'context', id);
			return true;
		},
	},
	{
		// `(dpa)`: an agency that writes its name in lower case is no word the tokenizer keeps.
		id: 'dateline-lower-case-agency',
		decide(context, dateline, id) {
			const agency = dateline.placed ? LOWER_CASE_AGENCY.exec(context.text.slice(0, 120)) : null;
			if (!agency) return false;
			const start = agency.index + agency[0].indexOf('(') + 1;
			context.pushText(start, start + agency[1].length, 'organization', 'context', id);
			return true;
		},
	},
];

/** A capitalised word not yet in a mention; a rule that decides sets `last`, the last word its mentions took. */
export class CreditWord {
	index = 0;
	last = 0;
	/** `(Xinhua/Yao Dawei)`: the photographer's words, found with the caption's agency and written at the next word. */
	photographer: { readonly first: number; readonly last: number } | undefined;

	reset(index: number): this {
		this.index = index;
		this.last = index;
		return this;
	}
}

/** Each capitalised word not yet in a mention: the first rule that decides wins. */
export const CREDIT_WORD_RULES: readonly CreditRule<CreditWord>[] = [
	{
		// `/PRNewswire/`
		id: 'slashed-agency',
		decide(context, word, id) {
			const token = context.tokens[word.index];
			if (context.text.charCodeAt(token.start - 1) !== 0x2f || context.text.charCodeAt(token.end) !== 0x2f) return false;
			context.push(word.index, word.index, 'organization', 'context', id);
			return true;
		},
	},
	{
		// `(Xinhua) --` after a dateline.
		id: 'parenthesised-agency',
		decide(context, word, id) {
			if (context.text.charCodeAt(context.tokens[word.index].start - 1) !== 0x28) return false;
			const end = context.capitalisedRunEnd(word.index);
			if (!/^\)\s*(?:--|—|–|-\s)/.test(context.gapAfter(end))) return false;
			context.push(word.index, end, 'organization', 'context', id);
			word.last = end;
			return true;
		},
	},
	{
		// `(Xinhua/Yao Dawei)` ending a caption: the agency, and the photographer after the slash.
		id: 'caption-agency',
		decide(context, word, id) {
			const tokens = context.tokens;
			if (context.text.charCodeAt(tokens[word.index].start - 1) !== 0x28) return false;
			const end = context.capitalisedRunEnd(word.index);
			if (!/^\/$/.test(context.gapAfter(end)) || end + 1 >= tokens.length || !tokens[end + 1].capitalised) return false;
			const person = context.capitalisedRunEnd(end + 1);
			if (!/^\)/.test(context.gapAfter(person)) || person <= end + 1) return false;
			context.push(word.index, end, 'organization', 'context', id);
			word.photographer = { first: end + 1, last: person };
			word.last = end;
			return true;
		},
	},
	{
		id: 'caption-photographer',
		decide(context, word, id) {
			if (word.photographer?.first !== word.index) return false;
			context.push(word.index, word.photographer.last, 'person', 'context', id);
			word.last = word.photographer.last;
			word.photographer = undefined;
			return true;
		},
	},
];
