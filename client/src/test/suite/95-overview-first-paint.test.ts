// The Corpus Overview's first paint on a large corpus (issue 18 §4: ≤ 1.5 s for 10,000 seeds with
// 100,000 annotations, in the real workbench). The corpus is generated into a folder of the
// throw-away workspace, the server is restarted so that it indexes it, and the time is taken from the
// command until the webview has painted its first figures (the webview stamps the frame). The
// assertion is generous (≤ 5 s) so that a loaded CI machine passes while a regression of several
// times fails; the figure is printed, and written to SEED_OVERVIEW_REPORT for `npm run bench`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, openSeed, seedsFolder, waitFor } from './helpers';

const seedCount = 10_000;
const passagesPerSeed = 10;
const folders = 20;
const codes = [
	'actor/state', 'actor/official', 'actor/organization', 'actor/media', 'frame/cooperation', 'frame/conflict',
	'frame/sovereignty', 'frame/order', 'frame/economy', 'claim/quote', 'claim/evaluation', 'claim/agreement',
];
const given = ['Amina', 'Carlos', 'Elena', 'Hiroshi', 'Kofi', 'Lars', 'Maria', 'Olga', 'Rahul', 'Sofia', 'Wang', 'Zhang'];
const family = ['Okafor', 'Mendes', 'Petrova', 'Tanaka', 'Mensah', 'Berg', 'Rossi', 'Ivanova', 'Sharma', 'Costa', 'Mwangi', 'Novak'];
const cities = ['Nairobi', 'Lagos', 'Lima', 'Hanoi', 'Oslo', 'Kyiv', 'Dhaka', 'Quito', 'Accra', 'Riga', 'Tunis', 'Baku'];

/** A news text of about 1.7 KB and its ten passages (UTF-16 offsets; the text is ASCII). */
function generatedSeed(n: number): { text: string; passages: { tag: string; start: number; end: number }[] } {
	const person = `${given[n % given.length]} ${family[(n * 7) % family.length]}${n % 97}`;
	const city = cities[(n * 5) % cities.length];
	const agency = `${family[(n * 3) % family.length]} Development Agency`;
	const paragraphs = Array.from({ length: 5 }, (_, i) =>
		`Foreign Minister ${person} told reporters in ${city} on Monday that the ${agency} would open ${i + 2} offices ` +
		`across Africa and Asia. "We are ready to work with the United Nations and the G20," the minister said, ` +
		'adding that closer cooperation on trade and energy was a chance to act.',
	);
	// One seed in thirty has no date header: the overview lists those apart.
	const twoDigits = (value: number) => String(value).padStart(2, '0');
	const header = n % 30 === 7 ? '' : ` date ${2022 + (n % 2)}-${twoDigits(1 + (n % 12))}-${twoDigits(1 + (n % 28))} `;
	const dateline = `${city.toUpperCase()}, Jan. ${1 + (n % 28)} (Reuters) -- `;
	const text = `${header}${person} visits ${city}\n\n${dateline}${paragraphs.join('\n\n')}\n`;
	const phrases = [person, agency, 'the United Nations', 'closer cooperation on trade and energy', 'ready to work with'];
	const passages: { tag: string; start: number; end: number }[] = [];
	let from = 0;
	for (let index = 0; index < passagesPerSeed; index++) {
		const phrase = phrases[index % phrases.length];
		const start = text.indexOf(phrase, from);
		passages.push({ tag: codes[(n + index * 5) % codes.length], start, end: start + phrase.length });
		from = start + 1;
	}
	return { text, passages };
}

function sidecarOf(name: string, text: string, passages: readonly { tag: string; start: number; end: number }[]): string {
	const quoted = (value: string) => JSON.stringify(value);
	const items = passages
		.slice()
		.sort((a, b) => a.start - b.start || a.end - b.end)
		.map((passage, index) =>
			[
				`  - id: g${index}`,
				`    tag: ${passage.tag}`,
				`    text: ${quoted(text.slice(passage.start, passage.end))}`,
				`    start: ${passage.start}`,
				`    end: ${passage.end}`,
				`    before: ${quoted(text.slice(Math.max(0, passage.start - 32), passage.start))}`,
				`    after: ${quoted(text.slice(passage.end, passage.end + 32))}`,
				'    created: "2026-12-01T10:00:00.000Z"',
			].join('\n'),
		);
	return `# Seed Annotator tags for ${name}\nversion: 1\nannotations:\n${items.join('\n')}\n`;
}

