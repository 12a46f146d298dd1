// A request's cancellation token reaches the entity core: a cancelled hover, references, highlights,
// semantic tokens or workspace-symbol request stops reading the index and answers nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityService } from '../src/entityService';
import { createLexicon } from './support/lexicon';
import { encodeEntityTokens } from '../src/core/entities/semanticTokens';
import { readSample, samples, seedsFolder } from './support/samples';

const registryUri = 'file:///work/seeds/entities.yaml';
const seedUri = (name: string) => `file:///work/seeds/${name}`;
const cancelled = { isCancellationRequested: true };
const live = { isCancellationRequested: false };

async function indexedService(): Promise<EntityService> {
	const registry = readFileSync(path.join(seedsFolder, 'entities.yaml'), 'utf8');
	const readFile = async (uri: string) => uri === registryUri ? registry : undefined;
	const service = new EntityService({ readFile, registryUri: () => registryUri, lexicon: createLexicon() });
	await service.loadRegistry();
	for (const name of Object.values(samples)) service.updateDocument(seedUri(name), parseSeed(readSample(name)));
	return service;
}

// "Xi Jinping" on line 5 of the first sample.
const xi = { line: 4, character: 66 };

test('entity requests answer with a live token and answer nothing once it is cancelled', async () => {
	const service = await indexedService();
	const uri = seedUri(samples.s000);
	assert.ok(service.hover(uri, xi, live));
	assert.equal(service.hover(uri, xi, cancelled), null);
	assert.ok(service.references(uri, xi, false, live).length >= 5);
	assert.deepEqual(service.references(uri, xi, false, cancelled), []);
	assert.equal(service.documentHighlights(uri, xi, live).length, 3);
	assert.deepEqual(service.documentHighlights(uri, xi, cancelled), []);
	assert.ok(service.semanticTokens(uri, live).data.length > 0);
	assert.deepEqual(service.semanticTokens(uri, cancelled).data, []);
	assert.deepEqual(service.workspaceSymbols('yucheng', live).map(symbol => symbol.name), ['Le Yucheng']);
	assert.deepEqual(service.workspaceSymbols('yucheng', cancelled), []);
});

test('the index stops between files when the token is cancelled midway', async () => {
	const service = await indexedService();
	let reads = 0;
	// Cancelled after the first look: the references of the first file at most, never all five.
	const token = { get isCancellationRequested() { return ++reads > 1; } };
	const all = service.index.references('Xi Jinping');
	const partial = service.index.references('Xi Jinping', token);
	assert.ok(all.length > 5);
	assert.deepEqual(partial, []);
});

test('semantic token encoding stops when cancelled', () => {
	const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
	const mention = { range, entity: { id: 'x', name: 'Xii', kind: 'person' as const } };
	assert.equal(encodeEntityTokens([mention], undefined, live).length, 5);
	assert.deepEqual(encodeEntityTokens([mention], undefined, cancelled), []);
});
