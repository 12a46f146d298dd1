import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { parse as parseYaml } from 'yaml';
import type { AnnotationInfo } from '../src/protocol/commands';
import { startServer, useSeedWorkspace } from './support/lspClient';
import { readSample, samples } from './support/samples';

const workspace = useSeedWorkspace();
const sidecarOf = (name: string) => path.join(workspace.folder, name.replace(/\.txt$/, '.tags.yaml'));

function execute<T>(command: string, argument: object): Promise<T> {
	return workspace.server.connection.sendRequest<T>('workspace/executeCommand', { command, arguments: [argument] });
}

async function open(name: string, text: string, version = 1): Promise<string> {
	const uri = workspace.uriOf(name);
	await workspace.server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'seed', version, text },
	});
	await workspace.server.waitForDiagnostics(uri);
	return uri;
}

async function close(uri: string): Promise<void> {
	await workspace.server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

function rangeOf(text: string, passage: string, from = 0): Range {
	const start = text.indexOf(passage, from);
	const position = (offset: number) => {
		const before = text.slice(0, offset).split('\n');
		return { line: before.length - 1, character: before.at(-1)!.length };
	};
	return { start: position(start), end: position(start + passage.length) };
}

test('seed.tag writes the annotation to the sidecar beside the seed', async () => {
	const text = readSample(samples.s000);
	const uri = await open(samples.s000, text);
	const range = rangeOf(text, 'Le Yucheng');
	const annotation = await execute<AnnotationInfo>('seed.tag', { uri, range, tag: 'actor/official', note: 'first named source' });
	assert.match(annotation.id, /^a-[0-9a-z]{8}$/);
	assert.deepEqual(annotation.range, range);
	const file = sidecarOf(samples.s000);
	assert.ok(existsSync(file));
	const saved = parseYaml(readFileSync(file, 'utf8'));
	assert.equal(saved.version, 1);
	const [item] = saved.annotations;
	assert.deepEqual(
		[item.id, item.tag, item.text, item.note, item.start, item.end],
		[annotation.id, 'actor/official', 'Le Yucheng', 'first named source', text.indexOf('Le Yucheng'), text.indexOf('Le Yucheng') + 10],
	);
	assert.equal(text.slice(item.start - item.before.length, item.start), item.before);
	await close(uri);
});

test('an edit before the passage moves it at once; saving writes the new position', async () => {
	const text = readSample(samples.s003);
	const uri = await open(samples.s003, text);
	const annotation = await execute<AnnotationInfo>('seed.tag', { uri, range: rangeOf(text, 'Lichun'), tag: 'frame/cooperation' });
	await workspace.server.connection.sendNotification('textDocument/didChange', {
		textDocument: { uri, version: 2 },
		contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'INSERTED ' }],
	});
	const edited = 'INSERTED ' + text;
	const [moved] = await execute<AnnotationInfo[]>('seed.annotations', { uri });
	assert.equal(moved.id, annotation.id);
	assert.deepEqual(moved.range, rangeOf(edited, 'Lichun'));
	// Typing writes nothing; saving writes the moved position.
	assert.equal(parseYaml(readFileSync(sidecarOf(samples.s003), 'utf8')).annotations[0].start, text.indexOf('Lichun'));
	writeFileSync(path.join(workspace.folder, samples.s003), edited);
	await workspace.server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
	const deadline = Date.now() + 5000;
	let start = -1;
	while (Date.now() < deadline && start !== edited.indexOf('Lichun')) {
		start = parseYaml(readFileSync(sidecarOf(samples.s003), 'utf8')).annotations[0].start;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	assert.equal(start, edited.indexOf('Lichun'));
	await close(uri);
});

