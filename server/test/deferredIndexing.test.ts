import { createLexicon } from './support/lexicon';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DeferredIndexing } from '../src/deferredIndexing';
import { EntityService } from '../src/entityService';
import { parseSeed } from '../src/core/parser';
import { runToEnd, type Steps } from '../src/core/steps';
import { seedsFolder } from './support/samples';

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Indexing that records the version it indexed, in `steps` steps. */
function recorder(indexed: string[], steps = 1): (document: TextDocument) => Steps<void> {
	return function* (document) {
		for (let step = 1; step < steps; step++) yield;
		indexed.push(`${document.uri}@${document.version}`);
	};
}

test('indexing waits for a later turn, once per document at its last version', async () => {
	const indexed: string[] = [];
	const indexing = new DeferredIndexing(recorder(indexed));
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 1, 'a'));
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 2, 'ab'));
	indexing.schedule(TextDocument.create('file:///b.txt', 'seed', 1, 'b'));
	assert.deepEqual(indexed, [], 'nothing is indexed in the turn that publishes diagnostics');
	await turn();
	assert.deepEqual(indexed, ['file:///a.txt@2', 'file:///b.txt@1']);
});

test('a request that reads the index brings one document up to date at once; a closed one is dropped', async () => {
	const indexed: string[] = [];
	const indexing = new DeferredIndexing(recorder(indexed));
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 3, 'a'));
	indexing.schedule(TextDocument.create('file:///b.txt', 'seed', 1, 'b'));
	indexing.schedule(TextDocument.create('file:///c.txt', 'seed', 1, 'c'));
	indexing.flush('file:///b.txt');
	assert.deepEqual(indexed, ['file:///b.txt@1']);
	indexing.forget('file:///c.txt');
	await turn();
	assert.deepEqual(indexed, ['file:///b.txt@1', 'file:///a.txt@3']);
});

test('a long indexing runs in slices, and a change arriving meanwhile restarts it at the new version', async () => {
	const indexed: string[] = [];
	const started: number[] = [];
	// Each step holds the event loop for about a millisecond; a slice is 4 ms.
	const indexing = new DeferredIndexing(function* (document) {
		started.push(document.version);
		for (let step = 0; step < 40; step++) {
			const until = performance.now() + 1;
			while (performance.now() < until);
			yield;
		}
		indexed.push(`${document.uri}@${document.version}`);
	}, 4);
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 1, 'a'));
	let turns = 0;
	const longest: number[] = [];
	for (; turns < 3; turns++) {
		const before = performance.now();
		await turn();
		longest.push(performance.now() - before);
	}
	assert.deepEqual(indexed, [], 'not finished after three slices');
	assert.ok(indexing.busy);
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 2, 'ab'));
	while (indexing.busy && turns++ < 1000) await turn();
	assert.deepEqual(started, [1, 2]);
	assert.deepEqual(indexed, ['file:///a.txt@2'], 'the abandoned version is never indexed');
	assert.ok(turns > 10, `indexing took ${turns} turns`);
	// Loose bound for a busy machine: a slice is 4 ms, far below the 40 ms of the whole job.
	assert.ok(Math.min(...longest) < 30, `turns of ${longest.map((ms) => ms.toFixed(1)).join(', ')} ms`);
});

function sampleService(): { service: EntityService; text: string } {
	const files = new Map<string, string>();
	for (const name of fs.readdirSync(seedsFolder)) files.set(name, fs.readFileSync(path.join(seedsFolder, name), 'utf8'));
	const registry = `file:///work/seeds/entities.yaml`;
	const service = new EntityService({ readFile: async (uri) => uri === registry ? files.get('entities.yaml') : undefined,
		registryUri: () => registry, lexicon: createLexicon() });
	const text = [...files].filter(([name]) => name.endsWith('.txt')).map(([, content]) => content).join('\n\n');
	return { service, text };
}

test('entities indexed in steps and abandoned mid-way for a newer version: the index is the newer version\'s', async () => {
	const { service, text } = sampleService();
	await service.loadRegistry();
	const uri = 'file:///work/seeds/edited.txt';
	const first = parseSeed(text);
	const firstSteps = service.updateDocumentInSteps(uri, first);
	for (let step = 0; step < 5; step++) assert.equal(firstSteps.next().done, false);
	assert.deepEqual(service.index.mentions(uri), [], 'nothing in the index before the last step');
	firstSteps.return();
	const edited = text.replace('Xi Jinping', 'Amina Okafor');
	const second = parseSeed(edited, first);
	let steps = 0;
	const secondSteps = service.updateDocumentInSteps(uri, second);
	while (!secondSteps.next().done) steps++;
	assert.ok(steps > 5, `${steps} steps`);

	const { service: fresh } = sampleService();
	await fresh.loadRegistry();
	fresh.updateDocument(uri, parseSeed(edited));
	assert.deepEqual(service.index.mentions(uri), fresh.index.mentions(uri));
	assert.ok(service.index.mentions(uri).some((mention) => mention.surface === 'Amina Okafor'));
	assert.deepEqual(service.index.corpusFacts('auto:person:Amina Okafor'), fresh.index.corpusFacts('auto:person:Amina Okafor'));
});

test('a second indexing of the same text in steps leaves the totals as one indexing does', async () => {
	const { service, text } = sampleService();
	await service.loadRegistry();
	const uri = 'file:///work/seeds/twice.txt';
	const model = parseSeed(text);
	service.updateDocument(uri, model);
	const once = service.index.corpusFacts('Xi Jinping');
	runToEnd(service.updateDocumentInSteps(uri, model));
	assert.deepEqual(service.index.corpusFacts('Xi Jinping'), once);
	assert.ok(once && once.files.length === 1 && [...once.aliases.values()].reduce((a, b) => a + b) > 1);
	service.removeFile(uri);
	assert.deepEqual(service.index.corpusFacts('Xi Jinping')?.files, []);
});
