// Hostile or odd input sent over stdio to the real built server (issue 14 §2, issue 15 §3.4): after
// each case the server must still answer, and it must say what was wrong — a logged and ignored
// notification, an InvalidParams error naming the argument and the file, or a diagnostic naming the
// file that cannot be read — never exit, and never answer with a raw exception text.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, LogMessageParams } from 'vscode-languageserver-protocol';
import { URI, Utils } from 'vscode-uri';
import { startServerOnSeedsCopy, useSeedWorkspace } from './support/lspClient';
import { readSample, repoRoot, samples } from './support/samples';

const workspace = useSeedWorkspace();
const logs: string[] = [];
let listening = false;

function server() {
	if (!listening) {
		workspace.server.connection.onNotification('window/logMessage', (params: LogMessageParams) => logs.push(params.message));
		listening = true;
	}
	return workspace.server;
}

function notify(method: string, params: unknown): void {
	void server().connection.sendNotification(method, params);
}

/** `workspace/executeCommand` with one argument object (none when `argument` is left out). */
function execute(command: string, argument?: unknown): Promise<unknown> {
	const args = argument === undefined ? {} : { arguments: [argument] };
	return server().connection.sendRequest('workspace/executeCommand', { command, ...args });
}

function request(method: string, params: unknown): Promise<unknown> {
	return server().connection.sendRequest(method, params);
}

const lineRange = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

function openSeed(uri: string, text = readSample(samples.s000)): void {
	notify('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });
}

/** The server is alive and answers a request (documentSymbol on a sample it has open). */
async function assertStillAnswers(): Promise<void> {
	const uri = workspace.uriOf(samples.s001);
	openSeed(uri, readSample(samples.s001));
	const symbols = await server().connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
	assert.equal(symbols.length, 1);
	assert.equal(server().process.exitCode, null);
	assert.equal(server().process.signalCode, null);
}

async function eventually<T>(read: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = read();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log: ${logs.slice(-5).join(' | ')}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

function logged(pattern: RegExp): Promise<string> {
	return eventually(() => logs.find((line) => pattern.test(line)), `a log line matching ${pattern}`);
}

/** A diagnostic anywhere whose message matches, with the URI it was published for. */
function diagnosticMatching(pattern: RegExp): Promise<{ uri: string; diagnostic: Diagnostic }> {
	return eventually(() => {
		for (const [uri, diagnostics] of server().diagnostics) {
			const diagnostic = diagnostics.find((candidate) => pattern.test(candidate.message));
			if (diagnostic) return { uri, diagnostic };
		}
		return undefined;
	}, `a diagnostic matching ${pattern}`);
}

async function rejection(request: Promise<unknown>): Promise<ResponseError<unknown>> {
	try {
		await request;
	} catch (error) {
		assert.ok(error instanceof ResponseError, String(error));
		return error;
	}
	throw new Error('the request was answered, not refused');
}

function sidecarUriOf(seedUri: string): string {
	const seed = URI.parse(seedUri);
	return Utils.joinPath(Utils.dirname(seed), Utils.basename(seed).replace(/\.[^.]*$/, '') + '.tags.yaml').toString();
}

test('didOpen with text null or a number is logged and ignored', async () => {
	notify('textDocument/didOpen', { textDocument: { uri: workspace.uriOf('null.txt'), languageId: 'seed', version: 1, text: null } });
	assert.match(await logged(/ignored textDocument\/didOpen/), /"textDocument\.text" must be a string, not null/);
	notify('textDocument/didOpen', { textDocument: { uri: workspace.uriOf('number.txt'), languageId: 'seed', version: 1, text: 42 } });
	assert.match(await logged(/number\.txt: "textDocument\.text" must be a string, not the number 42/), /ignored textDocument\/didOpen/);
	await assertStillAnswers();
	// The documents were never opened: requests on them find nothing.
	assert.equal(await request('textDocument/documentSymbol', { textDocument: { uri: workspace.uriOf('null.txt') } }), null);
});

test('didChangeWatchedFiles whose changes are not an array, and odd didChange, are logged and ignored', async () => {
	notify('workspace/didChangeWatchedFiles', { changes: 'everything' });
	assert.match(await logged(/ignored workspace\/didChangeWatchedFiles/), /"changes" must be an array, not a string/);
	notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 7, type: 1 }] });
	await logged(/"changes\[0\]\.uri" must be a URI string, not the number 7/);
	const textDocument = { uri: workspace.uriOf(samples.s001), version: 2 };
	notify('textDocument/didChange', { textDocument, contentChanges: [{ text: null }] });
	await logged(/"contentChanges\[0\]\.text" must be a string, not null/);
	notify('textDocument/didOpen', null);
	await logged(/ignored textDocument\/didOpen: "params" must be an object, not null/);
	await assertStillAnswers();
});

