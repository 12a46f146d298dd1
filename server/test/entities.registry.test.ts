import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRegistry } from '../src/core/entities/registry';
import { addToRegistryEdit } from '../src/core/entities/registryEdit';

import { seedsFolder } from './support/samples';

test('the shipped registry reads without problems and covers the samples', () => {
	const registry = parseRegistry(fs.readFileSync(path.join(seedsFolder, 'entities.yaml'), 'utf8'));
	assert.deepEqual(registry.problems, []);
	const byName = new Map(registry.entries.map(entry => [entry.name, entry]));
	for (const name of [
		'Xi Jinping',
		'Vladimir Putin',
		'Le Yucheng',
		'Wang Yi',
		'Ding Xuexiang',
		'Yang Jiechi',
		'He Lifeng',
		'Xinhua News Agency',
		'China Global Television Network',
		'Shanghai Cooperation Organization',
		'BRICS',
		'Beijing',
		'Sochi',
		'2022 Winter Olympics',
	]) {
		assert.ok(byName.has(name), name);
	}
	const xi = byName.get('Xi Jinping')!;
	assert.equal(xi.kind, 'person');
	assert.ok(xi.aliases.includes('习近平'));
	assert.equal(xi.link, 'Q15031');
	assert.deepEqual(byName.get('Shanghai Cooperation Organization')!.aliases.includes('SCO'), true);
});

test('entries: name, kind, aliases, description, link and the name position', () => {
	const text = [
		'# people',
		'entities:',
		'  - name: Wangari Maathai',
		'    kind: person',
		'    aliases: [Maathai]',
		'    description: Kenyan environmentalist.',
		'    link: Q47688',
		'  - name: Nairobi',
		'    kind: place',
		'    aliases: Nairobi City',
		'',
	].join('\n');
	const { entries, problems } = parseRegistry(text);
	assert.deepEqual(problems, []);
	assert.equal(entries.length, 2);
	assert.deepEqual(
		{ ...entries[0], nameRange: undefined, start: undefined, end: undefined },
		{
			id: 'Wangari Maathai',
			name: 'Wangari Maathai',
			kind: 'person',
			aliases: ['Maathai'],
			description: 'Kenyan environmentalist.',
			link: 'Q47688',
			nameRange: undefined,
			start: undefined,
			end: undefined,
		},
	);
	assert.deepEqual(entries[0].nameRange, { start: { line: 2, character: 10 }, end: { line: 2, character: 25 } });
	assert.deepEqual(entries[1].aliases, ['Nairobi City']);
});

test('a YAML syntax error is reported at its line and character, and the file never throws', () => {
	const text = 'entities:\n  - name: Xi Jinping\n    kind: person\n    aliases: [Xi, 习近平\n  - name: Sochi\n';
	const { problems } = parseRegistry(text);
	assert.ok(problems.length >= 1);
	const syntax = problems.find(problem => problem.code === 'yaml-syntax')!;
	assert.equal(syntax.severity, 'error');
	assert.deepEqual(syntax.range.start, { line: 4, character: 2 });
	for (const garbage of ['{', ': : :', '- [', '\u0000\u0001', 'entities: 3', 'a: b\n', '']) {
		assert.doesNotThrow(() => parseRegistry(garbage));
	}
	assert.equal(parseRegistry('entities: 3').problems[0].code, 'registry-structure');
});

test('semantic problems are placed at the offending node: unknown kind, missing name, wrong alias', () => {
	const text = [
		'entities:',
		'  - name: Sochi',
		'    kind: city',
		'  - kind: person',
		'    description: nobody',
		'  - name: Xinhua',
		'    kind: organization',
		'    aliases: [{ bad: 1 }]',
		'    colour: red',
		'  - name: Sochi',
		'    kind: place',
		'',
	].join('\n');
	const { entries, problems } = parseRegistry(text);
	assert.deepEqual(entries.map(entry => entry.name), ['Xinhua', 'Sochi']);
	const summary = problems.map(problem => [problem.severity, problem.message, problem.range.start.line, problem.range.start.character]);
	assert.deepEqual(summary, [
		['error', 'Unknown kind `city` (expected one of person, place, organization, event).', 2, 10],
		['error', 'The entry has no `name`.', 3, 4],
		['warning', 'Unknown field `colour` (expected id, name, kind, aliases, description, link).', 8, 4],
		['warning', 'An alias must be a non-empty string.', 7, 14],
	]);
});

test('add to registry: appends a well-formed entry after the last one and keeps comments', () => {
	const text = '# Registry\nentities:\n  # people\n  - name: Xi Jinping\n    kind: person # the president\n\n# end\n';
	const edit = addToRegistryEdit(text, { name: 'Wangari Maathai', kind: 'person' })!;
	const result = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
	assert.equal(result, '# Registry\nentities:\n  # people\n  - name: Xi Jinping\n    kind: person # the president\n'
		+ '  - name: Wangari Maathai\n    kind: person\n    description: ""\n\n# end\n');
	const parsed = parseRegistry(result);
	assert.deepEqual(parsed.problems, []);
	assert.deepEqual(parsed.entries.map(entry => entry.name), ['Xi Jinping', 'Wangari Maathai']);
	// A name that YAML would misread is quoted.
	const tricky = addToRegistryEdit(result, { name: 'No: 1 #tag', kind: 'organization', aliases: ['N1'] })!;
	const trickyText = result.slice(0, tricky.start) + tricky.newText + result.slice(tricky.end);
	assert.deepEqual(
		parseRegistry(trickyText)
			.entries.map(entry => [entry.name, entry.kind, entry.aliases])
			.at(-1),
		['No: 1 #tag', 'organization', ['N1']],
	);
	// Already there, or a broken file: no edit.
	assert.equal(addToRegistryEdit(result, { name: 'Xi Jinping', kind: 'person' }), undefined);
	assert.equal(addToRegistryEdit('entities:\n  - name: [\n', { name: 'X', kind: 'place' }), undefined);
});

test('add to registry: an empty file or one without a list gets one', () => {
	const empty = addToRegistryEdit('', { name: 'Sochi', kind: 'place' })!;
	assert.deepEqual(parseRegistry(empty.newText).entries.map(entry => entry.name), ['Sochi']);
	const header = '# just a comment\nversion: 1\n';
	const edit = addToRegistryEdit(header, { name: 'Sochi', kind: 'place' })!;
	const result = header.slice(0, edit.start) + edit.newText + header.slice(edit.end);
	assert.ok(result.startsWith('# just a comment\nversion: 1\nentities:\n  - name: Sochi\n'));
	assert.deepEqual(parseRegistry(result).entries.map(entry => entry.name), ['Sochi']);
});
