/**
 * Krippendorff's unitizing alpha (uα), as defined in Krippendorff (1995), "On the reliability of
 * unitizing contiguous data", Sociological Methodology 25:47–76, and as DKPro Statistics'
 * KrippendorffAlphaUnitizingAgreement computes it (so figures can be checked against INCEpTION):
 * per code, each coder's continuum is cut into that code's units and the gaps between them;
 * observed disagreement sums, over every pair of coders and every overlapping pair of their
 * segments, the squared distance of the two segments' boundaries (unit against unit), or the
 * unit's squared length (unit lying wholly inside the other coder's gap); expected disagreement
 * is the same over every way the observed units could have been placed. Over all codes, alpha is
 * 1 − ΣD_o / ΣD_e (DKPro's mean of the per-code disagreements, whose 1/codes cancels).
 */
import { defined, undefinedMeasure, type Measure } from './measure';
import type { Continuum, Span } from './units';

export interface UnitizingAlpha {
	readonly alpha: Measure;
	/** D_o; absent when the code cannot be measured at all. */
	readonly observed?: number;
	/** D_e. */
	readonly expected?: number;
}

/**
 * Σ δ² between two coders' units of one code. Each coder's continuum is cut into units and gaps;
 * only overlapping segments contribute: a pair of units by the squared distances of their starts
 * and of their ends, a unit lying wholly inside the other coder's gap by its squared length
 * (gap against gap: nothing). A unit lies inside a gap exactly when it overlaps none of the other
 * coder's units, so one sweep over the two sorted lists of units suffices, with no gap objects.
 */
function pairDisagreement(first: readonly Span[], second: readonly Span[]): number {
	let sum = 0;
	let j = 0;
	for (const unit of first) {
		while (j < second.length && second[j].end <= unit.start) j++;
		let overlapped = false;
		for (let k = j; k < second.length && second[k].start < unit.end; k++) {
			overlapped = true;
			sum += (unit.start - second[k].start) ** 2 + (unit.end - second[k].end) ** 2;
		}
		if (!overlapped) sum += (unit.end - unit.start) ** 2;
	}
	let i = 0;
	for (const unit of second) {
		while (i < first.length && first[i].end <= unit.start) i++;
		if (!(i < first.length && first[i].start < unit.end)) sum += (unit.end - unit.start) ** 2;
	}
	return sum;
}

export function observedDisagreement(byCoder: readonly (readonly Span[])[], length: number): number {
	const coders = byCoder.length;
	let sum = 0;
	for (let a = 0; a < coders; a++) {
		for (let b = a + 1; b < coders; b++) {
			sum += pairDisagreement(byCoder[a], byCoder[b]);
		}
	}
	return (2 * sum) / (coders * (coders - 1) * length * length);
}

export function expectedDisagreement(byCoder: readonly (readonly Span[])[], length: number): number {
	const coders = byCoder.length;
	let unitCount = 0;
	let gapCount = 0;
	for (const units of byCoder) {
		unitCount += units.length;
		let position = 0;
		for (const unit of units) {
			if (unit.start > position) gapCount++;
			position = unit.end;
		}
		if (position < length) gapCount++;
	}
	const unitLengths = new Float64Array(unitCount);
	const gaps = new Float64Array(gapCount);
	let nextUnit = 0;
	let nextGap = 0;
	for (const units of byCoder) {
		let position = 0;
		for (const unit of units) {
			if (unit.start > position) gaps[nextGap++] = unit.start - position;
			unitLengths[nextUnit++] = unit.end - unit.start;
			position = unit.end;
		}
		if (position < length) gaps[nextGap++] = length - position;
	}
	gaps.sort();
	// suffixSums[k] = Σ gaps[k..]: with a binary search, Σ over gaps g ≥ l of (g − l + 1) in O(log n).
	const suffixSums = new Float64Array(gaps.length + 1);
	for (let k = gaps.length - 1; k >= 0; k--) {
		suffixSums[k] = suffixSums[k + 1] + gaps[k];
	}
	let squaredLengths = 0;
	let sum = 0;
	for (const l of unitLengths) {
		squaredLengths += l * (l - 1);
		let low = 0;
		let high = gaps.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (gaps[middle] < l) low = middle + 1;
			else high = middle;
		}
		const gapsAtLeastL = gaps.length - low;
		const placements = suffixSums[low] - (l - 1) * gapsAtLeastL;
		sum += ((unitCount - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * placements;
	}
	const pairable = coders * length;
	return (sum * (2 / length)) / (pairable * (pairable - 1) - squaredLengths);
}

/** uα for one code: `byCoder[i]` holds coder i's disjoint, sorted units of that code. */
export function unitizingAlpha(byCoder: readonly (readonly Span[])[], length: number, code: string): UnitizingAlpha {
	if (byCoder.length < 2) {
		return { alpha: undefinedMeasure('needs two or more coders') };
	}
	if (length <= 0) {
		return { alpha: undefinedMeasure('the texts are empty') };
	}
	if (byCoder.every(units => units.length === 0)) {
		return { alpha: undefinedMeasure(`no coder marked any text with ${code}`) };
	}
	const observed = observedDisagreement(byCoder, length);
	const expected = expectedDisagreement(byCoder, length);
	if (!(expected > 0)) {
		return { alpha: undefinedMeasure('no disagreement is expected by chance (nothing varies)'), observed, expected };
	}
	return { alpha: defined(1 - observed / expected), observed, expected };
}

/**
 * uα over all codes, from each code's D_o and D_e (computed once, per code). Codes nobody marked
 * have none and add nothing.
 */
export function overallUnitizingAlpha(continuum: Continuum, perCode: readonly UnitizingAlpha[]): UnitizingAlpha {
	if (continuum.coders.length < 2) {
		return { alpha: undefinedMeasure('needs two or more coders') };
	}
	if (continuum.length <= 0) {
		return { alpha: undefinedMeasure('the texts are empty') };
	}
	if (continuum.codes.length === 0) {
		return { alpha: undefinedMeasure('no coder marked any text') };
	}
	let observed = 0;
	let expected = 0;
	for (const code of perCode) {
		observed += code.observed ?? 0;
		expected += code.expected ?? 0;
	}
	const codes = continuum.codes.length;
	if (!(expected > 0)) {
		return {
			alpha: undefinedMeasure('no disagreement is expected by chance (nothing varies)'),
			observed: observed / codes,
			expected: 0,
		};
	}
	return { alpha: defined(1 - observed / expected), observed: observed / codes, expected: expected / codes };
}
