import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCodebook } from '../src/core/annotations/codebook';
import { mergeTagsInCodebook, removeTagFromCodebook, setTagFields } from '../src/core/annotations/codebookEdits';

const codebook = [
	'# Our codebook.',
	'version: 1',
	'tags:',
	'  # Frames',
	'  frame/cooperation:',
	'    description: Partnership.',
	'    color: "#2ca02c"',
	'  frame/conflict:   # rivalry',
	'    description: Rivalry.',
	'    color: "#d62728"',
	'  frame/conflict/sanctions:',
	'    color: "#ff7f0e"',
	'  frame/rivalry:',
	'    description: Competition.',
	'    color: "#9467bd"',
	'  frame/rivalry/sanctions:',
	'    description: Penalties.',
	'    color: "#8c564b"',
	'  claim/quote: A quotation.',
	'',
].join('\n');

const tagsOf = (text: string) => Object.fromEntries(parseCodebook(text).tags.map(tag => [tag.name, [tag.description, tag.color]]));

test('a description and a colour change in place; comments and the other entries stay as written', () => {
	const described = setTagFields(codebook, 'frame/conflict', { description: 'Rivalry, threat, sanctions.' });
	assert.deepEqual(tagsOf(described)['frame/conflict'], ['Rivalry, threat, sanctions.', '#d62728']);
	// The yaml library keeps every comment; one after a key moves to the line below it.
	for (const line of ['# Our codebook.', '  # Frames', '# rivalry', '    color: "#2ca02c"']) assert.ok(described.includes(line), line);
	const recoloured = setTagFields(codebook, 'claim/quote', { color: '#17BECF' });
	assert.deepEqual(tagsOf(recoloured)['claim/quote'], ['A quotation.', '#17becf']);
	assert.ok(recoloured.includes('color: "#17becf"'), recoloured);
	assert.deepEqual(tagsOf(setTagFields(codebook, 'frame/cooperation', { description: '' }))['frame/cooperation'], [undefined, '#2ca02c']);
	assert.throws(() => setTagFields(codebook, 'frame/conflict', { color: 'red' }), /not a hex colour/);
	assert.throws(() => setTagFields('tags: [\n', 'x', { description: 'y' }), /cannot be changed while it has an error/);
});

test('deleting a tag removes its entry only', () => {
	const removed = removeTagFromCodebook(codebook, 'frame/cooperation');
	assert.deepEqual(Object.keys(tagsOf(removed)), [
		'frame/conflict',
		'frame/conflict/sanctions',
		'frame/rivalry',
		'frame/rivalry/sanctions',
		'claim/quote',
	]);
	assert.ok(removed.includes('  # Frames'));
	assert.equal(removeTagFromCodebook(codebook, 'nope'), codebook);
});

test('merging: entries the target already has are dropped, the others renamed; comments stay', () => {
	const merged = mergeTagsInCodebook(codebook, 'frame/conflict', 'frame/rivalry');
	assert.deepEqual(tagsOf(merged), {
		'frame/cooperation': ['Partnership.', '#2ca02c'],
		'frame/rivalry': ['Competition.', '#9467bd'],
		'frame/rivalry/sanctions': ['Penalties.', '#8c564b'],
		'claim/quote': ['A quotation.', undefined],
	});
	assert.ok(merged.startsWith('# Our codebook.\nversion: 1\ntags:\n  # Frames\n'));
	const renamed = mergeTagsInCodebook(codebook, 'claim/quote', 'claim/citation');
	assert.deepEqual(tagsOf(renamed)['claim/citation'], ['A quotation.', undefined]);
});
