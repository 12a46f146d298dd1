// Issue 15 §1 and §2, as a person meets them in the workbench: undo after a wide deletion, the colour
// of a new tag, Remove Tag's question and Undo, tag names in other capitals, the Tags view's
// screen-reader labels, the year of a date header, and a workbench that does not save by itself.
//
// Questions (the confirmation of Remove Tag, its Undo offer) are answered through the test hook
// `seed.debug.answerNextQuestion`, which stands in for the button a person would press; the tag
// picker is the real quick pick, typed into through `seed.debug.typeInTagPicker`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, openSeed, seedDiagnostics, seedsFolder, waitFor } from './helpers';

interface SidecarItem {
	readonly id: string;
	readonly tag: string;
	readonly text: string;
	readonly note?: string;
	readonly created: string;
}

interface DrawnTag {
	readonly tag: string;
	readonly color: string;
	readonly ranges: readonly { start: { line: number; character: number }; end: { line: number; character: number } }[];
}

interface TreeTag {
	readonly tag: string;
	readonly label?: string;
	readonly seeds: readonly { uri: string; label?: string; passages: readonly string[]; passageLabels: readonly (string | undefined)[] }[];
}

const PASSAGE = 'no ceiling on Sino-Russian relations';
const WIDER = 'there is no ceiling on Sino-Russian relations, there';

function sidecarItems(document: vscode.TextDocument): SidecarItem[] {
	try {
		return (
			(parse(fs.readFileSync(document.uri.fsPath.replace(/\.txt$/, '.tags.yaml'), 'utf8')) as { annotations?: SidecarItem[] } | null)
				?.annotations ?? []
		);
	} catch {
		return [];
	}
}

function rangeOf(document: vscode.TextDocument, passage: string): vscode.Range {
	const offset = document.getText().indexOf(passage);
	assert.ok(offset >= 0, `the sample no longer contains “${passage}”`);
	return new vscode.Range(document.positionAt(offset), document.positionAt(offset + passage.length));
}

async function drawnOn(range: vscode.Range, tag: string): Promise<boolean> {
	const drawn = (await vscode.commands.executeCommand<DrawnTag[]>('seed.debug.decorations')) ?? [];
	return drawn.some(
		entry =>
			entry.tag === tag &&
			entry.ranges.some(
				r =>
					r.start.line === range.start.line &&
					r.start.character === range.start.character &&
					r.end.line === range.end.line &&
					r.end.character === range.end.character,
			),
	);
}

/** Selects `range` and waits until the workbench reports it (the next command reads the workbench's selection). */
async function select(editor: vscode.TextEditor, range: vscode.Range): Promise<void> {
	const selection = new vscode.Selection(range.start, range.end);
	let confirmed = editor.selection.isEqual(selection);
	const listener = vscode.window.onDidChangeTextEditorSelection((event) => {
		if (event.textEditor.document === editor.document) confirmed = event.selections[0]?.isEqual(selection) ?? false;
	});
	try {
		editor.selection = selection;
		await waitFor(`the selection “${editor.document.getText(range)}”`, () => (confirmed ? true : undefined));
	} finally {
		listener.dispose();
	}
}

async function tagAt(editor: vscode.TextEditor, passage: string, tag: string, note?: string): Promise<SidecarItem> {
	await select(editor, rangeOf(editor.document, passage));
	await vscode.commands.executeCommand('seed.tagSelection', { tag, note });
	return waitFor(`${tag} on “${passage}” in the sidecar`, () =>
		sidecarItems(editor.document).find(item => item.tag === tag && item.text === passage),
	);
}

async function removeAll(document: vscode.TextDocument): Promise<void> {
	for (const item of sidecarItems(document))
		await vscode.commands.executeCommand('seed.untag', { uri: document.uri.toString(), id: item.id });
}

