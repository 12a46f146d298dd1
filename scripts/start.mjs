#!/usr/bin/env node
// `npm start`: builds, prints the check of the samples, and opens them in a real VS Code with the
// extension loaded from this folder. Not the tracked seeds/: a git-ignored working copy, try-out/seeds,
// made from the committed samples on first use and kept between runs (--reset makes it afresh), so
// trying the product leaves the repository as it was. Desktop `code` when it is on PATH; otherwise
// the code-server the tests use, on loopback, whose URL is printed; it stays in the foreground until Ctrl-C.
// Usage: node scripts/start.mjs [--port <n>] [--code-server] [--reset] [--folder <path>] [--prepare-only]
// (--folder: another working copy, a folder named seeds; --prepare-only: make it and check it, open nothing)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, repoRoot } from './code-server/install.mjs';
import { makeProfile, startCodeServer } from './code-server/host.mjs';
import { ensureTryOutFolder, tryOutFolder } from './code-server/samples.mjs';

const { values: options } = parseArgs({
	options: {
		port: { type: 'string' },
		'code-server': { type: 'boolean', default: false }, // even when desktop `code` is available
		reset: { type: 'boolean', default: false }, // throw the working copy away and make it afresh from the committed samples
		folder: { type: 'string' },
		'prepare-only': { type: 'boolean', default: false },
	},
});
const seeds = options.folder ? resolve(options.folder) : tryOutFolder;
const shownPath = relative(repoRoot, seeds);

if (!options['prepare-only']) {
	const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
if (options.reset) rmSync(seeds, { recursive: true, force: true });
const created = ensureTryOutFolder(seeds);
console.log(created
	? `\nYour working copy of the samples: ${seeds}\n(made from the committed seeds/ now; git ignores it, and it is kept between runs — `
		+ `npm start -- --reset makes it afresh)`
	: `\nYour working copy of the samples: ${seeds}\n`
		+ `(kept from earlier runs; npm start -- --reset makes it afresh from the committed seeds/)`);
console.log(`\n$ node dist/cli.js check ${shownPath}`);
// Its exit code says whether the samples have errors; that is information here, not a reason to stop.
spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', shownPath], { cwd: repoRoot, stdio: 'inherit' });
console.log('');
if (options['prepare-only']) process.exit(0);

const hasCode = !options['code-server'] && spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() !== '';
if (hasCode) {
	console.log(`Opening ${seeds} in VS Code with the extension from ${repoRoot}`);
	const code = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
	process.exit(code.status ?? 0);
}

ensureCodeServer();
// A throw-away profile (auto-save off); the folder opened is the working copy, so edits and tags are kept there.
const profile = makeProfile('seed-start-', {}, { copySeeds: false });
let server;
let stopping = false;
async function stop(code) {
	if (stopping) return;
	stopping = true;
	console.log('\nStopping code-server…');
	await server?.stop();
	profile.remove();
	process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
try {
	server = await startCodeServer(profile, { port: options.port ? Number(options.port) : undefined });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	await stop(1);
}
const url = server.urlFor({ folder: seeds, extensionDevelopmentPath: repoRoot });
console.log(`No desktop \`code\` on PATH: VS Code (code-server ${server.origin}, loopback only) `
	+ `is serving ${shownPath} with the extension loaded.\n`);
console.log(`  Open: ${url}\n`);
console.log('After a change, `npm run build` and reload the page. Ctrl-C stops it.');
// Stay in the foreground until Ctrl-C, or until code-server ends by itself.
await server.exit;
if (!stopping) {
	console.error('code-server stopped');
	await stop(1);
}
