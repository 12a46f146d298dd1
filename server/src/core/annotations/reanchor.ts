/**
 * Finds an annotation's passage again in a text that changed outside the editor (git pull,
 * another program), from what the sidecar stored: the passage, its context and its old position.
 *
 * 1. Exact: occurrences of the passage, nearest to the expected position first; one is taken only
 *    when the text around it resembles the stored context. Context decides among repeats;
 *    distance breaks ties.
 * 2. Fuzzy: approximate occurrences (at most 25% edits) in bounded windows around the expected
 *    position and around where the stored context still stands, under the same context rule.
 * 3. Otherwise the annotation is orphaned. It is never moved to words whose surroundings do not
 *    match: if a tagged second "Robin" becomes "Elisa", a first "Robin" elsewhere is not a match.
 */
import type { Annotation } from './annotation';
import { approximateMatches, similarity } from './similarity';

export type AnchorStatus = 'unchanged' | 'moved' | 'fuzzy' | 'orphaned';

export type AnchorResult =
	| { readonly status: 'unchanged' | 'moved' | 'fuzzy'; readonly start: number; readonly end: number }
	| { readonly status: 'orphaned' };

export type AnchorQuery = Pick<Annotation, 'text' | 'start' | 'end' | 'before' | 'after'>;

/** How alike the text around a candidate must be to the stored context (0–1, average of both sides). */
export const contextThreshold = 0.6;
/** How alike an approximate passage must be to the stored one. */
export const passageThreshold = 0.75;
/** An exact passage at least this long that occurs once is taken even when its context changed. */
const distinctiveLength = 24;
/** Exact occurrences examined per annotation (nearest first), to bound work on very common words. */
const maxExactCandidates = 500;
/** Passages longer than this are not searched approximately (the search is quadratic). */
const maxFuzzyLength = 2000;

export function reanchor(text: string, query: AnchorQuery, expectedStart = query.start): AnchorResult {
	if (query.text.length === 0) {
		return { status: 'orphaned' };
	}
	const exact = exactMatch(text, query, expectedStart);
	if (exact !== undefined) {
		return { status: exact === query.start ? 'unchanged' : 'moved', start: exact, end: exact + query.text.length };
	}
	return fuzzyMatch(text, query, expectedStart) ?? { status: 'orphaned' };
}

/**
 * Re-anchors many annotations of one text. They are visited in position order and each one is
 * first looked for where the previous one's shift would put it, so a block inserted near the top
 * does not send later passages to an identical paragraph elsewhere. Results are in input order.
 */
export function reanchorAll(text: string, queries: readonly AnchorQuery[]): AnchorResult[] {
	const order = queries.map((_, index) => index).sort((a, b) => queries[a].start - queries[b].start);
	const results: AnchorResult[] = new Array(queries.length);
	let shift = 0;
	for (const index of order) {
		const query = queries[index];
		const result = reanchor(text, query, Math.max(0, query.start + shift));
		if (result.status !== 'orphaned') {
			shift = result.start - query.start;
		}
		results[index] = result;
	}
	return results;
}

/** Average similarity of the stored context to the text around `[start, end)`; sides stored empty are ignored. */
export function contextScore(text: string, start: number, end: number, before: string, after: string): number {
	let total = 0;
	let sides = 0;
	if (before.length > 0) {
		total += similarity(before, text.slice(Math.max(0, start - before.length), start));
		sides++;
	}
	if (after.length > 0) {
		total += similarity(after, text.slice(end, end + after.length));
		sides++;
	}
	return sides === 0 ? 1 : total / sides;
}

function exactMatch(text: string, query: AnchorQuery, expected: number): number | undefined {
	const passage = query.text;
	let forward = text.indexOf(passage, expected);
	let backward = expected > 0 ? text.lastIndexOf(passage, expected - 1) : -1;
	let best: { start: number; score: number } | undefined;
	let seen = 0;
	let only: number | undefined;
	while ((forward >= 0 || backward >= 0) && seen < maxExactCandidates) {
		const takeForward = backward < 0 || (forward >= 0 && forward - expected <= expected - backward);
		const start = takeForward ? forward : backward;
		if (takeForward) {
			forward = text.indexOf(passage, forward + 1);
		} else {
			backward = backward > 0 ? text.lastIndexOf(passage, backward - 1) : -1;
		}
		seen++;
		only = seen === 1 ? start : undefined;
		const score = contextScore(text, start, start + passage.length, query.before, query.after);
		// Nearer candidates come first, so a later one wins only with strictly better context.
		if (!best || score > best.score) {
			best = { start, score };
			if (score === 1) {
				return start;
			}
		}
	}
	if (best && best.score >= contextThreshold) {
		return best.start;
	}
	if (only !== undefined && passage.length >= distinctiveLength && forward < 0 && backward < 0) {
		return only;
	}
	return undefined;
}

function fuzzyMatch(text: string, query: AnchorQuery, expected: number): AnchorResult | undefined {
	const passage = query.text;
	if (passage.length > maxFuzzyLength) {
		return undefined;
	}
	const maxDistance = Math.floor(passage.length * (1 - passageThreshold));
	const slack = Math.max(64, passage.length);
	const windows: [number, number][] = [[expected - slack, expected + passage.length + slack]];
	// Where the stored context still stands, the passage should follow (or precede) it.
	for (const at of nearestOccurrences(text, query.before.slice(-16), expected, 3)) {
		const end = at + Math.min(16, query.before.length);
		windows.push([end - maxDistance, end + passage.length + maxDistance]);
	}
	for (const at of nearestOccurrences(text, query.after.slice(0, 16), expected + passage.length, 3)) {
		windows.push([at - passage.length - maxDistance, at + maxDistance]);
	}
	let best: { start: number; end: number; rank: number; distanceFromExpected: number } | undefined;
	for (const [from, to] of windows) {
		const matches = approximateMatches(text, passage, Math.max(0, from), Math.min(text.length, to), maxDistance).slice(0, 50);
		for (const match of matches) {
			const passageSimilarity = similarity(passage, text.slice(match.start, match.end));
			const context = contextScore(text, match.start, match.end, query.before, query.after);
			if (passageSimilarity < passageThreshold || context < contextThreshold || match.start === match.end) {
				continue;
			}
			const rank = passageSimilarity + context;
			const distanceFromExpected = Math.abs(match.start - expected);
			if (!best || rank > best.rank || (rank === best.rank && distanceFromExpected < best.distanceFromExpected)) {
				best = { start: match.start, end: match.end, rank, distanceFromExpected };
			}
		}
	}
	return best && { status: 'fuzzy', start: best.start, end: best.end };
}

/** Up to `count` occurrences of `needle` nearest to `around`; none for needles too short to mean anything. */
function nearestOccurrences(text: string, needle: string, around: number, count: number): number[] {
	if (needle.length < 4) {
		return [];
	}
	const found: number[] = [];
	let forward = text.indexOf(needle, around);
	let backward = around > 0 ? text.lastIndexOf(needle, around - 1) : -1;
	while (found.length < count && (forward >= 0 || backward >= 0)) {
		if (backward < 0 || (forward >= 0 && forward - around <= around - backward)) {
			found.push(forward);
			forward = text.indexOf(needle, forward + 1);
		} else {
			found.push(backward);
			backward = backward > 0 ? text.lastIndexOf(needle, backward - 1) : -1;
		}
	}
	return found;
}
