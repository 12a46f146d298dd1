// `startServer` in this process over a pair of streams, as VS Code's markdown language server is
// tested: no child process, the real handlers and the Node file system on a copy of the samples.
// It checks the boundary (issue 14 §2, issue 15 §3.4) where a test can see inside the server.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import {
	createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { DocumentSymbol, LogMessageParams, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { createLexicon } from './support/lexicon';
import { startServer } from '../src/server';
import { readSample, samples, seedsFolder } from './support/samples';

let client: MessageConnection;
let folder: string;
const logs: string[] = [];
const published = new Map<string, PublishDiagnosticsParams>();

before(() => {
	folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-in-process-')), 'seeds');
	cpSync(seedsFolder, folder, { recursive: true });
	const toServer = new PassThrough();
	const toClient = new PassThrough();
	const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
	startServer(serverConnection, { fileSystem: new NodeFileSystem(), lexicon: { lexicon: createLexicon(), directory: undefined,
		entries: {}, problems: [] } });
	serverConnection.listen();
	client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
	client.onNotification('window/logMessage', (params: LogMessageParams) => logs.push(params.message));
	client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published.set(params.uri, params));
	client.onRequest('window/workDoneProgress/create', () => null);
	client.onRequest('client/registerCapability', () => null);
	client.onNotification('$/progress', () => undefined);
	client.listen();
});

after(() => {
	// No `exit` notification: the library would end this process.
	client.dispose();
	rmSync(path.dirname(folder), { recursive: true, force: true });
});

async function refused(request: Promise<unknown>): Promise<ResponseError<unknown>> {
	const error = await request.then(() => undefined, (reason: unknown) => reason);
	assert.ok(error instanceof ResponseError, `expected an LSP error, got ${String(error)}`);
	return error;
}

async function eventually<T>(read: () => T | undefined, what: string): Promise<T> {
	const deadline = Date.now() + 5000;
	for (;;) {
		const value = read();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

const uriOf = (name: string) => URI.file(path.join(folder, name)).toString();

function open(name: string, text: string | null): void {
	void client.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'seed', version: 1, text } });
}

function symbolsOf(name: string): Promise<DocumentSymbol[] | null> {
	return client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(name) } });
}

function execute(command: string, argument?: unknown): Promise<unknown> {
	return client.sendRequest('workspace/executeCommand', { command, ...(argument === undefined ? {} : { arguments: [argument] }) });
}

test('before initialize: requests get -32002, notifications are dropped', async () => {
	const error = await refused(symbolsOf(samples.s000));
	assert.equal(error.code, -32002);
	open('early.txt', 'Early.');
	const rootUri = URI.file(folder).toString();
	const workspaceFolders = [{ uri: rootUri, name: 'seeds' }];
	await client.sendRequest('initialize', { processId: null, rootUri, capabilities: {}, workspaceFolders });
	void client.sendNotification('initialized', {});
	assert.equal(await symbolsOf('early.txt'), null);
});

test('an open seed gets its outline in process', async () => {
	open(samples.s003, readSample(samples.s003));
	const symbols = await symbolsOf(samples.s003);
	assert.equal(symbols?.[0].name, 'CGTN: China, Russia vow to turn mutual trust into cooperation in various fields');
});

test('a notification with bad parameters is logged and ignored; the server answers on', async () => {
	open('x.txt', null);
	const line = await eventually(() => logs.find((message) => message.includes('ignored textDocument/didOpen')), 'the log line');
	const expected = `Seed: ignored textDocument/didOpen for ${path.join(folder, 'x.txt')}: "textDocument.text" must be a string, not null`;
	assert.equal(line, expected);
	assert.equal(await symbolsOf('x.txt'), null);
});

test('requests and commands with bad parameters are InvalidParams naming the parameter and the file', async () => {
	const uri = uriOf(samples.s003);
	const position = { line: 'one', character: 0 };
	const hover = await refused(client.sendRequest('textDocument/hover', { textDocument: { uri }, position }));
	assert.equal(hover.code, -32602);
	assert.equal(hover.message, `Invalid parameters of textDocument/hover for ${path.join(folder, samples.s003)}: `
		+ '"position.line" must be an integer from 0 to 2147483647, not a string.');
	const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
	const tag = await refused(execute('seed.tag', { uri, range, tag: 'x', note: 5 }));
	assert.equal(tag.code, -32602);
	assert.match(tag.message, /seed\.tag for .*003_babea2879160f884\.txt: "note" must be a string, not the number 5/);
	const unknown = await refused(execute('seed.nothing'));
	assert.match(unknown.message, /^Unknown command "seed\.nothing"/);
});

test('a sidecar that is a folder becomes a diagnostic on it naming the file', async () => {
	mkdirSync(path.join(folder, 'odd.tags.yaml'));
	open('odd.txt', 'Body.');
	const sidecar = await eventually(() => published.get(uriOf('odd.tags.yaml')), 'the sidecar diagnostics');
	const problem = `Cannot read ${path.join(folder, 'odd.tags.yaml')}: it is a folder, not a file`;
	assert.deepEqual(sidecar.diagnostics.map((diagnostic) => diagnostic.message), [
		`${problem} — Seed Annotator will not change this file until it is fixed.`,
	]);
	const error = await refused(execute('seed.annotations', { uri: uriOf('odd.txt') }));
	assert.equal(error.message, `Cannot use the tags of odd.txt: ${problem}`);
});
