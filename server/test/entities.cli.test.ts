import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { entitiesCommand, type FileEntities } from '../src/cli/entitiesCommand';
import { main } from '../src/cli';
import { createLexicon } from './support/lexicon';

import { pristineRoot, seedsFolder } from './support/samples';

test('seed entities --format json: per file, entities with kind, canonical name and mention ranges', async () => {
	const lines: string[] = [];
	const errors: string[] = [];
	const code = await entitiesCommand(
		[path.join(seedsFolder, '000_8fe48cf9272154b3.txt')],
		'json',
		{ write: line => lines.push(line), error: line => errors.push(line) },
		pristineRoot,
		createLexicon(),
	);
	assert.equal(code, 0);
	assert.deepEqual(errors, []);
	const [file] = JSON.parse(lines.join('\n')) as FileEntities[];
	assert.equal(path.basename(file.file), '000_8fe48cf9272154b3.txt');
	const le = file.entities.find(entity => entity.name === 'Le Yucheng')!;
	assert.deepEqual([le.kind, le.registered, le.mentions.length], ['person', true, 7]);
	assert.deepEqual(le.mentions[0], {
		range: { start: { line: 4, character: 182 }, end: { line: 4, character: 192 } },
		surface: 'Le Yucheng',
		title: 'Chinese Vice Foreign Minister',
	});
	const xinhua = file.entities.find(entity => entity.kind === 'organization')!;
	assert.deepEqual([xinhua.name, xinhua.mentions[0].surface], ['Xinhua News Agency', 'Xinhua']);
});

test('seed entities --format text lists each entity once per file', async () => {
	const lines: string[] = [];
	await entitiesCommand(
		[path.join(seedsFolder, '004_ed3e051bfad3e112.txt')],
		'text',
		{ write: line => lines.push(line), error: () => undefined },
		pristineRoot,
		createLexicon(),
	);
	assert.ok(lines[1].startsWith('  person       Xi Jinping  ('));
	assert.equal(lines.filter(line => line.includes(' Vladimir Putin ')).length, 1);
});

test('seed entities --explain: each mention with the rules that produced it, and a legend of those rules', async () => {
	const lines: string[] = [];
	const errors: string[] = [];
	const file = path.join(seedsFolder, '000_8fe48cf9272154b3.txt');
	const code = await main(['entities', file, '--format', 'text', '--explain'], { write: line => lines.push(line),
		error: line => errors.push(line) });
	assert.equal(code, 0);
	assert.deepEqual(errors, []);
	// Under each entity, its mentions: line:column (1-based), surface, kind, rules.
	const le = lines.indexOf(lines.find(line => line.startsWith('  person       Le Yucheng  ('))!);
	assert.ok(le > 0, lines.join('\n'));
	assert.match(lines[le + 1], /^ {6}5:183 Le Yucheng {2}person {2}by registry$/);
	const legend = lines.indexOf('Rules:');
	assert.ok(legend > le);
	assert.ok(lines.slice(legend).includes('  registry (registry): A name of the workspace registry (`entities.yaml`).'));
	// JSON: each mention carries its rules.
	const json: string[] = [];
	await main(['entities', file, '--explain'], { write: line => json.push(line), error: () => undefined });
	const [parsed] = JSON.parse(json.join('\n')) as FileEntities[];
	const xinhua = parsed.entities.find(entity => entity.name === 'Xinhua News Agency')!;
	assert.ok(xinhua.mentions.every(mention => Array.isArray(mention.rules) && mention.rules.length > 0));
	// Without --explain, no rules.
	const plain: string[] = [];
	await main(['entities', file], { write: line => plain.push(line), error: () => undefined });
	assert.ok(!plain.join('\n').includes('"rules"'));
});
