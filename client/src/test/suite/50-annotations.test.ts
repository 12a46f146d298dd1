// Tagging through the real commands against the real language server, checked where it matters:
// the sidecar YAML on disk and the highlights drawn in the editor.
//
// How the tag picker is answered:
// - the first tag uses the test hook `seed.debug.answerNextTagPick`, which makes the next pick
//   answer a given tag without showing the quick pick (as if chosen; new names would be added to
//   the codebook, as the picker's "Add" item does);
// - the second drives the real quick pick: the last tag used is preselected, so the test waits
//   until `seed.debug.tagPicker` reports it active and accepts it with the workbench's own
//   `workbench.action.acceptSelectedQuickOpenItem` — the Enter a person would press.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, openSeed, waitFor } from './helpers';

const TAG = 'frame/cooperation';
const FIRST = 'vowed to turn mutual trust between the two countries into cooperation in all fields';
const SECOND = 'a good tradition of close relations';
const THIRD = 'Close communication maintained';
const NEW_TAG = 'frame/tradition';

interface SidecarItem {
	readonly id: string;
	readonly tag: string;
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

interface TreeTag {
	readonly tag: string;
	readonly description: string;
	readonly seeds: readonly { uri: string; description: string; passages: readonly string[] }[];
}

interface DrawnTag {
	readonly tag: string;
	readonly ranges: readonly { start: { line: number; character: number }; end: { line: number; character: number } }[];
}

/** `name.txt` → `name.tags.yaml` beside it. */
function sidecarPath(document: vscode.TextDocument): string {
	return document.uri.fsPath.replace(/\.[^./\\]+$/, '.tags.yaml');
}

/** The annotations in the sidecar on disk, or undefined while it does not exist or does not parse. */
function sidecarItems(document: vscode.TextDocument): SidecarItem[] | undefined {
	let text: string;
	try {
		text = fs.readFileSync(sidecarPath(document), 'utf8');
	} catch {
		return undefined;
	}
	const parsed = parse(text) as { annotations?: SidecarItem[] } | null;
	return parsed?.annotations ?? undefined;
}

function rangeOf(document: vscode.TextDocument, passage: string): vscode.Range {
	const offset = document.getText().indexOf(passage);
	assert.ok(offset >= 0, `the sample seed no longer contains “${passage}”`);
	return new vscode.Range(document.positionAt(offset), document.positionAt(offset + passage.length));
}

/**
 * Runs `change` and waits until the workbench reports the selection `expected`. The extension host
 * applies a selection at once but learns the workbench's view later, in order: until the last echo
 * arrives, an earlier selection can come back and be what the next command sees.
 */
async function untilSelection(editor: vscode.TextEditor, expected: vscode.Range, change: () => unknown): Promise<void> {
	let confirmed = false;
	const listener = vscode.window.onDidChangeTextEditorSelection((event) => {
		if (event.textEditor.document === editor.document) confirmed = event.selections[0]?.isEqual(expected) ?? false;
	});
	try {
		await change();
		await waitFor(`the selection “${editor.document.getText(expected)}” `
			+ `at ${expected.start.line + 1}:${expected.start.character + 1}`, () => (confirmed ? true : undefined))
			.catch((error: Error) => {
				throw new Error(`${error.message}; it is “${editor.document.getText(editor.selection)}” `
					+ `at ${editor.selection.start.line + 1}:${editor.selection.start.character + 1}`);
			});
	} finally {
		listener.dispose();
	}
}

/** Selects `range` (from its start to its end) and waits until the workbench has it. */
function select(editor: vscode.TextEditor, range: vscode.Range): Promise<void> {
	const selection = new vscode.Selection(range.start, range.end);
	if (editor.selection.isEqual(selection)) return Promise.resolve();
	return untilSelection(editor, selection, () => { editor.selection = selection; });
}

async function drawn(): Promise<DrawnTag[]> {
	return (await vscode.commands.executeCommand<DrawnTag[]>('seed.debug.decorations')) ?? [];
}

function isDrawn(tags: readonly DrawnTag[], tag: string, range: vscode.Range): boolean {
	return tags.some((drawnTag) => drawnTag.tag === tag && drawnTag.ranges.some((r) =>
		r.start.line === range.start.line && r.start.character === range.start.character
		&& r.end.line === range.end.line && r.end.character === range.end.character));
}

describe('annotations', () => {
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;

	before(async () => {
		// Opening a seed activates the extension (also when this suite runs alone, with --grep).
		document = await openSeed('003');
		await activeExtension();
		editor = await vscode.window.showTextDocument(document);
		fs.rmSync(sidecarPath(document), { force: true });
	});

	it('Tag Selection saves the tag and the exact passage in the sidecar and highlights it', async () => {
		const first = rangeOf(document, FIRST);
		await select(editor, first);
		await vscode.commands.executeCommand('seed.debug.answerNextTagPick', TAG);
		await vscode.commands.executeCommand('seed.tagSelection');
		const items = await waitFor('the tag in the sidecar on disk', () => {
			const found = sidecarItems(document)?.filter((item) => item.tag === TAG && item.text === FIRST);
			return found && found.length > 0 ? found : undefined;
		});
		assert.equal(items.length, 1);
		assert.equal(document.getText().slice(items[0].start, items[0].end), FIRST, 'start/end do not point at the passage');
		await waitFor(`a ${TAG} highlight on the passage`, async () => (isDrawn(await drawn(), TAG, first) ? true : undefined));
	});

	it('tagging again is one Enter: the real picker preselects the last tag', async () => {
		const second = rangeOf(document, SECOND);
		await select(editor, second);
		const tagging = vscode.commands.executeCommand('seed.tagSelection');
		await waitFor(`the tag picker with ${TAG} preselected`, async () => {
			const picker = await vscode.commands.executeCommand<{ activeTag?: string } | undefined>('seed.debug.tagPicker');
			return picker?.activeTag === TAG ? true : undefined;
		});
		await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
		await tagging;
		await waitFor('both passages in the sidecar', () => {
			const texts = sidecarItems(document)?.filter((item) => item.tag === TAG).map((item) => item.text) ?? [];
			return texts.includes(FIRST) && texts.includes(SECOND) ? true : undefined;
		});
		await waitFor('the second highlight', async () => (isDrawn(await drawn(), TAG, second) ? true : undefined));
		await waitFor('the status bar count', async () => {
			const text = await vscode.commands.executeCommand<string | undefined>('seed.debug.annotationStatus');
			return text === '$(tag) 2 tags' ? true : undefined;
		});
	});

	it('the Tags view lists tag → seed → passage with counts', async () => {
		const tree = await waitFor('frame/cooperation in the Tags view', async () => {
			const roots = await vscode.commands.executeCommand<TreeTag[]>('seed.debug.tagsTree');
			const node = roots?.find((root) => root.tag === TAG);
			return node && node.seeds[0]?.passages.length === 2 ? node : undefined;
		});
		assert.equal(tree.description, '2 passages · 1 seed');
		assert.equal(tree.seeds.length, 1);
		assert.equal(vscode.Uri.parse(tree.seeds[0].uri).fsPath, document.uri.fsPath);
		assert.equal(tree.seeds[0].description, '2 passages');
		assert.deepEqual(tree.seeds[0].passages, [FIRST, SECOND]);
	});

	it('Next and Previous Annotation select the passages in order', async () => {
		const [first, second] = [rangeOf(document, FIRST), rangeOf(document, SECOND)];
		await select(editor, new vscode.Range(0, 0, 0, 0));
		await untilSelection(editor, first, () => vscode.commands.executeCommand('seed.nextAnnotation'));
		await untilSelection(editor, second, () => vscode.commands.executeCommand('seed.nextAnnotation'));
		await untilSelection(editor, first, () => vscode.commands.executeCommand('seed.previousAnnotation'));
		// Both directions wrap around.
		await untilSelection(editor, second, () => vscode.commands.executeCommand('seed.previousAnnotation'));
		await untilSelection(editor, first, () => vscode.commands.executeCommand('seed.nextAnnotation'));
	});

	it('an edit before a passage moves its highlight and its range, before any save', async () => {
		const lineStart = new vscode.Position(rangeOf(document, FIRST).start.line, 0);
		const insertion = 'Edited: ';
		assert.ok(await editor.edit((edit) => edit.insert(lineStart, insertion)), 'the edit was refused');
		try {
			const moved = rangeOf(document, FIRST);
			await waitFor('the highlight on the moved passage', async () => (isDrawn(await drawn(), TAG, moved) ? true : undefined));
			// The range comes from the server, which follows the edit: Next lands on the moved words.
			await select(editor, new vscode.Range(0, 0, 0, 0));
			await untilSelection(editor, moved, () => vscode.commands.executeCommand('seed.nextAnnotation'));
		} finally {
			assert.ok(await editor.edit((edit) => edit.delete(new vscode.Range(lineStart, lineStart.translate(0, insertion.length)))));
		}
		await waitFor('the highlight back in place', async () =>
			isDrawn(await drawn(), TAG, rangeOf(document, FIRST)) ? true : undefined,
		);
	});

	it('Remove Tag removes the annotation at the cursor from the sidecar and its highlight', async () => {
		const first = rangeOf(document, FIRST);
		const inside = first.start.translate(0, 5);
		await select(editor, new vscode.Range(inside, inside));
		await vscode.commands.executeCommand('seed.removeTag');
		await waitFor('the first passage to leave the sidecar', () => {
			const texts = sidecarItems(document)?.map((item) => item.text);
			return texts && !texts.includes(FIRST) ? texts : undefined;
		});
		assert.deepEqual(sidecarItems(document)?.map((item) => item.text), [SECOND], 'Remove Tag touched another annotation');
		await waitFor('the first highlight to go', async () => {
			const tags = await drawn();
			return !isDrawn(tags, TAG, first) && isDrawn(tags, TAG, rangeOf(document, SECOND)) ? true : undefined;
		});
	});

	it('a tag the codebook lacks is added to it, then used', async () => {
		const third = rangeOf(document, THIRD);
		await select(editor, third);
		// What the picker's "Add "x" to the codebook" item answers.
		await vscode.commands.executeCommand('seed.debug.answerNextTagPick', NEW_TAG);
		await vscode.commands.executeCommand('seed.tagSelection');
		const codebookUri = (await vscode.commands.executeCommand<{ uri?: string }>('seed.codebook'))?.uri;
		assert.ok(codebookUri, 'the server found no codebook (the sample seeds/codebook.yaml)');
		const codebook = fs.readFileSync(vscode.Uri.parse(codebookUri).fsPath, 'utf8');
		assert.ok(codebook.includes(NEW_TAG), `${NEW_TAG} was not added to codebook.yaml`);
		assert.ok(codebook.includes('# Who acts or speaks.'), 'adding a tag lost the codebook comments');
		await waitFor(`${NEW_TAG} in the sidecar`, () =>
			sidecarItems(document)?.some(item => item.tag === NEW_TAG && item.text === THIRD) ? true : undefined,
		);
		await waitFor(`a ${NEW_TAG} highlight`, async () => (isDrawn(await drawn(), NEW_TAG, third) ? true : undefined));
	});

	it('Tag All Mentions tags every mention of the entity under the cursor', async () => {
		const mention = rangeOf(document, 'Putin paid a visit');
		const inside = mention.start.translate(0, 2);
		await select(editor, new vscode.Range(inside, inside));
		await vscode.commands.executeCommand('seed.debug.answerNextTagPick', 'actor/state');
		await vscode.commands.executeCommand('seed.tagAllMentions');
		const mentions = await waitFor('actor/state mentions in the sidecar', () => {
			const found = sidecarItems(document)?.filter((item) => item.tag === 'actor/state');
			return found && found.length > 0 ? found : undefined;
		});
		// Which spans count as mentions is the server's entity detector's business; the client must
		// have sent the cursor's position, so the mention under it is among them, and every span is
		// the passage it claims to be.
		assert.ok(mentions.length >= 2, `only ${mentions.length} mention(s) tagged; 003 names Putin several times`);
		const at = document.offsetAt(inside);
		assert.ok(mentions.some((item) => item.start <= at && at < item.end), 'the mention under the cursor was not tagged');
		for (const item of mentions) assert.equal(document.getText().slice(item.start, item.end), item.text);
	});

	after(async () => {
		// Leaves the seed as the other suites expect it: no annotation left.
		if (!document) return;
		for (const item of sidecarItems(document) ?? []) {
			await vscode.commands.executeCommand('seed.untag', { uri: document.uri.toString(), id: item.id });
		}
	});
});
