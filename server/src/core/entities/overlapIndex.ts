/**
 * Finds which of a paragraph's mentions overlap a range without testing every mention, so that
 * merging a registry's matches into what the detector found stays linear in the paragraph's length.
 */

interface Range {
	readonly start: number;
	readonly end: number;
}

export class OverlapIndex<T extends Range> {
	/** Indexes into `items`, by start offset. */
	private readonly byStart: number[];
	/** For each position of `byStart`, the furthest end among the items up to it: no item before reaches past it. */
	private readonly reach: number[];
	/** The start offsets in the order of `byStart`, side by side for the binary search. */
	private readonly starts: Int32Array;

	constructor(private readonly items: readonly T[]) {
		this.byStart = items.map((_, index) => index).sort((a, b) => items[a].start - items[b].start || a - b);
		this.starts = Int32Array.from(this.byStart, index => items[index].start);
		this.reach = [];
		let furthest = -Infinity;
		for (const index of this.byStart) {
			furthest = Math.max(furthest, items[index].end);
			this.reach.push(furthest);
		}
	}

	/** The indexes of the items that overlap `[start, end)` and pass `keep` (given an index), in increasing order. */
	overlapping(start: number, end: number, keep: (index: number) => boolean): number[] {
		let low = 0;
		let high = this.byStart.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (this.starts[middle] < end) low = middle + 1;
			else high = middle;
		}
		const found: number[] = [];
		for (let position = low - 1; position >= 0 && this.reach[position] > start; position--) {
			const index = this.byStart[position];
			if (this.items[index].end > start && keep(index)) found.push(index);
		}
		return found.sort((a, b) => a - b);
	}
}
