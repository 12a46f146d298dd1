/**
 * A scraped page often comes as one paragraph of hundreds of kilobytes. The detector analyses such a
 * paragraph in pieces of about 16 K characters, cut where a sentence ends, so that each piece is one
 * step of a few milliseconds (the server answers other requests between steps) and an edit analyses
 * again only the piece it falls in. Paragraphs of ordinary length are one piece, unchanged.
 */

/** Longer paragraphs than this (UTF-16 code units) are cut into pieces. */
export const LONG_PARAGRAPH = 32_768;
/** The length a piece reaches before the next sentence end closes it. */
const PIECE = 16_384;

/** The end of a sentence: its punctuation, any closing quotes or brackets, and the space before a capital. */
const SENTENCE_END = /[.!?][”"’')\]]*\s+(?=["“‘(]?\p{Lu})/u;

export interface ParagraphPiece {
	/** Where the piece starts in its paragraph (UTF-16). */
	readonly start: number;
	readonly text: string;
}

/** `text` in pieces: one piece when it is no longer than `LONG_PARAGRAPH`. Cuts fall after white space, never inside a word. */
export function paragraphPieces(text: string): ParagraphPiece[] {
	if (text.length <= LONG_PARAGRAPH) return [{ start: 0, text }];
	const pieces: ParagraphPiece[] = [];
	let start = 0;
	while (text.length - start > LONG_PARAGRAPH) {
		const cut = cutAfter(text, start + PIECE, start + LONG_PARAGRAPH);
		if (cut === undefined) break;
		pieces.push({ start, text: text.slice(start, cut) });
		start = cut;
	}
	pieces.push({ start, text: text.slice(start) });
	return pieces;
}

/** The first sentence's end at or after `from` and before `before`; else the first white space after `before`. */
function cutAfter(text: string, from: number, before: number): number | undefined {
	// Searched in a copy of the window, so that a text without sentence ends is not scanned to its end at every cut.
	const sentence = SENTENCE_END.exec(text.slice(from, before + 8));
	if (sentence && sentence.index < before - from) return from + sentence.index + sentence[0].length;
	const space = /\s+/g;
	space.lastIndex = before;
	const found = space.exec(text);
	return found && found.index + found[0].length < text.length ? found.index + found[0].length : undefined;
}
