// How long "Seed: Compare Coders" takes to show its figures in a real workbench on the corpus of
// issue 16 §5: 1,000 seeds × 3 coders × 30 annotations each, written into a folder of the
// workspace. Timed from the command to the webview reporting its tables drawn (the webview posts
// `rendered` from its first animation frame, with the "all codes" row as drawn), beside the same
// for a bare webview (a trivial page posting one message): the floor no extension can go under.
// Each opening prints its phases (milliseconds after the command: panel created, server answered,
// html set, the page's document started, the workbench's service worker started for it, script
// started, first frame, message received). The bounds asserted are generous (3 s opened again, 15 s
// the first time) so that only something broken fails here — the README states the measured
// figures against the 1 s target. SEED_COMPARE_CODERS_REPORT, when set, receives the figures as
// JSON (for `npm run bench`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { coders, perCoder, seedCount, writeAgreementCorpus } from './agreementCorpus';
import { activeExtension, openSeed, seedsFolder, waitFor } from './helpers';

/** Generous bounds, so that only something broken fails: the README states the figures against the 1 s target. */
const boundMs = 3000;
const firstBoundMs = 15_000;

/** A line in the test output (the runner shows only lines carrying its tag). */
function say(line: string): void {
	console.log(`${process.env.SEED_TEST_LOG_TAG ?? ''}${line}`);
}

type Phases = Record<string, number>;
interface RenderedReport { readonly count: number; readonly at: number; readonly overall: readonly string[]; readonly phases: Phases }

/** Now, on the wall clock the webview's `performance.timeOrigin` uses. */
function wallClock(): number {
	return performance.timeOrigin + performance.now();
}

/** The phases in the order they happen, as milliseconds after `start`: `panelCreated +12, htmlSet +340, …`. */
function phaseSplit(start: number, phases: Phases): string {
	return Object.entries(phases).sort(([, a], [, b]) => a - b)
		.map(([name, at]) => `${name} +${Math.round(at - start)}`).join(', ');
}

/**
 * The floor: a webview panel beside the editor with a trivial page posting one message from its first
 * animation frame. Answers the milliseconds from creating it to that message, and its phases.
 * `unregisterWorkers`: the page first unregisters the service workers of the webviews' origin, as if
 * no webview had ever been opened in this browser profile (the next webview registers them again).
 */
