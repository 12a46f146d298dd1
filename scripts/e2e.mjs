#!/usr/bin/env node
// Runs the in-editor mocha suite (client/src/test) inside a real VS Code workbench: code-server on
// loopback with a throw-away profile, driven by headless Debian Chromium. Exit 0 only when it passes.
// Usage: node scripts/e2e.mjs [--vsix <file>] [--untrusted] [--timeout <seconds>] [--grep <pattern>] [--no-build] [--keep] [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, repoRoot } from './code-server/install.mjs';
import { installVsix, launchBrowser, makeProfile, readLog, startCodeServer } from './code-server/host.mjs';

const { values: options } = parseArgs({
	options: {
		vsix: { type: 'string' },
		timeout: { type: 'string', default: process.env.SEED_E2E_TIMEOUT ?? '300' },
		grep: { type: 'string' },
		'no-build': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false }, // keep the temp profile for a post-mortem
		verbose: { type: 'boolean', default: false }, // print the whole workbench log, not only the test output
		untrusted: { type: 'boolean', default: false }, // an untrusted workspace, with the suite in client/src/test/suite-untrusted
	},
});
const timeoutMs = Number(options.timeout) * 1000;
const testsEntry = join(repoRoot, 'out', 'client-test', 'index.js');
// Marks the suite's own output among the workbench log lines (see client/src/test/index.ts).
const LOG_TAG = '[seed-test] ';
// Workbench errors that say nothing about the extension (no marketplace without internet).
const KNOWN_NOISE = /ENOTFOUND open-vsx\.org/;
const say = (message) => console.log(`[e2e] ${message}`);

function step(command, args) {
	const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

// Everything started here is tracked so that every exit path can end it.
let server;
let browser;
let profile;
let cleaning;
function cleanup() {
	cleaning ??= (async () => {
		await browser?.close().catch(() => {});
		await server?.stop();
		if (profile && !options.keep) profile.remove();
		else if (profile) say(`kept ${profile.root}`);
	})();
	return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => { say(`${signal}: stopping`); cleanup().finally(() => process.exit(130)); });
}

async function main() {
	const started = Date.now();
	const vsix = options.vsix ? resolve(options.vsix) : undefined;
	if (vsix && !existsSync(vsix)) throw new Error(`no such vsix: ${vsix}`);
	if (!options['no-build']) {
		if (!vsix) step('npm', ['run', '--silent', 'build']);
		step(process.execPath, [
			join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
			'-p',
			join(repoRoot, 'client', 'src', 'test', 'tsconfig.json'),
		]);
		removeStaleTests();
	}
	ensureCodeServer();
	profile = makeProfile('seed-e2e-', {}, { untrusted: options.untrusted });
	if (options.untrusted) profile.env.SEED_TEST_SUITE = 'suite-untrusted';
	// Reaches the extension host through code-server's environment.
	profile.env.SEED_TEST_LOG_TAG = LOG_TAG;
	if (options.grep) profile.env.SEED_TEST_GREP = options.grep;
	profile.env.SEED_TEST_EXTENSION_ROOT = vsix ? profile.extensions : repoRoot;
	if (vsix) {
		say(`installing ${vsix}`);
		await installVsix(profile, vsix);
	}
	server = await startCodeServer(profile);
	say(`code-server pid ${server.pid} on ${server.origin} (${Date.now() - started} ms)`);
	browser = await launchBrowser(profile);
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

	const workbenchLog = [];
	const counts = { passing: 0, failing: 0, pending: 0 };
	let resolveExit;
	const exited = new Promise((resolve) => { resolveExit = resolve; });
	// The workbench reports the extension host's test output and the suite's result through these.
	await page.exposeFunction('codeAutomationLog', (type, message) => {
		const text = Array.isArray(message) ? message.join(' ') : String(message);
		workbenchLog.push(`[${type}] ${text}`);
		const tagged = text.indexOf(LOG_TAG);
		if (tagged >= 0) {
			const line = text.slice(tagged + LOG_TAG.length);
			console.log(line);
			const count = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
			if (count) counts[count[2]] = Number(count[1]);
		}
		else if (options.verbose) console.log(`[${type}] ${text}`);
	});
	await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
	page.on('pageerror', (error) => workbenchLog.push(`[pageerror] ${error.message}`));
	// Fail fast rather than at the overall timeout when a piece dies.
	page.on('crash', () => resolveExit('the browser page crashed'));
	browser.on('disconnected', () => resolveExit('the browser went away'));
	void server.exit.then((status) => resolveExit(`code-server exited (${status})`));

	// The workbench runs extensionTestsPath only in extension-development mode; with a vsix, an empty
	// placeholder extension provides that mode while the code under test is the installed package.
	const url = server.urlFor({
		extensionDevelopmentPath: vsix ? placeholderExtension(profile) : repoRoot,
		extensionTestsPath: testsEntry,
	});
	say(`opening the workbench${vsix ? ' (installed vsix)' : ''}${options.untrusted ? ' (untrusted workspace)' : ''}`);
	await page.goto(url, { waitUntil: 'domcontentloaded' });

	let timer;
	const timedOut = new Promise(resolve => {
		timer = setTimeout(() => resolve('timeout'), Math.max(1000, timeoutMs - (Date.now() - started)));
	});
	const result = await Promise.race([exited, timedOut]);
	clearTimeout(timer);
	writeFileSync(join(profile.root, 'workbench.log'), workbenchLog.join('\n'));
	if (typeof result === 'string') {
		console.error(workbenchLog.slice(-60).join('\n'));
		console.error(readLog(profile));
		throw new Error(result === 'timeout' ? `timed out after ${timeoutMs / 1000} s` : result);
	}
	say(`suite finished with exit code ${result} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	// A closing line that CI logs understand whatever ran before it; a suite that failed to load counts as one failure.
	const failed = counts.failing || (result !== 0 ? 1 : 0);
	console.log(`in-editor: ${counts.passing} passed, ${failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
	if (result === 0 && counts.passing === 0) throw new Error('the suite ran no test');
	if (result !== 0) {
		if (!options.verbose)
			console.error(
				workbenchLog
					.filter(line => line.startsWith('[error]') && !line.includes(LOG_TAG) && !KNOWN_NOISE.test(line))
					.slice(-20)
					.join('\n'),
			);
		return 1;
	}
	return 0;
}

/** Deletes compiled tests whose source is gone (renamed or deleted), so they do not run. */
function removeStaleTests() {
	const outDir = dirname(testsEntry);
	const srcDir = join(repoRoot, 'client', 'src', 'test');
	for (const file of readdirSync(outDir, { recursive: true })) {
		const match = /^(.*)\.js(\.map)?$/.exec(String(file));
		if (match && !existsSync(join(srcDir, `${match[1]}.ts`))) rmSync(join(outDir, String(file)));
	}
}

function placeholderExtension(profile) {
	const dir = join(profile.root, 'test-host-extension');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'seed-test-host', publisher: 'seed-annotator', version: '0.0.0', engines: { vscode: '*' } }),
	);
	return dir;
}

let code = 1;
try {
	code = await main();
} catch (error) {
	console.error(`[e2e] FAILED: ${error instanceof Error ? error.message : error}`);
	code = 1;
} finally {
	await cleanup();
}
process.exit(code);
