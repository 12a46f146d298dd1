// The REFI-QDA commands over the real protocol: seed.exportProject and seed.importProject.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { URI } from 'vscode-uri';
import type { ExportProjectResult, ImportProjectResult } from '../src/protocol/commands';
import { startServer, useSeedWorkspace } from './support/lspClient';
import { readSample, repoRoot, samples } from './support/samples';
import { assertValidAgainst, codebookSchema, projectSchema } from './support/xmllint';

const workspace = useSeedWorkspace();

function execute<T>(command: string, argument: object): Promise<T> {
	return workspace.server.connection.sendRequest<T>('workspace/executeCommand', { command, arguments: [argument] });
}

const fixtures = path.join(repoRoot, 'server/test/fixtures/refi-qda');

test('seed.exportProject: the workspace as a .qdpx (base64) valid against Project.xsd, and the codebook as .qdc', async () => {
	const text = readSample(samples.s000);
	const uri = workspace.uriOf(samples.s000);
	await workspace.server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1,
		text } });
	await workspace.server.waitForDiagnostics(uri);
	const start = text.indexOf('Le Yucheng');
	const position = (offset: number) => ({ line: text.slice(0, offset).split('\n').length - 1, character: offset - text.lastIndexOf('\n',
		offset - 1) - 1 });
	await execute('seed.tag', { uri, range: { start: position(start), end: position(start + 10) }, tag: 'actor/official',
		note: 'named source' });
	const result = await execute<ExportProjectResult>('seed.exportProject', { format: 'qdpx' });
	assert.equal(result.encoding, 'base64');
	assert.equal(result.sources, 5);
	assert.equal(result.codings, 1);
	const files = unzipSync(Buffer.from(result.content!, 'base64'));
	const qde = new TextDecoder().decode(files['project.qde']);
	assertValidAgainst(projectSchema, qde, 'project.qde (server)');
	assert.match(qde, new RegExp(`name="${samples.s000}"`));
	assert.match(qde, /<PlainTextSelection [^>]*name="Le Yucheng" startPosition="\d+" endPosition="\d+"/);
	const qdc = await execute<ExportProjectResult>('seed.exportProject', { format: 'qdc' });
	assert.equal(qdc.encoding, 'utf8');
	assertValidAgainst(codebookSchema, qdc.content!, 'codebook.qdc (server)');
	await assert.rejects(execute('seed.exportProject', { format: 'zip' }), /Unknown project format zip: use qdpx or qdc/);
});

test('seed.exportProject with a target: the server writes the file itself, the same bytes, and answers only a summary', async () => {
	const outside = mkdtempSync(path.join(tmpdir(), 'seed-qdpx-target-'));
	try {
		const inline = await execute<ExportProjectResult>('seed.exportProject', { format: 'qdpx' });
		// Outside the workspace, as a save dialog may choose; the same project gives the same bytes.
		const target = path.join(outside, 'project.qdpx');
		const written = await execute<ExportProjectResult>('seed.exportProject', { format: 'qdpx', target: URI.file(target).toString() });
		assert.equal(written.content, undefined);
		assert.equal(written.written, URI.file(target).toString());
		assert.deepEqual(readFileSync(target), Buffer.from(inline.content!, 'base64'));
		assert.equal(written.bytes, readFileSync(target).length);
		assert.equal(written.sources, inline.sources);
		assert.deepEqual(readdirSync(outside), ['project.qdpx'], 'no temporary file is left');
		const qdc = path.join(outside, 'codebook.qdc');
		await execute('seed.exportProject', { format: 'qdc', target: URI.file(qdc).toString() });
		assertValidAgainst(codebookSchema, readFileSync(qdc, 'utf8'), 'codebook.qdc written by the server');
		// The refusals of every other write: a read-only file is left as it is, a folder is no file.
		writeFileSync(target, 'mine');
		chmodSync(target, 0o444);
		await assert.rejects(execute('seed.exportProject', { format: 'qdpx', target: URI.file(target).toString() }),
			/project\.qdpx is read-only, so Seed Annotator leaves it unchanged/);
		assert.equal(readFileSync(target, 'utf8'), 'mine');
		await assert.rejects(execute('seed.exportProject', { format: 'qdpx', target: URI.file(outside).toString() }),
			/Refusing to write .*: it is not a regular file/);
		await assert.rejects(execute('seed.exportProject', { format: 'qdpx', target: 'untitled:project.qdpx' }),
			/"target" must be a file: URI/);
	} finally {
		rmSync(outside, { recursive: true, force: true });
	}
});

test('seed.importProject: a QualCoder project into a workspace folder, with its report; conflicts and folders outside refused',
	async () => {
	const archive = path.join(mkdtempSync(path.join(tmpdir(), 'seed-qdpx-')), 'chat.qdpx');
	writeFileSync(archive, zipSync({
		'project.qde': readFileSync(path.join(fixtures, 'qualcoder/project.qde')),
		'sources/aaaabbbb-cccc-4ddd-8eee-ffff00001111.txt': readFileSync(path.join(fixtures, 'qualcoder/chat.txt')),
	}));
	const folder = path.join(workspace.folder, 'imported');
	const file = URI.file(archive).toString();
	const result = await execute<ImportProjectResult>('seed.importProject', { file, folder: URI.file(folder).toString() });
	assert.deepEqual([...result.written].sort(), ['chat.coder_one.tags.yaml', 'chat.coder_two.tags.yaml', 'chat.txt', 'codebook.yaml']);
	assert.match(result.summary, /^Imported chat_study \(QualCoder 3\.5\): 1 source, 3 codings/);
	writeFileSync(path.join(folder, 'chat.txt'), 'edited by hand\n');
	const again = execute('seed.importProject', { file, folder: URI.file(folder).toString() });
	await assert.rejects(again, /would overwrite 1 file that differs: chat\.txt/);
	assert.equal(readFileSync(path.join(folder, 'chat.txt'), 'utf8'), 'edited by hand\n');
	const outside = mkdtempSync(path.join(tmpdir(), 'seed-outside-'));
	await assert.rejects(execute('seed.importProject', { file, folder: URI.file(outside).toString() }), /outside the workspace folders/);
	assert.deepEqual(readdirSync(outside), []);
	rmSync(outside, { recursive: true, force: true });
	rmSync(path.dirname(archive), { recursive: true, force: true });
});

test('seed.importProject, and seed.exportProject to a file, write nothing in an untrusted workspace', async () => {
	const untrusted = await startServer(workspace.folder, { trusted: false });
	const outside = mkdtempSync(path.join(tmpdir(), 'seed-qdpx-untrusted-'));
	try {
		await assert.rejects(
			untrusted.connection.sendRequest('workspace/executeCommand', { command: 'seed.importProject',
				arguments: [{ file: 'file:///nowhere.qdpx', folder: URI.file(workspace.folder).toString() }] }),
			/untrusted workspace/,
		);
		const target = URI.file(path.join(outside, 'project.qdpx')).toString();
		await assert.rejects(untrusted.connection.sendRequest('workspace/executeCommand', { command: 'seed.exportProject',
			arguments: [{ format: 'qdpx', target }] }), /untrusted workspace: leave out "target"/);
		assert.deepEqual(readdirSync(outside), []);
		// Without a target the content is answered, as before.
		const inline = await untrusted.connection.sendRequest<ExportProjectResult>('workspace/executeCommand', {
			command: 'seed.exportProject', arguments: [{ format: 'qdpx' }] });
		assert.equal(inline.encoding, 'base64');
	} finally {
		rmSync(outside, { recursive: true, force: true });
		await untrusted.stop();
	}
});