test('a URI with a NUL byte, a 300-character name, a path through a file: diagnostics name the file and the reason', async () => {
	const nul = `file://${workspace.folder}/bad%00name.txt`;
	openSeed(nul);
	const nulProblem = await diagnosticMatching(/NUL character/);
	assert.equal(nulProblem.uri, sidecarUriOf(nul));
	assert.match(nulProblem.diagnostic.message, /^Cannot read .*bad\u0000name\.tags\.yaml: its path contains a NUL character/);
	// The text itself is still checked: its own diagnostics are published.
	assert.ok(server().diagnostics.has(nul));

	const long = `file://${workspace.folder}/${'a'.repeat(300)}.txt`;
	openSeed(long);
	const longProblem = await diagnosticMatching(/name is too long/);
	assert.equal(longProblem.uri, sidecarUriOf(long));

	const through = `file://${workspace.folder}/${samples.s002}/inner.txt`;
	openSeed(through);
	const throughProblem = await diagnosticMatching(/a part of its path is a file, not a folder/);
	assert.ok(throughProblem.diagnostic.message.includes(`${samples.s002}/inner.tags.yaml`));
	await assertStillAnswers();

	// Commands on such a text are refused with the same words, as an LSP error naming the file.
	const error = await rejection(execute('seed.tag', { uri: long, range: lineRange(2, 0, 5), tag: 'x' }));
	assert.match(error.message, /Cannot use the tags of a+\.txt: Cannot read .*: its name is too long/);
	await assertStillAnswers();
});

test('a sidecar that is a folder or a symlink loop, on open and on a watched change', async () => {
	mkdirSync(path.join(workspace.folder, 'folder_case.tags.yaml'));
	const folderCase = workspace.uriOf('folder_case.txt');
	openSeed(folderCase);
	const folderProblem = await diagnosticMatching(/folder_case\.tags\.yaml: it is a folder, not a file/);
	assert.equal(folderProblem.uri, sidecarUriOf(folderCase));
	assert.equal(folderProblem.diagnostic.range.start.line, 0);

	const loop = path.join(workspace.folder, 'loop_case.tags.yaml');
	symlinkSync(loop, loop);
	openSeed(workspace.uriOf('loop_case.txt'));
	await diagnosticMatching(/loop_case\.tags\.yaml: its symbolic links form a loop/);
	await assertStillAnswers();

	// A seed opened with a good sidecar, whose sidecar then becomes a folder, then a loop, on disk.
	const watched = workspace.uriOf('watched_case.txt');
	openSeed(watched);
	await eventually(() => server().diagnostics.get(sidecarUriOf(watched)), 'the sidecar diagnostics of watched_case');
	const sidecar = path.join(workspace.folder, 'watched_case.tags.yaml');
	mkdirSync(sidecar);
	notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sidecarUriOf(watched), type: 1 }] });
	await diagnosticMatching(/watched_case\.tags\.yaml: it is a folder, not a file/);
	rmSync(sidecar, { recursive: true });
	symlinkSync(sidecar, sidecar);
	notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sidecarUriOf(watched), type: 2 }] });
	await diagnosticMatching(/watched_case\.tags\.yaml: its symbolic links form a loop/);
	unlinkSync(sidecar);
	notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sidecarUriOf(watched), type: 3 }] });
	await eventually(() => server().diagnostics.get(sidecarUriOf(watched))?.length === 0 ? true : undefined, 'the diagnostic to clear');
	await assertStillAnswers();
});

