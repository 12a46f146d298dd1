/**
 * Shapes of personal names: Korean names and recognisers for Hanyu Pinyin syllables (`Yucheng` = yu + cheng).
 * Given names and the frequent Chinese and Korean surnames are general knowledge shipped as data
 * (`server/data/core-given-names.txt`, `given-names.txt`, `core-cues.txt`); no corpus's people are listed here.
 */
import type { Lexicon } from './lexicon';

/** A Korean given name as romanised in news: two syllables joined by a hyphen, `Jung-min`, `Seok-ho`. */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** `Park Jung-min`, `Kim Hyun-soo`: a Korean surname, then a hyphenated given name. The surname comes first. */
export function isKoreanName(lexicon: Lexicon, words: readonly string[]): boolean {
	return words.length === 2 && lexicon.cues.koreanSurnames.has(words[0].toLowerCase()) && KOREAN_GIVEN_NAME.test(words[1]);
}

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|'
	+ 'a|e|i|o|u|v|ü)';
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${INITIAL}?${FINAL}){1,3}$`);

/** Whether `word` reads as one to three Pinyin syllables, the shape of a Chinese given name. */
export function isPinyinGivenName(word: string): boolean {
	if (word.length < 2 || word.length > 14) return false;
	return PINYIN_GIVEN_NAME.test(word.toLowerCase());
}
