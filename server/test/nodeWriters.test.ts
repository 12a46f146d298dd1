/**
 * The Node side of writing with other writers: lock files (exclusive, stale ones of dead processes
 * broken), the start-up sweep of dead writers' temporary files, read-only judged from mode bits
 * (root passes `access` whatever the mode), and symbolic links resolved before a write.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { SidecarStore } from '../src/core/annotations/sidecarStore';
import { acquireLock, lockPathFor } from '../src/node/lockFile';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { removeStaleWriterFiles } from '../src/node/staleWriterFiles';

function scratch(): string {
	return mkdtempSync(path.join(tmpdir(), 'seed-node-writers-'));
}

/** The id of a process that has exited. */
function deadPid(): number {
	return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

test('a lock is exclusive: 50 read-modify-writes of one counter from concurrent holders give 50', async () => {
	const folder = scratch();
	try {
		const file = path.join(folder, 'counter.txt');
		writeFileSync(file, '0');
		await Promise.all(Array.from({ length: 50 }, async () => {
			const release = await acquireLock(file);
			try {
				const value = Number(readFileSync(file, 'utf8'));
				await new Promise(resolve => setTimeout(resolve, 1));
				writeFileSync(file, String(value + 1));
			} finally {
				await release();
			}
		}));
		assert.equal(readFileSync(file, 'utf8'), '50');
		assert.deepEqual(readdirSync(folder), ['counter.txt'], 'no lock file is left');
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('the lock of a process that died is broken at once; a live owner makes others wait, then time out in words', async () => {
	const folder = scratch();
	try {
		const file = path.join(folder, 'a.tags.yaml');
		writeFileSync(lockPathFor(file), JSON.stringify({ pid: deadPid(), host: hostname(), token: 'dead' }));
		const release = await acquireLock(file, { timeoutMs: 1000 });
		await assert.rejects(
			acquireLock(file, { timeoutMs: 100 }),
			/Another program \(process \d+ on .+\) is changing .*a\.tags\.yaml; try again/,
		);
		await release();
		await (await acquireLock(file, { timeoutMs: 100 }))();
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('start-up removes the temporary and lock files of dead writers and keeps those of live ones', async () => {
	const folder = scratch();
	try {
		const dead = deadPid();
		mkdirSync(path.join(folder, 'sub'));
		const names = {
			deadTemporary: path.join(folder, `.a.tags.yaml.p${dead}-abc123.tmp`),
			liveTemporary: path.join(folder, `.b.tags.yaml.p${process.pid}-abc123.tmp`),
			oldLegacy: path.join(folder, 'sub', '.c.tags.yaml.k3j4h5g6.tmp'),
			newLegacy: path.join(folder, '.d.tags.yaml.k3j4h5g6.tmp'),
			deadLock: path.join(folder, '.a.tags.yaml.lock'),
			seed: path.join(folder, 'a.txt'),
		};
		for (const file of Object.values(names)) writeFileSync(file, 'x');
		writeFileSync(names.deadLock, JSON.stringify({ pid: dead, host: hostname(), token: 't' }));
		const old = new Date(Date.now() - 120_000);
		utimesSync(names.oldLegacy, old, old);
		const removed = await removeStaleWriterFiles([folder]);
		assert.deepEqual(removed.sort(), [names.deadTemporary, names.oldLegacy, names.deadLock].sort());
		assert.deepEqual(
			readdirSync(folder).sort(),
			['.b.tags.yaml.p' + process.pid + '-abc123.tmp', '.d.tags.yaml.k3j4h5g6.tmp', 'a.txt', 'sub'].sort(),
		);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('read-only is read from the mode bits, so a 0444 file is refused even for root', async () => {
	const folder = scratch();
	try {
		const file = path.join(folder, 'a.tags.yaml');
		writeFileSync(file, 'version: 1\nannotations: []\n');
		const fs = new NodeFileSystem();
		assert.equal((await fs.stat(URI.file(file)))?.readOnly, false);
		chmodSync(file, 0o444);
		assert.equal((await fs.stat(URI.file(file)))?.readOnly, true);
		chmodSync(folder, 0o555);
		assert.equal(await fs.folderWritable(URI.file(folder)), false);
		chmodSync(folder, 0o755);
		const store = new SidecarStore(fs, { workspaceFolders: () => [URI.file(folder)] });
		await assert.rejects(
			store.add(URI.file(path.join(folder, 'a.txt')), {
				id: 'a-1',
				tag: 't',
				text: 'x',
				start: 0,
				end: 1,
				before: '',
				after: '',
				created: '',
			}),
			/a\.tags\.yaml is read-only/,
		);
		assert.equal(readFileSync(file, 'utf8'), 'version: 1\nannotations: []\n');
	} finally {
		chmodSync(folder, 0o755);
		rmSync(folder, { recursive: true, force: true });
	}
});

test('a write through a symbolic link to a folder outside the workspace is refused; one inside goes to the real file', async () => {
	const root = scratch();
	try {
		const workspace = path.join(root, 'workspace');
		mkdirSync(path.join(root, 'outside'));
		mkdirSync(path.join(workspace, 'real'), { recursive: true });
		symlinkSync(path.join(root, 'outside'), path.join(workspace, 'seeds'));
		symlinkSync(path.join(workspace, 'real'), path.join(workspace, 'inside'));
		const store = new SidecarStore(new NodeFileSystem(), { workspaceFolders: () => [URI.file(workspace)] });
		const annotation = { id: 'a-1', tag: 't', text: 'x', start: 0, end: 1, before: '', after: '', created: '' };
		await assert.rejects(
			store.add(URI.file(path.join(workspace, 'seeds', 'a.txt')), annotation),
			/resolves \(through a symbolic link\) to .*outside\/a\.tags\.yaml, outside the workspace folders/,
		);
		assert.deepEqual(readdirSync(path.join(root, 'outside')), []);
		await store.add(URI.file(path.join(workspace, 'inside', 'a.txt')), annotation);
		assert.deepEqual(readdirSync(path.join(workspace, 'real')), ['a.tags.yaml']);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
