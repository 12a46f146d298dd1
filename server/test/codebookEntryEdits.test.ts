import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseCodebook } from '../src/core/annotations/codebook';
import { mergeTagsInCodebook, removeTagFromCodebook, setTagFields, type TagFields } from '../src/core/annotations/codebookEdits';
import { CodebookIndex, indexCodebook } from '../src/core/annotations/codebookIndex';
import { randomSource } from './support/randomSource';
import { randomCodebook } from './support/randomCodebook';
import { seedsFolder } from './support/samples';

type Random = (n: number) => number;

const names = [
	'frame', 'frame/cooperation', 'frame/conflict', 'actor', 'actor/state', 'actor/state/ministry', 'akteur/ßtaat', '行为者/国家', 'x',
];
const descriptions = [
	'New.', '', '  spaced out  ', 'with: a colon # and a hash', 'ünïcødé 🙂 text', "it's", '"quoted"', 'two\nlines', 'true', '12',
];
const colors = ['#ABCDEF', '#abc', '#1f77b4', 'red'];
const merges: readonly (readonly [string, string])[] = [
	['frame/conflict', 'frame/cooperation'],
	['frame', 'topic'],
	['actor', 'actor2'],
	['actor/state', 'actor'],
	['x', 'frame/x'],
	['frame', 'rahmen/ü'],
	['akteur', '行为者'],
	['actor', 'null'],
	['missing', 'frame'],
];

/** A codebook in the regular shape (as the editor and `yaml` write it), the one the line scan reads. */
function regularCodebook(random: Random): string {
	const lines = random(2) === 0 ? ['# A codebook', 'version: 1', 'tags:'] : ['version: 1', 'tags:'];
	const used = new Set<string>();
	const count = 1 + random(9);
	for (let i = 0; i < count; i++) {
		const name = names[random(names.length)] + (random(3) === 0 ? `-${i}` : '');
		if (used.has(name)) continue;
		used.add(name);
		const gap = random(6);
		if (used.size > 1 && gap === 0) lines.push('');
		if (gap <= 1) lines.push(`  # before ${name}`);
		lines.push(`  ${name}:`);
		const description = ['Plain.', '"Quoted: yes"', "'Single'", 'Ünïcødé 🙂', undefined][random(5)];
		if (description !== undefined) lines.push(`    description: ${description}`);
		if (description === undefined || random(4) > 0) lines.push(`    color: "${['#1f77b4', '#2ca02c', '#d62728'][random(3)]}"`);
	}
	return lines.join('\n') + '\n';
}

/** What a call gives: its text, or its error message. */
function outcome(run: () => string): string | { error: string } {
	try {
		return run();
	} catch (error) {
		return { error: (error as Error).message };
	}
}

/** One random codebook-view edit, through the index and through the `yaml` Document of the whole file. */
type Outcome = string | { error: string };

function randomEdit(random: Random, index: CodebookIndex, text: string, slow: string): [Outcome, Outcome, string] {
	const name = names[random(names.length)] + (random(4) === 0 ? '-1' : '');
	const describe = (fields: TagFields, what: string): [Outcome, Outcome, string] => [
		outcome(() => index.setTagFields(text, name, fields)),
		outcome(() => setTagFields(slow, name, fields)),
		`${what} ${name}`,
	];
	switch (random(4)) {
		case 0:
			return describe({ description: descriptions[random(descriptions.length)] }, 'describe');
		case 1:
			return describe(
				random(3) === 0
					? { description: descriptions[random(descriptions.length)], color: colors[random(colors.length)] }
					: { color: colors[random(colors.length)] },
				'recolour',
			);
		case 2:
			return [outcome(() => index.removeTag(text, name)), outcome(() => removeTagFromCodebook(slow, name)), `delete ${name}`];
		default: {
			const [from, into] = merges[random(merges.length)];
			return [
				outcome(() => index.mergeTags(text, from, into)),
				outcome(() => mergeTagsInCodebook(slow, from, into)),
				`merge ${from} ${into}`,
			];
		}
	}
}

