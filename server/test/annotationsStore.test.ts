import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import type { Annotation } from '../src/core/annotations/annotation';
import { writeFileAtomically } from '../src/core/annotations/atomicWrite';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { SidecarStore, defaultSidecarUri } from '../src/core/annotations/sidecarStore';
import { isInsideFolder } from '../src/core/annotations/workspaceGuard';
import { NodeFileSystem } from '../src/node/nodeFileSystem';

const folder = URI.file('/work/seeds');
const seed = URI.file('/work/seeds/000_x.txt');
const sidecarUri = URI.file('/work/seeds/000_x.tags.yaml');

function annotation(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
	return {
		id,
		tag: 'actor/state',
		text: 'x'.repeat(end - start),
		start,
		end,
		before: '',
		after: '',
		created: '2026-11-21T06:00:00.000Z',
		...extra,
	};
}

function store(fs: MemoryFileSystem, folders: URI[] = [folder]): SidecarStore {
	return new SidecarStore(fs, { workspaceFolders: () => folders });
}

test('the sidecar of name.txt is name.tags.yaml beside it', () => {
	assert.equal(defaultSidecarUri(seed).toString(), sidecarUri.toString());
	assert.equal(defaultSidecarUri(URI.file('/a/b.c.seed')).path, '/a/b.c.tags.yaml');
});

test('the first tag creates the sidecar; later tags splice into it', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	assert.deepEqual(await tags.load(seed), { kind: 'missing' });
	await tags.add(seed, annotation('a-2', 20, 25));
	await tags.add(seed, annotation('a-1', 1, 3));
	const text = fs.text(sidecarUri)!;
	assert.ok(text.startsWith('# Seed Annotator tags for 000_x.txt'));
	assert.deepEqual((await tags.annotations(seed)).map(a => a.id), ['a-1', 'a-2']);
	assert.deepEqual([...fs.files.keys()], [sidecarUri.toString()], 'no temporary file is left behind');
});

test('concurrent tags on one text are both written', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await Promise.all([
		tags.add(seed, annotation('a-1', 1, 3)),
		tags.add(seed, annotation('a-2', 5, 6)),
		tags.add(seed, annotation('a-3', 0, 1)),
	]);
	const fresh = store(fs);
	assert.deepEqual((await fresh.annotations(seed)).map(a => a.id), ['a-3', 'a-1', 'a-2']);
});

test('a crash between write and rename leaves the old sidecar byte for byte', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-1', 1, 3));
	const before = (await fs.readFile(sidecarUri)).slice();
	fs.rename = async () => { throw new Error('simulated crash'); };
	await assert.rejects(tags.add(seed, annotation('a-2', 4, 5)), /simulated crash/);
	assert.deepEqual(await fs.readFile(sidecarUri), before);
	assert.deepEqual([...fs.files.keys()], [sidecarUri.toString()], 'the temporary file is cleaned up');
	assert.deepEqual((await tags.annotations(seed)).map(a => a.id), ['a-1'], 'the cache did not take the failed change');
});

test('a malformed sidecar is reported and never written', async () => {
	const fs = new MemoryFileSystem();
	const broken = 'version: 1\nannotations:\n  - id: a-1\n    text: "unclosed\n';
	fs.setText(sidecarUri, broken);
	const tags = store(fs);
	const state = await tags.load(seed);
	assert.equal(state.kind, 'malformed');
	for (const attempt of [
		() => tags.add(seed, annotation('a-2', 1, 2)),
		() => tags.remove(seed, 'a-1'),
		() => tags.update(seed, 'a-1', { note: 'n' }),
	]) {
		await assert.rejects(attempt(), (error: Error) => {
			assert.match(error.message, /000_x\.tags\.yaml is malformed/);
			assert.match(error.message, /Missing closing "quote \(line 5, column 1\)/);
			return true;
		});
	}
	assert.equal(fs.text(sidecarUri), broken);
	assert.equal(fs.files.size, 1);
});

test('an oversized sidecar is refused without being read', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(sidecarUri, 'version: 1\nannotations: []\n' + '#'.repeat(400));
	let reads = 0;
	const read = fs.readFile.bind(fs);
	fs.readFile = async uri => { reads++; return read(uri); };
	const tags = new SidecarStore(fs, { workspaceFolders: () => [folder], limits: { maxLength: 100, maxAliasCount: 100 } });
	const state = await tags.load(seed);
	assert.ok(state.kind === 'malformed' && /over the/.test(state.problems[0].message));
	assert.equal(reads, 0);
	await assert.rejects(tags.add(seed, annotation('a-1', 1, 2)), /is malformed/);
});

