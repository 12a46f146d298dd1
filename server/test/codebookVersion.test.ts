// `seed.codebook`'s version (issue 14 §4): the tag picker sends the version of its last list and gets
// `{ unchanged, version }` instead of 30,000 tags while nothing it lists changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { AnnotationService } from '../src/annotationService';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { ServerCommand, type CodebookInfo, type CodebookUnchanged } from '../src/protocol/commands';

const folder = URI.file('/w');
const seed = URI.file('/w/seeds/a.txt').toString();
const codebookFile = URI.file('/w/seeds/codebook.yaml');
const codebookText = 'version: 1\ntags:\n  actor/state:\n    description: A state.\n    color: "#4477aa"\n';

function setup() {
	const fs = new MemoryFileSystem();
	fs.setText(URI.parse(seed), 'Robin met Putin in Beijing.\n');
	fs.setText(codebookFile, codebookText);
	const open = new Map<string, string>();
	const service = new AnnotationService({
		fileSystem: fs,
		workspaceFolders: () => [folder],
		openDocumentText: uri => open.get(uri),
		listSeeds: async function* () {
			yield seed;
		},
	});
	const list = (knownVersion?: string) =>
		service.executeCommand(ServerCommand.codebook, knownVersion === undefined ? [] : [{ knownVersion }]) as Promise<
			CodebookInfo | CodebookUnchanged
		>;
	const openSeed = async () => {
		open.set(seed, fs.text(URI.parse(seed))!);
		await service.open(seed);
	};
	return { fs, service, list, openSeed };
}

const full = (answer: CodebookInfo | CodebookUnchanged): CodebookInfo => {
	assert.ok(!('unchanged' in answer), 'expected the whole list');
	assert.equal(typeof answer.version, 'string');
	return answer;
};

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };

test('the same version, answered unchanged and without tags, while nothing changed', async () => {
	const { list } = setup();
	const first = full(await list());
	assert.deepEqual(first.tags.map(tag => tag.name), ['actor/state']);
	assert.equal(full(await list()).version, first.version);
	assert.deepEqual(await list(first.version), { unchanged: true, version: first.version });
	assert.deepEqual(await list(first.version), { unchanged: true, version: first.version });
});

test('an unknown or stale version gets the whole list', async () => {
	const { list, fs } = setup();
	const first = full(await list());
	assert.deepEqual(full(await list('not-a-version')).tags, first.tags);
	assert.deepEqual(full(await list('')).tags, first.tags);
	fs.setText(codebookFile, `${codebookText}  frame/conflict: {}\n`);
	const second = full(await list(first.version));
	assert.notEqual(second.version, first.version);
	// Changed back: the old version is not current again.
	fs.setText(codebookFile, codebookText);
	const third = full(await list(second.version));
	assert.deepEqual(third.tags, first.tags);
	assert.notEqual(third.version, second.version);
	full(await list(first.version));
});

test('the version changes when the codebook changes on disk, and with a tag added', async () => {
	const { list, fs, service } = setup();
	const first = full(await list());
	fs.setText(codebookFile, codebookText.replace('A state.', 'A sovereign state.'));
	const edited = full(await list(first.version));
	assert.notEqual(edited.version, first.version);
	assert.equal(edited.tags[0]!.description, 'A sovereign state.');
	await service.addCodebookTag({ tag: 'frame/cooperation' });
	const added = full(await list(edited.version));
	assert.notEqual(added.version, edited.version);
	assert.deepEqual(added.tags.map(tag => tag.name), ['actor/state', 'frame/cooperation']);
	assert.deepEqual(await list(added.version), { unchanged: true, version: added.version });
});

test('the version changes when an unlisted tag comes into use in an open text, and when it goes', async () => {
	const { list, service, openSeed } = setup();
	await openSeed();
	const first = full(await list());
	// A listed tag used: the list is the same.
	await service.tag({ uri: seed, range, tag: 'actor/state' });
	assert.deepEqual(await list(first.version), { unchanged: true, version: first.version });
	const used = await service.tag({ uri: seed, range, tag: 'person/robin' });
	const withUnlisted = full(await list(first.version));
	assert.notEqual(withUnlisted.version, first.version);
	assert.deepEqual(withUnlisted.tags.at(-1), { name: 'person/robin', unlisted: true });
	assert.deepEqual(await list(withUnlisted.version), { unchanged: true, version: withUnlisted.version });
	await service.untag({ uri: seed, id: used.id });
	const gone = full(await list(withUnlisted.version));
	assert.notEqual(gone.version, withUnlisted.version);
	assert.deepEqual(gone.tags.map(tag => tag.name), ['actor/state']);
});

test('without an argument (other editors), the whole list as before, with its version', async () => {
	const { service, list } = setup();
	const answer = full((await service.executeCommand(ServerCommand.codebook, undefined)) as CodebookInfo);
	assert.equal(answer.uri, codebookFile.toString());
	assert.deepEqual(answer.tags, [{ name: 'actor/state', description: 'A state.', color: '#4477aa' }]);
	assert.equal(full(await list()).version, answer.version);
});
