/**
 * Shapes of personal names: frequent given names from many countries, frequent Chinese surnames,
 * and a recogniser for Hanyu Pinyin syllables (`Yucheng` = yu + cheng). General knowledge shipped
 * as data; no corpus's people are listed here.
 */

const GIVEN_NAMES = `
aaron abdul abdullah abdel abel abraham adam adrian ahmad ahmed aisha akira alan albert alberto alejandro alex alexander
alexandre alexei alexey alexis alfred ali alice alicia alison amanda amina amir amy ana anastasia anders andre andrea andreas
andrei andres andrew andrzej angela angelina ann anna anne annalena anthony antonio antony antoine anwar ariel arnold arthur
ashok ashraf barack barbara benjamin bernard bill bob boris brian bruno carlos carla carl carmen caroline catherine cecilia
charles charlotte chris christian christina christine christopher claire claudia cristina cyril dan daniel daniela david
dennis diana diego dilma dmitry dmitri donald doris edward eduardo elena elizabeth ellen elon emily emma emmanuel enrique
eric erik ernesto eva evgeny fatima felipe fernando francis francisco frank franz fred frederick friedrich gabriel george
georg gerhard giorgia giovanni giuseppe gloria gordon greta gustavo hans harry hassan heinz helen helmut henry hillary hiroshi
hugo ibrahim igor imran irina isaac ivan jack jacob jacques jair james jan jane janet javier jean jeff jennifer jens jeremy
jerome jessica jim joe johann johannes john jonathan jorge jose josé joseph josep juan julia julian julie justin kamala karen
karl kate katherine keir kemal kevin kim klaus kofi kumar lars laura lee leo leonid liam linda lisa liz louis lucas luis luiz
luiza lula magdalena mahmoud manuel marc marco marcos margaret maria marie mario mark marta martin mary matteo matthew mauricio
max maxim michael michel michelle miguel mikhail mohamed mohammad mohammed muhammad nadia najib narendra natalia nelson nicolas
nicola nikolai nina noah norbert olaf olga oliver olivia omar oscar pablo paolo patricia patrick paul paula pedro peter philip
philippe pierre rahul rajesh ramon raul raúl rebecca recep ricardo richard rishi robert roberto roger ronald rosa ruth ryan
salman sam samuel sandra sara sarah sebastian sergei sergey shinzo simon sofia sophie stefan stephen steve steven susan sven
tanaka tatiana theresa thomas tim timothy tom tony ursula uhuru valentina vanessa victor viktor vincent vladimir volodymyr walter
wilhelm william wolfgang xavier yaw yasmin yoshihide yuri yusuf zhanna raila mwai daniel arap jomo kalonzo musalia martha
fumio joko jokowi prabowo ferdinand rodrigo gustavo javier andrés claudia lopez nicolás sebastián gabriel jair fernando
geraldo simone marina ciro luciano flávio flavio renan rui augusto antónio ana beatriz helena isabel teresa cristiano
olusegun muhammadu bola goodluck ngozi chinua wole akinwumi cyril jacob thabo nelson desmond winnie kgalema jacinda scott
malcolm anthony penny kevin julia mette sanna magdalena ulf viktor andrej petr vaclav lech donald mateusz jaroslaw andrzej
kaja kersti gitanas egils alar edgars ingrida ursula charles josep joschka annalena christian robert hubertus nancy olaf
frank-walter karl-heinz hans-dietrich jean-claude jean-luc jean-marie jean-pierre jean-yves marie-louise anne-marie
emmanuelle ségolène francois françois marine jordan milan gérald bruno édouard elisabeth gabriel catherine michel manuel
narendra amit rajnath nirmala subrahmanyam jaishankar rahul sonia priyanka manmohan atal indira rajiv arvind mamata yogi
shashi piyush smriti nitin droupadi ram nath pranab sheikh hasina benazir nawaz shehbaz imran asif bilawal maryam
`;

const CHINESE_SURNAMES = `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng
cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lü lv ding ren shen yao lu cui zhong tan fan jin shi
liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong
xiang xi le bo hua geng ji kang lai lan mi ning ou pei qi rao rong sha shang tong wen xin yi ying yue zhan zhuang zuo chang
chu chi che nie niu pang ran ruan shu si tu wu xiong yong zang zhai zhen zhuo bao bi bian cen chai chao dang diao dou e
`;

/** Lower-cased given names built in; a `Lexicon` adds those of the data file. */
export const BUILT_IN_GIVEN_NAMES: readonly string[] = GIVEN_NAMES.split(/\s+/).filter(name => name.length > 0);

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
