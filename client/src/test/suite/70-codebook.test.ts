// The Seed Codebook view in a real workbench: merging two codes through its command (with the
// confirmation that counts passages and seeds) changes every sidecar on disk, coders' too; a new
// child code gets a colour no other code has.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, openSeed, seedsFolder, waitFor } from './helpers';

interface CodeRow {
	readonly code: string;
	readonly color?: string;
	readonly own: { readonly passages: number };
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const fixture = path.join(repoRoot, 'server', 'test', 'fixtures', 'overview', 'seeds');

const rows = async () => (await vscode.commands.executeCommand<CodeRow[]>('seed.debug.codebookRows')) ?? [];
const tagsIn = (file: string) =>
	(parse(fs.readFileSync(file, 'utf8')) as { annotations: { tag: string }[] }).annotations.map(item => item.tag);

describe('codebook view', () => {
	let copy: string;

	before(async () => {
		await openSeed('000');
		await activeExtension();
		copy = path.join(seedsFolder().fsPath, 'codebook-fixture');
		fs.cpSync(fixture, copy, { recursive: true });
		fs.rmSync(path.join(copy, 'codebook.yaml')); // the workspace's own codebook is the one edited
		for (const file of ['a/one.txt', 'a/two.txt', 'b/three.txt', 'b/four.txt', 'five.txt']) {
			await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(copy, file)));
		}
		await vscode.commands.executeCommand('seed.codebook.refresh');
	});

	it('merges frame/cooperation into frame/conflict in every sidecar after a confirmation that counts them', async () => {
		const cooperation = await waitFor('frame/cooperation in use in the view', async () => {
			await vscode.commands.executeCommand('seed.codebook.refresh');
			return (await rows()).find(row => row.code === 'frame/cooperation' && row.own.passages >= 4);
		});
		await vscode.commands.executeCommand('seed.debug.answerNextCodebookConfirmation', 'Merge');
		const result = await vscode.commands.executeCommand<{ passages: number; seeds: number; files: number }>(
			'seed.codebook.merge',
			cooperation,
			'frame/conflict',
		);
		const question = await vscode.commands.executeCommand<string>('seed.debug.lastCodebookQuestion');
		assert.ok(result, 'the merge was refused');
		assert.match(
			question,
			new RegExp(`^Merge frame/cooperation into frame/conflict\\? ${result.passages} passages in ${result.seeds} seeds `),
		);
		assert.ok(result.passages >= 4 && result.seeds >= 2, JSON.stringify(result));
		assert.deepEqual(tagsIn(path.join(copy, 'a', 'one.tags.yaml')), ['actor/state', 'actor/state', 'frame/conflict', 'frame/conflict']);
		assert.deepEqual(tagsIn(path.join(copy, 'a', 'one.alice.tags.yaml')), ['frame/conflict']);
		assert.deepEqual(tagsIn(path.join(copy, 'a', 'two.tags.yaml')), ['actor/state', 'frame/conflict']);
		const codebook = parse(fs.readFileSync(path.join(seedsFolder().fsPath, 'codebook.yaml'), 'utf8')) as {
			tags: Record<string, unknown>;
		};
		assert.equal(codebook.tags['frame/cooperation'], undefined);
		assert.ok(codebook.tags['frame/conflict']);
		await waitFor('the view without frame/cooperation', async () =>
			(await rows()).some(row => row.code === 'frame/cooperation') ? undefined : true,
		);
	});

	it('a new child code gets a colour no other code has', async () => {
		const frame = (await rows()).find(row => row.code === 'frame');
		assert.ok(frame);
		const codebookFile = path.join(seedsFolder().fsPath, 'codebook.yaml');
		const before = parse(fs.readFileSync(codebookFile, 'utf8')) as { tags: Record<string, { color?: string }> };
		const response = await vscode.commands
			.executeCommand('seed.editCodebook', { action: 'addChild', tag: 'frame', child: 'security' })
			.then(undefined, () => undefined);
		void response;
		const after = await waitFor('frame/security in the codebook', () => {
			const tags = (parse(fs.readFileSync(codebookFile, 'utf8')) as { tags: Record<string, { color?: string }> }).tags;
			return tags['frame/security'] ? tags : undefined;
		});
		const colour = after['frame/security'].color;
		assert.match(colour ?? '', /^#[0-9a-f]{6}$/);
		assert.ok(!Object.values(before.tags).some(tag => tag.color === colour), `${colour} is already taken`);
	});
});
