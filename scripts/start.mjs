#!/usr/bin/env node
// `npm start`: builds, prints the check of seeds/, and opens seeds/ in a real VS Code with the
// extension loaded from this folder. Desktop `code` when it is on PATH; otherwise the code-server
// the tests use, on loopback, whose URL is printed; it stays in the foreground until Ctrl-C.
// Usage: node scripts/start.mjs [--port <n>] [--code-server]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, repoRoot } from './code-server/install.mjs';
import { makeProfile, startCodeServer } from './code-server/host.mjs';

const { values: options } = parseArgs({
	options: {
		port: { type: 'string' },
		'code-server': { type: 'boolean', default: false }, // even when desktop `code` is available
	},
});
const seeds = join(repoRoot, 'seeds');

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log('\n$ node dist/cli.js check seeds');
// Its exit code says whether the samples have errors; that is information here, not a reason to stop.
spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', 'seeds'], { cwd: repoRoot, stdio: 'inherit' });
console.log('');

const hasCode = !options['code-server'] && spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() !== '';
if (hasCode) {
	console.log(`Opening ${seeds} in VS Code with the extension from ${repoRoot}`);
	const code = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
	process.exit(code.status ?? 0);
}

ensureCodeServer();
// A throw-away profile; the folder opened is the real seeds/, so edits and tags are kept.
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
console.log(`No desktop \`code\` on PATH: VS Code (code-server ${server.origin}, loopback only) is serving seeds/ with the extension loaded.\n`);
console.log(`  Open: ${url}\n`);
console.log('After a change, `npm run build` and reload the page. Ctrl-C stops it.');
// Stay in the foreground until Ctrl-C, or until code-server ends by itself.
await server.exit;
if (!stopping) {
	console.error('code-server stopped');
	await stop(1);
}
