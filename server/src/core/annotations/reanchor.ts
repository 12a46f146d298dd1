/**
 * Finds an annotation's passage again in a text that changed outside the editor (git pull,
 * another program), from what the sidecar stored: the passage, its context and its old position.
 *
 * Every match must have surroundings that resemble the stored context (`contextThreshold`).
 * 1. Exact, in place: the passage within a few characters of the expected position.
 * 2. Nearby (within `localRadius`): exact and approximate occurrences (at most 25% edits) ranked
 *    together by passage similarity + context similarity − a small distance penalty; context
 *    decides among repeats.
 * 3. Exact, far (a paragraph moved): taken only when no other occurrence fits about as well — in a
 *    text of repeated paragraphs a far twin is a guess, and guesses are not made. A long passage
 *    (24+ code units) that occurs exactly once is taken even if its context changed.
 * 4. Fuzzy, around the places where the stored context still stands, under the same rule as 3.
 * 5. Otherwise the annotation is orphaned. It is never moved to words whose surroundings do not
 *    match: if a tagged second "Robin" becomes "Elisa", a first "Robin" elsewhere is not a match.
 */
import type { Annotation } from './annotation';
import { approximateMatches, similarity } from './similarity';
import { runToEnd, type Steps } from '../steps';

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
/** How far (beyond the passage's length) from the expected position a match counts as nearby. */
const localRadius = 1024;
/**
 * Within this distance of the expected position one side of the context may have changed a lot
 * (words typed right next to the passage); farther away both sides must still resemble it.
 */
const nearDistance = 64;
const farContextThreshold = 0.75;
const minSideSimilarity = 0.6;
/** A far match is taken only if no other one scores within this margin of it. */
const rivalMargin = 0.05;

export function reanchor(text: string, query: AnchorQuery, expectedStart = query.start): AnchorResult {
	const passage = query.text;
	if (passage.length === 0) {
		return { status: 'orphaned' };
	}
	const found = (start: number, end: number): AnchorResult => ({
		status: text.slice(start, end) !== passage ? 'fuzzy' : start === query.start ? 'unchanged' : 'moved',
		start,
		end,
	});
	// By far the usual case: passage and context exactly where expected. The search below would take
	// the same place (a perfect context at distance 0), after scoring the context character by character.
	const end = expectedStart + passage.length;
	if (
		text.startsWith(passage, expectedStart)
		&& expectedStart >= query.before.length
		&& text.startsWith(query.before, expectedStart - query.before.length)
		&& text.startsWith(query.after, end)
	) {
		return found(expectedStart, end);
	}
	const radius = localRadius + passage.length;
	const candidates = exactCandidates(text, query, expectedStart, radius);
	// The usual case: the same words where they were expected, or a few characters off.
	const local = bestOf(candidates.filter(c => c.distance <= nearDistance && c.fits));
	if (local) {
		return found(local.start, local.start + passage.length);
	}
	// Nearby, exact and approximate occurrences compete: a corrected typo in place beats a twin
	// sentence a few lines away.
	const nearby = bestRanked([
		...candidates
			.filter(c => c.distance <= radius && c.fits)
			.map(c => ({
				start: c.start,
				end: c.start + passage.length,
				rank: 1 + c.score - distancePenalty(c.distance),
				distanceFromExpected: c.distance,
				edits: 0,
			})),
		...fuzzyCandidates(text, query, expectedStart, [[expectedStart - radius, expectedStart + passage.length + radius]]),
	]);
	if (nearby) {
		return found(nearby.start, nearby.end);
	}
	// Farther away (a paragraph moved): only when no other place fits about as well.
	const good = candidates.filter(c => c.fits);
	const best = bestOf(good);
	if (best && !good.some(c => c !== best && c.score >= best.score - rivalMargin)) {
		return found(best.start, best.start + passage.length);
	}
	if (!best && candidates.length === 1 && candidates.complete && passage.length >= distinctiveLength) {
		return found(candidates[0].start, candidates[0].start + passage.length);
	}
	const aroundContext = fuzzyCandidates(text, query, expectedStart, contextWindows(text, query, expectedStart));
	const standout = bestRanked(aroundContext);
	const rival =
		standout &&
		aroundContext.some(
			other => Math.abs(other.start - standout.start) > passage.length / 2 && other.rank >= standout.rank - rivalMargin,
		);
	// An exact occurrence found here was already judged, and refused, as a far exact candidate.
	return standout && !rival && standout.edits > 0 ? found(standout.start, standout.end) : { status: 'orphaned' };
}

