/**
 * Over stdio: the background indexing of the seeds on disk gives way to someone typing, yet ends
 * while they go on typing. Seeds on disk large enough to take many slices each; an open seed edited
 * every 50 ms, faster than the 200 ms after which someone counts as having stopped.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { startServer, type ServerSession } from './support/lspClient';
import { readSample, samples } from './support/samples';

const SEEDS_ON_DISK = 12;
const root = mkdtempSync(path.join(tmpdir(), 'seed-indexing-while-editing-'));
let server: ServerSession | undefined;
after(async () => {
	await server?.stop();
	rmSync(root, { recursive: true, force: true });
});

/** A seed of about 250 KB: the sample's body again and again, each seed on disk with its own date. */
function largeSeed(index: number): string {
	const [, ...body] = readSample(samples.s002).split('\n');
	const day = String(1 + index).padStart(2, '0');
	return [` date 2024-03-${day} Seed ${index}`, ...Array.from({ length: 60 }, () => body.join('\n'))].join('\n');
}

test('the seeds on disk are indexed while an open seed is edited every 50 ms', async () => {
	const folder = path.join(root, 'seeds');
	mkdirSync(folder);
	for (let index = 0; index < SEEDS_ON_DISK; index++) writeFileSync(path.join(folder, `seed-${index}.txt`), largeSeed(index));
	server = await startServer(folder, { diagnosticsScope: 'openFiles' });
	const { connection } = server;
	const uri = URI.file(path.join(folder, 'open.txt')).toString();
	const text = ' date 2024-03-01 Typing\n\nThe weather was mild.\n';
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });

	const indexedSeeds = async () => (await connection.sendRequest<{ indexedSeeds: number }>('seed/serverInfo')).indexedSeeds;
	let version = 1;
	let edits = 0;
	let indexed = 0;
	const giveUp = Date.now() + 60_000;
	// One open seed and the seeds on disk.
	while ((indexed = await indexedSeeds()) < SEEDS_ON_DISK + 1 && Date.now() < giveUp) {
		const at = { line: 2, character: 0 };
		await connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
		});
		edits++;
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	assert.equal(indexed, SEEDS_ON_DISK + 1, `indexed after ${edits} edits, 50 ms apart`);
	assert.ok(edits > 1, 'the editing went on while the seeds were indexed');
});
