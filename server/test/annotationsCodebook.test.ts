import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedsFolder } from './support/samples';
import { parse } from 'yaml';
import { addTagToCodebook, parseCodebook, renameTagInCodebook, suggestColor, tagPalette } from '../src/core/annotations/codebook';
import { colorForNewTag, labAsSeen, worstCaseDifference } from '../src/core/annotations/tagColors';

const sample = readFileSync(join(seedsFolder, 'codebook.yaml'), 'utf8');

test('the sample codebook parses without problems into a dozen hierarchical tags', () => {
	const codebook = parseCodebook(sample);
	assert.deepEqual(codebook.problems, []);
	assert.equal(codebook.tags.length, 12);
	const state = codebook.tags[0];
	assert.equal(state.name, 'actor/state');
	assert.equal(state.parent, 'actor');
	assert.equal(state.color, '#1f77b4');
	assert.match(state.description!, /^A state, government/);
	assert.deepEqual(state.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 13 } });
	assert.deepEqual([...new Set(codebook.tags.map(tag => tag.parent))], ['actor', 'frame', 'claim']);
});

test('problems come with their positions', () => {
	const codebook = parseCodebook('version: 1\ntags:\n  good:\n    color: "#abc"\n  bad name:\n    color: "#123456"\n'
		+ '  frame/x:\n    color: red\n  noColor:\n    description: d\n');
	assert.deepEqual(
		codebook.tags.map(tag => [tag.name, tag.color]),
		[
			['good', '#aabbcc'],
			['frame/x', undefined],
			['noColor', undefined],
		],
	);
	assert.deepEqual(codebook.problems.map(p => [p.severity, p.range.start.line, p.range.start.character, p.message.slice(0, 30)]), [
		['error', 4, 2, '"bad name" is not a valid tag:'],
		['error', 7, 11, 'the color of frame/x must be a'],
		['warning', 8, 2, 'noColor has no color; it is hi'],
	]);
	const broken = parseCodebook('version: 1\ntags: [\n');
	assert.equal(broken.tags.length, 0);
	assert.equal(broken.problems[0].severity, 'error');
	assert.equal(broken.problems[0].range.start.line, 2);
});

test('adding a tag keeps comments and goes after its group', () => {
	const updated = addTagToCodebook(sample, {
		name: 'frame/security',
		description: 'Security, terrorism, military cooperation.',
		color: '#123456',
	});
	for (const comment of [
		'# Seed Annotator codebook for political news framing.',
		'  # How relations are framed.',
		'  # What is claimed and how.',
	]) {
		assert.ok(updated.includes(comment), comment);
	}
	const names = parseCodebook(updated).tags.map(tag => tag.name);
	assert.deepEqual(names.slice(4, 10), [
		'frame/cooperation',
		'frame/conflict',
		'frame/sovereignty',
		'frame/order',
		'frame/economy',
		'frame/security',
	]);
	assert.deepEqual((parse(updated) as { tags: Record<string, unknown> }).tags['frame/security'], {
		description: 'Security, terrorism, military cooperation.',
		color: '#123456',
	});
	assert.ok(updated.includes('  frame/security:\n    description: Security, terrorism, military cooperation.\n    color: "#123456"\n'));
	assert.throws(() => addTagToCodebook(updated, { name: 'frame/security' }), /already has a tag frame\/security/);
	assert.throws(() => addTagToCodebook(sample, { name: 'bad tag' }), /not a valid tag/);
});

test('a new tag in an empty workspace creates the codebook with a palette colour', () => {
	const created = addTagToCodebook('', { name: 'actor/state' });
	assert.deepEqual(parseCodebook(created).tags.map(tag => [tag.name, tag.color]), [['actor/state', tagPalette[0]]]);
	assert.ok(created.startsWith('# Seed Annotator codebook'));
	assert.equal(suggestColor(parseCodebook(created).tags), tagPalette[1]);
});

test('renaming a tag renames it and the tags under it in the codebook, keeping comments; conflicts refuse', () => {
	const text = [
		'# Our codebook',
		'version: 1',
		'tags:',
		'  # framing',
		'  frame:',
		'    description: Any framing.',
		'    color: "#111111"',
		'  frame/conflict:',
		'    description: Rivalry.',
		'    color: "#222222"',
		'  frames-extra:',
		'    color: "#333333"',
		'',
	].join('\n');
	const renamed = renameTagInCodebook(text, 'frame', 'framing')!;
	assert.equal(renamed, text.replace('  frame:', '  framing:').replace('  frame/conflict:', '  framing/conflict:'));
	assert.deepEqual(parseCodebook(renamed).tags.map((tag) => tag.name), ['framing', 'framing/conflict', 'frames-extra']);
	assert.equal(renameTagInCodebook(text, 'actor', 'actors'), undefined, 'not listed: nothing to change');
	assert.throws(() => renameTagInCodebook(text, 'frame/conflict', 'frames-extra'), /already has a tag frames-extra/);
	assert.throws(() => renameTagInCodebook('tags: [unclosed\n', 'a', 'b'), /cannot be changed while it has an error/);
});

test('the palette: at least 20 colours, every pair apart in normal vision and in each dichromacy, all readable as highlights', () => {
	assert.ok(tagPalette.length >= 20);
	assert.equal(new Set(tagPalette).size, tagPalette.length);
	for (const [index, a] of tagPalette.entries()) {
		const lightness = labAsSeen(a)[0];
		assert.ok(lightness >= 38 && lightness <= 82, `${a}: lightness ${lightness.toFixed(1)}`);
		for (const b of tagPalette.slice(index + 1)) {
			assert.ok(worstCaseDifference(a, b) >= 9, `${a} and ${b} differ by ${worstCaseDifference(a, b).toFixed(1)} in the worst view`);
		}
	}
	// The simulation does what it says: red and green, far apart normally, come close for a deuteranope.
	assert.ok(
		worstCaseDifference('#d62728', '#2ca02c') < 0.5 * Math.hypot(...labAsSeen('#d62728').map((v, i) => v - labAsSeen('#2ca02c')[i])),
	);
});

test("a new tag takes a colour no codebook tag uses (issue 15: evaluation/positive got actor/state's #1f77b4); "
	+ 'repeats only past the palette', () => {
	let text = sample;
	const taken = new Set(parseCodebook(text).tags.map(tag => tag.color));
	for (let index = 0; index < tagPalette.length; index++) {
		const name = `evaluation/positive${index}`;
		text = addTagToCodebook(text, { name });
		const color = parseCodebook(text).tags.find(tag => tag.name === name)!.color!;
		assert.ok(!taken.has(color), `${name} got ${color}, already used`);
		assert.ok(tagPalette.includes(color));
		taken.add(color);
	}
	// Every palette colour is used now (beside the sample's own): the next one repeats the least used.
	const next = suggestColor(parseCodebook(text).tags);
	assert.ok(tagPalette.includes(next));
	assert.equal(colorForNewTag([]), tagPalette[0]);
});

test('a tag that differs from a codebook tag only in case is that tag: adding it is refused, naming the existing one', () => {
	assert.throws(() => addTagToCodebook(sample, { name: 'Frame/Cooperation' }), /already has a tag frame\/cooperation/);
});
