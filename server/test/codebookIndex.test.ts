import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { seedsFolder } from './support/samples';
import { addTagToCodebook, parseCodebook, renameTagInCodebook, type NewCodebookTag } from '../src/core/annotations/codebook';
import { CodebookIndex, indexCodebook } from '../src/core/annotations/codebookIndex';
import { randomSource } from './support/randomSource';
import { randomCodebook } from './support/randomCodebook';

const newTags: readonly NewCodebookTag[] = [
	{ name: 'frame/new' },
	{ name: 'actor/state/new', description: 'A new one: with a colon', color: '#123456' },
	{ name: 'brand-new', description: '  leading spaces' },
	{ name: 'x/y', color: '#abc' },
	{ name: 'true' },
	{ name: '123' },
	{ name: 'a.b', description: "it's # not a comment" },
	{ name: 'Frame' },
	{ name: 'topic/trade/deals', description: 'two\nlines' },
];
const renames: readonly (readonly [string, string])[] = [
	['frame', 'framing'],
	['actor/state', 'actor/government'],
	['actor', 'null'],
	['x', '0x1f'],
	['topic', 'frame'],
	['missing', 'whatever'],
	['frame/cooperation', 'frame/conflict'],
	['actor', 'a.b-c_d'],
];

/** What a call gives: its text, or its error message. */
function outcome<T>(run: () => T): T | { error: string } {
	try {
		return run();
	} catch (error) {
		return { error: (error as Error).message };
	}
}

test('adding and renaming through the layout index gives the same bytes as the yaml Document, over many codebooks', () => {
	const random = randomSource(14);
	const codebooks = [readFileSync(join(seedsFolder, 'codebook.yaml'), 'utf8'), 'version: 1\ntags: {}\n', ''];
	for (let i = 0; i < 150; i++) {
		const text = randomCodebook(random);
		// Half as written by hand, half as yaml prints them (comments and quoting kept), the layout the index handles.
		codebooks.push(i % 2 === 0 ? text : parseDocument(text).toString({ lineWidth: 0 }));
	}
	let indexed = 0;
	let textEdits = 0;
	for (const original of codebooks) {
		if (indexCodebook(original).layout) indexed++;
		// A chain of edits through one index, so that layouts derived from earlier edits are used too.
		const index = new CodebookIndex();
		let text = original;
		let slow = original;
		for (let step = 0; step < 5; step++) {
			let fast: string | undefined | { error: string };
			let expected: string | undefined | { error: string };
			if (random(2) === 0) {
				const tag = newTags[random(newTags.length)];
				fast = outcome(() => index.addTag(text, tag));
				expected = outcome(() => addTagToCodebook(slow, tag));
			} else {
				const [from, to] = renames[random(renames.length)];
				fast = outcome(() => index.renameTag(text, from, to));
				expected = outcome(() => renameTagInCodebook(slow, from, to));
			}
			assert.deepEqual(fast, expected, `step ${step} of ${JSON.stringify(original)}`);
			if (typeof fast !== 'string') continue;
			text = fast;
			slow = expected as string;
			const readBack = `the codebook read back after step ${step} of ${JSON.stringify(original)}`;
			assert.deepEqual(index.parse(text), parseCodebook(text), readBack);
		}
		textEdits += index.textEdits;
	}
	// Most generated codebooks are not as yaml prints them; enough are, for the fast path to be tested.
	assert.ok(indexed >= 50, `only ${indexed} codebooks had a layout the text-level edits handle`);
	assert.ok(textEdits >= 100, `only ${textEdits} edits were text-level ones`);
});

test('edits of a canonical codebook are text-level ones, and each costs little after the first read', () => {
	const lines = ['version: 1', 'tags:'];
	for (let i = 0; i < 1000; i++) lines.push(`  group${i % 50}/tag-${i}:`, `    description: Tag ${i}.`, '    color: "#1f77b4"');
	const text = lines.join('\n') + '\n';
	const index = new CodebookIndex();
	index.parse(text);
	const added = index.addTag(text, { name: 'group3/new-tag' });
	assert.equal(added, addTagToCodebook(text, { name: 'group3/new-tag' }));
	const renamed = index.renameTag(added, 'group3', 'renamed');
	assert.equal(renamed, renameTagInCodebook(added, 'group3', 'renamed'));
	assert.equal(index.textEdits, 2);
	assert.equal(index.parse(renamed!).tags.filter(tag => tag.name.startsWith('renamed/')).length, 21);
});

test('a codebook with CRLF line ends, another indentation or a flow mapping goes the Document path, with the same result', () => {
	const crlf = 'version: 1\r\ntags:\r\n  a:\r\n    color: "#111111"\r\n';
	const wide = 'version: 1\ntags:\n    a:\n        color: "#111111"\n';
	const flow = 'version: 1\ntags: {a: {color: "#111111"}}\n';
	for (const text of [crlf, wide, flow]) {
		assert.equal(indexCodebook(text).layout, undefined);
		const index = new CodebookIndex();
		assert.equal(index.addTag(text, { name: 'c', color: '#333333' }), addTagToCodebook(text, { name: 'c', color: '#333333' }));
		assert.equal(index.renameTag(text, 'a', 'z'), renameTagInCodebook(text, 'a', 'z'));
		assert.equal(index.textEdits, 0);
	}
});
