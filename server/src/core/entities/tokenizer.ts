/**
 * Splits one paragraph into the words the detector looks at, with their offsets and facts.
 *
 * A hand-written scan over character codes (no regular expression per word). Only the words
 * that can matter are kept: capitalised words, numbers, CJK runs, and the lower-case words the
 * entity rules declare they read (`rules/keptWords.ts`: connectors, prepositions, verbs of saying,
 * title words…). The others are left in the gaps, so two kept words are adjacent only when nothing
 * stands between them. This keeps a 1 MB seed's analysis within a few tens of milliseconds. The words
 * kept come from the lexicon's cue words, so the table of them (`TokenizerVocabulary`) is built once per
 * lexicon (`tokenizerVocabulary` in `rules/keptWords.ts`) and passed in.
 */

export interface Token {
	/** Offsets relative to the paragraph. `end` excludes a possessive `'s`. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** Starts with an upper-case letter. */
	readonly capitalised: boolean;
	/** Letters all upper case (digits allowed), two characters or more: `SCO`, `G20`, `BEIJING`. */
	readonly upper: boolean;
	/** Contains Han, Kana or Hangul characters. */
	readonly cjk: boolean;
	/** Only digits. */
	readonly numeric: boolean;
	/** Followed by `'s` or `’s` (or `'` after a plural). */
	readonly possessive: boolean;
	/** First word of a sentence (or of a quotation, or after a dateline's dash). */
	readonly sentenceStart: boolean;
	/** The characters between the previous kept word and this one. */
	readonly gapBefore: string;
	/** The gap before is horizontal white space only (and not empty): the word follows the previous one directly. */
	readonly spaced: boolean;
}

export interface TokenizedParagraph {
	readonly tokens: Token[];
	/** Words that are not short function words, and how many of them are capitalised (Title Case lines). */
	readonly contentWords: number;
	readonly capitalisedContentWords: number;
}

/** Short words a Title Case headline leaves in lower case. */
const TITLE_CASE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'of',
	'in',
	'on',
	'at',
	'to',
	'for',
	'with',
	'by',
	'from',
	'as',
	'vs',
	'via',
	'into',
	'over',
	'up',
]);


/** `al-Sisi`, `el-Baradei`, `bin-Salman`: an Arabic or other particle hyphenated to a capitalised name. */
const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|ul|bin|ibn|abu|ben|bint)[-‐]\p{Lu}/u;

