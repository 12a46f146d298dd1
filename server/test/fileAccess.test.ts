// File-system failures become words naming the file (never a raw exception text), and a sidecar
// that cannot be read is a state the store reports — not an exception that escapes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { SidecarStore } from '../src/core/annotations/sidecarStore';
import { FileAccessError, fileAccessError } from '../src/core/fileAccess';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { readRegularFile } from '../src/node/regularFile';

const folder = URI.file('/work/seeds');
const seed = URI.file('/work/seeds/000_x.txt');

/** A file system whose every call fails with `code`, as a Node call would. */
class FailingFileSystem extends MemoryFileSystem {
	constructor(private readonly code: string, private readonly failing: 'stat' | 'readFile') {
		super();
		this.setText(URI.file('/work/seeds/000_x.tags.yaml'), 'annotations: []\n');
	}

	override async stat(uri: URI) {
		if (this.failing === 'stat') throw Object.assign(new Error(`${this.code}: raw text`), { code: this.code });
		return super.stat(uri);
	}

	override async readFile(uri: URI) {
		if (this.failing === 'readFile') throw Object.assign(new Error(`${this.code}: raw text`), { code: this.code });
		return super.readFile(uri);
	}
}

test('each error code reads as words naming the file', () => {
	const cases: [string, string][] = [
		['EACCES', 'Cannot read /s/a.yaml: permission denied'],
		['EISDIR', 'Cannot read /s/a.yaml: it is a folder, not a file'],
		['ELOOP', 'Cannot read /s/a.yaml: its symbolic links form a loop'],
		['ENOTDIR', 'Cannot read /s/a.yaml: a part of its path is a file, not a folder'],
		['ENAMETOOLONG', 'Cannot read /s/a.yaml: its name is too long for the file system'],
		['ERR_INVALID_ARG_VALUE', 'Cannot read /s/a.yaml: its path contains a NUL character'],
		['EWHATEVER', 'Cannot read /s/a.yaml: the file system refused (EWHATEVER)'],
	];
	for (const [code, message] of cases) {
		const error = fileAccessError(Object.assign(new Error('raw'), { code }), '/s/a.yaml', 'read');
		assert.equal(error.message, message);
		assert.equal(error.code, code);
	}
	assert.equal(
		fileAccessError(new Error('no code'), '/s/a.yaml', 'write').message,
		'Cannot write /s/a.yaml: the file system refused (UNKNOWN)',
	);
});

for (const failing of ['stat', 'readFile'] as const) {
	test(`a sidecar whose ${failing} fails with EACCES is an unreadable state, and changes are refused in words`, async () => {
		const store = new SidecarStore(new FailingFileSystem('EACCES', failing), { workspaceFolders: () => [folder] });
		const state = await store.load(seed);
		assert.equal(state.kind, 'malformed');
		assert.ok(state.kind === 'malformed' && state.unreadable);
		assert.deepEqual(state.kind === 'malformed' && state.problems.map(problem => problem.message), [
			'Cannot read /work/seeds/000_x.tags.yaml: permission denied',
		]);
		await assert.rejects(store.remove(seed, 'a1'), {
			message: 'Cannot change the tags of 000_x.txt: Cannot read /work/seeds/000_x.tags.yaml: permission denied',
		});
	});
}

test('the Node file system reads only regular files and says why it refuses', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'seed-file-access-'));
	try {
		const file = join(dir, 'a.yaml');
		await writeFile(file, 'x: 1\n');
		assert.equal((await readRegularFile(file)).toString(), 'x: 1\n');
		await assert.rejects(readRegularFile(dir), { message: `Cannot read ${dir}: it is a folder, not a file`, code: 'EISDIR' });
		await assert.rejects(
			readRegularFile(join(dir, 'missing.yaml')),
			(error: unknown) => error instanceof FileAccessError && error.code === 'ENOENT',
		);
		const fileSystem = new NodeFileSystem();
		await assert.rejects(fileSystem.readFile(URI.file(join(file, 'inner.yaml'))), { code: 'ENOTDIR' });
		await assert.rejects(fileSystem.stat(URI.file(join(dir, 'a\u0000b.yaml'))), { message: /its path contains a NUL character$/ });
		await assert.rejects(fileSystem.writeFile(URI.file(join(dir, 'no', 'such', 'folder.yaml')), new Uint8Array()), {
			message: `Cannot write ${join(dir, 'no', 'such', 'folder.yaml')}: its folder does not exist`,
		});
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
