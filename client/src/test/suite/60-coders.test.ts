// Several coders, end to end in the workbench: coder alice tags, coder bob (blind to alice) tags
// differently, Compare Coders shows the figures, a disagreement quick fix writes the consensus file,
// and Show All Coders draws alice's tags for bob.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activeExtension, becomeCoder, openSeed, seedDiagnostics, tag, waitFor } from './helpers';

const FIRST = 'a good tradition between them';
const SECOND = 'record high';

interface ShownFigures { readonly unitizingAlpha: { readonly value: number | null } }
interface ShownReport {
	readonly coders: string[];
	readonly overall: ShownFigures;
	readonly codes: (ShownFigures & { readonly code: string })[];
}

interface Item { readonly tag: string; readonly text: string; readonly coder?: string; readonly created: string }

function itemsIn(file: string): Item[] | undefined {
	try {
		return (parse(fs.readFileSync(file, 'utf8')) as { annotations?: Item[] }).annotations;
	} catch {
		return undefined;
	}
}

describe('several coders', () => {
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;
	let base: string;

	before(async () => {
		document = await openSeed('004');
		await activeExtension();
		editor = await vscode.window.showTextDocument(document);
		base = document.uri.fsPath.replace(/\.txt$/, '');
	});

	after(async () => {
		await vscode.workspace.getConfiguration('seed').update('annotations.coder', undefined, vscode.ConfigurationTarget.Workspace);
	});

	it('coder alice tags into name.alice.tags.yaml; coder bob, blind to alice, into name.bob.tags.yaml', async () => {
		await becomeCoder('alice');
		editor = await vscode.window.showTextDocument(document);
		await tag(editor, FIRST, 'frame/tradition');
		await waitFor("alice's first tag on disk", () => (itemsIn(`${base}.alice.tags.yaml`)?.length === 1 ? true : undefined));
		await tag(editor, SECOND, 'frame/economy');
		await waitFor("alice's tags on disk", () => (itemsIn(`${base}.alice.tags.yaml`)?.length === 2 ? true : undefined));
		assert.match(fs.readFileSync(`${base}.alice.tags.yaml`, 'utf8'), /^coder: alice$/m);

		await becomeCoder('bob');
		editor = await vscode.window.showTextDocument(document);
		// Blind: bob's editor draws none of alice's tags.
		await waitFor('no highlights for bob', async () => {
			const drawn = await vscode.commands.executeCommand<{ tag: string; ranges: unknown[] }[]>('seed.debug.decorations');
			return drawn && drawn.every(entry => entry.ranges.length === 0) ? true : undefined;
		});
		await tag(editor, FIRST, 'frame/tradition');
		await waitFor("bob's first tag on disk", () => (itemsIn(`${base}.bob.tags.yaml`)?.length === 1 ? true : undefined));
		await tag(editor, SECOND, 'frame/cooperation');
		await waitFor("bob's tags on disk", () => (itemsIn(`${base}.bob.tags.yaml`)?.length === 2 ? true : undefined));
		const aliceTags = itemsIn(`${base}.alice.tags.yaml`)?.map(item => item.tag);
		assert.deepEqual(aliceTags, ['frame/tradition', 'frame/economy'], "bob's tagging changed alice's file");
		assert.equal(fs.existsSync(`${base}.tags.yaml`), false);
	});

	it('Compare Coders reports uα per code: 1 where they agree, below 1 overall', async () => {
		await vscode.commands.executeCommand('seed.compareCoders');
		const answer = await waitFor('the report', async () => {
			const shown = await vscode.commands.executeCommand<ShownReport | undefined>('seed.debug.compareCoders');
			return shown && shown.coders.join() === 'alice,bob' ? shown : undefined;
		});
		const alpha = (code: string) => answer.codes.find(entry => entry.code === code)?.unitizingAlpha.value;
		assert.equal(alpha('frame/tradition'), 1);
		assert.ok(alpha('frame/economy')! < 0.5, String(alpha('frame/economy')));
		const overall = answer.overall.unitizingAlpha.value!;
		assert.ok(overall > -1 && overall < 1, String(overall));
		await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
	});

	it('Show Disagreements flags the differing passage; Accept writes the consensus file', async () => {
		await vscode.commands.executeCommand('seed.showDisagreements');
		const [flagged] = await waitFor('a coder-disagreement', () => {
			const found = seedDiagnostics(document.uri, 'coder-disagreement');
			return found.length === 1 ? found : undefined;
		}, 20_000);
		assert.equal(flagged.severity, vscode.DiagnosticSeverity.Information);
		assert.equal(document.getText(flagged.range), SECOND);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
			'vscode.executeCodeActionProvider', document.uri, flagged.range);
		const accept = actions.find(action => action.title === "Accept alice's frame/economy");
		assert.ok(accept?.command, `no Accept action among ${actions.map(action => action.title).join(', ')}`);
		await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
		const consensus = await waitFor('the consensus file', () => itemsIn(`${base}.tags.yaml`));
		assert.deepEqual(consensus.map(item => [item.tag, item.text, item.coder]), [['frame/economy', SECOND, 'alice']]);
		await waitFor('the flag to go', () => (seedDiagnostics(document.uri, 'coder-disagreement').length === 0 ? true : undefined));
		await vscode.commands.executeCommand('seed.showDisagreements');
	});

	it("Show All Coders draws alice's tags for bob, and hides them again", async () => {
		// The seed in front (the quick fix before may have left another editor active): what is drawn is read from it.
		await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
		await vscode.commands.executeCommand('seed.showAllCoders');
		const drawn = await waitFor("alice's tags drawn", async () => {
			const coders = await vscode.commands.executeCommand<{ coder: string; count: number }[]>('seed.debug.otherCoders');
			return coders?.length ? coders : undefined;
		});
		assert.deepEqual(drawn, [{ coder: 'alice', count: 2 }]);
		await vscode.commands.executeCommand('seed.showAllCoders');
		await waitFor("alice's tags hidden", async () => {
			const coders = await vscode.commands.executeCommand<{ coder: string; count: number }[]>('seed.debug.otherCoders');
			return coders?.length === 0 ? true : undefined;
		});
	});
});
