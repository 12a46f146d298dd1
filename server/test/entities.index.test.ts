import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { createLexicon } from './support/lexicon';
import { renderEntityHover } from '../src/core/entities/hover';
import { parseRegistry } from '../src/core/entities/registry';
import { encodeEntityTokens, ENTITY_TOKEN_LEGEND } from '../src/core/entities/semanticTokens';
import { EntityWorkspaceIndex } from '../src/core/entities/workspaceIndex';
import { indexSeeds, indexSeedText } from '../src/core/entities/workspaceIndexer';

import { seedsFolder } from './support/samples';
const seeds = fs.readdirSync(seedsFolder).filter(name => name.endsWith('.txt')).sort();
const read = (name: string) => fs.readFileSync(path.join(seedsFolder, name), 'utf8');
const uri = (name: string) => `file:///work/seeds/${name}`;
const registry = parseRegistry(fs.readFileSync(path.join(seedsFolder, 'entities.yaml'), 'utf8')).entries;

function indexed(detector = new EntityDetector(registry, createLexicon())) {
	const index = new EntityWorkspaceIndex();
	for (const name of seeds) indexSeedText(uri(name), read(name), detector, index);
	return index;
}

test('the index aggregates files, titles and aliases per entity, and forgets removed files', () => {
	const index = indexed();
	const facts = index.corpusFacts('Le Yucheng')!;
	assert.deepEqual([...facts.files].sort(), [uri('000_8fe48cf9272154b3.txt'), uri('001_2bec4b55e153d035.txt')]);
	assert.equal(facts.titles.get('Chinese Vice Foreign Minister'), 2);
	assert.equal(facts.aliases.get('Le'), 6);
	assert.equal(facts.aliases.get('乐玉成'), 4);
	assert.equal(index.corpusFacts('Xi Jinping')!.files.length, 5);

	index.remove(uri('000_8fe48cf9272154b3.txt'));
	const after = index.corpusFacts('Le Yucheng')!;
	assert.deepEqual(after.files, [uri('001_2bec4b55e153d035.txt')]);
	assert.equal(after.titles.get('Chinese Vice Foreign Minister'), 1);
	assert.equal(after.aliases.has('Le'), false);
	assert.equal(index.references('Le Yucheng').every(mention => mention.uri === uri('001_2bec4b55e153d035.txt')), true);
});

test('an update replaces a file: no double counting, new names appear', () => {
	const index = indexed();
	const name = '003_babea2879160f884.txt';
	const before = index.references('Vladimir Putin').length;
	indexSeedText(uri(name), read(name), new EntityDetector(registry, createLexicon()), index);
	assert.equal(index.references('Vladimir Putin').length, before);
	indexSeedText(uri(name), 'Kenyan President William Ruto met Vladimir Putin in Sochi.', new EntityDetector(registry,
		createLexicon()), index);
	assert.deepEqual(index.mentions(uri(name)).map(mention => [mention.surface, mention.entity.id, mention.range.start.character]), [
		['William Ruto', 'auto:person:William Ruto', 17],
		['Vladimir Putin', 'Vladimir Putin', 34],
		['Sochi', 'Sochi', 52],
	]);
	assert.equal(index.corpusFacts('auto:person:William Ruto')!.titles.get('Kenyan President'), 1);
});

test('lookup at an offset, document highlights, references and workspace symbols', () => {
	const index = indexed();
	const name = uri('000_8fe48cf9272154b3.txt');
	const le = index.mentionAt(name, 638)!;
	assert.deepEqual([le.surface, le.entity.id, le.start, le.end], ['Le', 'Le Yucheng', 637, 639]);
	assert.deepEqual(le.range, { start: { line: 8, character: 222 }, end: { line: 8, character: 224 } });
	assert.equal(index.mentionAt(name, 636), undefined);
	assert.equal(index.mentionAt(name, 639)?.surface, 'Le', 'a cursor right after a name still finds it');
	const highlights = index.mentionsOfEntity(name, 'Le Yucheng');
	assert.deepEqual(highlights.map(mention => mention.start), [278, 637, 728, 1307, 1667, 2129, 2353]);
	const references = index.references('Le Yucheng');
	assert.equal(references.length, 7 + 3 + 4, 'seven in 000; three in the English and four in the Chinese part of 001');
	assert.deepEqual([...new Set(references.map(mention => mention.uri))], [name, uri('001_2bec4b55e153d035.txt')]);
	const symbols = index.querySymbols('yucheng');
	assert.deepEqual(
		symbols.map(mention => [mention.entity.name, mention.entity.kind, mention.uri, mention.start]),
		[['Le Yucheng', 'person', name, 278]],
	);
	assert.ok(index.querySymbols('').length > 20);
});

