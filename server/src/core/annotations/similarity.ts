/**
 * Edit distances for re-anchoring: how alike two short strings are, and where a passage occurs
 * approximately inside a window of text.
 */

/** Reused rows, so the many short comparisons of re-anchoring allocate nothing. */
let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

/**
 * Levenshtein distance; meant for short strings (context of 32 code units). Past `max` it stops
 * early and answers `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (a === b) {
		return 0;
	}
	if (previousRow.length <= b.length) {
		previousRow = new Uint32Array(b.length + 1);
		currentRow = new Uint32Array(b.length + 1);
	}
	let previous = previousRow;
	let current = currentRow;
	for (let j = 0; j <= b.length; j++) {
		previous[j] = j;
	}
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMinimum = i;
		const code = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
			const deletion = previous[j] + 1;
			const insertion = current[j - 1] + 1;
			const value =
				substitution < deletion
					? substitution < insertion
						? substitution
						: insertion
					: deletion < insertion
						? deletion
						: insertion;
			current[j] = value;
			if (value < rowMinimum) {
				rowMinimum = value;
			}
		}
		if (rowMinimum > max) {
			return max + 1; // every path already costs more
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length];
}

/**
 * 1 for equal strings, 0 for strings with nothing in common (1 − distance / longer length).
 * Below `atLeast` the exact value does not matter and 0 is answered, sooner.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
	const longer = Math.max(a.length, b.length);
	if (longer === 0) {
		return 1;
	}
	const max = atLeast > 0 ? Math.floor((1 - atLeast) * longer) : Infinity;
	const distance = editDistance(a, b, max);
	return distance > max ? 0 : 1 - distance / longer;
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
