import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { seedsFolder } from './support/samples';
import { parseCodebookDocument } from '../src/core/annotations/codebook';
import { readRegularCodebook } from '../src/core/annotations/codebookFastRead';
import { CodebookIndex, indexCodebookWithYaml } from '../src/core/annotations/codebookIndex';
import { largeCodebook } from '../../bench/largeInputs';
import { randomSource } from './support/randomSource';

/** Mostly the first list (regular), now and then the second (near misses the scan must leave to `yaml`). */
function pieceOf(random: (n: number) => number, regular: readonly string[], odd: readonly string[]): string {
	return random(14) === 0 ? odd[random(odd.length)] : regular[random(regular.length)];
}

const headComments = [
	['# A codebook', '#', '# with: a colon and "quotes"', '#  two spaces', '# 😀 ünï'],
	['# trailing space ', '#\tab', ' # indented'],
] as const;
const versions = [['version: 1', 'version: 1', 'version: 2', ''], ['version: 01', 'version: 1 # the format', 'version: "1"']] as const;
const tagsLines = [['tags:'], ['tags: # the vocabulary', 'tags: ', 'tags: {}']] as const;
const keys = [
	['actor', 'actor/state', 'frame/cooperation', 'x', 'a.b', 'x_y-z', 'Ünïcode/ß', 'é/2024', '汉字/标签', 'group3/tag-1', 'a1/b.c-d'],
	['true', 'Null', '2024', '_private', 'a/b c', 'a//b', "'quoted'", '"double"', 'a:b', 'a/-b'],
] as const;
const descriptions = [
	[
		'Tag 1.', 'A state, government or its leader ("China", "Xi").', 'C# code', 'a:b', 'Ünï 😀 ok', 'mid [x] y, {z}', 'nbsp\u00a0x',
		'"quoted"', "'single'", '""', "''", '"#hash: in quotes"', "'#x: y'", 'emoji 😀 end', 'x - y', 'question? yes', "it's", 'say "hi"',
	],
	[
		'a: b', 'ends with:', 'x #y', 'true', 'NULL', '~', '12', '.5', '-x', '- x', '?x', '"with \\" escape"', '"with \\n escape"',
		"'it''s'", 'tab\there', 'trailing ',
		'[bracket]', '\u00a0lead', 'a\u2028b', '', ' two spaces', '|', '> folded', '&anchor x', '*alias',
		'!tag x', '%x', '@x', '`x', 'x\u0085y', 'x\u0007y', '"\ud83d"', 'a\r', '0x1f', '+1', ':x', ',x', '{a: b}',
	],
] as const;
const colors = [
	['"#1f77b4"', "'#ABC'", '"#AbCdEf"', '"#abc"'],
	['#1f77b4', '"red"', '"#12345"', '', "'#abc' # comment", '"#abc" '],
] as const;
const betweens = [
	['', '', '', '', '\n', '  # a comment', '\n  # after a blank line', '\n  # two\n  # comments', '  #'],
	['# at the margin', '\n\n', '   # three spaces', '  # c\n', '\n  #', '    # inside'],
] as const;
const tails = [[''], ['# trailing', '\n', 'other: x', '  # trailing inside', '\n# after a blank']] as const;

function randomCodebook(random: (n: number) => number): string {
	const lines: string[] = [];
	for (let i = random(3); i > 0; i--) lines.push(pieceOf(random, ...headComments));
	if (random(20) === 0) lines.push('');
	const version = pieceOf(random, ...versions);
	if (version) lines.push(version);
	lines.push(pieceOf(random, ...tagsLines));
	const count = 1 + random(6);
	for (let i = 0; i < count; i++) {
		const between = i === 0 && random(3) > 0 ? '' : pieceOf(random, ...betweens);
		if (between) lines.push(between.startsWith('\n') ? between.slice(1) && '\n' + between.slice(1) : between);
		lines.push(`  ${pieceOf(random, ...keys)}${random(20) === 0 ? ': ' + pieceOf(random, ...descriptions) : ':'}`);
		const fields = random(20) === 0 ? [] : random(4) === 0 ? ['color'] : random(6) === 0 ? ['description'] : ['description', 'color'];
		if (random(6) === 0) fields.reverse();
		if (random(20) === 0) fields.push(random(2) === 0 ? 'color' : 'notes');
		for (const name of fields) {
			const indent = random(30) === 0 ? '      ' : '    ';
			lines.push(`${indent}${name}: ${name === 'color' ? pieceOf(random, ...colors) : pieceOf(random, ...descriptions)}`);
		}
	}
	const tail = pieceOf(random, ...tails);
	if (tail) lines.push(tail);
	let text = lines.join('\n') + (random(20) === 0 ? '' : '\n');
	if (random(30) === 0) text = text.replace(/\n/g, '\r\n');
	return text;
}