describe('issue 15: the editor', () => {
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;

	before(async () => {
		document = await openSeed('001');
		await activeExtension();
		editor = await vscode.window.showTextDocument(document);
	});

	afterEach(async () => {
		await removeAll(document);
		if (document.isDirty) {
			await vscode.window.showTextDocument(document);
			await vscode.commands.executeCommand('workbench.action.files.revert');
		}
	});

	it('1.1 Ctrl+Z after deleting a selection wider than a tagged passage brings the highlight back', async () => {
		await tagAt(editor, PASSAGE, 'frame/cooperation');
		await waitFor('the highlight', () => drawnOn(rangeOf(document, PASSAGE), 'frame/cooperation').then((yes) => yes || undefined));
		await select(editor, rangeOf(document, WIDER));
		await vscode.commands.executeCommand('deleteRight'); // the Delete key
		assert.ok(!document.getText().includes(PASSAGE));
		await waitFor('orphaned-annotation after the deletion', () => seedDiagnostics(document.uri, 'orphaned-annotation')[0]);
		await vscode.commands.executeCommand('undo');
		assert.ok(document.getText().includes(WIDER));
		await waitFor('orphaned-annotation to go after undo', () =>
			seedDiagnostics(document.uri, 'orphaned-annotation').length === 0 ? true : undefined,
		);
		await waitFor('the highlight back on the passage', () =>
			drawnOn(rangeOf(document, PASSAGE), 'frame/cooperation').then(yes => yes || undefined),
		);
	});

	it('1.2 a new tag takes a colour no codebook tag uses', async () => {
		await select(editor, rangeOf(document, PASSAGE));
		await vscode.commands.executeCommand('seed.debug.answerNextTagPick', 'evaluation/positive');
		await vscode.commands.executeCommand('seed.tagSelection');
		const codebookUri = (await vscode.commands.executeCommand<{ uri?: string }>('seed.codebook'))?.uri;
		assert.ok(codebookUri);
		const tags = (parse(fs.readFileSync(vscode.Uri.parse(codebookUri).fsPath, 'utf8')) as { tags: Record<string, { color?: string }> })
			.tags;
		const color = tags['evaluation/positive']?.color;
		assert.ok(color, 'evaluation/positive has no colour in the codebook');
		const others = Object.entries(tags).filter(([name]) => name !== 'evaluation/positive').map(([, tag]) => tag.color?.toLowerCase());
		assert.ok(!others.includes(color.toLowerCase()), `${color} is already the colour of another tag`);
		await waitFor(`the passage drawn in ${color}`, async () => {
			const drawn = (await vscode.commands.executeCommand<DrawnTag[]>('seed.debug.decorations')) ?? [];
			return drawn.some(entry => entry.tag === 'evaluation/positive' && entry.color.toLowerCase() === color.toLowerCase())
				? true
				: undefined;
		});
	});

	it('1.3 Remove Tag asks before dropping a note; Undo restores the same id, note and time', async () => {
		const tagged = await tagAt(editor, PASSAGE, 'claim/quote', 'Putin on the relations');
		const inside = rangeOf(document, PASSAGE).start.translate(0, 3);
		await select(editor, new vscode.Range(inside, inside));
		// Cancelled: nothing is removed.
		await vscode.commands.executeCommand('seed.debug.answerNextQuestion', null);
		assert.equal(await vscode.commands.executeCommand('seed.removeTag'), false);
		assert.equal(sidecarItems(document).length, 1);
		// Confirmed, then Undo in the notification.
		await vscode.commands.executeCommand('seed.debug.answerNextQuestion', 'Remove Tag and Note');
		await vscode.commands.executeCommand('seed.debug.answerNextQuestion', 'Undo');
		const asked =
			(await vscode.commands.executeCommand<{ message: string; choices: string[]; modal: boolean }[]>('seed.debug.questions')) ?? [];
		const before = asked.length;
		assert.equal(await vscode.commands.executeCommand('seed.removeTag'), true);
		const questions = await waitFor('the Undo offer', async () => {
			const all =
				(await vscode.commands.executeCommand<{ message: string; choices: string[]; modal: boolean }[]>('seed.debug.questions')) ??
				[];
			return all.length >= before + 2 ? all.slice(before) : undefined;
		});
		assert.match(questions[0].message, /Its note goes with it/);
		assert.equal(questions[0].modal, true);
		assert.deepEqual(questions[1].choices, ['Undo']);
		const restored = await waitFor('the annotation back in the sidecar', () =>
			sidecarItems(document).find(item => item.id === tagged.id),
		);
		assert.deepEqual(restored, tagged);
		await waitFor('the highlight back', () => drawnOn(rangeOf(document, PASSAGE), 'claim/quote').then((yes) => yes || undefined));
	});

	it('1.4 the tag picker takes Frame/Cooperation for the existing frame/cooperation', async () => {
		await select(editor, rangeOf(document, PASSAGE));
		const tagging = vscode.commands.executeCommand('seed.tagSelection');
		await waitFor('the tag picker', async () =>
			vscode.commands.executeCommand<{ items: string[] } | undefined>('seed.debug.tagPicker'),
		);
		assert.equal(await vscode.commands.executeCommand('seed.debug.typeInTagPicker', 'Frame/Cooperation'), true);
		const state = await waitFor('the picker to react to the typed name', async () => {
			const picker = await vscode.commands.executeCommand<{ value: string; items: string[]; activeTag?: string }>(
				'seed.debug.tagPicker',
			);
			return picker?.value === 'Frame/Cooperation' && picker.activeTag === 'frame/cooperation' ? picker : undefined;
		});
		assert.ok(!state.items.some(item => /Add "Frame\/Cooperation"/i.test(item)), `offered to add it again: ${state.items.join(' | ')}`);
		await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
		await tagging;
		await waitFor('frame/cooperation in the sidecar', () => sidecarItems(document).find((item) => item.tag === 'frame/cooperation'));
		const codebookUri = (await vscode.commands.executeCommand<{ uri?: string }>('seed.codebook'))?.uri;
		assert.ok(!fs.readFileSync(vscode.Uri.parse(codebookUri!).fsPath, 'utf8').includes('Frame/Cooperation'));
	});

	it('1.5 every row of the Tags view has a screen-reader label: tag and counts, seed file, passage', async () => {
		await tagAt(editor, PASSAGE, 'frame/cooperation', 'the key phrase');
		const node = await waitFor('frame/cooperation in the Tags view', async () => {
			const roots = await vscode.commands.executeCommand<TreeTag[]>('seed.debug.tagsTree');
			return roots?.find((root) => root.tag === 'frame/cooperation' && root.seeds.some((seed) => seed.passages.includes(PASSAGE)));
		});
		assert.equal(node.label, 'Tag frame/cooperation: 1 passage in 1 seed');
		const seed = node.seeds.find((entry) => entry.passages.includes(PASSAGE))!;
		assert.match(seed.label ?? '', /^001_2bec4b55e153d035\.txt: 1 passage tagged frame\/cooperation$/);
		const line = rangeOf(document, PASSAGE).start.line + 1;
		assert.equal(seed.passageLabels[0], `Passage “${PASSAGE}”, frame/cooperation, line ${line}, note: the key phrase`);
	});

	it('1.6 a header dated YYYY-02-05 gets a fix per year, the folder\'s year first, the year left selected', async () => {
		const uri = vscode.Uri.joinPath(seedsFolder(), '902_year_to_fill.txt');
		fs.writeFileSync(uri.fsPath, ` date YYYY-02-05 Talks in Beijing\n\n${document.getText()}`);
		const yearDocument = await vscode.workspace.openTextDocument(uri);
		const yearEditor = await vscode.window.showTextDocument(yearDocument);
		const [invalid] = await waitFor('invalid-date on YYYY', () => {
			const found = seedDiagnostics(uri, 'invalid-date');
			return found.length > 0 ? found : undefined;
		});
		const actions = await waitFor('year fixes (once the workspace is indexed)', async () => {
			const found = await vscode.commands.executeCommand<vscode.CodeAction[]>(
				'vscode.executeCodeActionProvider',
				uri,
				invalid.range,
				vscode.CodeActionKind.QuickFix.value,
			);
			const years = found?.filter((action) => action.title.startsWith('Set the year to'));
			return years && years.length >= 2 ? years : undefined;
		});
		assert.match(actions[0].title, /^Set the year to 2022 \(\d+ other seeds of this folder are from 2022\)$/);
		assert.ok(actions[0].edit, 'the fix has no edit');
		assert.ok(await vscode.workspace.applyEdit(actions[0].edit!), 'the edit was refused');
		assert.equal(yearDocument.lineAt(0).text, ' date 2022-02-05 Talks in Beijing');
		// Applied as a snippet: the year is the placeholder, selected to type over.
		await waitFor('the year selected', () => (yearDocument.getText(yearEditor.selection) === '2022' ? true : undefined), 5000);
		await waitFor('invalid-date to go', () => (seedDiagnostics(uri, 'invalid-date').length === 0 ? true : undefined));
		await vscode.commands.executeCommand('workbench.action.files.revert');
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		fs.rmSync(uri.fsPath, { force: true });
		editor = await vscode.window.showTextDocument(document);
	});
});

describe('issue 15: trying it must not break it', () => {
	it('2 the workbench does not save by itself, and the folder is a copy, not the repository\'s seeds/', async () => {
		assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off');
		const extensionRoot = process.env.SEED_TEST_EXTENSION_ROOT;
		if (extensionRoot)
			assert.ok(!seedsFolder().fsPath.startsWith(extensionRoot), `the tests opened ${seedsFolder().fsPath}, inside the repository`);
		const document = await openSeed('004');
		const editor = await vscode.window.showTextDocument(document);
		const onDisk = fs.readFileSync(document.uri.fsPath, 'utf8');
		assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Typed. ')));
		try {
			await new Promise((resolve) => setTimeout(resolve, 2500)); // auto-save "afterDelay" would have written by now
			assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), onDisk, 'the edit was saved without asking');
			assert.equal(document.isDirty, true);
		} finally {
			await vscode.commands.executeCommand('workbench.action.files.revert');
		}
	});
});
