// REFI-QDA in the editor: the commands exist, an export writes a .qdpx of the workspace, and an
// imported project's passages are highlighted in the editor as tags.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import * as vscode from 'vscode';
import { activeExtension, openSeed, seedsFolder, waitFor } from './helpers';

const repoRoot = path.resolve(__dirname, '../../..');
const fixtures = path.join(repoRoot, 'server/test/fixtures/refi-qda');

interface DrawnTag {
	readonly tag: string;
	readonly ranges: readonly { start: { line: number; character: number }; end: { line: number; character: number } }[];
}

suite('REFI-QDA exchange', () => {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-refi-editor-'));

	suiteSetup(async () => {
		await openSeed('000'); // the extension activates when a seed opens
		await activeExtension();
	});

	suiteTeardown(() => {
		fs.rmSync(scratch, { recursive: true, force: true });
	});

	test('the three commands are registered', async () => {
		const commands = await vscode.commands.getCommands(true);
		for (const command of ['seed.exportRefiQdaProject', 'seed.exportRefiQdaCodebook', 'seed.importRefiQdaProject']) {
			assert.ok(commands.includes(command), command);
		}
	});

	test('Export as REFI-QDA Project writes a .qdpx with project.qde and every seed under sources/', async () => {
		const target = vscode.Uri.file(path.join(scratch, 'workspace.qdpx'));
		// Earlier suites may leave seeds with unsaved edits: the export then asks, and the saved versions are exported.
		const dirty = vscode.workspace.textDocuments.some((document) => document.isDirty && document.languageId === 'seed');
		if (dirty) await vscode.commands.executeCommand('seed.debug.answerNextQuestion', 'Export Saved Versions');
		await vscode.commands.executeCommand('seed.exportRefiQdaProject', { target });
		const bytes = await waitFor('the .qdpx', () => (fs.existsSync(target.fsPath) ? fs.readFileSync(target.fsPath) : undefined));
		const files = unzipSync(bytes);
		const qde = new TextDecoder().decode(files['project.qde']);
		assert.match(qde, /<Project xmlns="urn:QDA-XML:project:1\.0"/);
		// The five committed samples at least; earlier suites add seeds of their own, some never saved.
		const samples = fs.readdirSync(seedsFolder().fsPath).filter((name) => /^00[0-4]_.*\.txt$/.test(name));
		assert.equal(samples.length, 5);
		assert.ok(Object.keys(files).filter((name) => name.startsWith('sources/')).length >= samples.length);
		for (const seed of samples) assert.ok(qde.includes(`name="${seed}"`), seed);
		const codebook = vscode.Uri.file(path.join(scratch, 'codebook.qdc'));
		if (dirty) await vscode.commands.executeCommand('seed.debug.answerNextQuestion', 'Export Saved Versions');
		await vscode.commands.executeCommand('seed.exportRefiQdaCodebook', { target: codebook });
		const qdc = await waitFor('the .qdc', () =>
			fs.existsSync(codebook.fsPath) ? fs.readFileSync(codebook.fsPath, 'utf8') : undefined,
		);
		assert.match(qdc, /<CodeBook xmlns="urn:QDA-XML:codebook:1\.0"/);
		assert.match(qdc, /name="cooperation"/);
	});

	test('Import REFI-QDA Project: a MAXQDA project\'s codings are highlighted in the imported seed', async () => {
		const file = path.join(scratch, 'maxqda.qdpx');
		fs.writeFileSync(file, zipSync({
			'project.qde': fs.readFileSync(path.join(fixtures, 'maxqda/project.qde')),
			'sources/{B2000000-0000-4000-8000-000000000001}.txt': fs.readFileSync(path.join(fixtures, 'maxqda/transcript-b.txt')),
		}));
		const folder = vscode.Uri.joinPath(seedsFolder(), 'imported');
		const written = await vscode.commands.executeCommand<string[]>('seed.importRefiQdaProject', {
			file: vscode.Uri.file(file),
			folder,
		});
		assert.deepEqual([...(written ?? [])].sort(), ['Transcript B.tags.yaml', 'Transcript B.txt', 'codebook.yaml']);
		const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'Transcript B.txt'));
		await vscode.window.showTextDocument(document);
		const drawn = await waitFor('the imported tags to be drawn', async () => {
			const tags = await vscode.commands.executeCommand<DrawnTag[]>('seed.debug.decorations');
			return tags && tags.length >= 2 ? tags : undefined;
		});
		const texts = drawn.flatMap((tag) => tag.ranges.map((range) => `${tag.tag}: ${document.getText(new vscode.Range(
			range.start.line, range.start.character, range.end.line, range.end.character,
		))}`)).sort();
		assert.deepEqual(texts, ['Economy: Prices went up again', 'Emotions/Worry: I am worried']);
	});
});