test('a text changed outside the editor is re-anchored on open; a passage that is gone is orphaned, never moved to its twin', async () => {
	const name = 'robin.txt';
	const original = ' date 2024-05-01 Two Robins\n\nRobin met the minister on Monday.\n\n'
		+ 'Later, Robin told reporters the talks had failed.\n';
	writeFileSync(path.join(workspace.folder, name), original);
	let uri = await open(name, original);
	const second = original.indexOf('Robin', original.indexOf('Later'));
	const tagged = await execute<AnnotationInfo>('seed.tag', { uri, range: rangeOf(original, 'Robin', second), tag: 'actor/official' });
	await close(uri);

	// Outside edit 1: text inserted before the passage.
	const shifted = original.replace('Robin met', 'On Monday, Robin met').replace(' on Monday.', '.');
	writeFileSync(path.join(workspace.folder, name), shifted);
	uri = await open(name, shifted, 2);
	let [found] = await execute<AnnotationInfo[]>('seed.annotations', { uri });
	assert.equal(found.id, tagged.id);
	assert.deepEqual(found.range, rangeOf(shifted, 'Robin', shifted.indexOf('Later')));
	await close(uri);

	// Outside edit 2: the tagged Robin becomes Elisa, the first Robin stays.
	const corrected = shifted.replace('Later, Robin', 'Later, Elisa');
	writeFileSync(path.join(workspace.folder, name), corrected);
	uri = await open(name, corrected, 3);
	[found] = await execute<AnnotationInfo[]>('seed.annotations', { uri });
	assert.equal(found.orphaned, true);
	assert.equal(found.range, undefined);
	const diagnostics = await workspace.server.waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === 'orphaned-annotation'));
	assert.equal(diagnostics.filter((d) => d.code === 'orphaned-annotation').length, 1);
	await close(uri);
});

test('a malformed sidecar: diagnostic in the YAML file, commands refused naming the file, bytes untouched', async () => {
	const text = readSample(samples.s001);
	const sidecar = sidecarOf(samples.s001);
	const broken = 'version: 1\nannotations:\n  - id: a-1\n    tag: [unclosed\n';
	writeFileSync(sidecar, broken);
	const uri = await open(samples.s001, text);
	const sidecarUri = `file://${sidecar}`;
	const yamlDiagnostics = await workspace.server.waitForDiagnostics(sidecarUri, (ds) => ds.length > 0);
	assert.equal(yamlDiagnostics[0].severity, 1);
	await assert.rejects(
		execute('seed.tag', { uri, range: rangeOf(text, 'Le Yucheng'), tag: 'actor/official' }),
		(error: Error) => error.message.includes(samples.s001.replace('.txt', '.tags.yaml')) && /line \d+/i.test(error.message),
	);
	assert.equal(readFileSync(sidecar, 'utf8'), broken);
	await close(uri);
});

test('seed.export: CSV and brat passages match the text', async () => {
	const csv = await execute<string>('seed.export', { format: 'csv', uris: [workspace.uriOf(samples.s000)] });
	const lines = csv.trim().split(/\r?\n/);
	assert.match(lines[0], /^# Seed Annotator export of the seeds and sidecars as saved on disk/);
	assert.equal(lines[1], 'seed,tag,text,start,end,note,coder');
	assert.match(lines[2], /000_8fe48cf9272154b3\.txt,actor\/official,Le Yucheng,\d+,\d+,first named source/);
	const brat = await execute<string>('seed.export', { format: 'brat', uris: [workspace.uriOf(samples.s000)] });
	const [, type, start, end] = /^T1\t(\S+) (\d+) (\d+)\t/m.exec(brat)!;
	assert.equal(type, 'actor-official');
	assert.equal([...readSample(samples.s000)].slice(Number(start), Number(end)).join(''), 'Le Yucheng');
});

test('untrusted workspace: writing commands are refused, reading ones work', async () => {
	const untrusted = await startServer(workspace.folder, { trusted: false });
	try {
		const uri = workspace.uriOf(samples.s000);
		await untrusted.connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri, languageId: 'seed', version: 1, text: readSample(samples.s000) },
		});
		await untrusted.waitForDiagnostics(uri);
		const before = readFileSync(sidecarOf(samples.s000), 'utf8');
		await assert.rejects(untrusted.connection.sendRequest('workspace/executeCommand', {
			command: 'seed.tag', arguments: [{ uri, range: rangeOf(readSample(samples.s000), 'Putin'), tag: 'actor/state' }],
		}), /untrusted workspace/);
		assert.equal(readFileSync(sidecarOf(samples.s000), 'utf8'), before);
		const listed = await untrusted.connection.sendRequest<AnnotationInfo[]>('workspace/executeCommand', {
			command: 'seed.annotations',
			arguments: [{ uri }],
		});
		assert.equal(listed.length, 1);
	} finally {
		await untrusted.stop();
	}
});