const asRoot = process.getuid?.() === 0;
test('an unreadable sidecar (no read permission) gets a diagnostic', { skip: asRoot && 'root reads every file' }, async () => {
	const sidecar = path.join(workspace.folder, 'locked_case.tags.yaml');
	writeFileSync(sidecar, 'annotations: []\n', { mode: 0o000 });
	openSeed(workspace.uriOf('locked_case.txt'));
	await diagnosticMatching(/locked_case\.tags\.yaml: permission denied/);
	await assertStillAnswers();
});

test('a save whose positions cannot be written does not stop the server', async () => {
	// The sidecar's name fits the file system; the temporary file written beside it does not (ENAMETOOLONG).
	const text = readSample(samples.s000);
	const short = workspace.uriOf('short_name.txt');
	openSeed(short, text);
	await execute('seed.tag', { uri: short, range: lineRange(4, 64, 74), tag: 'actor/state' });
	const stem = 'b'.repeat(236);
	cpSync(path.join(workspace.folder, 'short_name.tags.yaml'), path.join(workspace.folder, `${stem}.tags.yaml`));
	const long = workspace.uriOf(`${stem}.txt`);
	openSeed(long, text);
	const annotations = await execute('seed.annotations', { uri: long }) as { range: { start: { line: number } } }[];
	assert.equal(annotations.length, 1);
	const contentChanges = [{ range: lineRange(0, 0, 0), text: 'Moved.\n' }];
	notify('textDocument/didChange', { textDocument: { uri: long, version: 2 }, contentChanges });
	notify('textDocument/didSave', { textDocument: { uri: long } });
	await new Promise((resolve) => setTimeout(resolve, 200));
	await assertStillAnswers();
});

test('bad command arguments are InvalidParams naming the argument and the file', async () => {
	const uri = workspace.uriOf(samples.s001);
	openSeed(uri, readSample(samples.s001));
	const range = lineRange(2, 0, 5);
	const note = await rejection(execute('seed.tag', { uri, range, tag: 'x', note: 5 }));
	assert.equal(note.code, -32602);
	const file = path.join(workspace.folder, samples.s001);
	assert.equal(note.message, `Invalid argument of seed.tag for ${file}: "note" must be a string, not the number 5.`);
	const mentions = await rejection(execute('seed.tagMentions', { uri, tag: 'actor/state' }));
	assert.equal(mentions.code, -32602);
	assert.match(mentions.message, /^Invalid argument of seed\.tagMentions for .*001_2bec4b55e153d035\.txt: "position" is missing/);
	const none = await rejection(execute('seed.untag'));
	assert.equal(none.code, -32602);
	assert.match(none.message, /^Invalid argument of seed\.untag: the argument is missing/);
	const line = await rejection(execute('seed.reanchor', { uri, id: 'a1', range: { start: { line: -1, character: 0 }, end: range.end } }));
	assert.match(line.message, /"range\.start\.line" must be an integer from 0/);
	const tag = await rejection(execute('seed.tag', { uri, range, tag: 'no spaces please' }));
	assert.equal(tag.code, -32602);
	assert.match(tag.message, /"no spaces please" is not a valid tag/);
	const kind = await rejection(execute('seed.addToRegistry', { name: 'X', kind: 'planet' }));
	assert.match(kind.message, /"kind" must be one of person, place, organization, event, not a string/);
	const bad = await rejection(execute('seed.tag', { uri: 'a b:c', range, tag: 'x' }));
	assert.match(bad.message, /"uri" is not a valid URI/);
	// None of them reached a handler: no raw exception text.
	for (const error of [note, mentions, none, line, tag, kind, bad]) {
		assert.doesNotMatch(error.message, /is not a function|Cannot read properties|undefined/);
	}
	await assertStillAnswers();
});