/**
 * Re-anchors many annotations of one text. They are visited in position order and each one is
 * first looked for where the previous one's shift would put it, so a block inserted near the top
 * does not send later passages to an identical paragraph elsewhere. Results are in input order.
 */
export function reanchorAll(text: string, queries: readonly AnchorQuery[]): AnchorResult[] {
	return runToEnd(reanchorAllInSteps(text, queries));
}

/** The same, pausing before each annotation (see `core/steps.ts`). */
export function* reanchorAllInSteps(text: string, queries: readonly AnchorQuery[]): Steps<AnchorResult[]> {
	const order = queries.map((_, index) => index).sort((a, b) => queries[a].start - queries[b].start);
	const results: AnchorResult[] = new Array(queries.length);
	let shift = 0;
	for (const index of order) {
		yield; // one annotation may need a fuzzy search of its surroundings
		const query = queries[index];
		const result = reanchor(text, query, Math.max(0, query.start + shift));
		if (result.status !== 'orphaned') {
			shift = result.start - query.start;
		}
		results[index] = result;
	}
	return results;
}

interface ContextSimilarities {
	readonly average: number;
	/** The less similar side. */
	readonly weakest: number;
}

/**
 * Context is compared within the passage's paragraph (up to a line break): paragraphs are what
 * gets moved, and the end of whatever paragraph used to precede says nothing about the passage.
 */
function contextSimilarities(
	text: string,
	start: number,
	end: number,
	storedBefore: string,
	storedAfter: string,
	sideAtLeast = 0,
): ContextSimilarities {
	const before = storedBefore.slice(storedBefore.lastIndexOf('\n') + 1);
	const lineBreak = storedAfter.search(/[\r\n]/);
	const after = lineBreak < 0 ? storedAfter : storedAfter.slice(0, lineBreak);
	const sides: number[] = [];
	if (before.length > 0) {
		sides.push(similarity(before, text.slice(Math.max(0, start - before.length), start), sideAtLeast));
	}
	if (after.length > 0) {
		sides.push(similarity(after, text.slice(end, end + after.length), sideAtLeast));
	}
	return sides.length === 0
		? { average: 1, weakest: 1 }
		: { average: sides.reduce((a, b) => a + b, 0) / sides.length, weakest: Math.min(...sides) };
}

function contextFits(context: ContextSimilarities, distance: number): boolean {
	return distance <= nearDistance
		? context.average >= contextThreshold
		: context.average >= farContextThreshold && context.weakest >= minSideSimilarity;
}

interface Candidate {
	readonly start: number;
	readonly score: number;
	readonly distance: number;
	readonly fits: boolean;
}

/**
 * Exact occurrences, nearest to `expected` first, with their context scores. Stops early once the
 * answer is settled: a perfect context within `radius`, or two perfect contexts farther away
 * (ambiguous, so neither will be taken).
 */
