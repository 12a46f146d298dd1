import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction, DocumentSymbol, FoldingRange, SymbolInformation, TextEdit } from 'vscode-languageserver-types';
import { applyEdits, readSample, samples } from './support/samples';
import { useSeedWorkspace } from './support/lspClient';

const workspace = useSeedWorkspace();

function open(name: string, text = readSample(name), version = 1): string {
	const uri = workspace.uriOf(name);
	void workspace.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version, text } });
	return uri;
}

test('didOpen publishes diagnostics with the right codes and source', async () => {
	const uri = open(samples.s003);
	const diagnostics = await workspace.server.waitForDiagnostics(uri);
	assert.deepEqual(
		diagnostics.map(d => [d.code, d.source, d.range.start.line]),
		[
			['missing-date', 'seed', 0],
			['truncated-text', 'seed', 42],
		],
	);
	const clean = open(samples.s000);
	assert.deepEqual(await workspace.server.waitForDiagnostics(clean), []);
});

test('documentSymbol returns the hierarchical outline', async () => {
	const uri = open(samples.s003);
	const symbols = await workspace.server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
		textDocument: { uri },
	});
	assert.equal(symbols.length, 1);
	assert.equal(symbols[0].name, 'CGTN: China, Russia vow to turn mutual trust into cooperation in various fields');
	const sections = symbols[0].children!.filter((s) => s.detail?.startsWith('section'));
	assert.deepEqual(
		sections.map(s => [s.name, s.children!.length]),
		[
			['Close communication maintained', 6],
			['Promoting all-round practical cooperation', 5],
			['Strengthening coordination in international affairs', 3],
		],
	);
	const folds = await workspace.server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
	assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[8, 20], [22, 32], [34, 40]]);
});

test('codeAction offers the preferred missing-date fix, and applying it clears the diagnostic (incremental sync)', async () => {
	const uri = open(samples.s002);
	const [diagnostic] = await workspace.server.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'missing-date'));
	const actions = await workspace.server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
		textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
	});
	const preferred = actions.find((a) => a.isPreferred)!;
	assert.equal(preferred.kind, 'quickfix');
	const [edit] = preferred.edit!.changes![uri] as TextEdit[];
	assert.equal(edit.newText, ' date 2022-02-05 President Xi Jinping Holds Talks with Russian President Vladimir Putin\n\n');
	void workspace.server.connection.sendNotification('textDocument/didChange', {
		textDocument: { uri, version: 2 },
		contentChanges: [{ range: edit.range, text: edit.newText }],
	});
	const after = await workspace.server.waitForDiagnostics(uri, (ds) => !ds.some((d) => d.code === 'missing-date'));
	assert.deepEqual(after, []);
	assert.ok(applyEdits(readSample(samples.s002), [edit]).startsWith(' date 2022-02-05 '));
});

test('workspace/symbol finds the titles of seeds on disk that were never opened', async () => {
	const deadline = Date.now() + 10_000;
	let symbols: SymbolInformation[] = [];
	while (Date.now() < deadline) {
		symbols = await workspace.server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'video link' });
		if (symbols.length) break;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['Xi meets Putin via video link', workspace.uriOf(samples.s004)]]);
});

test('watched-file changes update the index', async () => {
	const file = path.join(workspace.folder, 'new_seed.txt');
	writeFileSync(file, ' date 2023-03-01 A freshly written seed\n\nBody.');
	void workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${file}`, type: 1 }] });
	const deadline = Date.now() + 5000;
	let names: string[] = [];
	while (Date.now() < deadline && names.length === 0) {
		names = (await workspace.server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'freshly' })).map(
			s => s.name,
		);
	}
	assert.deepEqual(names, ['A freshly written seed']);
	void workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${file}`, type: 3 }] });
	await new Promise((resolve) => setTimeout(resolve, 100));
	assert.deepEqual(await workspace.server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'freshly' }), []);
});

test('garbage and binary input: the server keeps answering', async () => {
	const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1') + '\u0000\ud800\udfff';
	const uri = open('binary.txt', binary);
	await workspace.server.waitForDiagnostics(uri);
	// An edit whose range lies far outside the document, and an unknown request.
	void workspace.server.connection.sendNotification('textDocument/didChange', {
		textDocument: { uri, version: 2 },
		contentChanges: [{ range: { start: { line: 9999, character: 5 }, end: { line: 99999, character: 0 } }, text: '"(' }],
	});
	await assert.rejects(workspace.server.connection.sendRequest('seed/noSuchRequest', {}), /Unhandled method/);
	const symbols = await workspace.server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {
		textDocument: { uri },
	});
	assert.equal(symbols.length, 1);
	// A malformed message on the wire (invalid JSON in a valid frame) is reported and skipped.
	workspace.server.process.stdin!.write('Content-Length: 9\r\n\r\n{"jsonrpc');
	const again = await workspace.server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
	assert.equal(again.length, 1);
	// A request about a document that was never opened answers null rather than failing.
	assert.equal(
		await workspace.server.connection.sendRequest('textDocument/documentSymbol', {
			textDocument: { uri: workspace.uriOf('never-opened.txt') },
		}),
		null,
	);
	assert.equal(workspace.server.process.exitCode, null);
});
