import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { computeDocumentSymbols } from '../src/core/languageFeatures/documentSymbols';
import { computeFoldingRanges } from '../src/core/languageFeatures/foldingRanges';
import { parseSeed } from '../src/core/parser';
import { WorkspaceIndex } from '../src/core/workspace/workspaceIndex';
import { readSample, samples } from './support/samples';

const outline = (name: string) => computeDocumentSymbols(parseSeed(readSample(name)));
const names = (symbols: readonly DocumentSymbol[] | undefined) => (symbols ?? []).map((s) => s.name);

test('000 and 004: the root is the header title with the date as detail', () => {
	const [root000] = outline(samples.s000);
	assert.equal(root000.name, 'Talks between Xi, Putin "very successful": Chinese vice FM');
	assert.equal(root000.detail, '2022-02-06');
	assert.deepEqual(root000.selectionRange, { start: { line: 0, character: 17 }, end: { line: 0, character: 75 } });
	const [root004] = outline(samples.s004);
	assert.equal(root004.name, 'Xi meets Putin via video link');
	assert.equal(root004.detail, '2022-12-31');
	assert.deepEqual(names(root004.children).slice(0, 3), [
		'Chinese President Xi Jinping meets with Russian President…',
		'BEIJING, Dec. 30 (Xinhua) --',
		'Chinese President Xi Jinping had a virtual meeting…',
	]);
	assert.equal(root004.children![1].kind, SymbolKind.Event);
});

test('002: the root is the headline, not the navigation line; boilerplate and images are not paragraphs', () => {
	const [root] = outline(samples.s002);
	assert.equal(root.name, 'President Xi Jinping Holds Talks with Russian President Vladimir Putin');
	assert.equal(root.detail, undefined);
	const children = root.children!;
	assert.deepEqual(children.slice(0, 4).map((s) => [s.name, s.detail]), [
		['Boilerplate', '中文 Français Contact Us'],
		['fmprc.gov.cn| Updated: 2022-02-05', 'date line'],
		['W020220204728247677856.jpg', 'image'],
		['On the afternoon of February 4, President Xi…', 'paragraph'],
	]);
	assert.deepEqual(children.slice(-2).map((s) => s.name), ['W020220204728247852197.jpg', 'Boilerplate']);
	assert.match(children.at(-1)!.detail!, /^Copyright ©\s+China International Development Cooperation Ag…$/);
	assert.deepEqual(
		children.at(-1)!.range,
		{ start: { line: 32, character: 0 }, end: { line: 34, character: '京公网安备 11010202005508号'.length } },
		'the three trailing lines form one group',
	);
	assert.equal(children.filter((s) => s.detail === 'paragraph').length, 11);
});

test('003: three sections with their paragraphs nested, and the truncated ending', () => {
	const [root] = outline(samples.s003);
	const sections = root.children!.filter((s) => s.kind === SymbolKind.Namespace);
	assert.deepEqual(names(sections), [
		'Close communication maintained',
		'Promoting all-round practical cooperation',
		'Strengthening coordination in international affairs',
	]);
	assert.deepEqual(sections.map((s) => s.children!.length), [6, 5, 3]);
	assert.equal(sections[0].children![1].name, '“Your visit this time fulfills our promise,” he…');
	const line20 = readSample(samples.s003).split('\n')[20];
	assert.ok(line20.startsWith('After the talks, Xi hosted a banquet'));
	assert.deepEqual(sections[0].range, { start: { line: 8, character: 0 }, end: { line: 20, character: line20.length } });
	assert.deepEqual(root.children!.at(-1)!.name, 'Video –');
	assert.equal(root.children!.at(-1)!.detail, 'truncated ending');
});

test('001: the Chinese paragraphs form one other-language block', () => {
	const [root] = outline(samples.s001);
	const block = root.children!.find((s) => s.name === 'Other-language block')!;
	assert.equal(block.kind, SymbolKind.Package);
	assert.equal(block.detail, 'Chinese (Han) · 4 paragraphs');
	assert.equal(block.children!.length, 4);
	assert.equal(block.children![0].name, '乐玉成表示,中俄关系这列快车永远…');
	assert.equal(root.children![0].name, 'China News Agency, Beijing, Feb. 5.');
});

test('every symbol lies inside its parent, and the selection inside the range', () => {
	const inside = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
		(inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character))
		&& (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
	const check = (symbol: DocumentSymbol) => {
		assert.ok(inside(symbol.selectionRange, symbol.range), symbol.name);
		for (const child of symbol.children ?? []) {
			assert.ok(inside(child.range, symbol.range), `${child.name} in ${symbol.name}`);
			check(child);
		}
	};
	for (const name of Object.values(samples)) outline(name).forEach(check);
});

test('folding: sections, the other-language block and boilerplate runs', () => {
	assert.deepEqual(
		computeFoldingRanges(parseSeed(readSample(samples.s003))).map(r => [r.startLine, r.endLine]),
		[
			[8, 20],
			[22, 32],
			[34, 40],
		],
	);
	assert.deepEqual(computeFoldingRanges(parseSeed(readSample(samples.s001))).map((r) => [r.startLine, r.endLine]), [[32, 38]]);
	assert.deepEqual(
		computeFoldingRanges(parseSeed(readSample(samples.s002))).map(r => [r.startLine, r.endLine, r.kind]),
		[[32, 34, 'comment']],
	);
	assert.deepEqual(computeFoldingRanges(parseSeed('One paragraph.\n\nAnother.')), []);
});

test('workspace symbols: titles of every indexed seed, matched like VS Code does', () => {
	const index = new WorkspaceIndex();
	for (const name of Object.values(samples)) index.update(`file:///seeds/${name}`, parseSeed(readSample(name)));
	assert.equal(index.size, 5);
	const all = index.workspaceSymbols('');
	assert.equal(all.length, 5);
	const cgtn = index.workspaceSymbols('cgtn russia');
	assert.deepEqual(cgtn.map((s) => s.name), ['CGTN: China, Russia vow to turn mutual trust into cooperation in various fields']);
	assert.equal(cgtn[0].location.uri, `file:///seeds/${samples.s003}`);
	assert.deepEqual(index.workspaceSymbols('video link').map((s) => s.containerName), ['2022-12-31']);
	index.remove(`file:///seeds/${samples.s003}`);
	assert.deepEqual(index.workspaceSymbols('cgtn'), []);
	assert.deepEqual(index.workspaceSymbols('Putin').length, 4, 'a word anywhere in the title');
});
