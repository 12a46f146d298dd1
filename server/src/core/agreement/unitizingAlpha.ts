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

interface Segment extends Span {
	readonly isUnit: boolean;
}

/** The units and the gaps around them, tiling `[0, length)`. */
function segmentsOf(units: readonly Span[], length: number): Segment[] {
	const segments: Segment[] = [];
	let position = 0;
	for (const unit of units) {
		if (unit.start > position) {
			segments.push({ start: position, end: unit.start, isUnit: false });
		}
		segments.push({ ...unit, isUnit: true });
		position = unit.end;
	}
	if (position < length) {
		segments.push({ start: position, end: length, isUnit: false });
	}
	return segments;
}

/** δ² of two overlapping segments of two coders. */
function squaredDistance(a: Segment, b: Segment): number {
	if (a.isUnit && b.isUnit) {
		return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
	}
	if (a.isUnit && !b.isUnit && b.start <= a.start && a.end <= b.end) {
		return (a.end - a.start) ** 2;
	}
	if (!a.isUnit && b.isUnit && a.start <= b.start && b.end <= a.end) {
		return (b.end - b.start) ** 2;
	}
	return 0;
}

/** Σ δ² over every overlapping pair of segments: both tile the continuum, so one sweep visits each pair once. */
function pairDisagreement(first: readonly Segment[], second: readonly Segment[]): number {
	let sum = 0;
	let i = 0;
	let j = 0;
	while (i < first.length && j < second.length) {
		sum += squaredDistance(first[i], second[j]);
		const firstEnd = first[i].end;
		const secondEnd = second[j].end;
		if (firstEnd <= secondEnd) i++;
		if (secondEnd <= firstEnd) j++;
	}
	return sum;
}

export function observedDisagreement(byCoder: readonly (readonly Span[])[], length: number): number {
	const coders = byCoder.length;
	const segments = byCoder.map(units => segmentsOf(units, length));
	let sum = 0;
	for (let a = 0; a < coders; a++) {
		for (let b = a + 1; b < coders; b++) {
			sum += pairDisagreement(segments[a], segments[b]);
		}
	}
	return (2 * sum) / (coders * (coders - 1) * length * length);
}

export function expectedDisagreement(byCoder: readonly (readonly Span[])[], length: number): number {
	const coders = byCoder.length;
	const unitLengths: number[] = [];
	const gapLengths: number[] = [];
	for (const units of byCoder) {
		for (const segment of segmentsOf(units, length)) {
			(segment.isUnit ? unitLengths : gapLengths).push(segment.end - segment.start);
		}
	}
	gapLengths.sort((a, b) => a - b);
	// suffixSums[k] = Σ gapLengths[k..]: with a binary search, Σ over gaps g ≥ l of (g − l + 1) in O(log n).
	const suffixSums = new Float64Array(gapLengths.length + 1);
	for (let k = gapLengths.length - 1; k >= 0; k--) {
		suffixSums[k] = suffixSums[k + 1] + gapLengths[k];
	}
	const unitCount = unitLengths.length;
	let squaredLengths = 0;
	let sum = 0;
	for (const l of unitLengths) {
		squaredLengths += l * (l - 1);
		let low = 0;
		let high = gapLengths.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (gapLengths[middle] < l) low = middle + 1;
			else high = middle;
		}
		const gapsAtLeastL = gapLengths.length - low;
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

/** uα over all codes of the continuum. */
export function overallUnitizingAlpha(continuum: Continuum): UnitizingAlpha {
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
	for (const code of continuum.codes) {
		const byCoder = continuum.spans.get(code)!;
		observed += observedDisagreement(byCoder, continuum.length);
		expected += expectedDisagreement(byCoder, continuum.length);
	}
	const codes = continuum.codes.length;
	if (!(expected > 0)) {
		return { alpha: undefinedMeasure('no disagreement is expected by chance (nothing varies)'), observed: observed / codes, expected: 0 };
	}
	return { alpha: defined(1 - observed / expected), observed: observed / codes, expected: expected / codes };
}
