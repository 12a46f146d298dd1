#!/usr/bin/env node
// The in-editor part of `npm test`: runs the suite in code-server (scripts/e2e.mjs) when it is installed
// or can be installed here. On CI (CI=true) it installs code-server and fails when the suite fails or
// cannot start. Elsewhere, with no host available, it says SKIPPED loudly and exits 0.
// SEED_EDITOR_TESTS=skip skips on purpose; SEED_EDITOR_TESTS=require behaves as on CI.
// Usage: node scripts/test-editor.mjs [--no-vsix] [options of scripts/e2e.mjs]
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { codeServerProblems, ensureCodeServer, isInstalled, missingAptPackages, repoRoot } from './code-server/install.mjs';

const mode = process.env.SEED_EDITOR_TESTS ?? '';
const required = mode === 'require' || /^(1|true)$/i.test(process.env.CI ?? '');

function skip(reason) {
	const line = '!'.repeat(78);
	console.log(`\n${line}\n!!  SKIPPED: in-editor tests (${reason})\n`
		+ `!!  They run on CI; here: npm run test:e2e (code-server) or npm run test:vscode (needs a VS Code download).\n${line}\n`);
	process.exit(0);
}

function fail(reason) {
	console.error(`\nFAILED: in-editor tests could not run: ${reason}`);
	process.exit(1);
}

/** Why code-server cannot be installed here, or undefined when it can. */
function notInstallable() {
	if (process.platform !== 'linux' || process.arch !== 'x64')
		return `code-server install is scripted for linux-x64, this is ${process.platform}-${process.arch}`;
	// code-server 4.100.3's postinstall requires Node 20 exactly (later releases need Node 22+).
	if (process.versions.node.split('.')[0] !== '20') return `Node ${process.versions.node}, code-server 4.100.3 needs Node 20`;
	const missing = missingAptPackages();
	if (missing.length > 0) {
		const canApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim() !== '';
		if (!canApt) return `missing packages ${missing.join(' ')} and no apt-get`;
		if (process.getuid?.() !== 0 && spawnSync('sudo', ['-n', 'true']).status !== 0)
			return `missing apt packages ${missing.join(' ')} and not root`;
	}
	const ping = spawnSync('npm', ['ping', '--fetch-timeout=5000', '--fetch-retries=0'], { encoding: 'utf8', timeout: 15_000 });
	if (ping.status !== 0) return 'the npm registry is not reachable';
	return undefined;
}

if (mode === 'skip') skip('SEED_EDITOR_TESTS=skip');

if (!isInstalled()) {
	const why = notInstallable();
	if (why) (required ? fail : skip)(why);
	try {
		const started = Date.now();
		ensureCodeServer();
		console.log(`[test-editor] code-server installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	} catch (error) {
		const reason = `code-server install failed: ${error instanceof Error ? error.message : error}`;
		(required ? fail : skip)(reason);
	}
}
const problems = codeServerProblems();
if (problems.length > 0) fail(problems.join('; '));

// Three runs: the suite against the development folder, the untrusted-workspace suite, then the suite
// against the packaged .vsix installed with --install-extension (what users get; --no-vsix skips it).
const args = process.argv.slice(2).filter((arg) => arg !== '--no-vsix');
const runs = [{ label: 'development folder', args }, { label: 'untrusted workspace', args: [...args, '--no-build', '--untrusted'] }];
if (!process.argv.includes('--no-vsix')) {
	const vsix = join(repoRoot, '.vscode-test', 'seed-annotator-test.vsix');
	runs.push({
		label: 'installed .vsix',
		args: [...args, '--no-build', '--vsix', vsix],
		before: [join(repoRoot, 'scripts', 'package.mjs'), '--out', vsix],
	});
}

let child;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { child?.kill(signal); process.exit(130); });

/** Runs a node script, echoing its output, and returns its exit code and last `in-editor:` count line. */
function runNode(script, scriptArgs) {
	return new Promise((resolve) => {
		child = spawn(process.execPath, [script, ...scriptArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
		let counts;
		let pending = '';
		child.stdout.on('data', (chunk) => {
			process.stdout.write(chunk);
			pending += chunk;
			const lines = pending.split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) {
				const match = /^in-editor: (\d+) passed, (\d+) failed/.exec(line);
				if (match) counts = { passed: Number(match[1]), failed: Number(match[2]) };
			}
		});
		child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), counts }));
	});
}

const total = { passed: 0, failed: 0 };
let failures = 0;
for (const run of runs) {
	console.log(`\n[test-editor] in-editor suite against the ${run.label}`);
	if (run.before) {
		const packaged = await runNode(run.before[0], run.before.slice(1));
		if (packaged.code !== 0) {
			console.error('[test-editor] packaging failed');
			failures++;
			// Counted as a failure in the summary too: the suite against the .vsix never ran.
			total.failed++;
			continue;
		}
	}
	const { code, counts } = await runNode(join(repoRoot, 'scripts', 'e2e.mjs'), run.args);
	if (code !== 0) failures++;
	total.passed += counts?.passed ?? 0;
	// A run that could not start counts as one failure even though no test reported.
	total.failed += counts?.failed || (code !== 0 ? 1 : 0);
}
console.log(`\nin-editor (${runs.map((run) => run.label).join(' + ')}): ${total.passed} passed, ${total.failed} failed`);
process.exit(failures > 0 ? 1 : 0);