function exactCandidates(text: string, query: AnchorQuery, expected: number, radius: number): Candidate[] & { complete?: boolean } {
	const passage = query.text;
	const candidates: Candidate[] & { complete?: boolean } = [];
	let forward = text.indexOf(passage, expected);
	let backward = expected > 0 ? text.lastIndexOf(passage, expected - 1) : -1;
	let farPerfect = 0;
	while ((forward >= 0 || backward >= 0) && candidates.length < maxExactCandidates) {
		const takeForward = backward < 0 || (forward >= 0 && forward - expected <= expected - backward);
		const start = takeForward ? forward : backward;
		if (takeForward) {
			forward = text.indexOf(passage, forward + 1);
		} else {
			backward = backward > 0 ? text.lastIndexOf(passage, backward - 1) : -1;
		}
		const distance = Math.abs(start - expected);
		// Far away, a side below the minimum rules a candidate out: its exact similarity is not needed.
		const context = contextSimilarities(
			text,
			start,
			start + passage.length,
			query.before,
			query.after,
			distance > nearDistance ? minSideSimilarity : 0,
		);
		const candidate = { start, score: context.average, distance, fits: contextFits(context, distance) };
		candidates.push(candidate);
		if (candidate.score === 1 && (candidate.distance <= radius || ++farPerfect === 2)) {
			return candidates;
		}
	}
	candidates.complete = forward < 0 && backward < 0;
	return candidates;
}

/** Highest context score; the nearest among equals (candidates come nearest first). */
function bestOf(candidates: readonly Candidate[]): Candidate | undefined {
	let best: Candidate | undefined;
	for (const candidate of candidates) {
		if (!best || candidate.score > best.score) {
			best = candidate;
		}
	}
	return best;
}

/** Windows where the stored context still stands: the passage should follow `before` and precede `after`. */
function contextWindows(text: string, query: AnchorQuery, expected: number): [number, number][] {
	const length = query.text.length;
	const maxDistance = Math.floor(length * (1 - passageThreshold));
	const windows: [number, number][] = [];
	for (const at of nearestOccurrences(text, query.before.slice(-16), expected, 3)) {
		const end = at + Math.min(16, query.before.length);
		windows.push([end - maxDistance, end + length + maxDistance]);
	}
	for (const at of nearestOccurrences(text, query.after.slice(0, 16), expected + length, 3)) {
		windows.push([at - length - maxDistance, at + maxDistance]);
	}
	return windows;
}

interface RankedMatch {
	readonly start: number;
	readonly end: number;
	/** Passage similarity + context similarity − distance penalty. */
	readonly rank: number;
	readonly distanceFromExpected: number;
	readonly edits: number;
}

/** Up to 0.1 off the rank, growing with distance from the expected position. */
function distancePenalty(distance: number): number {
	return 0.1 * Math.min(1, distance / localRadius);
}

/** Approximate occurrences (at most 25% edits) in the windows whose context fits. */
function fuzzyCandidates(text: string, query: AnchorQuery, expected: number, windows: readonly [number, number][]): RankedMatch[] {
	const passage = query.text;
	if (passage.length > maxFuzzyLength) {
		return [];
	}
	const maxDistance = Math.floor(passage.length * (1 - passageThreshold));
	const accepted: RankedMatch[] = [];
	for (const [from, to] of windows) {
		const matches = approximateMatches(text, passage, Math.max(0, from), Math.min(text.length, to), maxDistance).slice(0, 50);
		for (const match of matches) {
			const passageSimilarity = similarity(passage, text.slice(match.start, match.end));
			const context = contextSimilarities(text, match.start, match.end, query.before, query.after);
			const distanceFromExpected = Math.abs(match.start - expected);
			if (passageSimilarity < passageThreshold || !contextFits(context, distanceFromExpected) || match.start === match.end) {
				continue;
			}
			accepted.push({
				start: match.start,
				end: match.end,
				rank: passageSimilarity + context.average - distancePenalty(distanceFromExpected),
				distanceFromExpected,
				edits: match.distance,
			});
		}
	}
	return accepted;
}

function bestRanked(matches: readonly RankedMatch[]): RankedMatch | undefined {
	let best: RankedMatch | undefined;
	for (const match of matches) {
		if (!best || match.rank > best.rank || (match.rank === best.rank && match.distanceFromExpected < best.distanceFromExpected)) {
			best = match;
		}
	}
	return best;
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