test('requests with bad parameters are InvalidParams naming the parameter and the file', async () => {
	const uri = workspace.uriOf(samples.s001);
	const hover = await rejection(request('textDocument/hover', { textDocument: { uri } }));
	assert.equal(hover.code, -32602);
	assert.match(hover.message, /^Invalid parameters of textDocument\/hover for .*001_2bec4b55e153d035\.txt: "position" is missing/);
	const references = await rejection(request('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 0 } }));
	assert.match(references.message, /"context" is missing/);
	const symbols = await rejection(request('workspace/symbol', { query: 5 }));
	assert.match(symbols.message, /"query" must be a string, not the number 5/);
	const tokens = await rejection(request('textDocument/semanticTokens/full', { textDocument: { uri: null } }));
	assert.match(tokens.message, /"textDocument\.uri" must be a URI string, not null/);
	const context = { diagnostics: 'none' };
	const actions = await rejection(request('textDocument/codeAction', { textDocument: { uri }, range: lineRange(0, 0, 0), context }));
	assert.match(actions.message, /"context\.diagnostics" must be an array/);
	await assertStillAnswers();
});

test('an unknown command is refused naming it (not answered null)', async () => {
	const error = await rejection(execute('seed.doesNotExist', {}));
	assert.equal(error.code, -32602);
	assert.match(error.message, /^Unknown command "seed\.doesNotExist": this server runs seed\.tag, /);
	await assertStillAnswers();
});

const noFifos = process.platform === 'win32';
test('a FIFO named like the codebook and the registry: refused at once, and tagging still answers', { skip: noFifos }, async () => {
	const fifoWorkspace = await startServerOnSeedsCopy(undefined, undefined, (folder) => {
		for (const name of ['codebook.yaml', 'entities.yaml']) {
			rmSync(path.join(folder, name), { force: true });
			execFileSync('mkfifo', [path.join(folder, name)]);
		}
	});
	try {
		const { connection } = fifoWorkspace.server;
		const registryUri = fifoWorkspace.uriOf('entities.yaml');
		const registryProblem = await fifoWorkspace.server.waitForDiagnostics(registryUri, (ds) => ds.length > 0);
		assert.match(registryProblem[0].message, /entities\.yaml: it is not a regular file \(a pipe, socket or device\)/);
		// More reads than Node has file-I/O threads (4): each is refused at once instead of blocking one.
		for (let attempt = 0; attempt < 6; attempt++) {
			const error = await rejection(connection.sendRequest('workspace/executeCommand', { command: 'seed.codebook' }));
			assert.match(error.message, /^Cannot read .*codebook\.yaml: it is not a regular file/);
		}
		const uri = fifoWorkspace.uriOf(samples.s001);
		const textDocument = { uri, languageId: 'seed', version: 1, text: readSample(samples.s001) };
		void connection.sendNotification('textDocument/didOpen', { textDocument });
		const tagged = await connection.sendRequest<{ tag: string }>('workspace/executeCommand', {
			command: 'seed.tag', arguments: [{ uri, range: lineRange(2, 0, 5), tag: 'actor/state' }],
		});
		assert.equal(tagged.tag, 'actor/state');
	} finally {
		await fifoWorkspace.dispose();
	}
});

test('a request before initialize gets -32002 and the server then initializes normally', async () => {
	const child = spawn(process.execPath, [path.join(repoRoot, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	connection.listen();
	const folder = mkdtempSync(path.join(tmpdir(), 'seed-uninitialized-'));
	const uri = `file://${folder}/a.txt`;
	try {
		const position = { line: 0, character: 0 };
		const early = await rejection(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }));
		assert.equal(early.code, -32002);
		assert.match(early.message, /not initialized/);
		const command = await rejection(connection.sendRequest('workspace/executeCommand', { command: 'seed.codebook', arguments: [] }));
		assert.equal(command.code, -32002);
		// A notification before initialize is dropped; it must not open the document.
		void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text: 'x' } });
		const initialize = { processId: null, rootUri: null, capabilities: {} };
		const result = await connection.sendRequest<{ capabilities: object }>('initialize', initialize);
		assert.ok(result.capabilities);
		void connection.sendNotification('initialized', {});
		assert.equal(await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), null);
	} finally {
		await connection.sendRequest('shutdown').catch(() => undefined);
		void connection.sendNotification('exit');
		connection.dispose();
		await new Promise((resolve) => { if (child.exitCode !== null) resolve(undefined); else child.once('exit', resolve); });
		rmSync(folder, { recursive: true, force: true });
	}
});
