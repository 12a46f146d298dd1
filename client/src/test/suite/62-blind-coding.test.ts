// Blind coding and "Show All Coders" as a person meets them: coder ana tags two passages; coder ben
// tags one. Ben's Tags view, status bar and Next Annotation show only his own; with Show All Coders
// on they show ana's too, each naming her; off again, blind again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, becomeCoder, openSeed, selectInWorkbench, tag, untilWorkbenchCaughtUp, waitFor } from './helpers';

const FIRST = 'Diaoyutai State Guesthouse';
const SECOND = 'Beijing eight years later';

interface TreeSeed {
	readonly uri: string; readonly description: string; readonly label: string;
	readonly passages: string[]; readonly others: string[]; readonly passageLabels: string[];
}
interface TreeTag { readonly tag: string; readonly description: string; readonly label: string; readonly seeds: TreeSeed[] }

describe('blind coding', function () {
	this.timeout(120_000);
	let document: vscode.TextDocument;
	let editor: vscode.TextEditor;
	let base: string;

	/** The Tags view's rows for this seed only (other suites' coders may have tagged other seeds). */
	async function tagsOfSeed(): Promise<{ tag: string; description: string; label: string; seed: TreeSeed }[]> {
		const roots = await vscode.commands.executeCommand<TreeTag[]>('seed.debug.tagsTree');
		return roots.flatMap(root => root.seeds
			.filter(seed => seed.uri === document.uri.toString())
			.map(seed => ({ tag: root.tag, description: root.description, label: root.label, seed })));
	}

	async function statusText(expected: string): Promise<void> {
		let shown: string | undefined;
		await waitFor(`the status bar to read “${expected}”`, async () => {
			shown = await vscode.commands.executeCommand<string | undefined>('seed.debug.annotationStatus');
			return shown === expected ? true : undefined;
		}).catch((error: Error) => { throw new Error(`${error.message}; it reads “${shown}”`); });
	}

	/** Next Annotation from the top of the text, `times` times: the passages it selects (each once the workbench has it). */
	async function walk(times: number): Promise<string[]> {
		editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
		await selectInWorkbench(editor, new vscode.Selection(0, 0, 0, 0));
		const visited: string[] = [];
		for (let i = 0; i < times; i++) {
			await vscode.commands.executeCommand('seed.nextAnnotation');
			await untilWorkbenchCaughtUp(editor);
			visited.push(editor.document.getText(editor.selection));
		}
		return visited;
	}

	before(async () => {
		document = await openSeed('002');
		await activeExtension();
		base = document.uri.fsPath.replace(/\.txt$/, '');
	});

	after(async () => {
		if (await vscode.commands.executeCommand<boolean>('seed.debug.allCodersShown')) {
			await vscode.commands.executeCommand('seed.showAllCoders');
		}
		await vscode.workspace.getConfiguration('seed').update('annotations.coder', undefined, vscode.ConfigurationTarget.Workspace);
		for (const coder of ['ana', 'ben']) fs.rmSync(`${base}.${coder}.tags.yaml`, { force: true });
	});

	it("ana tags; ben, blind, sees only his own in the Tags view, the status bar and Next Annotation", async () => {
		await becomeCoder('ana');
		editor = await vscode.window.showTextDocument(document);
		await tag(editor, FIRST, 'frame/place');
		await tag(editor, SECOND, 'frame/sport');
		await waitFor("ana's two tags on disk", () => (/frame\/sport/.test(readOr(`${base}.ana.tags.yaml`)) ? true : undefined));
		await statusText('$(tag) 2 tags');

		await becomeCoder('ben');
		editor = await vscode.window.showTextDocument(document);
		// Switching coder reloads the views at once: ben has nothing yet.
		await statusText('$(tag) 0 tags');
		assert.deepEqual(await tagsOfSeed(), []);
		await tag(editor, FIRST, 'frame/place');
		await waitFor("ben's tag on disk", () => (/frame\/place/.test(readOr(`${base}.ben.tags.yaml`)) ? true : undefined));
		await statusText('$(tag) 1 tag');
		const rows = await waitFor("ben's tag in the Tags view", async () => {
			const found = await tagsOfSeed();
			return found.length === 1 ? found : undefined;
		});
		assert.deepEqual(rows.map(row => [row.tag, row.seed.passages, row.seed.others]), [['frame/place', [FIRST], []]]);
		assert.deepEqual(await walk(2), [FIRST, FIRST], 'Next Annotation stays on his own passage');
	});

	it('Show All Coders adds ana’s passages to the Tags view, the status bar and Next Annotation, naming her', async () => {
		await vscode.commands.executeCommand('seed.showAllCoders');
		await statusText('$(tag) 1 tag + 2 by others');
		const rows = await waitFor("ana's passages in the Tags view", async () => {
			const found = await tagsOfSeed();
			return found.length === 2 ? found : undefined;
		});
		const place = rows.find(row => row.tag === 'frame/place')!;
		assert.deepEqual([place.seed.passages, place.seed.others], [[FIRST], [`ana: ${FIRST}`]]);
		assert.equal(place.description, '1 passage + 1 by ana · 1 seed');
		assert.equal(place.label, 'Tag frame/place: 1 passage, and 1 passage by ana, in 1 seed');
		const sport = rows.find(row => row.tag === 'frame/sport')!;
		assert.deepEqual([sport.seed.passages, sport.seed.others], [[], [`ana: ${SECOND}`]]);
		assert.equal(sport.description, '0 passages + 1 by ana · 1 seed');
		assert.match(sport.seed.passageLabels[0], /^ana's passage “Beijing eight years later”, frame\/sport, line \d+$/);
		assert.deepEqual(await walk(3), [FIRST, SECOND, FIRST], "Next Annotation visits ana's passage too");
	});

	it('off again, blind again', async () => {
		await vscode.commands.executeCommand('seed.showAllCoders');
		await statusText('$(tag) 1 tag');
		await waitFor("ana's passages gone from the Tags view", async () => ((await tagsOfSeed()).length === 1 ? true : undefined));
		assert.deepEqual(await walk(2), [FIRST, FIRST]);
	});
});

function readOr(file: string): string {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}
