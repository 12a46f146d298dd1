/**
 * Edit distances for re-anchoring: how alike two short strings are, and where a passage occurs
 * approximately inside a window of text.
 */

/** Levenshtein distance; meant for short strings (context of 32 code units). */
export function editDistance(a: string, b: string): number {
	if (a === b) {
		return 0;
	}
	let previous = new Uint32Array(b.length + 1).map((_, j) => j);
	let current = new Uint32Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
			current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length];
}

/** 1 for equal strings, 0 for strings with nothing in common (1 − distance / longer length). */
export function similarity(a: string, b: string): number {
	const longer = Math.max(a.length, b.length);
	return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

export interface ApproximateMatch {
	readonly start: number;
	readonly end: number;
	readonly distance: number;
}

/**
 * Every place in `text[from, to)` where `pattern` occurs with at most `maxDistance` edits
 * (Sellers' algorithm: edit distance where the match may start anywhere), best first per start.
 * Cost is O(pattern length × window length), so callers bound both.
 */
export function approximateMatches(text: string, pattern: string, from: number, to: number, maxDistance: number): ApproximateMatch[] {
	const m = pattern.length;
	let cost = new Int32Array(m + 1).map((_, i) => i);
	let startOf = new Int32Array(m + 1).fill(from);
	let nextCost = new Int32Array(m + 1);
	let nextStartOf = new Int32Array(m + 1);
	const bestByStart = new Map<number, ApproximateMatch>();
	for (let j = from; j < to; j++) {
		const ch = text.charCodeAt(j);
		nextCost[0] = 0;
		nextStartOf[0] = j + 1;
		for (let i = 1; i <= m; i++) {
			let best = cost[i - 1] + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
			let start = startOf[i - 1];
			if (cost[i] + 1 < best) {
				best = cost[i] + 1;
				start = startOf[i];
			}
			if (nextCost[i - 1] + 1 < best) {
				best = nextCost[i - 1] + 1;
				start = nextStartOf[i - 1];
			}
			nextCost[i] = best;
			nextStartOf[i] = start;
		}
		if (nextCost[m] <= maxDistance) {
			const start = nextStartOf[m];
			const known = bestByStart.get(start);
			if (!known || nextCost[m] < known.distance) {
				bestByStart.set(start, { start, end: j + 1, distance: nextCost[m] });
			}
		}
		[cost, nextCost] = [nextCost, cost];
		[startOf, nextStartOf] = [nextStartOf, startOf];
	}
	return [...bestByStart.values()].sort((a, b) => a.distance - b.distance);
}
