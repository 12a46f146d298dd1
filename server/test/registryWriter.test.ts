import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { URI } from 'vscode-uri';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { addEntityToRegistry, type RegistryWriterOptions } from '../src/registryWriter';

const folder = URI.file('/w');
const registry = URI.file('/w/seeds/entities.yaml');

function options(fs: MemoryFileSystem, open?: { text: string; version: number }, edits: WorkspaceEdit[] = []): RegistryWriterOptions {
	return {
		fileSystem: fs,
		workspaceFolders: () => [folder],
		openDocument: () => open,
		applyEdit: async edit => {
			edits.push(edit);
			return true;
		},
	};
}

const names = (fs: MemoryFileSystem) =>
	(parse(fs.text(registry)!) as { entities: { name: string }[] }).entities.map(entity => entity.name).sort();

test('entries added at once by two writers, and one added on disk meanwhile, are all kept', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(registry, '# my registry\nentities:\n  - name: Sochi\n    kind: place\n');
	await Promise.all(
		['Wang Yi', 'Le Yucheng', 'Xi Jinping'].map(name => addEntityToRegistry(options(fs), registry, { name, kind: 'person' })),
	);
	fs.setText(registry, fs.text(registry)! + '  - name: Outside\n    kind: organization\n');
	await addEntityToRegistry(options(fs), registry, { name: 'Putin', kind: 'person' });
	assert.deepEqual(names(fs), ['Le Yucheng', 'Outside', 'Putin', 'Sochi', 'Wang Yi', 'Xi Jinping']);
	assert.ok(fs.text(registry)!.startsWith('# my registry\n'));
});

test('a read-only, hostile or already-listing registry is refused and left as it is', async () => {
	const fs = new MemoryFileSystem();
	const text = 'entities:\n  - name: Sochi\n    kind: place\n';
	fs.setText(registry, text);
	await assert.rejects(addEntityToRegistry(options(fs), registry, { name: 'Sochi', kind: 'place' }), /already lists it/);
	fs.setReadOnly(registry);
	await assert.rejects(addEntityToRegistry(options(fs), registry, { name: 'Wang Yi', kind: 'person' }), /entities\.yaml is read-only/);
	fs.setReadOnly(registry, false);
	fs.setText(registry, text + '  - name: !!js/function x\n    kind: person\n');
	await assert.rejects(addEntityToRegistry(options(fs), registry, { name: 'Wang Yi', kind: 'person' }), /malformed/);
	assert.match(fs.text(registry)!, /!!js\/function/);
});

test('a registry open in the editor gets an edit bound to the document version, and the disk is not touched', async () => {
	const fs = new MemoryFileSystem();
	fs.setText(registry, 'entities: []\n');
	const edits: WorkspaceEdit[] = [];
	await addEntityToRegistry(options(fs, { text: 'entities:\n  - name: Sochi\n    kind: place\n', version: 7 }, edits), registry, {
		name: 'Wang Yi',
		kind: 'person',
	});
	assert.equal(fs.text(registry), 'entities: []\n');
	const change = edits[0].documentChanges![0] as { textDocument: { uri: string; version: number } };
	assert.deepEqual(change.textDocument, { uri: registry.toString(), version: 7 });
});