async function writeCorpus(root: string): Promise<void> {
	for (let folder = 0; folder < folders; folder++) fs.mkdirSync(path.join(root, `folder${folder}`), { recursive: true });
	const writes: Promise<void>[] = [];
	for (let n = 0; n < seedCount; n++) {
		const name = `seed${n}.txt`;
		const file = path.join(root, `folder${n % folders}`, name);
		const { text, passages } = generatedSeed(n);
		writes.push(fs.promises.writeFile(file, text), fs.promises.writeFile(file.replace(/\.txt$/, '.tags.yaml'), sidecarOf(name, text, passages)));
		if (writes.length >= 200) await Promise.all(writes.splice(0));
	}
	await Promise.all(writes);
}

/** A line in the runner's output (the runner shows the extension host's lines that carry its tag). */
function say(line: string): void {
	console.log(`${process.env.SEED_TEST_LOG_TAG ?? ''}[overview first paint] ${line}`);
}

function serverInfo(): Thenable<{ indexedSeeds: number; overviewReadAhead: boolean }> {
	return vscode.commands.executeCommand('seed.debug.serverInfo');
}

function probe<T>(request: object): Thenable<T> {
	return vscode.commands.executeCommand<T>('seed.debug.overviewProbe', request);
}

/** From the command until the webview has painted figures: ms, and the totals it shows. */
async function timeFirstPaint(): Promise<{ ms: number; completeMs: number; totals: string }> {
	const started = Date.now();
	await vscode.commands.executeCommand('seed.showCorpusOverview');
	const stamp = (action: string) => async () => await probe<number | undefined>({ action });
	const paintedAt = await waitFor('the overview to paint its figures', stamp('firstPaintAt'), 60_000);
	const completeAt = await waitFor('the overview to draw its charts', stamp('completePaintAt'), 60_000);
	const totals = await probe<string>({ action: 'totals' });
	return { ms: paintedAt - started, completeMs: completeAt - started, totals };
}

describe('overview first paint on 10,000 seeds', function () {
	this.timeout(600_000);
	let corpus = '';

	before(async () => {
		await openSeed('000');
		await activeExtension();
		// An overview left open by another suite would refresh on every file written below.
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		corpus = path.join(seedsFolder().fsPath, 'large-corpus');
		const started = Date.now();
		await writeCorpus(corpus);
		say(`wrote ${seedCount} seeds and their sidecars in ${Date.now() - started} ms`);
		// The server indexes what is on disk when it starts; the file events of the writes above go to the old one.
		await new Promise(resolve => setTimeout(resolve, 2000));
		const restarted = Date.now();
		await vscode.commands.executeCommand('seed.restartServer');
		// Once indexed, the server reads every sidecar ahead and computes the overview's opening figures.
		const { indexedSeeds } = await waitFor(`the server to index the ${seedCount} seeds and read their sidecars`, async () => {
			const info = await serverInfo();
			return info.indexedSeeds >= seedCount && info.overviewReadAhead ? info : undefined;
		}, 400_000);
		say(`the server indexed ${indexedSeeds} seeds and read their sidecars in ${Date.now() - restarted} ms`);
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		if (corpus) fs.rmSync(corpus, { recursive: true, force: true });
		await vscode.commands.executeCommand('seed.restartServer');
	});

	it('paints the first figures within 5 s (target 1.5 s), and again on reopening', async () => {
		const first = await timeFirstPaint();
		const passages = Number(/ · ([\d,]+) passages/.exec(first.totals)?.[1]?.replace(/,/g, '') ?? NaN);
		assert.ok(passages >= seedCount * passagesPerSeed, `the overview counts the generated passages: “${first.totals}”`);
		const codesTable = await probe<string[][]>({ action: 'table', table: 'codes' });
		const stateRow = codesTable.find(cells => cells[0] === 'actor/state');
		assert.ok(stateRow && Number(stateRow[1]) >= (seedCount * passagesPerSeed) / codes.length / 2, JSON.stringify(stateRow));
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		const again = await timeFirstPaint();
		say(
			`${seedCount.toLocaleString('en')} seeds / ${passages.toLocaleString('en')} passages: ` +
				`${first.ms} ms on first opening, ${again.ms} ms on reopening (target 1,500 ms); ` +
				`every chart drawn after ${first.completeMs} ms / ${again.completeMs} ms`,
		);
		const report = process.env.SEED_OVERVIEW_REPORT;
		if (report) fs.writeFileSync(report, JSON.stringify({ first, again, seeds: seedCount, passages }));
		assert.ok(first.ms <= 5000, `first paint took ${first.ms} ms`);
		assert.ok(again.ms <= 5000, `first paint on reopening took ${again.ms} ms`);
	});
});
