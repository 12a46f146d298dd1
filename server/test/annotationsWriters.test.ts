/**
 * Writes with other writers (issue 14 §1, §3): two stores on one file system, files changed on disk
 * between read and write, the same-size rewrite that keeps its modification time, anchors and
 * aliases, symbolic links, read-only files and folders, and failures of the disk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseDocument } from 'yaml';
import { URI } from 'vscode-uri';
import { AnnotationService } from '../src/annotationService';
import type { Annotation } from '../src/core/annotations/annotation';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { Sidecar } from '../src/core/annotations/sidecar';
import { SidecarStore } from '../src/core/annotations/sidecarStore';
import { ServerCommand } from '../src/protocol/commands';

const folder = URI.file('/work/seeds');
const seed = URI.file('/work/seeds/000_x.txt');
const sidecarUri = URI.file('/work/seeds/000_x.tags.yaml');

function annotation(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
	return {
		id, tag: 'actor/state', text: 'x', start, end: start + 1, before: '', after: '', created: '2026-11-21T06:00:00.000Z', ...extra,
	};
}

function store(fs: MemoryFileSystem): SidecarStore {
	return new SidecarStore(fs, { workspaceFolders: () => [folder] });
}

const ids = async (fs: MemoryFileSystem) => (await store(fs).annotations(seed)).map(a => a.id).sort();

test('two stores (two servers) tagging one text at once lose nothing: 200 tags each', async () => {
	const fs = new MemoryFileSystem();
	const [first, second] = [store(fs), store(fs)];
	await Promise.all(Array.from({ length: 200 }, (_, i) => [
		first.add(seed, annotation(`a-first${i}`, i)),
		second.add(seed, annotation(`a-second${i}`, i)),
	]).flat());
	const on = await ids(fs);
	assert.equal(on.length, 400);
	assert.ok(on.includes('a-first199') && on.includes('a-second0'));
});

test('an annotation written on disk by another program since the last read is kept at the next write', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-mine1', 1));
	const outside = fs.text(sidecarUri)!
		.replace('annotations:\n', 'annotations:\n  - {id: a-outside, tag: t, text: "x", start: 0, end: 1}\n');
	fs.setText(sidecarUri, outside);
	await tags.remove(seed, 'a-mine1');
	await tags.add(seed, annotation('a-mine2', 2));
	assert.deepEqual(await ids(fs), ['a-mine2', 'a-outside']);
});

test('a same-size rewrite that restores the modification time is still seen (content hash, not mtime and size)', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-1', 1, { note: 'AAAA' }));
	fs.setTextKeepingTime(sidecarUri, fs.text(sidecarUri)!.replace('AAAA', 'BBBB'));
	// Even a file system that reports no change at all (same size, mtime, ctime) cannot fool a write.
	const stat = fs.stat.bind(fs);
	const frozen = await stat(sidecarUri);
	fs.stat = async uri => uri.toString() === sidecarUri.toString() ? frozen : stat(uri);
	await tags.add(seed, annotation('a-2', 2));
	assert.equal((await store(fs).annotations(seed)).find(a => a.id === 'a-1')?.note, 'BBBB');
});

test('a writer that ignores the lock and replaces the file between read and write makes the change start over', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-1', 1));
	const read = fs.readFile.bind(fs);
	let raced = false;
	fs.readFile = async uri => {
		const bytes = await read(uri);
		if (!raced && uri.toString() === sidecarUri.toString()) {
			raced = true;
			fs.setText(sidecarUri, new TextDecoder().decode(bytes)
				.replace('annotations:\n', 'annotations:\n  - {id: a-0, tag: t, text: "x", start: 0, end: 1}\n'));
		}
		return bytes;
	};
	await tags.add(seed, annotation('a-2', 2));
	assert.deepEqual(await ids(fs), ['a-0', 'a-1', 'a-2']);
});

test('untagging the item whose anchor another item aliases leaves no dangling alias', async () => {
	const text = [
		'version: 1',
		'annotations:',
		'  - id: a-1',
		'    tag: t',
		'    text: "x"',
		'    start: 1',
		'    end: 2',
		'    before: ""',
		'    after: &ctx " met Putin"',
		'  - id: a-2',
		'    tag: t',
		'    text: "y"',
		'    start: 5',
		'    end: 6',
		'    before: *ctx',
		'    after: ""',
		'',
	].join('\n');
	const fs = new MemoryFileSystem();
	fs.setText(sidecarUri, text);
	await store(fs).remove(seed, 'a-1');
	const written = fs.text(sidecarUri)!;
	const doc = parseDocument(written);
	assert.deepEqual(doc.errors, []);
	assert.doesNotMatch(written, /\*ctx|a-1/);
	assert.equal((parse(written) as { annotations: { before: string }[] }).annotations[0].before, ' met Putin');
	assert.equal((await store(fs).annotations(seed))[0].before, ' met Putin');
});

test('moving the item whose anchor another item aliases leaves the other item its value', async () => {
	const text = 'version: 1\nannotations:\n  - id: a-1\n    tag: t\n    text: "x"\n    start: 1\n    end: 2\n'
		+ '    after: &ctx " met Putin"\n'
		+ '  - id: a-2\n    tag: t\n    text: "y"\n    start: 5\n    end: 6\n    before: *ctx\n';
	const fs = new MemoryFileSystem();
	fs.setText(sidecarUri, text);
	await store(fs).update(seed, 'a-1', { start: 2, end: 3, after: ' new context' });
	const data = parse(fs.text(sidecarUri)!) as { annotations: { id: string; before?: string; after?: string }[] };
	assert.deepEqual(data.annotations.map(a => [a.id, a.before ?? a.after]), [['a-1', ' new context'], ['a-2', ' met Putin']]);
});

test('an alias without anchor, an unknown YAML tag or a control character makes the sidecar malformed, never rewritten', async () => {
	const base = 'version: 1\nannotations:\n  - id: a-1\n    tag: t\n    text: "x"\n    start: 1\n    end: 2\n';
	const cases: [string, RegExp][] = [
		[base + '    before: *nowhere\n', /alias \*nowhere refers to no anchor/],
		[base + '    note: !!js/function "function () { return 1 }"\n', /tag !!js\/function is not part of YAML's core schema/],
		[base + '    note: !custom thing\n', /tag !custom/],
		[base + '    note: "a\u0000b"\n', /control character U\+0000/],
		[base + '    note: "bell\u0007"\n', /control character U\+0007/],
	];
	for (const [text, message] of cases) {
		assert.equal(Sidecar.parse(text).ok, false, text);
		const fs = new MemoryFileSystem();
		fs.setText(sidecarUri, text);
		const state = await store(fs).load(seed);
		assert.ok(state.kind === 'malformed' && message.test(state.problems[0].message), JSON.stringify(state));
		await assert.rejects(store(fs).add(seed, annotation('a-2', 3)), /is malformed and is left untouched/);
		assert.equal(fs.text(sidecarUri), text);
	}
});

test('a seeds folder that links outside the workspace is refused before anything is written, naming the file', async () => {
	const fs = new MemoryFileSystem();
	fs.links.set('/work/seeds', '/elsewhere/seeds');
	const inWork = new SidecarStore(fs, { workspaceFolders: () => [URI.file('/work')] });
	await assert.rejects(
		inWork.add(seed, annotation('a-1', 1)),
		/Refusing to write \/work\/seeds\/000_x\.tags\.yaml: it resolves \(through a symbolic link\) to \/elsewhere\/seeds\/000_x\.tags\.yaml, outside the workspace folders/,
	);
	assert.equal(fs.files.size, 0);
});

test('a read-only sidecar is refused and left as it is', async () => {
	const fs = new MemoryFileSystem();
	const tags = store(fs);
	await tags.add(seed, annotation('a-1', 1));
	const before = fs.text(sidecarUri);
	fs.setReadOnly(sidecarUri);
	await assert.rejects(
		store(fs).add(seed, annotation('a-2', 2)),
		/000_x\.tags\.yaml is read-only, so Seed Annotator leaves it unchanged/,
	);
	await assert.rejects(store(fs).remove(seed, 'a-1'), /is read-only/);
	assert.equal(fs.text(sidecarUri), before);
});

test('a folder that is not writable is said in words, without the temporary file name', async () => {
	const fs = new MemoryFileSystem();
	fs.readOnlyFolders.add('/work/seeds');
	await assert.rejects(store(fs).add(seed, annotation('a-1', 1)), (error: Error) => {
		assert.match(error.message, /Cannot write \/work\/seeds\/000_x\.tags\.yaml: the folder \/work\/seeds is not writable/);
		assert.doesNotMatch(error.message, /\.tmp/);
		return true;
	});
	// Also when only the write itself finds out (no mode bits to read first).
	fs.folderWritable = async () => true;
	await assert.rejects(
		store(fs).add(seed, annotation('a-1', 1)),
		(error: Error) =>
			/the folder \/work\/seeds or the file is not writable \(EACCES\)/.test(error.message) && !/\.tmp/.test(error.message),
	);
	assert.equal(fs.files.size, 0);
});

test('a full disk is said in words and leaves no temporary file', async () => {
	const fs = new MemoryFileSystem();
	fs.writeFile = async () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); };
	await assert.rejects(
		store(fs).add(seed, annotation('a-1', 1)),
		/Cannot write \/work\/seeds\/000_x\.tags\.yaml: the disk holding \/work\/seeds is full \(ENOSPC\)/,
	);
	assert.equal(fs.files.size, 0);
});

// --- The service: saves that cannot write, the codebook, renames -------------------------------------

const seedUri = URI.file('/work/seeds/a.txt').toString();
const sidecarA = URI.file('/work/seeds/a.tags.yaml');
const codebookUri = URI.file('/work/seeds/codebook.yaml');
const textA = 'BEIJING, Feb. 5 (Xinhua) -- Robin met Putin.\nLater, Robin said the talks were very successful.\n';

function service(fs: MemoryFileSystem, open: Map<string, string>, codebook: URI = codebookUri) {
	return new AnnotationService({
		fileSystem: fs,
		workspaceFolders: () => [folder],
		openDocumentText: uri => open.get(uri),
		listSeeds: async function* () {
			for (const key of [...fs.files.keys()].sort()) if (key.endsWith('.txt')) yield key;
		},
		codebookUri: () => codebook,
		retryWriteMs: 20,
	});
}

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

for (const [name, breakWrites] of [
	[
		'a folder that is not writable (EACCES)',
		(fs: MemoryFileSystem) => {
			fs.readOnlyFolders.add('/work/seeds');
		},
	],
	[
		'an immutable file (EPERM)',
		(fs: MemoryFileSystem) => {
			fs.rename = async () => {
				throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
			};
		},
	],
	[
		'a full disk (ENOSPC)',
		(fs: MemoryFileSystem) => {
			fs.writeFile = async () => {
				throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
			};
		},
	],
] as const) {
	test(`positions moved by editing that cannot be written on save (${name}) stay in memory, are reported, `
		+ 'and are written once writing works', async () => {
		const fs = new MemoryFileSystem();
		fs.setText(URI.parse(seedUri), textA);
		const open = new Map([[seedUri, textA]]);
		const annotations = service(fs, open);
		await annotations.open(seedUri);
		const tagged = (await annotations.executeCommand(ServerCommand.tag, [
			{ uri: seedUri, range: range(1, 7, 12), tag: 'actor/state' },
		])) as { id: string };
		const original = { rename: fs.rename, writeFile: fs.writeFile };
		// Type four letters at the start: the tag moves by 4.
		annotations.willChange(seedUri, textA, [{ range: range(0, 0, 0), text: 'NEW ' }]);
		open.set(seedUri, 'NEW ' + textA);
		await new Promise(resolve => queueMicrotask(() => resolve(undefined)));
		const onDisk = fs.text(sidecarA);
		breakWrites(fs);
		await annotations.saved(seedUri); // must not reject
		assert.equal(fs.text(sidecarA), onDisk, 'nothing written');
		const [problem] = annotations.orphanDiagnostics(seedUri);
		assert.equal(problem?.code, 'unsaved-annotation-positions');
		assert.match(problem.message, /a\.tags\.yaml/);
		assert.doesNotMatch(problem.message, /\.tmp/);
		const info = (await annotations.annotations({ uri: seedUri }))[0];
		assert.deepEqual(info.range, range(1, 7, 12), 'the moved position is kept in memory');
		fs.readOnlyFolders.clear();
		Object.assign(fs, original);
		for (let waited = 0; fs.text(sidecarA) === onDisk && waited < 2000; waited += 10)
			await new Promise(resolve => setTimeout(resolve, 10));
		const written = parse(fs.text(sidecarA)!) as { annotations: { id: string; start: number }[] };
		assert.deepEqual(
			written.annotations.map(a => [a.id, a.start]),
			[[tagged.id, 56]],
		);
		assert.deepEqual(annotations.orphanDiagnostics(seedUri), []);
		annotations.close(seedUri);
	});
}

test('two services adding codebook tags at once keep both; a tag added on disk meanwhile stays', async () => {
	const fs = new MemoryFileSystem();
	const [first, second] = [service(fs, new Map()), service(fs, new Map())];
	await Promise.all(Array.from({ length: 20 }, (_, i) => [
		first.addCodebookTag({ tag: `first/t${i}` }),
		second.addCodebookTag({ tag: `second/t${i}` }),
	]).flat());
	fs.setText(codebookUri, fs.text(codebookUri)! + '  outside/tag:\n    color: "#123456"\n');
	await first.addCodebookTag({ tag: 'last' });
	const names = Object.keys((parse(fs.text(codebookUri)!) as { tags: Record<string, unknown> }).tags);
	assert.equal(names.length, 42);
	assert.ok(names.includes('outside/tag') && names.includes('second/t19') && names.includes('last'));
});

test('a read-only codebook is refused and left as it is', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(codebookUri, 'version: 1\ntags: {}\n');
	fs.setReadOnly(codebookUri);
	await assert.rejects(service(fs, new Map()).addCodebookTag({ tag: 'x' }), /codebook\.yaml is read-only/);
	assert.equal(fs.text(codebookUri), 'version: 1\ntags: {}\n');
});

test('seed.renameTag with the codebook outside the workspace refuses before any sidecar is renamed', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(URI.parse(seedUri), textA);
	const outsideCodebook = URI.file('/elsewhere/codebook.yaml');
	fs.setText(outsideCodebook, 'version: 1\ntags:\n  frame:\n    color: "#123456"\n');
	const annotations = service(fs, new Map(), outsideCodebook);
	await annotations.tag({ uri: seedUri, range: range(1, 7, 12), tag: 'frame' });
	const before = fs.text(sidecarA);
	await assert.rejects(
		annotations.renameTag({ from: 'frame', to: 'framing' }),
		/Refusing to write \/elsewhere\/codebook\.yaml: it is outside the workspace folders \(nothing was changed\)/,
	);
	assert.equal(fs.text(sidecarA), before);
	// A read-only sidecar refuses the whole rename as well.
	fs.setText(outsideCodebook, '');
	fs.setReadOnly(sidecarA);
	const inside = service(fs, new Map());
	await assert.rejects(inside.renameTag({ from: 'frame', to: 'framing' }), /a\.tags\.yaml is read-only.*\(nothing was changed\)/);
	assert.equal(fs.text(sidecarA), before);
	fs.setReadOnly(sidecarA, false);
	assert.deepEqual(await inside.renameTag({ from: 'frame', to: 'framing' }), { renamed: 1, files: 1, codebook: false });
});
