// The .qdpx the server zips on a worker thread: the same bytes as the CLI's, and a cancelled one stops.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeArchive } from '../src/core/exchange/archive';
import { CancelledError, writeArchiveOnWorker } from '../src/node/archiveOnWorker';

function files(): Record<string, Uint8Array> {
	const text = 'Le Yucheng met the delegation in Beijing. 🇨🇳 '.repeat(40_000);
	return {
		'project.qde': new TextEncoder().encode('<Project/>'),
		// A buffer of its own (moved to the worker) and a slice of a shared one (copied).
		'sources/a.txt': new Uint8Array(Buffer.from(text)),
		'sources/b.txt': Buffer.from('Ein kurzer Text über Łódź.'),
		'sources/empty.txt': new Uint8Array(),
	};
}

test('a zip made on a worker thread has the same bytes, entries in the same order, as one made on the calling thread', async () => {
	const expected = writeArchive(files());
	assert.deepEqual(await writeArchiveOnWorker(files()), expected);
	assert.deepEqual(await writeArchiveOnWorker(files()), expected, 'twice the same bytes');
});

test('a cancelled zip stops with CancelledError, before it starts or while it runs', async () => {
	const before = new AbortController();
	before.abort();
	await assert.rejects(writeArchiveOnWorker(files(), before.signal), CancelledError);
	const during = new AbortController();
	const running = writeArchiveOnWorker({ 'big.txt': new Uint8Array(Buffer.from('x y z '.repeat(20_000_000))) }, during.signal);
	setTimeout(() => during.abort(), 20);
	await assert.rejects(running, CancelledError);
});
