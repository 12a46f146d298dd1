/**
 * A change prepared under a file's lock and written later (*Rename Tag*'s codebook): the lock is
 * held from the read to the write, a writer that ignores the lock is still caught, and a file that
 * may not be written is refused only when the change would touch it. Also the Node side: a lock
 * file released only while it is still the one taken, and a file read whole in one call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { changeFileUnderLock, prepareFileChange } from '../src/core/annotations/lockedFileChange';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { acquireLock, lockPathFor } from '../src/node/lockFile';
import { readRegularFileWithStat } from '../src/node/regularFile';

const folder = URI.file('/work/space');
const file = URI.file('/work/space/seeds/codebook.yaml');
const append = (line: string) => (text: string | undefined) => (text ?? '') + line + '\n';

test('a prepared change holds the lock until it is released: another writer waits, and its change is kept', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(file, 'a\n');
	const prepared = await prepareFileChange(fs, file, [folder], append('b'));
	assert.equal(prepared.changes, true);
	let otherDone = false;
	const other = changeFileUnderLock(fs, file, [folder], append('c')).then(() => (otherDone = true));
	await new Promise(resolve => setTimeout(resolve, 20));
	assert.equal(otherDone, false, 'the other writer waits for the lock');
	assert.equal(await prepared.commit(), 'a\nb\n');
	await prepared.release();
	await other;
	assert.equal(fs.text(file), 'a\nb\nc\n');
});

test('a writer that ignores the lock and replaces the file before the commit: the change is made again on its version', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(file, 'a\n');
	const prepared = await prepareFileChange(fs, file, [folder], append('b'));
	// Same size, same modification time: only the content (and the change time) differ.
	fs.setTextKeepingTime(file, 'x\n');
	assert.equal(await prepared.commit(), 'x\nb\n');
	await prepared.release();
	assert.equal(fs.text(file), 'x\nb\n');
});

test('a read-only file or one outside the workspace is refused only when the change would touch it', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(file, 'a\n');
	fs.setReadOnly(file);
	const unchanged = await prepareFileChange(fs, file, [folder], () => undefined);
	assert.equal(unchanged.changes, false);
	assert.equal(await unchanged.commit(), 'a\n');
	await unchanged.release();
	await assert.rejects(prepareFileChange(fs, file, [folder], append('b')), /is read-only, so Seed Annotator leaves it unchanged/);
	const outside = URI.file('/elsewhere/codebook.yaml');
	fs.setText(outside, 'a\n');
	assert.equal((await prepareFileChange(fs, outside, [folder], text => text)).changes, false);
	await assert.rejects(prepareFileChange(fs, outside, [folder], append('b')), /outside the workspace folders/);
	assert.equal(fs.text(file), 'a\n');
	assert.equal(fs.text(outside), 'a\n');
	// The lock was let go each time: a writable change goes through at once.
	fs.setReadOnly(file, false);
	assert.equal(await changeFileUnderLock(fs, file, [folder], append('b')), 'a\nb\n');
});

test('a lock file broken and taken by another writer meanwhile is left to it at release', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'seed-locked-change-'));
	try {
		const target = path.join(dir, 'codebook.yaml');
		const release = await acquireLock(target);
		const lockPath = lockPathFor(target);
		assert.ok(JSON.parse(readFileSync(lockPath, 'utf8')).pid === process.pid);
		// As if it had been broken as stale and another writer had created its own.
		unlinkSync(lockPath);
		writeFileSync(lockPath, JSON.stringify({ pid: 1, host: 'elsewhere', token: 'theirs' }));
		await release();
		assert.equal(JSON.parse(readFileSync(lockPath, 'utf8')).token, 'theirs');
		unlinkSync(lockPath);
		const again = await acquireLock(target);
		await again();
		assert.throws(() => readFileSync(lockPath), /ENOENT/, 'a lock still ours is removed');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a file is read whole with the status of what was read, empty and large files too', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'seed-read-whole-'));
	try {
		for (const size of [0, 1, 65_536, 2_100_000]) {
			const target = path.join(dir, `f${size}`);
			const bytes = Buffer.alloc(size, 'ab\n');
			writeFileSync(target, bytes);
			const { content, stat } = await readRegularFileWithStat(target);
			assert.ok(content.equals(bytes), `${size} bytes`);
			assert.equal(stat.size, size);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
