/**
 * Converting UTF-16 offsets (the editor's and the sidecar's unit) to Unicode code-point offsets
 * (the unit of brat, the W3C model and Python strings). An emoji flag such as 🇨🇳 is 4 code units
 * but 2 code points.
 */

/** A converter for one text: O(log n) per offset after one scan for astral characters. */
export function codePointCounter(text: string): (utf16Offset: number) => number {
	const highSurrogates: number[] = [];
	// A regular expression finds the pairs many times faster than a loop over 50 million code units.
	const pairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
	for (let pair = pairs.exec(text); pair; pair = pairs.exec(text)) {
		highSurrogates.push(pair.index);
	}
	return offset => {
		// Pairs that end at or before `offset` count one code point less than their two units.
		let low = 0;
		let high = highSurrogates.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (highSurrogates[middle] + 2 <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return offset - low;
	};
}

/** The text's code points from `start` to `end` (code-point offsets), as a reader in Python would slice it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
	return Array.from(text).slice(start, end).join('');
}

/** Moves a slice boundary off the middle of a surrogate pair, so no half emoji is stored or exported. */
export function clampToCodePoint(text: string, offset: number, direction: 'backward' | 'forward'): number {
	const code = text.charCodeAt(offset);
	const previous = text.charCodeAt(offset - 1);
	if (offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) {
		return direction === 'backward' ? offset - 1 : offset + 1;
	}
	return offset;
}
