/**
 * A large sidecar is read and anchored in slices of a few milliseconds: other work runs between
 * them, an edit made meanwhile is followed, and requests get the answers they would get after it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Hover } from 'vscode-languageserver-types';
import { AnnotationService } from '../src/annotationService';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { Sidecar } from '../src/core/annotations/sidecar';
import { SidecarStore } from '../src/core/annotations/sidecarStore';
import { reanchorAll, reanchorAllInSteps } from '../src/core/annotations/reanchor';
import { runToEnd } from '../src/core/steps';
import { taggedSeed } from '../../bench/taggedSeed';
import { startServerOnSeedsCopy } from './support/lspClient';

const turn = () => new Promise((resolve) => setImmediate(resolve));
const seed = URI.file('/w/seeds/big.txt');
const sidecar = URI.file('/w/seeds/big.tags.yaml');

test('a sidecar of 3,000 is parsed in steps to exactly what one parse gives', () => {
	const { sidecarText } = taggedSeed(100_000, 3000);
	let steps = 0;
	const parse = Sidecar.parseInSteps(sidecarText);
	let next = parse.next();
	for (; !next.done; next = parse.next()) steps++;
	assert.ok(steps >= 10, `${steps} steps`);
	const whole = Sidecar.parse(sidecarText);
	assert.ok(next.value.ok && whole.ok);
	assert.deepEqual(next.value.sidecar.annotations, whole.sidecar.annotations);
	assert.equal(next.value.sidecar.text, sidecarText, 'written back byte for byte');
});

test('anchoring in steps gives what one pass gives, also after an edit that moves passages', () => {
	const { text, annotations } = taggedSeed(100_000, 3000);
	const edited = 'A new first paragraph.\n\n' + text.slice(0, 50_000) + text.slice(50_100);
	for (const version of [text, edited]) {
		assert.deepEqual(runToEnd(reanchorAllInSteps(version, annotations)), reanchorAll(version, annotations));
	}
	const results = reanchorAll(text, annotations);
	assert.ok(results.every((result) => result.status === 'unchanged'), 'every passage where the sidecar says');
});

test('the store reads a large sidecar over several turns, and two loads at once share one read', async () => {
	const { sidecarText } = taggedSeed(100_000, 5000);
	const files = new MemoryFileSystem();
	files.setText(sidecar, sidecarText);
	let reads = 0;
	const readFile = files.readFile.bind(files);
	files.readFile = async (uri) => (reads++, readFile(uri));
	const store = new SidecarStore(files, { workspaceFolders: () => [URI.file('/w')] });
	let turns = 0;
	let loading = true;
	const counting = (async () => {
		while (loading) {
			await turn();
			turns++;
		}
	})();
	const [first, second] = await Promise.all([store.load(seed), store.load(seed)]);
	loading = false;
	await counting;
	assert.equal(reads, 1);
	assert.equal(first, second);
	assert.ok(first.kind === 'ok' && first.sidecar.annotations.length === 5000);
	assert.ok(turns >= 2, `other work ran in ${turns} turns during the load`);
});

test('an edit while the annotations are anchored in slices: they are anchored in the edited text', async () => {
	const { text, sidecarText, annotations } = taggedSeed(100_000, 3000);
	const files = new MemoryFileSystem();
	files.setText(seed, text);
	files.setText(sidecar, sidecarText);
	// The editor's text changes (a paragraph inserted at the top) right after anchoring begins.
	const inserted = 'An inserted paragraph.\n\n';
	let reads = 0;
	const service = new AnnotationService({
		fileSystem: files,
		workspaceFolders: () => [URI.file('/w')],
		openDocumentText: (uri) => uri !== seed.toString() ? undefined : ++reads === 1 ? text : inserted + text,
		listSeeds: async function* () { yield seed.toString(); },
	});
	await service.open(seed.toString());
	const current = inserted + text;
	const last = annotations.at(-1)!;
	const lastLine = current.slice(0, last.start + inserted.length).split('\n');
	const here = service.annotationsAt(seed.toString(), { line: lastLine.length - 1, character: lastLine.at(-1)!.length });
	assert.deepEqual(here.map((info) => [info.id, info.text]), [[last.id, last.text]]);
	assert.equal(service.orphanDiagnostics(seed.toString()).length, 0);
});

test('over stdio: a hover sent with the didOpen of a seed with 3,000 tags waits for them; one on another seed does not', async () => {
	const { text, sidecarText, annotations } = taggedSeed(100_000, 3000);
	const workspace = await startServerOnSeedsCopy(undefined, undefined, (folder) => {
		writeFileSync(path.join(folder, 'big.txt'), text);
		writeFileSync(path.join(folder, 'big.tags.yaml'), sidecarText.replace('seed.txt', 'big.txt'));
	});
	try {
		const { connection } = workspace.server;
		const other = workspace.uriOf('other.txt');
		const otherText = ' date 2022-02-06 Other\n\nChinese President Xi Jinping met Vladimir Putin.\n';
		await connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri: other, languageId: 'seed', version: 1, text: otherText },
		});
		await workspace.server.waitForDiagnostics(other);
		const uri = workspace.uriOf('big.txt');
		let loadedAt: number | undefined;
		connection.onNotification('seed/annotationsChanged', (params: { uri: string }) => {
			if (params.uri === uri) loadedAt ??= performance.now();
		});
		await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });
		const tagged = annotations[1500];
		const before = text.slice(0, tagged.start + 1).split('\n');
		const position = { line: before.length - 1, character: before.at(-1)!.length - 1 };
		const sameSeed = connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
		const otherSeed = connection.sendRequest<Hover | null>('textDocument/hover', {
			textDocument: { uri: other }, position: { line: 2, character: 28 },
		});
		const answer = await sameSeed;
		assert.ok(answer && typeof answer.contents === 'object' && 'value' in answer.contents);
		assert.match(answer.contents.value, new RegExp(`\\*\\*${tagged.tag}\\*\\*`), 'the tag of the passage under the cursor');
		const otherAnswer = await otherSeed;
		assert.ok(otherAnswer && typeof otherAnswer.contents === 'object' && 'value' in otherAnswer.contents);
		assert.match(otherAnswer.contents.value, /Xi Jinping/);
		assert.ok(loadedAt !== undefined, 'the same seed\'s hover came after its tags were loaded');
	} finally {
		await workspace.dispose();
	}
});
