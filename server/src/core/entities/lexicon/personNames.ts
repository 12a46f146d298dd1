/**
 * Shapes of personal names: frequent Chinese and Korean surnames and recognisers for Hanyu Pinyin
 * syllables (`Yucheng` = yu + cheng). Given names are general knowledge shipped as data
 * (`server/data/core-given-names.txt` and `given-names.txt`); no corpus's people are listed here.
 */

const CHINESE_SURNAMES = `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng
cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lü lv ding ren shen yao lu cui zhong tan fan jin shi
liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong
xiang xi le bo hua geng ji kang lai lan mi ning ou pei qi rao rong sha shang tong wen xin yi ying yue zhan zhuang zuo chang
chu chi che nie niu pang ran ruan shu si tu wu xiong yong zang zhai zhen zhuo bao bi bian cen chai chao dang diao dou e
`;

/** Lower-cased Chinese surnames in Pinyin. */
export const CHINESE_SURNAME_SET: ReadonlySet<string> = new Set(CHINESE_SURNAMES.split(/\s+/).filter(name => name.length > 0));

/** Lower-cased Korean surnames in their usual romanisations. */
const KOREAN_SURNAME_SET: ReadonlySet<string> = new Set(
	`kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh
	seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon chun ko go moon mun yang son bae baek paik heo huh nam noh roh
	ha kwak sung seong cha joo ju woo koo ku min ryoo byun na do`.split(/\s+/),
);

/** A Korean given name as romanised in news: two syllables joined by a hyphen, `Jung-min`, `Seok-ho`. */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** `Park Jung-min`, `Kim Hyun-soo`: a Korean surname, then a hyphenated given name. The surname comes first. */
export function isKoreanName(words: readonly string[]): boolean {
	return words.length === 2 && KOREAN_SURNAME_SET.has(words[0].toLowerCase()) && KOREAN_GIVEN_NAME.test(words[1]);
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
