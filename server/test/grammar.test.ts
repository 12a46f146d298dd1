import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { seedsFolder } from './support/samples';

// compiled to out/server/test: three levels up is the repository root
const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/seed.tmLanguage.json');
const CONFIG_PATH = path.join(ROOT, 'language-configuration.json');

const ROOT_SCOPE = 'text.seed';

interface Token {
	text: string;
	scopes: string[];
}

async function loadGrammar(): Promise<textmate.IGrammar> {
	await oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s: string) => new oniguruma.OnigString(s),
		}),
		loadGrammar: async (scopeName: string) =>
			scopeName === ROOT_SCOPE ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
	});
	const grammar = await registry.loadGrammar(ROOT_SCOPE);
	assert.ok(grammar, 'grammar text.seed loads');
	return grammar;
}

// loaded once; every test awaits the same promise
const grammarReady = loadGrammar();

/** Tokenizes a whole text line by line, carrying the rule stack as VS Code does. */
async function tokenize(text: string): Promise<Token[][]> {
	const grammar = await grammarReady;
	let state = textmate.INITIAL;
	return text.split(/\r?\n/).map((line) => {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
	});
}

function readSample(name: string): string {
	return fs.readFileSync(path.join(seedsFolder, name), 'utf8').replace(/^\uFEFF/, '');
}

const S000 = '000_8fe48cf9272154b3.txt';
const S001 = '001_2bec4b55e153d035.txt';
const S002 = '002_91ec62a49ae75b28.txt';
const S003 = '003_babea2879160f884.txt';
const S004 = '004_ed3e051bfad3e112.txt';

/** Asserts the token starting exactly at `col` has this text and exactly these scopes (root scope implied). */
function expectToken(line: Token[], col: number, text: string, scopes: string[]): void {
	let start = 0;
	for (const token of line) {
		if (start === col) {
			assert.deepEqual(token, { text, scopes: [ROOT_SCOPE, ...scopes] }, `token at column ${col}`);
			return;
		}
		start += token.text.length;
	}
	assert.fail(`no token starts at column ${col}; tokens: ${JSON.stringify(line.map((t) => t.text))}`);
}

const allScopes = (line: Token[]) => line.flatMap((t) => t.scopes);
const hasScopePrefix = (line: Token[], prefix: string) => allScopes(line).some((s) => s.startsWith(prefix));

/** A line with no special scope at all: every token carries only the root scope. */
function expectPlain(line: Token[]): void {
	assert.deepEqual(
		line.filter((t) => t.scopes.length !== 1 || t.scopes[0] !== ROOT_SCOPE),
		[],
		'line has no scope beyond text.seed',
	);
}

const HEADER = ['meta.header.seed'];
const DATELINE = ['meta.dateline.seed'];
const STRING_DQ = 'string.quoted.double.seed';
const BEGIN = 'punctuation.definition.string.begin.seed';
const END = 'punctuation.definition.string.end.seed';
const COMMENT = 'comment.line.boilerplate.seed';

test('header on line 1 (000): keyword, date and title; quotes inside the title stay strings', async () => {
	const [line] = await tokenize(readSample(S000));
	expectToken(line, 0, ' ', HEADER);
	expectToken(line, 1, 'date', [...HEADER, 'keyword.other.date-header.seed']);
	expectToken(line, 6, '2022-02-06', [...HEADER, 'constant.numeric.date.seed']);
	expectToken(line, 17, 'Talks between Xi, Putin ', [...HEADER, 'markup.heading.title.seed']);
	expectToken(line, 41, '"', [...HEADER, 'markup.heading.title.seed', STRING_DQ, BEGIN]);
	expectToken(line, 42, 'very successful', [...HEADER, 'markup.heading.title.seed', STRING_DQ]);
	expectToken(line, 58, ': Chinese vice FM', [...HEADER, 'markup.heading.title.seed']);
});

test('header (004) and header fixtures: impossible date is invalid, a BOM is allowed', async () => {
	const [line] = await tokenize(readSample(S004));
	expectToken(line, 6, '2022-12-31', [...HEADER, 'constant.numeric.date.seed']);
	expectToken(line, 17, 'Xi meets Putin via video link', [...HEADER, 'markup.heading.title.seed']);

	const [bad] = await tokenize(' date 2022-13-45 Bad month');
	expectToken(bad, 6, '2022-13-45', [...HEADER, 'invalid.illegal.date.seed']);
	const [bom] = await tokenize('\uFEFF date 2022-02-06 T');
	expectToken(bom, 2, 'date', [...HEADER, 'keyword.other.date-header.seed']);
});

test('header negatives: "date" mid-line, capitalised, or without a date is no header', async () => {
	for (const text of ['The date 2022-02-06 was set.', 'Date 2022-02-06 Title', ' date of the talks was set', 'update 2022-02-06 x']) {
		const [line] = await tokenize(text);
		expectPlain(line);
	}
});