async function timeBareWebview(unregisterWorkers = false): Promise<{ ms: number; split: string }> {
	const start = wallClock();
	const panel = vscode.window.createWebviewPanel('seed.test.bare', 'Bare', vscode.ViewColumn.Beside, { enableScripts: true });
	const panelCreated = wallClock();
	try {
		const message = new Promise<Phases>(resolve => panel.webview.onDidReceiveMessage((phases: Phases) => resolve(phases)));
		const nonce = 'bare' + String(Math.random()).slice(2);
		panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"
			content="default-src 'none'; script-src 'nonce-${nonce}';"></head><body><p>bare</p><script nonce="${nonce}">
			const scriptStart = performance.timeOrigin + performance.now(); const vscode = acquireVsCodeApi();
			const at = ms => performance.timeOrigin + ms; const nav = performance.getEntriesByType('navigation')[0] || {};
			const unregistered = ${unregisterWorkers} ? navigator.serviceWorker.getRegistrations()
				.then(all => Promise.all(all.map(registration => registration.unregister()))) : Promise.resolve();
			unregistered.then(() => requestAnimationFrame(() => vscode.postMessage({ documentStart: performance.timeOrigin,
				workerStart: at(nav.workerStart || 0), fetchStart: at(nav.fetchStart || 0), requestStart: at(nav.requestStart || 0),
				fakeResponseStart: at(nav.responseStart || 0), fakeResponseEnd: at(nav.responseEnd || 0), scriptStart,
				firstFrame: performance.timeOrigin + performance.now() })));</script></body></html>`;
		const htmlSet = wallClock();
		const phases = await message;
		const received = wallClock();
		return { ms: received - start, split: phaseSplit(start, { panelCreated, htmlSet, ...phases, received }) };
	} finally {
		panel.dispose();
	}
}

async function rendered(): Promise<RenderedReport | undefined> {
	return vscode.commands.executeCommand<RenderedReport | undefined>('seed.debug.compareCodersRendered');
}

/** Runs Compare Coders and answers the milliseconds until the webview drew a report with figures. */
async function timeReport(): Promise<{ ms: number; overall: readonly string[]; split: string }> {
	const before = (await rendered())?.count ?? 0;
	const startedOnWallClock = wallClock();
	const started = performance.now();
	await vscode.commands.executeCommand('seed.compareCoders');
	const shown = await waitFor('the report drawn', async () => {
		const report = await rendered();
		return report && report.count > before ? report : undefined;
	}, 60_000);
	return { ms: shown.at - started, overall: shown.overall, split: phaseSplit(startedOnWallClock, shown.phases) };
}

describe('Compare Coders speed', function () {
	this.timeout(180_000);
	let root: string;

	before(async () => {
		await openSeed('000');
		await activeExtension();
		root = path.join(seedsFolder().fsPath, 'agreement-speed');
		fs.rmSync(root, { recursive: true, force: true });
		writeAgreementCorpus(root);
		// Timed as a person opening a project finds it: the server started on the corpus, indexed it and
		// read the coders' files ahead (the file events of the writes above went to the old server).
		await new Promise(resolve => setTimeout(resolve, 2000));
		const restarted = Date.now();
		await vscode.commands.executeCommand('seed.restartServer');
		await waitFor('the server to index the corpus and read the coders\' files', async () => {
			const info = await vscode.commands.executeCommand<{ indexedSeeds: number; coderFilesReadAhead: boolean } | undefined>(
				'seed.debug.serverInfo');
			return info && info.indexedSeeds >= seedCount && info.coderFilesReadAhead ? true : undefined;
		}, 180_000);
		say(`the server indexed the corpus and read the coders' files in ${Date.now() - restarted} ms`);
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		fs.rmSync(root, { recursive: true, force: true });
	});

	it(`opens the report on ${seedCount} seeds × ${coders.length} coders × ${perCoder} annotations within ${boundMs} ms`, async () => {
		// Run alone (`--grep "Compare Coders speed"`), this is the first webview of the test's throw-away
		// browser profile: its origin has no service worker registered yet. Every later webview waits about
		// 1 s for the workbench's service worker to be updated for it (see the bare webviews below).
		const first = await timeReport();
		say(`Compare Coders, first opening: ${Math.round(first.ms)} ms (${first.split})`);
		// The figures drawn are real: uα of the "all codes" row is a number below 1 (the coders differ a little).
		assert.equal(first.overall[0], '(all codes)', JSON.stringify(first.overall));
		const alpha = Number(first.overall[1]);
		assert.ok(alpha > 0 && alpha < 1, `uα drawn: ${first.overall[1]}`);
		const shown = await vscode.commands.executeCommand<{ seeds: string[] }>('seed.debug.compareCoders');
		assert.ok(shown.seeds.length >= seedCount, `${shown.seeds.length} seeds compared`);
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		// The floor: a trivial page in a webview panel made the same way, before and after the report opened again.
		const bareBefore = await timeBareWebview();
		say(`a bare webview: ${Math.round(bareBefore.ms)} ms (${bareBefore.split})`);
		// Opened again after closing: the server answers from its cache.
		const again = await timeReport();
		say(`Compare Coders, opened again: ${Math.round(again.ms)} ms (${again.split})`);
		// The command again while the report is open: a new page in the same webview, as a refresh makes.
		const refreshed = await timeReport();
		say(`Compare Coders, refreshed while open: ${Math.round(refreshed.ms)} ms (${refreshed.split})`);
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		const bareAfter = await timeBareWebview();
		say(`a bare webview: ${Math.round(bareAfter.ms)} ms (${bareAfter.split})`);
		// What the workbench's service worker costs: the same bare page when no worker is registered yet.
		await timeBareWebview(true);
		const bareFresh = await timeBareWebview();
		say(`a bare webview with no service worker registered before it: ${Math.round(bareFresh.ms)} ms (${bareFresh.split})`);
		const figures = {
			firstMs: Math.round(first.ms), againMs: Math.round(again.ms), refreshMs: Math.round(refreshed.ms),
			bareMs: Math.round((bareBefore.ms + bareAfter.ms) / 2), freshBareMs: Math.round(bareFresh.ms), seeds: shown.seeds.length,
		};
		say(`Compare Coders on ${seedCount} seeds × ${coders.length} coders × ${perCoder} annotations: `
			+ `first opening ${figures.firstMs} ms, opened again ${figures.againMs} ms (target 1000 ms), `
			+ `refreshed ${figures.refreshMs} ms; `
			+ `a bare webview ${Math.round(bareBefore.ms)} / ${Math.round(bareAfter.ms)} ms, `
			+ `${figures.freshBareMs} ms with no service worker registered before it`);
		const report = process.env.SEED_COMPARE_CODERS_REPORT;
		if (report) fs.writeFileSync(report, JSON.stringify(figures));
		assert.ok(again.ms <= boundMs, `opening again took ${Math.round(again.ms)} ms`);
		// The first opening is answered from the figures the server computed ahead.
		assert.ok(first.ms <= firstBoundMs, `first opening took ${Math.round(first.ms)} ms`);
	});
});