/** What `indexCodebook` gave before the scan: the `yaml` Document's reading, and its layout when the file prints as itself. */
function assertSameAsYaml(text: string): boolean {
	const fast = readRegularCodebook(text);
	if (!fast) return false;
	const slow = indexCodebookWithYaml(text);
	assert.deepEqual(fast.codebook, slow.codebook, `codebook of ${JSON.stringify(text)}`);
	assert.deepEqual(fast.codebook, parseCodebookDocument(text).codebook, `parseCodebookDocument of ${JSON.stringify(text)}`);
	assert.ok(slow.layout, `yaml does not print ${JSON.stringify(text)} as itself`);
	assert.equal(parseDocument(text, { uniqueKeys: false }).toString({ lineWidth: 0 }), text);
	assert.deepEqual({ ...fast.layout, keyTypes: [...fast.layout.keyTypes] }, { ...slow.layout, keyTypes: [...slow.layout.keyTypes] },
		`layout of ${JSON.stringify(text)}`);
	return true;
}

/** The codebook as `yaml` prints it, when it can. */
function printedByYaml(text: string): string | undefined {
	try {
		return parseDocument(text, { uniqueKeys: false }).toString({ lineWidth: 0 });
	} catch {
		return undefined;
	}
}

test('the line scan reads a codebook exactly as yaml does, or leaves it to yaml, over many generated codebooks', () => {
	const random = randomSource(41);
	let accepted = 0;
	let total = 0;
	for (let i = 0; i < 3000; i++) {
		const text = randomCodebook(random);
		for (const candidate of [text, printedByYaml(text)]) {
			if (candidate === undefined) continue;
			total++;
			if (assertSameAsYaml(candidate)) accepted++;
		}
	}
	// Enough of both: the regular shape is read by the scan, the near misses are left to yaml.
	assert.ok(accepted > total / 10, `only ${accepted} of ${total} generated codebooks were read by the scan`);
	assert.ok(accepted < total * 0.9, `${accepted} of ${total} generated codebooks were read by the scan: too few near misses`);
});

test('the sample codebook and a codebook of 30,000 tags are read by the scan, the same as yaml reads them', () => {
	assert.ok(assertSameAsYaml(readFileSync(join(seedsFolder, 'codebook.yaml'), 'utf8')));
	const large = largeCodebook(30_000);
	const started = performance.now();
	const read = readRegularCodebook(large);
	const elapsed = performance.now() - started;
	assert.equal(read?.codebook.tags.length, 30_000);
	assert.deepEqual(read.codebook.tags[29_999], {
		name: 'group49/tag-29999', parent: 'group49', description: 'Tag 29999.', color: '#1f77b4',
		range: { start: { line: 90_000, character: 2 }, end: { line: 90_000, character: 19 } },
	});
	// Seconds with yaml; a generous bound, the figure is in `npm run bench`.
	assert.ok(elapsed < 2000, `the scan took ${elapsed.toFixed(0)} ms`);
});

test('a malformed codebook of the regular shape is left to yaml, which reports it where it is', () => {
	const valid = 'version: 1\ntags:\n  a:\n    color: "#111111"\n  b:\n    color: "#222222"\n';
	const badName = '"c d" is not a valid tag: use segments of letters, digits, "_", "-" or "." separated by "/" (e.g. "actor/state")';
	const control = 'the file holds the control character U+0007, which YAML does not allow (write it as "\\u0007" inside double quotes)';
	const cases: readonly (readonly [string, string, number])[] = [
		[valid + '  a:\n    color: "#333333"\n', 'Map keys must be unique', 6],
		[valid + '  c:\n    color: "#33"\n', 'the color of c must be a hex colour such as "#1f77b4" (quoted: # starts a YAML comment)', 7],
		[valid + '  c:\n    description: 12\n', 'the description of c must be text', 7],
		[valid + '  c d:\n    color: "#333333"\n', badName, 6],
		[valid + '  c:\n    color: "#333333"\n    color: "#444444"\n', 'Map keys must be unique', 8],
		[valid.replace('  b:', '  # a \u0007\n  b:'), control, 4],
	];
	for (const [text, message, line] of cases) {
		assert.equal(readRegularCodebook(text), undefined, JSON.stringify(text));
		const index = new CodebookIndex();
		const problem = index.parse(text).problems.find(candidate => candidate.severity === 'error');
		assert.equal(problem?.message, message, JSON.stringify(text));
		assert.equal(problem?.range.start.line, line, JSON.stringify(text));
		const refusal = new RegExp(`cannot be changed while it has an error: .* \\(line ${line + 1}\\)`);
		assert.throws(() => index.addTag(text, { name: 'z' }), refusal);
		assert.throws(() => index.renameTag(text, 'a', 'z'), /cannot be changed while it has an error/);
	}
});