test('dateline (000): place, date, agency, separator', async () => {
	const lines = await tokenize(readSample(S000));
	const line = lines[4];
	expectToken(line, 0, 'BEIJING', [...DATELINE, 'entity.name.type.place.seed']);
	expectToken(line, 7, ',', [...DATELINE, 'punctuation.separator.seed']);
	expectToken(line, 9, 'Feb. 5', [...DATELINE, 'constant.numeric.date.seed']);
	expectToken(line, 16, '(', [...DATELINE, 'punctuation.definition.agency.begin.seed']);
	expectToken(line, 17, 'Xinhua', [...DATELINE, 'entity.name.tag.agency.seed']);
	expectToken(line, 23, ')', [...DATELINE, 'punctuation.definition.agency.end.seed']);
	expectToken(line, 25, '--', [...DATELINE, 'punctuation.separator.dateline.seed']);
	// the body after the dateline is plain text
	expectToken(line, 27, ' The talks between Chinese President Xi Jinping and his Russian counterpart Vladimir Putin on Friday were ', []);
});

test('dateline (003): year and /PRNewswire/ with an em dash', async () => {
	const line = (await tokenize(readSample(S003)))[2];
	expectToken(line, 0, 'BEIJING', [...DATELINE, 'entity.name.type.place.seed']);
	expectToken(line, 9, 'Feb. 4, 2022', [...DATELINE, 'constant.numeric.date.seed']);
	expectToken(line, 22, '/', [...DATELINE, 'punctuation.definition.agency.begin.seed']);
	expectToken(line, 23, 'PRNewswire', [...DATELINE, 'entity.name.tag.agency.seed']);
	expectToken(line, 35, '—', [...DATELINE, 'punctuation.separator.dateline.seed']);
});

test('dateline (001): agency first, then place and date', async () => {
	const [line] = await tokenize(readSample(S001));
	expectToken(line, 0, 'China News Agency', [...DATELINE, 'entity.name.tag.agency.seed']);
	expectToken(line, 19, 'Beijing', [...DATELINE, 'entity.name.type.place.seed']);
	expectToken(line, 28, 'Feb. 5', [...DATELINE, 'constant.numeric.date.seed']);
	expectToken(line, 34, '.', [...DATELINE, 'punctuation.separator.dateline.seed']);
	expectToken(line, 35, ' On Feb. 4, Chinese President Xi Jinping held talks with Russian President Vladimir Putin, '
		+ 'who was visiting China and attending the opening ceremony of the Beijing Winter Olympics.', []);
});

test('dateline fixture: Chinese 新华社北京2月5日电', async () => {
	const [line] = await tokenize('新华社北京2月5日电（记者 张三）国家主席习近平5日同俄罗斯总统普京举行会谈。');
	expectToken(line, 0, '新华社', [...DATELINE, 'entity.name.tag.agency.seed']);
	expectToken(line, 3, '北京', [...DATELINE, 'entity.name.type.place.seed']);
	expectToken(line, 5, '2月5日', [...DATELINE, 'constant.numeric.date.seed']);
	expectToken(line, 9, '电', [...DATELINE, 'punctuation.separator.dateline.seed']);
});

test('dateline negatives: not at the paragraph start, or a sentence that merely names a city and a date', async () => {
	const lines = await tokenize([
		'Reporting from BEIJING, Feb. 5 (Xinhua) -- nothing here is a dateline.',
		'The match in Beijing, Feb. 5 was fine.',
		'Beijing, Feb. 5 was a cold day.',
	].join('\n'));
	for (const line of lines) assert.equal(hasScopePrefix(line, 'meta.dateline'), false, JSON.stringify(line));
});

test('straight quotation (000 line 5)', async () => {
	const line = (await tokenize(readSample(S000)))[4];
	expectToken(line, 133, '"', [STRING_DQ, BEGIN]);
	expectToken(line, 134, 'very successful,', [STRING_DQ]);
	expectToken(line, 150, '"', [STRING_DQ, END]);
	expectToken(line, 151, ' Chinese Vice Foreign Minister Le Yucheng told media.', []);
});

test('curly quotation (003 line 13) and curly quotes in Chinese text (001)', async () => {
	const line = (await tokenize(readSample(S003)))[12];
	const CURLY = 'string.quoted.double.typographic.seed';
	expectToken(line, 0, '“', [CURLY, BEGIN]);
	expectToken(line, 1, 'Your visit this time fulfills our promise,', [CURLY]);
	expectToken(line, 43, '”', [CURLY, END]);
	expectToken(line, 44, ' he said, adding that he hopes the meeting at the beginning of spring will inject more vitality '
		+ 'into China-Russia relations.', []);

	const chinese = (await tokenize(readSample(S001)))[32];
	expectToken(chinese, 191, '两山', [CURLY]);
	expectToken(chinese, 193, '”', [CURLY, END]);
	expectToken(chinese, 194, '理念在中俄务实合作中的生动体现,表明双方发展理念高度契合,都致力于实现经济高质量发展。', []);
});

