// The Corpus Overview in a real workbench: the webview's tables read against the overview fixture
// (server/test/fixtures/overview), and a heat-map cell clicked down to the passage in the editor.
// The webview is reached through `seed.debug.overviewProbe`, which reads and clicks its real DOM.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

/** RFC 4180 as the export writes it: CRLF line ends, fields with a comma, quote or line break quoted. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') field += text[++index];
			else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index++;
		} else field += char;
	}
	assert.equal(field + row.join(''), '', 'the CSV ends with CRLF');
	return rows;
}

/** The on-screen table an export button writes, by the button's id. */
const tableOfButton: Record<string, string> = {
	'codes-csv': 'codes',
	'heatmap-csv': 'matrix',
	'cooccurrence-csv': 'cooccurrence',
	'timeline-csv': 'timeline',
	'coders-csv': 'coders',
	'entities-csv-entities': 'entities',
	'entities-csv-entitiesOverTime': 'entitiesOverTime',
};

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('corpus overview', () => {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-overview-exports-'));
	after(() => fs.rmSync(scratch, { recursive: true, force: true }));

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

	it('every table exports to CSV, every chart to SVG and PNG, through the save dialog', async () => {
		const ids = await probe<string[]>({ action: 'exportButtons' });
		const expected = [
			'codes-csv', 'heatmap-csv', 'heatmap-svg', 'heatmap-png', 'cooccurrence-csv', 'cooccurrence-svg', 'cooccurrence-png',
			'timeline-csv', 'timeline-svg', 'timeline-png', 'undated-csv', 'coders-csv', 'coders-svg', 'coders-png',
		];
		for (const id of expected) assert.ok(ids.includes(id), `no export button ${id} among ${ids.join(', ')}`);
		const written = new Map<string, Buffer>();
		for (const id of ids) {
			const extension = id.replace(/^.*-(csv|svg|png)(-.*)?$/, '$1');
			const file = path.join(scratch, `${id}.${extension}`);
			// The person picks a file in the save dialog; then the button is pressed as a mouse would.
			await vscode.commands.executeCommand('seed.debug.answerNextSaveDialog', file);
			assert.equal(await probe<unknown>({ action: 'click', id }), true, id);
			const complete = (bytes: Buffer) =>
				extension === 'png' ? bytes.length > 100 : bytes.toString('utf8').endsWith(extension === 'svg' ? '</svg>' : '\r\n');
			written.set(id, await waitFor(`${path.basename(file)} on disk`, () => {
				const bytes = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
				return bytes && complete(bytes) ? bytes : undefined;
			}));
		}
		for (const [id, bytes] of written) {
			if (id.includes('-csv')) {
				const rows = parseCsv(bytes.toString('utf8'));
				const onScreen = tableOfButton[id];
				if (onScreen) assert.deepEqual(rows, await table(onScreen), `${id}: the CSV holds the table on screen`);
			} else if (id.endsWith('-svg')) {
				const svg = bytes.toString('utf8');
				assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, id);
				assert.ok(!svg.includes('<style'), `${id}: no stylesheet left to depend on`);
				assert.match(svg, /<(rect|path|line|circle)\b/, `${id}: something drawn`);
				if (id === 'entities-svg') {
					// The lines are named in the chart itself, not only in the HTML legend beside it.
					const [, firstEntity] = (await table('entitiesOverTime'))[0];
					assert.ok(svg.includes(`>${firstEntity}</text>`), `${id} names ${firstEntity}`);
				}
			} else {
				assert.deepEqual(bytes.subarray(0, 8), pngSignature, `${id}: PNG signature`);
				assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', id);
				const width = bytes.readUInt32BE(16);
				const height = bytes.readUInt32BE(20);
				assert.ok(width >= 200 && height >= 100, `${id}: ${width} × ${height} px`);
			}
		}
		const codes = parseCsv(written.get('codes-csv')!.toString('utf8'));
		assert.deepEqual(codes[0], ['code', 'passages', 'seeds', 'characters', 'own passages', 'own seeds', 'own characters']);
		assert.ok(codes.some(row => row.join() === 'frame/*,5,3,116,0,0,0'), codes.join('\n'));
		assert.deepEqual(parseCsv(written.get('undated-csv')!.toString('utf8')), [
			['seed', 'problem', 'passages'],
			['overview/b/four.txt', 'no date header', '1'],
			['overview/five.txt', 'invalid date', '0'],
		]);
		assert.deepEqual(parseCsv(written.get('timeline-csv')!.toString('utf8')).slice(1), [
			['2022-02', '2022-02-01', '2', '2', '7'],
			['2022-03', '2022-03-01', '1', '1', '2'],
		]);
	});

	it('a cancelled save dialog writes nothing', async () => {
		const before = fs.readdirSync(scratch).length;
		await vscode.commands.executeCommand('seed.debug.answerNextSaveDialog', null);
		assert.equal(await probe<unknown>({ action: 'click', id: 'codes-csv' }), true);
		// The next export (answered) lands, and proves the cancelled one was handled before it.
		const file = path.join(scratch, 'after-cancel.csv');
		await vscode.commands.executeCommand('seed.debug.answerNextSaveDialog', file);
		assert.equal(await probe<unknown>({ action: 'click', id: 'codes-csv' }), true);
		await waitFor('after-cancel.csv', () => (fs.existsSync(file) ? true : undefined));
		assert.equal(fs.readdirSync(scratch).length, before + 1);
	});
});
