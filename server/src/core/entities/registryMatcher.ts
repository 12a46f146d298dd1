/**
 * Finds registry names and aliases in a paragraph: whole-word token sequences for alphabetic
 * scripts (`Xi Jinping`, `SCO`, `Beijing 2022`), substrings for Han, Kana and Hangul (`习近平`),
 * which are written without spaces.
 */
import type { RegistryEntry } from './registry';
import { ExtraWords, tokenize, type Token, type TokenizerVocabulary } from './tokenizer';

export interface RegistryMatch {
	/** Token indexes, `endToken` exclusive; for a CJK match both point at the CJK token. */
	readonly startToken: number;
	readonly endToken: number;
	/** Offsets relative to the paragraph. */
	readonly start: number;
	readonly end: number;
	readonly entry: RegistryEntry;
}

interface AliasPattern {
	readonly words: readonly string[];
	/** Separators between the words, white space collapsed: `'s ` in `People's Republic`. */
	readonly gaps: readonly string[];
	readonly entry: RegistryEntry;
}

export class RegistryMatcher {
	private readonly byFirstWord = new Map<string, AliasPattern[]>();
	/** The same patterns keyed by their first word in capitals, for `BEIJING` in a dateline. */
	private readonly byShoutedFirstWord = new Map<string, AliasPattern[]>();
	private readonly byName = new Map<string, RegistryEntry>();
	private readonly cjkAliases = new Map<string, RegistryEntry>();
	/**
	 * The lengths of the CJK aliases by their first character, longest first: at each position only
	 * those few substrings are looked up, where one alternation of 60,000 aliases took seconds.
	 */
	private readonly cjkLengths = new Map<number, number[]>();
	/** The alphabetic patterns already listed, by first word and words, so that adding one is not a scan. */
	private readonly listedPatterns = new Set<string>();
	/** Lower-case words inside aliases, which the tokenizer must keep for them to match. */
	readonly lowercaseWords = new Set<string>();
	/** The same words for the tokenizer, or nothing when there are none. */
	readonly extraWords: ExtraWords | undefined;

	/** `vocabulary`: the words the tokenizer keeps, from the lexicon the names are matched with (`tokenizerVocabulary`). */
	constructor(readonly entries: readonly RegistryEntry[], private readonly vocabulary: TokenizerVocabulary) {
		for (const entry of entries) {
			for (const name of [entry.name, ...entry.aliases]) this.add(name, entry);
		}
		for (const patterns of this.byFirstWord.values()) patterns.sort((a, b) => b.words.length - a.words.length);
		for (const patterns of this.byShoutedFirstWord.values()) patterns.sort((a, b) => b.words.length - a.words.length);
		for (const alias of this.cjkAliases.keys()) {
			const first = alias.codePointAt(0)!;
			const lengths = this.cjkLengths.get(first) ?? [];
			if (!lengths.includes(alias.length)) lengths.push(alias.length);
			this.cjkLengths.set(first, lengths);
		}
		for (const lengths of this.cjkLengths.values()) lengths.sort((a, b) => b - a);
		this.extraWords = this.lowercaseWords.size > 0 ? new ExtraWords(this.lowercaseWords) : undefined;
	}

	/** The entry whose name or alias is exactly `name`. */
	lookup(name: string): RegistryEntry | undefined {
		return this.byName.get(name);
	}

	/** Every registry name in the paragraph, longest first at each position, without overlaps. */
	match(tokens: readonly Token[]): RegistryMatch[] {
		const matches: RegistryMatch[] = [];
		for (let index = 0; index < tokens.length; index++) {
			const token = tokens[index];
			if (token.cjk) {
				this.matchCjk(token, index, matches);
				continue;
			}
			const patterns = this.byFirstWord.get(token.text) ?? (token.upper ? this.byShoutedFirstWord.get(token.text) : undefined);
			const pattern = patterns?.find(candidate => matchesAt(tokens, index, candidate));
			if (pattern) {
				const last = tokens[index + pattern.words.length - 1];
				const endToken = index + pattern.words.length;
				matches.push({ startToken: index, endToken, start: token.start, end: last.end, entry: pattern.entry });
				index += pattern.words.length - 1;
			} else if (hasHyphen(token.text)) {
				this.matchCompoundParts(token, index, matches);
			}
		}
		return matches;
	}

