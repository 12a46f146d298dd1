// The Corpus Overview in a real workbench: the webview's tables read against the overview fixture
// (server/test/fixtures/overview), and a heat-map cell clicked down to the passage in the editor.
// The webview is reached through `seed.debug.overviewProbe`, which reads and clicks its real DOM.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, openSeed, seedsFolder, waitFor } from './helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const fixture = path.join(repoRoot, 'server', 'test', 'fixtures', 'overview', 'seeds');

function probe<T>(request: object): Thenable<T> {
	return vscode.commands.executeCommand<T>('seed.debug.overviewProbe', request);
}

async function table(name: string): Promise<string[][]> {
	const rows = await probe<string[][] | { error: string }>({ action: 'table', table: name });
	if (!Array.isArray(rows)) throw new Error(rows.error);
	return rows;
}

describe('corpus overview', () => {
	before(async () => {
		await openSeed('000');
		await activeExtension();
		await vscode.commands.executeCommand('seed.showCorpusOverview');
		// The fixture goes into its own folder of the workspace, after the overview is open: it must
		// follow new files by itself. The folder filter keeps it to the fixture.
		await probe({ action: 'setInput', id: 'filter-folder', value: 'overview' });
		const copy = path.join(seedsFolder().fsPath, 'overview');
		fs.cpSync(fixture, copy, { recursive: true });
		// The server learns of new files from the workbench's file watcher, which code-server's headless
		// host does not always deliver: opening the seeds (without showing them) indexes them for sure.
		for (const file of ['a/one.txt', 'a/two.txt', 'b/three.txt', 'b/four.txt', 'five.txt']) {
			await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(copy, file)));
		}
	});

	it("shows the fixture's totals and codes, parents rolled up", async () => {
		// The overview follows the newly indexed seeds by itself (nothing asks it to refresh).
		const expected = '5 seeds, 4 coded · 10 passages · 207 characters (code points)';
		let shown = '';
		await waitFor(
			`the totals “${expected}”`,
			async () => ((shown = await probe<string>({ action: 'totals' })) === expected ? true : undefined),
			25_000,
		).catch((error: Error) => {
			throw new Error(`${error.message}; the overview shows “${shown}”`);
		});
		const codes = await table('codes');
		assert.deepEqual(codes[0], ['code', 'passages', 'seeds', 'characters', 'own passages', 'own seeds', 'own characters']);
		const row = (code: string) => codes.find(cells => cells[0] === code);
		assert.deepEqual(row('frame/*'), ['frame/*', '5', '3', '116', '0', '0', '0']);
		assert.deepEqual(row('frame/cooperation'), ['frame/cooperation', '4', '2', '77', '4', '2', '77']);
		assert.deepEqual(row('actor/state'), ['actor/state', '4', '3', '84', '4', '3', '84']);
		const matrix = await table('matrix');
		assert.deepEqual(matrix[0], ['code', 'overview/a/one.txt', 'overview/a/two.txt', 'overview/b/four.txt', 'overview/b/three.txt']);
		assert.deepEqual(
			matrix.find(cells => cells[0] === 'frame/cooperation'),
			['frame/cooperation', '3', '1', '0', '0'],
		);
		assert.deepEqual(await probe<string[]>({ action: 'undated' }), [
			'overview/b/four.txt — no date header, 1 passage Insert date header…',
			"overview/five.txt — the header's date is not a real date, 0 passages ",
		]);
		const timeline = await table('timeline');
		assert.deepEqual(timeline.slice(1), [
			['2022-02', '2022-02-01', '2', '2', '7'],
			['2022-03', '2022-03-01', '1', '1', '2'],
		]);
		assert.deepEqual((await table('coders')).slice(1), [
			['(plain sidecar)', '4', '9'],
			['alice', '1', '1'],
		]);
		assert.ok((await probe<number>({ action: 'chartCount' })) >= 5, 'every section draws its chart');
	});

	it('a heat-map cell lists its passages, and a passage opens the text there', async () => {
		const passages = await probe<string[] | { error: string }>({
			action: 'clickHeatCell',
			code: 'frame/cooperation',
			path: 'overview/a/one.txt',
		});
		assert.ok(Array.isArray(passages), JSON.stringify(passages));
		assert.deepEqual(passages, [
			'“pledged mutual trust” frame/cooperation',
			'“mutual trust and deeper cooperation” frame/cooperation',
			'“mutual trust” frame/cooperation (alice)',
		]);
		await probe({ action: 'clickPassage', index: 0 });
		const editor = await waitFor('the seed open at the passage', () => {
			const active = vscode.window.activeTextEditor;
			return active?.document.uri.fsPath.endsWith(path.join('overview', 'a', 'one.txt')) && !active.selection.isEmpty
				? active
				: undefined;
		});
		assert.equal(editor.document.getText(editor.selection), 'pledged mutual trust');
		assert.equal(editor.selection.start.line, 4);
	});
});
