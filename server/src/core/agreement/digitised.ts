/**
 * The digitised continuum (Krippendorff 1995, §3): every code point is an item that each coder
 * either coded with a code (1) or did not (0). Kappa-like measures read only these tallies,
 * computed here by a sweep over span boundaries instead of one array cell per code point, so a
 * corpus of millions of code points costs as much as its units.
 */
import type { Span } from './units';

export interface DigitisedTally {
	/** Items: code points (times codes, when pooled). */
	readonly items: number;
	readonly coders: number;
	/** `codedBy[k]`: items coded by exactly k coders, k = 0…coders. */
	readonly codedBy: readonly number[];
	/** Items each coder coded. */
	readonly coderTotals: readonly number[];
}

export function digitise(byCoder: readonly (readonly Span[])[], length: number): DigitisedTally {
	const coders = byCoder.length;
	const codedBy = new Array<number>(coders + 1).fill(0);
	let eventCount = 0;
	for (const spans of byCoder) eventCount += spans.length * 2;
	// Starts and ends packed as one sortable number: position * 2 (+1 for a start), so ends sort first.
	const events = new Float64Array(eventCount);
	let next = 0;
	const coderTotals = byCoder.map(spans => {
		let total = 0;
		for (const span of spans) {
			total += span.end - span.start;
			events[next++] = span.start * 2 + 1;
			events[next++] = span.end * 2;
		}
		return total;
	});
	events.sort();
	let active = 0;
	let position = 0;
	for (const event of events) {
		const at = Math.floor(event / 2);
		codedBy[active] += at - position;
		position = at;
		active += event % 2 === 1 ? 1 : -1;
	}
	codedBy[0] += length - position;
	return { items: length, coders, codedBy, coderTotals };
}

/** Several codes' tallies as one: items are (code point, code) pairs. */
export function pool(tallies: readonly DigitisedTally[], coders: number): DigitisedTally {
	const codedBy = new Array<number>(coders + 1).fill(0);
	const coderTotals = new Array<number>(coders).fill(0);
	let items = 0;
	for (const tally of tallies) {
		items += tally.items;
		tally.codedBy.forEach((count, k) => { codedBy[k] += count; });
		tally.coderTotals.forEach((count, c) => { coderTotals[c] += count; });
	}
	return { items, coders, codedBy, coderTotals };
}

/** Why a tally cannot be measured, or undefined when it can. */
export function digitisedProblem(tally: DigitisedTally): string | undefined {
	if (tally.coders < 2) return 'needs two or more coders';
	if (tally.items <= 0) return 'the texts are empty';
	const coded = tally.coderTotals.reduce((sum, total) => sum + total, 0);
	if (coded === 0) return 'nothing was coded';
	if (coded === tally.items * tally.coders) return 'every character was coded by every coder: nothing varies';
	return undefined;
}