	/** `China-Russia`, `Beijing-based`: one-word names joined by hyphens are each the registry's. */
	private matchCompoundParts(token: Token, index: number, matches: RegistryMatch[]): void {
		let start = token.start;
		for (const part of token.text.split(HYPHEN)) {
			const shouted = part.length >= 3 && part.toUpperCase() === part ? this.byShoutedFirstWord.get(part) : undefined;
			const pattern = (this.byFirstWord.get(part) ?? shouted)?.find(candidate => candidate.words.length === 1);
			if (pattern) matches.push({ startToken: index, endToken: index + 1, start, end: start + part.length, entry: pattern.entry });
			start += part.length + 1;
		}
	}

	/** Left to right, the longest alias at each position, without overlaps (as one alternation, longest first, would find them). */
	private matchCjk(token: Token, index: number, matches: RegistryMatch[]): void {
		if (this.cjkLengths.size === 0) return;
		const text = token.text;
		let position = 0;
		while (position < text.length) {
			const first = text.codePointAt(position)!;
			let matched = 0;
			for (const length of this.cjkLengths.get(first) ?? []) {
				const entry = position + length <= text.length ? this.cjkAliases.get(text.slice(position, position + length)) : undefined;
				if (!entry) continue;
				const start = token.start + position;
				matches.push({ startToken: index, endToken: index + 1, start, end: start + length, entry });
				matched = length;
				break;
			}
			position += matched || (first > 0xffff ? 2 : 1);
		}
	}

	private add(name: string, entry: RegistryEntry): void {
		if (!this.byName.has(name)) this.byName.set(name, entry);
		const tokens = tokenize(name, this.vocabulary);
		if (tokens.length === 0) return;
		if (tokens.length === 1 && tokens[0].cjk && tokens[0].text === name) {
			if (!this.cjkAliases.has(name)) this.cjkAliases.set(name, entry);
			return;
		}
		const words = tokens.map(token => token.text);
		for (const token of tokens)
			if (!token.capitalised && !token.numeric && !token.cjk && !this.vocabulary.keepsWord(token.text))
				this.lowercaseWords.add(token.text);
		const gaps = tokens.slice(1).map((token, index) => normaliseGap(name.slice(tokens[index].end, token.start)));
		for (const [map, key, label] of [
			[this.byFirstWord, words[0], 'as written'],
			[this.byShoutedFirstWord, words[0].toUpperCase(), 'shouted'],
		] as const) {
			const list = map.get(key) ?? [];
			const listed = `${label}\u0000${key}\u0000${words.join(' ')}`;
			if (!this.listedPatterns.has(listed)) {
				this.listedPatterns.add(listed);
				list.push({ words, gaps, entry });
			}
			map.set(key, list);
		}
	}
}

/** The hyphens the tokenizer keeps inside a word (`isJoiner`). */
const HYPHEN = /[-‐‑]/;

/** `HYPHEN.test(word)` without a regular expression per token. */
function hasHyphen(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if (code === 0x2d || code === 0x2010 || code === 0x2011) return true;
	}
	return false;
}

/** Exact case, except that a name written in capitals (`BEIJING` in a dateline) matches too. */
function matchesAt(tokens: readonly Token[], index: number, pattern: AliasPattern): boolean {
	if (index + pattern.words.length > tokens.length) return false;
	for (let offset = 0; offset < pattern.words.length; offset++) {
		const token = tokens[index + offset];
		const word = pattern.words[offset];
		if (token.text !== word) {
			if (token.text.toUpperCase() !== token.text || token.text.toLowerCase() !== word.toLowerCase() || word.length < 3) return false;
		}
		if (offset > 0 && normaliseGap(token.gapBefore) !== pattern.gaps[offset - 1]) return false;
	}
	return true;
}

function normaliseGap(gap: string): string {
	return gap.replace(/\s+/g, ' ').replace(/’/g, "'");
}