/** `l'Ardenne`, `d'Armor`, `dell'Arte`: an elided article or preposition before a capitalised name. */
const ELIDED_PREFIX = /^(?:l|d|dell|dall|all|nell|sull)['’]\p{Lu}/u;

/**
 * The kept and function words in an open-addressing table keyed by the hash the scan computes, so
 * that a lower-case word is looked up (and most are skipped) without being cut out of the text; and the
 * abbreviations written with a period that ends no sentence.
 */
export class TokenizerVocabulary {
	readonly knownWords: readonly string[];
	readonly knownWordKept: Uint8Array;
	readonly knownWordFunction: Uint8Array;
	private readonly slotMask: number;
	private readonly slotHashes: Int32Array;
	/** Index into `knownWords`, or -1 for an empty slot. */
	private readonly slotWords: Int32Array;
	/**
	 * Which (first letter, length) shapes the kept and function words have. `tokenize` has always
	 * left out a word whose scan hash and shape are a known word's without being it (`sell`); kept so.
	 */
	private readonly knownShapes = new Uint8Array(128 * 16);

	/** `keptWords`: the lower-case words the rules read; `abbreviations`: `Mr`, `Gen`, `U.S`. */
	constructor(private readonly keptWords: ReadonlySet<string>, readonly abbreviations: ReadonlySet<string>) {
		const knownWords = [...new Set([...keptWords, ...TITLE_CASE_FUNCTION_WORDS])];
		this.knownWords = knownWords;
		this.knownWordKept = Uint8Array.from(knownWords, word => (keptWords.has(word) ? 1 : 0));
		this.knownWordFunction = Uint8Array.from(knownWords, word => (TITLE_CASE_FUNCTION_WORDS.has(word) ? 1 : 0));
		/** A power of two, at least four times the words: few probes, and always an empty slot to stop at. */
		const slotCount = 2 ** Math.ceil(Math.log2(knownWords.length * 4));
		this.slotMask = slotCount - 1;
		this.slotHashes = new Int32Array(slotCount);
		this.slotWords = new Int32Array(slotCount).fill(-1);
		knownWords.forEach((word, index) => {
			const hash = hashOf(word, 0, word.length);
			let slot = hash & this.slotMask;
			while (this.slotWords[slot] >= 0) slot = (slot + 1) & this.slotMask;
			this.slotHashes[slot] = hash;
			this.slotWords[slot] = index;
		});
		for (const word of knownWords)
			if (word.length < 16 && word.charCodeAt(0) < 128) this.knownShapes[word.charCodeAt(0) * 16 + word.length] = 1;
	}

	/** Whether the tokenizer keeps this lower-case word without being asked to. */
	keepsWord(word: string): boolean {
		return this.keptWords.has(word);
	}

	/** The index in `knownWords` of the word `text.slice(start, end)` whose scan hash is `hash`, or -1. */
	knownWordAt(text: string, start: number, end: number, hash: number): number {
		for (let slot = hash & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
			const index = this.slotWords[slot];
			if (index < 0) return -1;
			if (this.slotHashes[slot] === hash) {
				const word = this.knownWords[index];
				if (word.length === end - start && text.startsWith(word, start)) return index;
			}
		}
	}

	sharesKnownShapeAndHash(code: number, length: number, hash: number): boolean {
		if (this.knownShapes[code * 16 + length] === 0) return false;
		for (let slot = hash & this.slotMask; this.slotWords[slot] >= 0; slot = (slot + 1) & this.slotMask)
			if (this.slotHashes[slot] === hash) return true;
		return false;
	}
}

function hashOf(text: string, start: number, end: number): number {
	let hash = text.charCodeAt(start);
	for (let index = start + 1; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
	return hash;
}

/**
 * Lower-case words a paragraph's tokens must also include (a registry's aliases' words), with the
 * scan's hashes of them, so that the other lower-case words are skipped without being cut out.
 */
export class ExtraWords {
	readonly hashes: ReadonlySet<number>;

	constructor(readonly words: ReadonlySet<string>) {
		this.hashes = new Set([...words].filter(word => word.length > 0).map(word => hashOf(word, 0, word.length)));
	}
}

/** `al-Sisi`: a hyphen after two to four letters, then a capital. */
function hasParticleHyphen(text: string, start: number, end: number): boolean {
	for (let index = start + 2; index <= start + 4 && index + 1 < end; index++) {
		if (text.charCodeAt(index) === 0x2d || text.charCodeAt(index) === 0x2010) return classOf(text.charCodeAt(index + 1)) === UPPER;
	}
	return false;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const UPPER_WORD = /^(?=.*\p{Lu})[\p{Lu}\p{N}.&-]+$/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHARACTER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;

/** Per BMP code unit: 0 not computed, 1 word character, 2 other, 3 upper-case word character. */
const characterClasses = new Uint8Array(0x10000);
const WORD = 1;
const OTHER = 2;
const UPPER = 3;

function classOf(code: number): number {
	let known = characterClasses[code];
	if (known === 0) {
		if (code >= 0xd800 && code <= 0xdfff) known = WORD; // astral letters (rare Han) come as surrogate pairs
		else {
			const character = String.fromCharCode(code);
			known = !WORD_CHARACTER.test(character) ? OTHER : UPPER_CHARACTER.test(character) ? UPPER : WORD;
		}
		characterClasses[code] = known;
	}
	return known;
}
for (let code = 0; code < 128; code++) classOf(code);

function isJoiner(code: number): boolean {
	return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x27 || code === 0x2019;
}

class WordToken implements Token {
	constructor(
		private readonly source: string,
		readonly start: number,
		readonly end: number,
		readonly text: string,
		private readonly gapStart: number,
		readonly capitalised: boolean,
		readonly upper: boolean,
		readonly cjk: boolean,
		readonly numeric: boolean,
		readonly possessive: boolean,
		readonly sentenceStart: boolean,
		readonly spaced: boolean,
	) {}

	get gapBefore(): string {
		return this.source.slice(this.gapStart, this.start);
	}
}

/** Every word of `text`, lower-case ones included (for registry aliases and short names). */
export function tokenize(text: string, vocabulary: TokenizerVocabulary): Token[] {
	return tokenizeParagraph(text, vocabulary, undefined, true).tokens;
}

/** The words of a paragraph that the detector reads; `extra` keeps more lower-case words (a registry's). */
export function tokenizeParagraph(
	text: string,
	vocabulary: TokenizerVocabulary,
	extra?: ExtraWords,
	keepEveryWord = false,
): TokenizedParagraph {
	const extraWords = extra?.words;
	const extraHashes = extra?.hashes;
	const tokens: Token[] = [];
	const length = text.length;
	let keptEnd = 0;
	let previousWordEnd = 0;
	let previousKeptText = '';
	let firstWord = true;
	let contentWords = 0;
	let capitalisedContentWords = 0;
	let position = 0;
	while (position < length) {
		const code = text.charCodeAt(position);
		const known = characterClasses[code];
		if (known === OTHER || known === 0 && classOf(code) === OTHER) {
			position++;
			continue;
		}
		const start = position;
		let end = position + 1;
		let ascii = code < 0x80;
		let hash = code;
		/** A hyphen or an apostrophe inside the word (`al-Sisi`, `l'Ardenne`, `Russia’s`). */
		let joined = false;
		for (;;) {
			while (end < length) {
				const next = text.charCodeAt(end);
				const known = characterClasses[next];
				if (known === OTHER || known === 0 && classOf(next) === OTHER) break;
				if (next >= 0x80) ascii = false;
				hash = (Math.imul(hash, 31) + next) | 0;
				end++;
			}
			// `China-Russia`, `O'Brien`, `Russia’s`: a joiner between word characters continues the word.
			if (end + 1 < length && isJoiner(text.charCodeAt(end)) && classOf(text.charCodeAt(end + 1)) !== OTHER) {
				hash = (Math.imul((Math.imul(hash, 31) + text.charCodeAt(end)) | 0, 31) + text.charCodeAt(end + 1)) | 0;
				end += 2;
				joined = true;
				continue;
			}
			break;
		}
		// `U.S.`, `U.N.`: single capitals with periods.
		if (
			end === start + 1 &&
			code >= 0x41 &&
			code <= 0x5a &&
			text.charCodeAt(end) === 0x2e &&
			isUpperAscii(text.charCodeAt(end + 1)) &&
			text.charCodeAt(end + 2) === 0x2e
		) {
			end += 1;
			while (isUpperAscii(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 0x2e) end += 2;
		}
		position = end;
		let wordEnd = end;
		let possessive = false;
		const last = text.charCodeAt(end - 1);
		if ((last === 0x73 || last === 0x53) && end - start > 2 && isApostropheCode(text.charCodeAt(end - 2))) {
			wordEnd = end - 2;
			possessive = true;
		} else if (last === 0x73 && isApostropheCode(text.charCodeAt(end))) {
			possessive = true; // `Workers'`
		}

		const firstClass = classOf(code);
		const isDigit = code >= 0x30 && code <= 0x39;
		const lowerInitial = firstClass === WORD && !isDigit;
		let keep = !lowerInitial || keepEveryWord;
		let word: string | undefined;
		// `al-Sisi`, `l'Ardenne`: a lower-case prefix on a name, kept and read as capitalised.
		let prefixedName = false;
		if (
			lowerInitial &&
			joined &&
			hasParticleHyphen(text, start, wordEnd) &&
			NAME_PARTICLE_PREFIX.test(text.slice(start, Math.min(wordEnd, start + 6)))
		) {
			keep = prefixedName = true;
		} else if (
			lowerInitial &&
			joined &&
			hasElisionApostrophe(text, start) &&
			ELIDED_PREFIX.test(text.slice(start, Math.min(wordEnd, start + 6)))
		) {
			keep = prefixedName = true;
		} else if (lowerInitial) {
			if (!ascii) {
				word = text.slice(start, wordEnd);
				keep = CJK.test(word) || (extraWords?.has(word) ?? false);
			} else if (wordEnd - start < 16) {
				if (possessive) hash = hashOf(text, start, wordEnd);
				const known = vocabulary.knownWordAt(text, start, wordEnd, hash);
				if (known >= 0) {
					word = vocabulary.knownWords[known];
					keep = vocabulary.knownWordKept[known] === 1 || (extraWords?.has(word) ?? false);
					if (vocabulary.knownWordFunction[known] === 0) contentWords++;
				} else {
					if (extraHashes?.has(hash)) {
						word = text.slice(start, wordEnd);
						keep = extraWords!.has(word);
					} else if (extraWords || (keepEveryWord && vocabulary.sharesKnownShapeAndHash(code, wordEnd - start, hash)))
						keep = false;
					contentWords++;
				}
			} else contentWords++;
			if (!ascii && !keep) contentWords++;
		}
		if (!keep) {
			previousWordEnd = end;
			firstWord = false;
			continue;
		}
		word ??= text.slice(start, wordEnd);
		let capitalised = false;
		let upper = false;
		let cjk = false;
		let numeric = false;
		if (isDigit) {
			numeric = isDigits(word);
			upper = !numeric && UPPER_WORD.test(word);
		} else if (firstClass === UPPER) {
			cjk = !ascii && CJK.test(word);
			capitalised = !cjk;
			upper = capitalised && word.length >= 2 && (ascii ? !hasLowerAscii(word) : !LOWER.test(word)) && UPPER_WORD.test(word);
			contentWords++;
			capitalisedContentWords++;
		} else if (prefixedName) {
			capitalised = true;
		} else {
			cjk = !ascii && CJK.test(word);
		}
		let sentenceStart = firstWord;
		if (!sentenceStart && (capitalised || upper)) {
			const opening = sentenceOpening(text, previousWordEnd, start);
			sentenceStart =
				opening === PERIOD
					? !(isAbbreviationBefore(vocabulary, tokens, previousKeptText) && keptEnd === previousWordEnd)
					: opening !== 0;
		}
		tokens.push(
			new WordToken(
				text,
				start,
				wordEnd,
				word,
				keptEnd,
				capitalised,
				upper,
				cjk,
				numeric,
				possessive,
				sentenceStart,
				tokens.length > 0 && isHorizontalSpace(text, keptEnd, start),
			),
		);
		keptEnd = end;
		previousWordEnd = end;
		previousKeptText = word;
		firstWord = false;
	}
	return { tokens, contentWords, capitalisedContentWords };
}

const PERIOD = 1;
const OTHER_OPENING = 2;

/**
 * Whether the gap before a word opens a sentence: it ends with `. ` (PERIOD: maybe an
 * abbreviation), `? `, `! `, `: `, `; ` (a quotation mark may follow), with an opening quotation
 * mark or parenthesis after a space, or with a dash (`--`, `—`, `–`). Read backwards, no copy.
 */
function sentenceOpening(text: string, gapStart: number, gapEnd: number): number {
	let index = gapEnd - 1;
	while (index >= gapStart && isSpaceCode(text.charCodeAt(index))) index--;
	if (index < gapStart) return 0;
	let code = text.charCodeAt(index);
	if (
		code === 0x22 ||
		code === 0x201c ||
		code === 0x2018 ||
		code === 0x300c ||
		code === 0x300e ||
		code === 0x28 ||
		code === 0x27 ||
		code === 0x201d ||
		code === 0x2019
	) {
		// An opening mark after a space (or at the gap's start) opens a quotation; after `.` it closes one.
		const before = index - 1;
		if (before < gapStart || isSpaceCode(text.charCodeAt(before))) {
			if (code !== 0x201d && code !== 0x2019 && code !== 0x27) return OTHER_OPENING;
		}
		index = before;
		while (index >= gapStart && isSpaceCode(text.charCodeAt(index))) index--;
		if (index < gapStart) return 0;
		code = text.charCodeAt(index);
	}
	if (code === 0x2e) return PERIOD;
	if (code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b) return OTHER_OPENING;
	if (code === 0x2014 || code === 0x2013 || (code === 0x2d && index > gapStart && text.charCodeAt(index - 1) === 0x2d))
		return OTHER_OPENING;
	return 0;
}

function isSpaceCode(code: number): boolean {
	return (
		code === 0x20 ||
		code === 0x09 ||
		code === 0x0a ||
		code === 0x0d ||
		code === 0xa0 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x202f ||
		code === 0x3000
	);
}

function isHorizontalSpace(text: string, start: number, end: number): boolean {
	if (start >= end) return false;
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && !(code >= 0x2000 && code <= 0x200a) && code !== 0x202f && code !== 0x3000)
			return false;
	}
	return true;
}

function isUpperAscii(code: number): boolean {
	return code >= 0x41 && code <= 0x5a;
}

/** A cheap test before the pattern: an apostrophe one, three or four characters into the word. */
function hasElisionApostrophe(text: string, start: number): boolean {
	return (
		isApostropheCode(text.charCodeAt(start + 1)) ||
		isApostropheCode(text.charCodeAt(start + 3)) ||
		isApostropheCode(text.charCodeAt(start + 4))
	);
}

function isApostropheCode(code: number): boolean {
	return code === 0x27 || code === 0x2019;
}

function isDigits(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code < 0x30 || code > 0x39) return false;
	}
	return true;
}

function hasLowerAscii(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code >= 0x61 && code <= 0x7a) return true;
	}
	return false;
}

/** `Dr.`, and the initial in `Charles J. Fillmore` (one capital after a capitalised word): a period that ends no sentence. */
function isAbbreviationBefore(vocabulary: TokenizerVocabulary, tokens: readonly Token[], previous: string): boolean {
	if (vocabulary.abbreviations.has(previous)) return true;
	return previous.length === 1 && previous !== 'I' && /\p{Lu}/u.test(previous) && tokens.length >= 2 && tokens[tokens.length - 2].capitalised &&
		!tokens[tokens.length - 2].upper;
}
