import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DeferredIndexing } from '../src/deferredIndexing';

const turn = () => new Promise((resolve) => setImmediate(resolve));

test('indexing waits for a later turn, once per document at its last version', async () => {
	const indexed: string[] = [];
	const indexing = new DeferredIndexing((document) => indexed.push(`${document.uri}@${document.version}`));
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 1, 'a'));
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 2, 'ab'));
	indexing.schedule(TextDocument.create('file:///b.txt', 'seed', 1, 'b'));
	assert.deepEqual(indexed, [], 'nothing is indexed in the turn that publishes diagnostics');
	await turn();
	assert.deepEqual(indexed, ['file:///a.txt@2', 'file:///b.txt@1']);
});

test('a request that reads the index brings one document up to date at once; a closed one is dropped', async () => {
	const indexed: string[] = [];
	const indexing = new DeferredIndexing((document) => indexed.push(`${document.uri}@${document.version}`));
	indexing.schedule(TextDocument.create('file:///a.txt', 'seed', 3, 'a'));
	indexing.schedule(TextDocument.create('file:///b.txt', 'seed', 1, 'b'));
	indexing.schedule(TextDocument.create('file:///c.txt', 'seed', 1, 'c'));
	indexing.flush('file:///b.txt');
	assert.deepEqual(indexed, ['file:///b.txt@1']);
	indexing.forget('file:///c.txt');
	await turn();
	assert.deepEqual(indexed, ['file:///b.txt@1', 'file:///a.txt@3']);
});