test('CJK corner-bracket quotations and nested single quotes', async () => {
	const [cjk, nested, straightNested] = await tokenize([
		'他说「我们同意」，又说『好』。',
		'“Outer ‘inner’ text” end',
		'"He said \'no\' and don\'t" end',
	].join('\n'));
	expectToken(cjk, 2, '「', ['string.quoted.single.cjk.seed', BEGIN]);
	expectToken(cjk, 3, '我们同意', ['string.quoted.single.cjk.seed']);
	expectToken(cjk, 7, '」', ['string.quoted.single.cjk.seed', END]);
	expectToken(cjk, 11, '『', ['string.quoted.double.cjk.seed', BEGIN]);
	expectToken(cjk, 12, '好', ['string.quoted.double.cjk.seed']);
	expectToken(cjk, 14, '。', []);

	const CURLY = 'string.quoted.double.typographic.seed';
	const SINGLE = 'string.quoted.single.typographic.seed';
	expectToken(nested, 7, '‘', [CURLY, SINGLE, BEGIN]);
	expectToken(nested, 8, 'inner', [CURLY, SINGLE]);
	expectToken(nested, 13, '’', [CURLY, SINGLE, END]);
	expectToken(nested, 14, ' text', [CURLY]);
	expectToken(nested, 20, ' end', []);

	expectToken(straightNested, 9, '\'', [STRING_DQ, 'string.quoted.single.seed', BEGIN]);
	expectToken(straightNested, 13, ' and don\'t', [STRING_DQ]);
	expectToken(straightNested, 24, ' end', []);
});

test('apostrophes are not quotations: Russia’s (003), countries’, don\'t, and ’ inside ‘…’', async () => {
	const lines = await tokenize(readSample(S003));
	const russias = lines.find((l) => l.map((t) => t.text).join('').startsWith('Xi stressed China and Russia’s'));
	assert.ok(russias);
	expectPlain(russias);
	expectPlain(lines[16]); // "… between the two countries’ heads of state."

	const [dont, single] = await tokenize("Putin's view: we don't agree, the leaders' talks.\nHe said ‘we don’t agree’ today.");
	expectPlain(dont);
	expectToken(single, 9, 'we don’t agree', ['string.quoted.single.typographic.seed']);
	expectToken(single, 23, '’', ['string.quoted.single.typographic.seed', END]);
	expectToken(single, 24, ' today.', []);
});

test('quotation negatives: inches and a stray closer do not open a string; an open quote stops at the paragraph end', async () => {
	const [inches, unclosed, next] = await tokenize(
		'A 12" screen and word" here.\nAn open “quote that runs on\nThe next paragraph is plain.',
	);
	expectPlain(inches);
	expectToken(unclosed, 8, '“', ['string.quoted.double.typographic.seed', BEGIN]);
	expectToken(unclosed, 9, 'quote that runs on', ['string.quoted.double.typographic.seed']);
	expectPlain(next);
});

test('image reference (002) and its negative', async () => {
	const lines = await tokenize(readSample(S002));
	expectToken(lines[6], 0, 'W020220204728247677856.jpg', ['meta.image.seed', 'markup.underline.link.image.seed']);
	expectToken(lines[30], 0, 'W020220204728247852197.jpg', ['meta.image.seed', 'markup.underline.link.image.seed']);
	const [sentence] = await tokenize('photo.jpg is the file we used.');
	expectPlain(sentence);
});

test('boilerplate (002): navigation, copyright, ICP and police registration lines are comments', async () => {
	const lines = await tokenize(readSample(S002));
	expectToken(lines[0], 0, '中文 Français Contact Us', [COMMENT]);
	expectToken(lines[32], 0, 'Copyright ©\u00a0 China International Development Cooperation Agency. All rights reserved. '
		+ 'Presented by China Daily.', [COMMENT]);
	expectToken(lines[33], 0, '京ICP备18041594号-1', [COMMENT]);
	expectToken(lines[34], 0, '京公网安备 11010202005508号', [COMMENT]);
});

test('boilerplate negatives: menu words inside a sentence, copyright mentioned mid-sentence', async () => {
	const lines = await tokenize('Home is where the heart is.\nContact Us today, said the minister.\n'
		+ 'The copyright © of the photo is Xinhua’s.');
	for (const line of lines) expectPlain(line);
});