test('a change on disk (git pull) is picked up before the next write', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-1', 1, 3));
	const pulled = fs
		.text(sidecarUri)!
		.replace('annotations:\n', 'annotations:\n  # merged from main\n  - {id: a-0, tag: t, text: "x", start: 0, end: 1}\n');
	fs.setText(sidecarUri, pulled);
	await tags.add(seed, annotation('a-9', 9, 10));
	assert.deepEqual((await store(fs).annotations(seed)).map(a => a.id), ['a-0', 'a-1', 'a-9']);
	assert.ok(fs.text(sidecarUri)!.includes('# merged from main\n  - {id: a-0, tag: t, text: "x", start: 0, end: 1}\n'));
});

test('nothing is written outside the workspace folders', async () => {
	const fs = new MemoryFileSystem();
	const outside = URI.file('/elsewhere/000_x.txt');
	await assert.rejects(store(fs).add(outside, annotation('a-1', 1, 2)), /outside the workspace/);
	await assert.rejects(
		writeFileAtomically(fs, URI.file('/work/seeds/../secrets.yaml'), new Uint8Array(), [folder]),
		/outside the workspace/,
	);
	assert.equal(fs.files.size, 0);
	assert.equal(isInsideFolder(URI.file('/work/seeds/a/b.yaml'), folder), true);
	assert.equal(isInsideFolder(URI.file('/work/seedsX/b.yaml'), folder), false);
	assert.equal(isInsideFolder(URI.file('/work/seeds'), folder), false);
	assert.equal(isInsideFolder(URI.parse('untitled:/work/seeds/b.yaml'), folder), false);
});

test('remove, note and rename go through the same splice and keep comments', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-1', 1, 3));
	await tags.add(seed, annotation('a-2', 5, 7));
	fs.setText(sidecarUri, fs.text(sidecarUri)!.replace('version: 1\n', 'version: 1\n# my comment\n'));
	assert.equal((await tags.update(seed, 'a-2', { note: 'check' })).note, 'check');
	assert.equal(await tags.updateMany(seed, new Map([['a-1', { tag: 'frame/conflict' }], ['a-unknown', { tag: 'x' }]])), 1);
	assert.equal((await tags.remove(seed, 'a-1')).tag, 'frame/conflict');
	const text = fs.text(sidecarUri)!;
	assert.ok(text.includes('# my comment\n'));
	assert.deepEqual((await store(fs).annotations(seed)).map(a => [a.id, a.tag, a.note]), [['a-2', 'actor/state', 'check']]);
	await tags.remove(seed, 'a-2');
	assert.ok(fs.text(sidecarUri)!.endsWith('version: 1\n# my comment\nannotations: []\n'));
	await assert.rejects(tags.remove(seed, 'a-2'), /has no annotation with id a-2/);
});

test('the Node file system writes atomically in a real folder', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'seed-annotations-'));
	try {
		const root = URI.file(dir);
		const tags = new SidecarStore(new NodeFileSystem(), { workspaceFolders: () => [root] });
		const txt = URI.file(join(dir, 'a.txt'));
		await writeFile(txt.fsPath, 'Hello world');
		await tags.add(txt, annotation('a-1', 0, 5, { text: 'Hello' }));
		assert.match(await readFile(join(dir, 'a.tags.yaml'), 'utf8'), /text: "Hello"/);
		assert.deepEqual((await readdir(dir)).sort(), ['a.tags.yaml', 'a.txt']);
		assert.equal(await new NodeFileSystem().stat(URI.file(join(dir, 'none'))), undefined);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
