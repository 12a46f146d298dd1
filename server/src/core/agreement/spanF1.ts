/**
 * Span F1 between two coders, as NLP annotation projects report it: one coder's units taken as
 * the reference for the other's (F1 is symmetric, so which one does not matter). Exact: a unit
 * matches when the other coder has a unit with the same start and end. Overlap: a unit matches
 * when it shares at least one code point with a unit of the other coder.
 */
import { defined, undefinedMeasure, type Measure } from './measure';
import type { Span } from './units';

export interface SpanMatchCounts {
	readonly firstUnits: number;
	readonly secondUnits: number;
	/** Units of the first coder that match one of the second's. */
	readonly firstMatched: number;
	readonly secondMatched: number;
}

export const noMatches: SpanMatchCounts = { firstUnits: 0, secondUnits: 0, firstMatched: 0, secondMatched: 0 };

export function exactMatches(first: readonly Span[], second: readonly Span[]): SpanMatchCounts {
	// Both sorted and disjoint: starts are distinct within a coder, so one sweep pairs them up.
	let matched = 0;
	let j = 0;
	for (const span of first) {
		while (j < second.length && second[j].start < span.start) j++;
		if (j < second.length && second[j].start === span.start && second[j].end === span.end) matched++;
	}
	return { firstUnits: first.length, secondUnits: second.length, firstMatched: matched, secondMatched: matched };
}

/** How many of `spans` overlap some span of `others`; both sorted and disjoint, so one sweep. */
function overlapping(spans: readonly Span[], others: readonly Span[]): number {
	let count = 0;
	let j = 0;
	for (const span of spans) {
		while (j < others.length && others[j].end <= span.start) j++;
		if (j < others.length && others[j].start < span.end) count++;
	}
	return count;
}

export function overlapMatches(first: readonly Span[], second: readonly Span[]): SpanMatchCounts {
	return {
		firstUnits: first.length,
		secondUnits: second.length,
		firstMatched: overlapping(first, second),
		secondMatched: overlapping(second, first),
	};
}

export function addMatches(a: SpanMatchCounts, b: SpanMatchCounts): SpanMatchCounts {
	return {
		firstUnits: a.firstUnits + b.firstUnits,
		secondUnits: a.secondUnits + b.secondUnits,
		firstMatched: a.firstMatched + b.firstMatched,
		secondMatched: a.secondMatched + b.secondMatched,
	};
}

/** F1 from (summed) counts: harmonic mean of the share of each coder's units matched. */
export function spanF1(counts: SpanMatchCounts): Measure {
	if (counts.firstUnits === 0 && counts.secondUnits === 0) {
		return undefinedMeasure('neither coder marked any unit');
	}
	if (counts.firstUnits === 0 || counts.secondUnits === 0) {
		return defined(0);
	}
	const recall = counts.firstMatched / counts.firstUnits;
	const precision = counts.secondMatched / counts.secondUnits;
	return defined(recall + precision === 0 ? 0 : (2 * precision * recall) / (precision + recall));
}
