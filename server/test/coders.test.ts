import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { AnnotationService } from '../src/annotationService';
import { coderNameProblem, coderSidecarUri, codersOfSeed } from '../src/core/annotations/coderSidecar';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { Sidecar } from '../src/core/annotations/sidecar';
import { ServerCommand } from '../src/protocol/commands';

test('coder names: letters, digits, - and _ only, with a clear message otherwise', () => {
	for (const name of ['alice', 'Bob_2', 'coder-b', 'X']) {
		assert.equal(coderNameProblem(name), undefined, name);
	}
	for (const name of ['a b', 'a.b', '../x', 'a/b', 'é', '']) {
		assert.match(coderNameProblem(name) ?? '', /coder name/, name);
	}
	assert.match(coderNameProblem('a b')!, /"a b" is not a valid coder name: use ASCII letters, digits, "-" and "_" only/);
	assert.match(coderNameProblem('x'.repeat(65))!, /1 to 64 characters/);
});

test("a coder's sidecar is name.<coder>.tags.yaml beside the seed; the consensus file is no coder's", () => {
	const seed = URI.file('/w/seeds/000 talks.txt');
	assert.equal(coderSidecarUri(seed, 'alice').path, '/w/seeds/000 talks.alice.tags.yaml');
	assert.deepEqual(codersOfSeed(seed, [
		'000 talks.txt', '000 talks.tags.yaml', '000 talks.bob.tags.yaml', '000 talks.alice.tags.yaml',
		'000 talks.a b.tags.yaml', '001 x.carol.tags.yaml',
	]), ['alice', 'bob']);
});

test('a new coder sidecar says coder: at the top and parses back', () => {
	const sidecar = Sidecar.empty('a.txt', undefined, 'alice');
	assert.match(sidecar.text, /^version: 1\ncoder: alice\nannotations: \[\]\n/m);
	assert.equal(sidecar.coder, 'alice');
	assert.equal(Sidecar.empty('a.txt').coder, undefined);
	const parsed = Sidecar.parse('version: 1\ncoder: "bob"  # me\nannotations: []\n');
	assert.ok(parsed.ok);
	assert.equal(parsed.sidecar.coder, 'bob');
});

function service(fs: MemoryFileSystem, coder: string | undefined): AnnotationService {
	return new AnnotationService({
		fileSystem: fs,
		workspaceFolders: () => [URI.file('/w')],
		openDocumentText: () => undefined,
		listSeeds: async function* () { yield URI.file('/w/seeds/a.txt').toString(); },
		sidecarUriFor: seed => coder ? coderSidecarUri(seed, coder) : URI.file(seed.path.replace(/\.txt$/, '.tags.yaml')),
		coder: () => coder,
	});
}

test("two coders tag the same seed: each file on disk has only its coder's annotations, the shared file is untouched", async () => {
	const fs = new MemoryFileSystem();
	const seed = URI.file('/w/seeds/a.txt');
	fs.setText(seed, 'Robin met Putin in Beijing.\n');
	const range = (start: number, end: number) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } });
	await service(fs, 'alice').executeCommand(ServerCommand.tag, [{ uri: seed.toString(), range: range(0, 5), tag: 'actor/person' }]);
	await service(fs, 'bob').executeCommand(ServerCommand.tag, [{ uri: seed.toString(), range: range(10, 15), tag: 'actor/state' }]);
	const alice = fs.text(URI.file('/w/seeds/a.alice.tags.yaml'))!;
	const bob = fs.text(URI.file('/w/seeds/a.bob.tags.yaml'))!;
	assert.match(alice, /^coder: alice$/m);
	assert.match(alice, /text: "Robin"/);
	assert.doesNotMatch(alice, /text: "Putin"/);
	assert.match(bob, /^coder: bob$/m);
	assert.match(bob, /text: "Putin"/);
	assert.doesNotMatch(bob, /text: "Robin"/);
	assert.equal(fs.text(URI.file('/w/seeds/a.tags.yaml')), undefined);
	// Each coder reads back only their own tags.
	const aliceSees = await service(fs, 'alice').executeCommand(ServerCommand.annotations, [{ uri: seed.toString() }]) as { tag: string }[];
	assert.deepEqual(aliceSees.map(annotation => annotation.tag), ['actor/person']);
	// Single-coder mode is unchanged: name.tags.yaml, no coder line.
	await service(fs, undefined).executeCommand(ServerCommand.tag, [{ uri: seed.toString(), range: range(19, 26), tag: 'place' }]);
	const shared = fs.text(URI.file('/w/seeds/a.tags.yaml'))!;
	assert.doesNotMatch(shared, /^coder:/m);
	assert.match(shared, /text: "Beijing"/);
});
