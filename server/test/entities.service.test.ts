import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityService } from '../src/entityService';
import { createLexicon } from './support/lexicon';

import { seedsFolder } from './support/samples';
const folder = 'file:///work';
const registryUri = 'file:///work/seeds/entities.yaml';

function service(files: Map<string, string>) {
	return new EntityService({
		lexicon: createLexicon(),
		readFile: async uri => files.get(uri),
		registryUri: () => registryUri,
		tagsAt: (_uri, range) => range.start.line === 4 ? ['framing/leaders'] : [],
	});
}

function sampleFiles(): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of fs.readdirSync(seedsFolder)) {
		if (name.endsWith('.txt') || name === 'entities.yaml')
			files.set(`${folder}/seeds/${name}`, fs.readFileSync(path.join(seedsFolder, name), 'utf8'));
	}
	return files;
}

test('the service indexes, hovers, finds references and the registry entry', async () => {
	const files = sampleFiles();
	const entities = service(files);
	assert.deepEqual(await entities.loadRegistry(), { uri: registryUri, diagnostics: [] });
	const seeds = [...files.keys()].filter(uri => uri.endsWith('.txt'));
	assert.equal(seeds.length, 5);
	for (const uri of seeds) entities.updateDocument(uri, parseSeed(files.get(uri)!));

	const seed = `${folder}/seeds/000_8fe48cf9272154b3.txt`;
	const hover = entities.hover(seed, { line: 4, character: 66 })!;
	assert.deepEqual(hover.range, { start: { line: 4, character: 64 }, end: { line: 4, character: 74 } });
	const value = (hover.contents as { value: string }).value;
	assert.ok(value.startsWith('**Xi Jinping** — person\n\nGeneral Secretary of the Communist Party of China'), value);
	assert.ok(value.includes('- Seeds in the workspace that mention it: 5'));
	assert.ok(value.includes('**Tags on its mentions:** `framing/leaders`'));

	const definition = entities.definition(seed, { line: 4, character: 66 })!;
	assert.equal(definition.uri, registryUri);
	assert.deepEqual(definition.range.start, { line: 13, character: 10 });
	const references = entities.references(seed, { line: 4, character: 66 }, false);
	assert.equal(new Set(references.map(location => location.uri)).size, 5);
	assert.deepEqual(entities.references(seed, { line: 4, character: 66 }, true)[0], definition);
	assert.deepEqual(entities.documentHighlights(seed, { line: 4, character: 66 }).map(highlight => highlight.range.start), [
		{ line: 0, character: 31 }, { line: 4, character: 64 }, { line: 12, character: 48 },
	]);
	assert.deepEqual(entities.workspaceSymbols('yucheng').map(symbol => [symbol.name, symbol.containerName]), [['Le Yucheng', 'person']]);
	assert.equal(entities.hover(seed, { line: 1, character: 0 }), null);
	assert.ok(entities.semanticTokens(seed).data.length > 0);
});

test('a malformed registry gets diagnostics and detection goes on without it', async () => {
	const files = sampleFiles();
	files.set(registryUri, 'entities:\n  - name: Xi Jinping\n    kind: leader\n');
	const entities = service(files);
	const published = (await entities.loadRegistry())!;
	assert.deepEqual(
		published.diagnostics.map(diagnostic => [
			diagnostic.message,
			diagnostic.range.start.line,
			diagnostic.range.start.character,
			diagnostic.code,
		]),
		[['Unknown kind `leader` (expected one of person, place, organization, event).', 2, 10, 'registry-entry']],
	);
	const seed = `${folder}/seeds/000_8fe48cf9272154b3.txt`;
	entities.updateDocument(seed, parseSeed(files.get(seed)!));
	const hover = entities.hover(seed, { line: 4, character: 66 })!;
	assert.ok((hover.contents as { value: string }).value.includes('[Add to registry](command:seed.addToRegistry?'));
});

test('add to registry returns a workspace edit that writes a well-formed entry', async () => {
	const files = sampleFiles();
	files.set(registryUri, '# my registry\nentities:\n  - name: Sochi\n    kind: place\n');
	const entities = service(files);
	await entities.loadRegistry();
	const seed = `${folder}/seeds/002_91ec62a49ae75b28.txt`;
	entities.updateDocument(seed, parseSeed(files.get(seed)!));
	const edit = (await entities.addToRegistry([{ name: 'Wang Yi', kind: 'person' }]))!;
	assert.deepEqual(edit, {
		changes: {
			[registryUri]: [
				{
					range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
					newText: '  - name: Wang Yi\n    kind: person\n    description: ""\n',
				},
			],
		},
	});
	assert.equal(await entities.addToRegistry([{ name: 'Sochi', kind: 'place' }]), undefined);
	assert.equal(await entities.addToRegistry([{ name: 'X', kind: 'planet' }]), undefined);
	files.delete(registryUri);
	const created = (await entities.addToRegistry([{ name: 'Wang Yi', kind: 'person' }]))!;
	assert.equal(created.documentChanges?.length, 2);
});

test('with seed.entities.explain the hover names the rules behind the mention; without it, none', async () => {
	const files = new Map([[`${folder}/seeds/a.txt`,
		'Talks were held in Nairobi.\n\nKenyan President William Ruto met Sochi officials.\n']]);
	const seed = `${folder}/seeds/a.txt`;
	const hovers: string[] = [];
	for (const explain of [true, false]) {
		const entities = new EntityService({
			lexicon: createLexicon(),
			readFile: async uri => files.get(uri),
			registryUri: () => undefined,
			explain: () => explain,
		});
		await entities.loadRegistry();
		entities.updateDocument(seed, parseSeed(files.get(seed)!));
		const hover = entities.hover(seed, { line: 2, character: 26 })!;
		hovers.push((hover.contents as { value: string }).value);
	}
	assert.match(hovers[0], /^\*\*William Ruto\*\* — person/);
	assert.match(hovers[0], /^- Rules: `name-after-title`$/m);
	assert.doesNotMatch(hovers[1], /Rules:/);
});