test('standalone date lines (000, 002) and their negative', async () => {
	const s000 = await tokenize(readSample(S000));
	expectToken(s000[2], 0, 'February 06, 2022', ['meta.date-line.seed', 'constant.numeric.date.seed']);
	const s002 = await tokenize(readSample(S002));
	const line = s002[4];
	expectToken(line, 0, 'fmprc.gov.cn', ['meta.date-line.seed', 'entity.name.tag.source.seed']);
	expectToken(line, 14, 'Updated', ['meta.date-line.seed', 'keyword.other.date-label.seed']);
	expectToken(line, 23, '2022-02-05', ['meta.date-line.seed', 'constant.numeric.date.seed']);
	const [sentence] = await tokenize('February 06, 2022 was a Sunday in Beijing.');
	expectPlain(sentence);
});

test('photo credit (004 line 3) and end markers (001 last paragraph, (End)), with negatives', async () => {
	const caption = (await tokenize(readSample(S004)))[2];
	expectToken(caption, 133, '(', ['comment.line.credit.seed', 'punctuation.definition.credit.begin.seed']);
	expectToken(caption, 134, 'Xinhua', ['comment.line.credit.seed', 'entity.name.tag.agency.seed']);
	expectToken(caption, 141, 'Yao Dawei', ['comment.line.credit.seed']);

	const s001 = await tokenize(readSample(S001));
	const last = s001.filter((l) => l.length > 0 && l.some((t) => t.text.length > 0)).at(-1)!;
	assert.deepEqual(last.at(-1), { text: '(完)', scopes: [ROOT_SCOPE, 'keyword.control.end-marker.seed'] });
	const [end] = await tokenize('The two sides agreed. (End)');
	expectToken(end, 22, '(End)', ['keyword.control.end-marker.seed']);

	const [agencyOnly, midLine] = await tokenize('BRICS members (Xinhua) reported it.\nThe sign (完) appears mid-line here.');
	expectPlain(agencyOnly);
	expectPlain(midLine);
});

test('plain body sentences get no special scope (000 line 7, 004 line 7)', async () => {
	expectPlain((await tokenize(readSample(S000)))[6]);
	expectPlain((await tokenize(readSample(S004)))[6]);
});

test('every sample tokenizes, and 2,000-character hostile lines stay fast (no catastrophic backtracking)', async () => {
	for (const name of [S000, S001, S002, S003, S004]) assert.ok((await tokenize(readSample(name))).length > 1);
	const n = 2000;
	const hostile = [
		'BEIJING '.repeat(n / 8),
		'A'.repeat(n - 10) + ', Feb. 5 x',
		'China News Agency, '.repeat(n / 19),
		'Home '.repeat(n / 5) + 'x',
		'a'.repeat(n) + '.jp',
		'(A'.repeat(n / 2),
		'"'.repeat(n),
		'“‘'.repeat(n / 2),
		'新华社'.repeat(n / 3),
		' date ' + '1'.repeat(n),
		'x| '.repeat(n / 3),
	];
	const started = Date.now();
	await tokenize(Array.from({ length: 20 }, () => hostile).flat().join('\n'));
	// generous bound for a shared machine: backtracking blow-ups take seconds per line
	assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('language configuration: pairs, no auto-closing straight apostrophe, Unicode word pattern', () => {
	const config = JSON.parse(fs.readFileSync(CONFIG_PATH, 'utf8')) as {
		brackets: [string, string][];
		autoClosingPairs: { open: string; close: string }[];
		surroundingPairs: [string, string][];
		wordPattern: { pattern: string; flags: string };
	};
	assert.deepEqual(config.brackets, [['(', ')'], ['[', ']'], ['（', '）'], ['《', '》'], ['【', '】']]);
	const closing = config.autoClosingPairs.map((p) => p.open + p.close);
	for (const pair of ['""', '“”', '‘’', '「」', '『』', '()', '[]', '（）', '《》', '【】']) {
		assert.ok(closing.includes(pair), `autoClosing ${pair}`);
		assert.ok(config.surroundingPairs.some(([a, b]) => a + b === pair), `surrounding ${pair}`);
	}
	assert.ok(!config.autoClosingPairs.some((p) => p.open === "'"), "' never auto-closes (don't)");

	// VS Code adds the g flag to the word pattern itself
	const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g');
	const words = (s: string) => s.match(word) ?? [];
	assert.deepEqual(words('China-Russia relations'), ['China-Russia', 'relations']);
	assert.deepEqual(words("Russia’s stance, don't (countries’)"), ['Russia’s', 'stance', "don't", 'countries']);
	assert.deepEqual(words('COVID-19疫情 1,400.5 Français Русский'), ['COVID-19', '疫情', '1,400.5', 'Français', 'Русский']);
	assert.deepEqual(words('乐玉成表示,中俄关系'), ['乐玉成表示', '中俄关系']);
	assert.deepEqual(words('"quote" 「引号」'), ['quote', '引号']);
});
