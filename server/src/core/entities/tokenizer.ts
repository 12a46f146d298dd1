/**
 * Splits one paragraph into words with their offsets and the facts the detector asks about them.
 * One regular-expression pass; everything else is read from the characters around each word.
 */
import { ABBREVIATIONS } from './lexicon/cues';

export interface Token {
	/** Offsets relative to the paragraph. `end` excludes a possessive `'s`. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** Starts with an upper-case letter. */
	readonly capitalised: boolean;
	/** Two or more letters, all upper case (digits allowed): `SCO`, `G20`, `BEIJING`. */
	readonly upper: boolean;
	/** Contains Han, Kana or Hangul characters. */
	readonly cjk: boolean;
	/** Only digits. */
	readonly numeric: boolean;
	/** Followed by `'s` or `’s`. */
	readonly possessive: boolean;
	/** First word of a sentence (or of a quotation, or after a dateline's dash). */
	readonly sentenceStart: boolean;
	/** The characters between the previous word and this one. */
	readonly gapBefore: string;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const UPPER_WORD = /^(?=.*\p{Lu})[\p{Lu}\p{N}.&-]+$/u;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
const DIGITS = /^\d+$/;
const POSSESSIVE_SUFFIX = /['’]s$/;
/** A gap that ends a sentence or opens a quotation: `. `, `? `, `: `, ` "`, ` -- `. */
const SENTENCE_GAP = /[.!?:;]\s*["“”'‘’(]?\s*$|(?:^|\s)["“‘「『(]\s*$|(?:--|—|–)\s*$/;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let previousEnd = 0;
	let previousText = '';
	WORD.lastIndex = 0;
	for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
		let word = match[0];
		const start = match.index;
		let possessive = false;
		if (POSSESSIVE_SUFFIX.test(word) && word.length > 2) {
			word = word.slice(0, -2);
			possessive = true;
		} else if (text.charCodeAt(start + word.length) === 0x27 || text.charCodeAt(start + word.length) === 0x2019) {
			// `Workers'` — a plural possessive keeps the word as it is.
			possessive = /s$/.test(word);
		}
		const gapBefore = text.slice(previousEnd, start);
		const sentenceStart = tokens.length === 0 || (SENTENCE_GAP.test(gapBefore) && !isAbbreviationStop(previousText, gapBefore));
		const cjk = CJK.test(word);
		tokens.push({
			start,
			end: start + word.length,
			text: word,
			capitalised: !cjk && CAPITALISED.test(word),
			upper: !cjk && word.length >= 2 && UPPER_WORD.test(word),
			cjk,
			numeric: DIGITS.test(word),
			possessive,
			sentenceStart,
			gapBefore,
		});
		previousEnd = start + match[0].length;
		previousText = word;
	}
	return tokens;
}

/** `Mr. Smith`, `Feb. 5`: a period after an abbreviation does not end the sentence. */
function isAbbreviationStop(previousWord: string, gap: string): boolean {
	return /^\.\s+$/.test(gap) && ABBREVIATIONS.has(previousWord);
}
