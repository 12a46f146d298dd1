/**
 * How many characters a set of passages covers: Unicode code points, overlapping passages counted
 * once. The passages' own texts are enough (no seed text is needed): where two overlap, the later
 * one contributes only the part past the earlier one's end, cut from its own text.
 */
import type { CodedPassage } from './corpusStatsTypes';

/** Code points covered by `passages` (UTF-16 offsets, half-open); sorts a copy. */
export function coveredCodePoints(passages: readonly CodedPassage[]): number {
	if (passages.length === 1) return codePointCount(passages[0].text);
	const sorted = [...passages].sort((a, b) => a.start - b.start || b.end - a.end);
	let total = 0;
	let coveredTo = -1;
	for (const passage of sorted) {
		if (passage.end <= coveredTo) continue;
		const from = Math.max(0, coveredTo - passage.start);
		total += codePointCount(from > 0 ? passage.text.slice(from) : passage.text);
		coveredTo = passage.end;
	}
	return total;
}

/** Code points in a string: UTF-16 units less the low halves of surrogate pairs. */
export function codePointCount(text: string): number {
	let count = text.length;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
			const previous = text.charCodeAt(index - 1);
			if (previous >= 0xd800 && previous <= 0xdbff) count--;
		}
	}
	return count;
}