test('hover: registry facts, titles and aliases seen, counts, file links, tags and no add link', () => {
	const index = indexed();
	const name = uri('000_8fe48cf9272154b3.txt');
	const mention = index.mentionAt(name, 280)!;
	const markdown = renderEntityHover({
		entity: mention.entity,
		registryEntry: registry.find(entry => entry.id === mention.entity.id),
		mentionsInDocument: index.mentionsOfEntity(name, mention.entity.id).length,
		corpus: index.corpusFacts(mention.entity.id),
		tags: ['framing/cooperation'],
	});
	const files = encodeURIComponent(JSON.stringify([uri('000_8fe48cf9272154b3.txt')]));
	assert.equal(markdown, [
		'**Le Yucheng** — person',
		'',
		'Chinese diplomat; Vice Minister of Foreign Affairs from 2018 to 2022.',
		'',
		'- Titles seen: Chinese Vice Foreign Minister (2)',
		'- Aliases seen: Le (6), 乐玉成 (4)',
		'- Mentions in this text: 7',
		`- Seeds in the workspace that mention it: 2: [000\\_8fe48cf9272154b3.txt](command:vscode.open?${files}), `
			+ `[001\\_2bec4b55e153d035.txt](command:vscode.open?${encodeURIComponent(JSON.stringify([uri('001_2bec4b55e153d035.txt')]))})`,
		'',
		'**Tags on its mentions:** `framing/cooperation`',
	].join('\n'));
	const xi = renderEntityHover({
		entity: { id: 'Xi Jinping', name: 'Xi Jinping', kind: 'person' },
		registryEntry: registry[0],
		mentionsInDocument: 1,
	});
	assert.ok(xi.includes('[Wikidata Q15031](https://www.wikidata.org/wiki/Q15031)'));
	assert.ok(xi.includes('**Tags on its mentions:** *none yet*'));
});

test('hover of a detected entity offers Add to registry with encoded arguments', () => {
	const markdown = renderEntityHover({ entity: { id: 'auto:person:Wang Yi', name: 'Wang Yi', kind: 'person' }, mentionsInDocument: 2 });
	const args = encodeURIComponent(JSON.stringify([{ name: 'Wang Yi', kind: 'person' }]));
	assert.ok(markdown.startsWith('**Wang Yi** — person *(detected, not in the registry)*'));
	assert.ok(markdown.endsWith(`[Add to registry](command:seed.addToRegistry?${args})`));
	assert.deepEqual(JSON.parse(decodeURIComponent(args)), [{ name: 'Wang Yi', kind: 'person' }]);
});

test('semantic tokens: one per mention, legend order person, place, organization, event', () => {
	assert.deepEqual(ENTITY_TOKEN_LEGEND.tokenTypes, ['person', 'place', 'organization', 'event']);
	const text = 'Xi met Putin in Sochi.\nThe SCO and the Beijing Winter Olympics.';
	const document = parseSeed(text);
	const index = new EntityWorkspaceIndex();
	index.update('file:///a.txt', new EntityDetector(registry, createLexicon()).analyse(document).mentions, document);
	const data = encodeEntityTokens(index.mentions('file:///a.txt'), id => !id.startsWith('auto:'));
	assert.deepEqual(data, [
		0, 0, 2, 0, 1,
		0, 7, 5, 0, 1,
		0, 9, 5, 1, 1,
		1, 4, 3, 2, 1,
		0, 12, 23, 3, 1,
	]);
});

test('background indexing reads through the injected reader, reports progress and stops when cancelled', async () => {
	const index = new EntityWorkspaceIndex();
	const reports: [number, number][] = [];
	const files = new Map(seeds.map(name => [uri(name), read(name)]));
	const result = await indexSeeds(
		[...files.keys(), 'file:///missing.txt'],
		{ readFile: async target => files.get(target) },
		new EntityDetector(registry, createLexicon()),
		index,
		{
			batchSize: 2,
			progress: { report: (done, total) => reports.push([done, total]) },
		},
	);
	assert.deepEqual(result, { indexed: 5, unreadable: 1, cancelled: false });
	assert.deepEqual(reports, [[2, 6], [4, 6], [6, 6], [6, 6]]);
	assert.equal(index.fileCount, 5);
	const cancelled = await indexSeeds(
		[...files.keys()],
		{ readFile: async target => files.get(target) },
		new EntityDetector(registry, createLexicon()),
		new EntityWorkspaceIndex(),
		{
			token: { isCancellationRequested: true },
		},
	);
	assert.deepEqual(cancelled, { indexed: 0, unreadable: 0, cancelled: true });
});