test('a sidecar changed outside (git pull) is picked up: the server reloads it and says so', async () => {
	const text = readSample(samples.s004);
	const uri = await open(samples.s004, text);
	const changed = new Promise<string>((resolve) => {
		const listener = workspace.server.connection.onNotification('seed/annotationsChanged', (params: { uri: string }) => {
			if (params.uri === uri) {
				listener.dispose();
				resolve(params.uri);
			}
		});
	});
	const start = text.indexOf('Yao Dawei');
	const pulled = [
		'# Pulled from a colleague',
		'version: 1',
		'annotations:',
		'  - id: a-pulled01',
		'    tag: actor/media',
		'    text: "Yao Dawei"',
		`    start: ${start}`,
		`    end: ${start + 9}`,
		`    before: ${JSON.stringify(text.slice(start - 32, start))}`,
		`    after: ${JSON.stringify(text.slice(start + 9, start + 41))}`,
		'    created: "2026-01-01T00:00:00.000Z"',
		'',
	].join('\n');
	const sidecar = sidecarOf(samples.s004);
	writeFileSync(sidecar, pulled);
	await workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', {
		changes: [{ uri: `file://${sidecar}`, type: 1 }],
	});
	assert.equal(await changed, uri);
	const [annotation] = await execute<AnnotationInfo[]>('seed.annotations', { uri });
	assert.deepEqual([annotation.id, annotation.tag, annotation.text], ['a-pulled01', 'actor/media', 'Yao Dawei']);
	assert.deepEqual(annotation.range, rangeOf(text, 'Yao Dawei'));
	await close(uri);
});

test('seed.renameTag renames across every sidecar and in the codebook, comments kept; all or nothing', async () => {
	const codebookFile = path.join(workspace.folder, 'codebook.yaml');
	const codebookBefore = readFileSync(codebookFile, 'utf8');
	// The malformed sidecar of an earlier test might hold the tag: nothing is renamed anywhere.
	await assert.rejects(
		execute('seed.renameTag', { from: 'actor/official', to: 'actor/spokesperson' }),
		/001_2bec4b55e153d035\.tags\.yaml is malformed/,
	);
	assert.equal(readFileSync(codebookFile, 'utf8'), codebookBefore);
	assert.equal(parseYaml(readFileSync(sidecarOf(samples.s000), 'utf8')).annotations[0].tag, 'actor/official');
	rmSync(sidecarOf(samples.s001));
	const result = await execute<{ renamed: number; files: number; codebook: boolean }>('seed.renameTag', {
		from: 'actor/official',
		to: 'actor/spokesperson',
	});
	assert.deepEqual(result, { renamed: 2, files: 2, codebook: true });
	assert.deepEqual(
		parseYaml(readFileSync(sidecarOf(samples.s000), 'utf8')).annotations.map((a: { tag: string }) => a.tag),
		['actor/spokesperson'],
	);
	const codebook = readFileSync(path.join(workspace.folder, 'codebook.yaml'), 'utf8');
	assert.match(codebook, /^ {2}actor\/spokesperson:$/m);
	assert.doesNotMatch(codebook, /actor\/official:/);
	assert.ok(codebook.startsWith('# Seed Annotator codebook'), 'the comments are kept');
});

test('seed.restore puts a removed annotation back with the same id, note and time; a taken id or lost words are refused', async () => {
	const text = readSample(samples.s004);
	const name = samples.s004;
	const uri = await open(name, text);
	const tagged = await execute<AnnotationInfo>('seed.tag', { uri, range: rangeOf(text, 'Xi Jinping'), tag: 'actor/state', note: 'host' });
	const saved = () =>
		(parseYaml(readFileSync(sidecarOf(name), 'utf8')).annotations as { id: string }[]).find(item => item.id === tagged.id);
	const sidecarBefore = saved();
	assert.ok(sidecarBefore);
	assert.equal(await execute('seed.untag', { uri, id: tagged.id }), true);
	assert.equal(saved(), undefined);
	const restored = await execute<AnnotationInfo>('seed.restore', { uri, annotation: tagged });
	assert.deepEqual(
		[restored.id, restored.tag, restored.note, restored.created, restored.range],
		[tagged.id, 'actor/state', 'host', tagged.created, tagged.range],
	);
	assert.deepEqual(saved(), sidecarBefore);
	await assert.rejects(execute('seed.restore', { uri, annotation: tagged }), new RegExp(`already has an annotation ${tagged.id}`));
	await assert.rejects(
		execute('seed.restore', { uri, annotation: { ...tagged, id: 'a-zzzzzzzz', text: 'words not in the text' } }),
		/no longer in 004_/,
	);
	await assert.rejects(execute('seed.restore', { uri, annotation: { ...tagged, created: undefined } }), /annotation\.created/);
	await execute('seed.untag', { uri, id: tagged.id });
	await close(uri);
});