test('describe, recolour, delete and merge through the layout index write the yaml Document\'s bytes, over many codebooks', () => {
	const random = randomSource(18);
	const codebooks = [readFileSync(join(seedsFolder, 'codebook.yaml'), 'utf8'), 'version: 1\ntags: {}\n', ''];
	for (let i = 0; i < 240; i++) {
		const shape = i % 4;
		if (shape === 0) codebooks.push(randomCodebook(random, names));
		// As yaml prints them: comments and quoting kept, the layout the index handles.
		else if (shape === 1) codebooks.push(parseDocument(randomCodebook(random, names)).toString({ lineWidth: 0 }));
		else if (shape === 2) codebooks.push(regularCodebook(random));
		else codebooks.push(random(3) === 0 ? regularCodebook(random).replace(/\n/g, '\r\n') : regularCodebook(random));
	}
	let indexed = 0;
	let textEdits = 0;
	const kinds = new Map<string, number>();
	for (const original of codebooks) {
		if (indexCodebook(original).layout) indexed++;
		// A chain of edits through one index, so that layouts derived from earlier edits are used too.
		const index = new CodebookIndex();
		let text = original;
		let slow = original;
		for (let step = 0; step < 6; step++) {
			const before = index.textEdits;
			const [fast, expected, what] = randomEdit(random, index, text, slow);
			assert.deepEqual(fast, expected, `${what}, step ${step} of ${JSON.stringify(original)}`);
			if (index.textEdits > before) kinds.set(what.split(' ')[0], (kinds.get(what.split(' ')[0]) ?? 0) + 1);
			if (typeof fast !== 'string') continue;
			text = fast;
			slow = expected as string;
			const readBack = `read back after ${what}, step ${step} of ${JSON.stringify(original)}`;
			assert.deepEqual(index.parse(text), parseCodebook(text), readBack);
		}
		textEdits += index.textEdits;
	}
	assert.ok(indexed >= 120, `only ${indexed} codebooks had a layout the text-level edits handle`);
	assert.ok(textEdits >= 500, `only ${textEdits} edits were text-level ones`);
	for (const kind of ['describe', 'recolour', 'delete', 'merge']) {
		assert.ok((kinds.get(kind) ?? 0) >= 50, `only ${kinds.get(kind) ?? 0} text-level ${kind} edits`);
	}
});

test('on a large codebook of the regular shape each edit is a text-level one, with the Document path\'s bytes', () => {
	const lines = ['# A large codebook', 'version: 1', 'tags:'];
	for (let i = 0; i < 2000; i++) {
		if (i % 97 === 0) lines.push('', `  # part ${i}`);
		lines.push(`  group${i % 50}/tag-${i}:`, `    description: Tag ${i}.`, '    color: "#1f77b4"');
	}
	let text = lines.join('\n') + '\n';
	const index = new CodebookIndex();
	index.parse(text);
	const described = { description: 'Described: now.' };
	const recoloured = { color: '#ABCDEF' };
	const leaf = 'group8/tag-7';
	const steps: readonly [string, (text: string) => string, (text: string) => string][] = [
		['describe', t => index.setTagFields(t, 'group9/tag-9', described), t => setTagFields(t, 'group9/tag-9', described)],
		['recolour', t => index.setTagFields(t, 'group9/tag-59', recoloured), t => setTagFields(t, 'group9/tag-59', recoloured)],
		['delete', t => index.removeTag(t, 'group3/tag-3'), t => removeTagFromCodebook(t, 'group3/tag-3')],
		// Before a comment after a blank line: through a window.
		['delete', t => index.removeTag(t, 'group46/tag-96'), t => removeTagFromCodebook(t, 'group46/tag-96')],
		['merge a group', t => index.mergeTags(t, 'group7', 'group8'), t => mergeTagsInCodebook(t, 'group7', 'group8')],
		// A leaf into a tag that is listed: the entry is dropped.
		['merge a leaf', t => index.mergeTags(t, leaf, 'group8/tag-8'), t => mergeTagsInCodebook(t, leaf, 'group8/tag-8')],
		['merge into listed', t => index.mergeTags(t, 'group10', 'group8'), t => mergeTagsInCodebook(t, 'group10', 'group8')],
	];
	for (const [what, fast, slow] of steps) {
		const before = index.textEdits;
		const expected = slow(text);
		const edited = fast(text);
		assert.equal(edited, expected, what);
		assert.equal(index.textEdits, before + 1, `${what} was not a text-level edit`);
		text = edited;
	}
	assert.deepEqual(index.parse(text), parseCodebook(text));
	assert.equal(index.parse(text).tags.filter(tag => tag.name.startsWith('group7/')).length, 0);
});
