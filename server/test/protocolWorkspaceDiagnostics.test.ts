import assert from 'node:assert/strict';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { startServer, type ServerSession } from './support/lspClient';
import { copyOverviewFixture } from './support/overviewFixture';

const folders: string[] = [];
const servers: ServerSession[] = [];
after(async () => {
	for (const server of servers) await server.stop();
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function serverOnFixture(
	initializationOptions?: object,
): Promise<{ server: ServerSession; folder: string; uriOf: (file: string) => string }> {
	const folder = copyOverviewFixture();
	folders.push(folder);
	const server = await startServer(folder, initializationOptions);
	servers.push(server);
	return { server, folder, uriOf: file => URI.file(path.join(folder, 'seeds', file)).toString() };
}

const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map(d => d.code);

test("workspace scope (the default): every indexed seed's problems, open or not, kept fresh as files change", async () => {
	const { server, folder, uriOf } = await serverOnFixture();
	// Nothing is open: the background index publishes what it finds.
	assert.deepEqual(codes(await server.waitForDiagnostics(uriOf('b/four.txt'), ds => ds.length > 0, 20_000)), ['missing-date']);
	assert.deepEqual(codes(await server.waitForDiagnostics(uriOf('five.txt'), ds => ds.length > 0, 20_000)), ['invalid-date']);
	assert.deepEqual(await server.waitForDiagnostics(uriOf('a/one.txt')), []);

	// Opened with a fix typed in: the editor's text wins; closed unsaved: the file on disk again.
	const four = uriOf('b/four.txt');
	const fixed = ' date 2022-03-14 Putin says talks were useful\n\nMOSCOW -- Vladimir Putin said on Monday that the talks were useful.\n';
	await server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri: four, languageId: 'seed', version: 1, text: fixed },
	});
	assert.deepEqual(await server.waitForDiagnostics(four, ds => ds.length === 0), []);
	await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: four } });
	assert.deepEqual(codes(await server.waitForDiagnostics(four, ds => ds.length > 0)), ['missing-date']);

	// Changed and deleted outside the editor (git pull): the watcher's events refresh them.
	const five = uriOf('five.txt');
	writeFileSync(path.join(folder, 'seeds', 'five.txt'), ' date 2022-02-28 A real date\n\nThe ministry said the talks went well.\n');
	await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: five, type: 2 }] });
	assert.deepEqual(await server.waitForDiagnostics(five, ds => ds.length === 0), []);
	unlinkSync(path.join(folder, 'seeds', 'b', 'four.txt'));
	await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: four, type: 3 }] });
	assert.deepEqual(await server.waitForDiagnostics(four, ds => ds.length === 0), []);
});

test('openFiles scope: closed seeds get no diagnostics', async () => {
	const { server, uriOf } = await serverOnFixture({ diagnosticsScope: 'openFiles' });
	const deadline = Date.now() + 20_000;
	while ((await server.connection.sendRequest<{ indexedSeeds: number }>('seed/serverInfo')).indexedSeeds < 5) {
		if (Date.now() > deadline) throw new Error('the fixture was not indexed in 20 s');
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	assert.equal(server.diagnostics.get(uriOf('b/four.txt')), undefined);
	assert.equal(server.diagnostics.get(uriOf('five.txt')), undefined);
	const five = uriOf('five.txt');
	await server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri: five, languageId: 'seed', version: 1, text: ' date 2022-02-30 Never\n\nBody.\n' },
	});
	assert.deepEqual(codes(await server.waitForDiagnostics(five)), ['invalid-date']);
	await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: five } });
	assert.deepEqual(await server.waitForDiagnostics(five, ds => ds.length === 0), []);
});
