/**
 * How many characters a set of passages covers: Unicode code points, overlapping passages counted
 * once. The passages' own texts are enough (no seed text is needed): where two overlap, the later
 * one contributes only the part past the earlier one's end, cut from its own text.
 */
import type { CodedPassage } from './corpusStatsTypes';

/** Passages of one code in one sidecar, added in order of their start: how many, and the code points they cover. */
export class Coverage {
	passages = 0;
	characters = 0;
	private coveredTo = -1;

	add(passage: CodedPassage): void {
		this.passages++;
		if (passage.end <= this.coveredTo) return;
		this.characters += codePointCount(passage.text, Math.max(0, this.coveredTo - passage.start));
		this.coveredTo = passage.end;
	}
}

/** Code points covered by `passages` (UTF-16 offsets, half-open). */
export function coveredCodePoints(passages: readonly CodedPassage[]): number {
	const coverage = new Coverage();
	for (const passage of [...passages].sort((a, b) => a.start - b.start)) coverage.add(passage);
	return coverage.characters;
}

/** Code points in a string from a UTF-16 index on: units less the low halves of surrogate pairs. */
export function codePointCount(text: string, from = 0): number {
	let count = Math.max(0, text.length - from);
	for (let index = from + 1; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (unit >= 0xdc00 && unit <= 0xdfff) {
			const previous = text.charCodeAt(index - 1);
			if (previous >= 0xd800 && previous <= 0xdbff) count--;
		}
	}
	return count;
}
