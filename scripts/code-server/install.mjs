#!/usr/bin/env node
// Installs code-server (the real VS Code workbench served to a browser) and what it needs, for the
// in-editor tests on machines without a downloadable VS Code. Idempotent: a second run only checks.
// Usage: node scripts/code-server/install.mjs [--force]
// Facts behind each step: ../shared/notes/real-editor-tests.md
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const installDir = join(repoRoot, '.vscode-test', 'code-server');
export const codeServerDir = join(installDir, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
export const chromiumPath = '/usr/bin/chromium';
export const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];

const marker = join(installDir, `.installed-${CODE_SERVER_VERSION}`);
// Native pieces that code-server's postinstall builds or fetches; a silently skipped script leaves one missing.
const vscodeModules = join(codeServerDir, 'lib', 'vscode', 'node_modules');
const requiredFiles = [
	codeServerEntry,
	join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js'),
	join(vscodeModules, 'node-pty', 'build', 'Release', 'pty.node'),
	join(vscodeModules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
	join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg'),
];

const log = (message) => console.log(`[code-server] ${message}`);

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.error) throw result.error;
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

export function missingAptPackages() {
	return APT_PACKAGES.filter((name) => {
		const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
		return result.status !== 0 || !result.stdout.includes('install ok installed');
	});
}

function ensureAptPackages() {
	const missing = missingAptPackages();
	if (missing.length === 0) return;
	log(`apt packages missing: ${missing.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	// Root runs apt-get itself; anyone else goes through sudo (non-interactive: fails rather than asks).
	const apt = (...args) =>
		process.getuid?.() === 0 ? run('apt-get', args, { env }) : run('sudo', ['-n', '-E', 'apt-get', ...args], { env });
	apt('update', '-qq');
	apt('install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES);
}

/** Lists what is not there yet; empty when code-server is installed and complete. */
export function codeServerProblems() {
	const problems = requiredFiles.filter((file) => !existsSync(file)).map((file) => `missing ${file}`);
	if (existsSync(join(codeServerDir, 'package.json'))) {
		const { version } = JSON.parse(readFileSync(join(codeServerDir, 'package.json'), 'utf8'));
		if (version !== CODE_SERVER_VERSION) problems.push(`code-server ${version} installed, ${CODE_SERVER_VERSION} wanted`);
	}
	if (!existsSync(chromiumPath)) problems.push(`missing ${chromiumPath}`);
	return problems;
}

export function isInstalled() {
	return existsSync(marker) && codeServerProblems().length === 0;
}

// @vscode/ripgrep's postinstall downloads rg from GitHub unless this cache holds the archive; Debian's rg serves.
function prepareRipgrepCache() {
	const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
	if (!rg) throw new Error('rg not found on PATH (apt package ripgrep)');
	const tmp = mkdtempSync(join(tmpdir(), 'seed-code-server-install-'));
	const cache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
	const stage = join(tmp, 'stage');
	mkdirSync(cache, { recursive: true });
	mkdirSync(stage);
	cpSync(rg, join(stage, 'rg'));
	run('tar', ['-czf', join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', stage, 'rg']);
	return tmp;
}

function installCodeServer() {
	mkdirSync(installDir, { recursive: true });
	// Its own package.json makes this folder the npm prefix (never the project's) and approves the
	// install scripts that code-server needs, so npm 11 runs them as reviewed rather than with a notice.
	writeFileSync(join(installDir, 'package.json'), JSON.stringify({
		name: 'seed-annotator-code-server',
		private: true,
		description: 'code-server for the in-editor tests; installed by scripts/code-server/install.mjs',
		allowScripts: { 'code-server': true, argon2: true },
	}, null, '\t') + '\n');
	const tmp = prepareRipgrepCache();
	try {
		const env = {
			...process.env,
			TMPDIR: tmp,
			npm_config_unsafe_perm: 'true', // its postinstall refuses root otherwise
			npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
			npm_config_audit: 'false',
			npm_config_fund: 'false',
			npm_config_update_notifier: 'false',
		};
		log(`npm install code-server@${CODE_SERVER_VERSION} into ${installDir}`);
		run('npm', ['install', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: installDir, env });
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** Installs whatever is missing; returns the path of code-server's entry script. */
export function ensureCodeServer({ force = false } = {}) {
	if (!force && isInstalled()) return codeServerEntry;
	const started = Date.now();
	ensureAptPackages();
	if (force || codeServerProblems().some((problem) => !problem.includes(chromiumPath))) {
		rmSync(marker, { force: true });
		installCodeServer();
	}
	const problems = codeServerProblems();
	if (problems.length > 0) throw new Error(`code-server install incomplete:\n  ${problems.join('\n  ')}`);
	writeFileSync(marker, new Date().toISOString() + '\n');
	log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${codeServerEntry}`);
	return codeServerEntry;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	try {
		if (isInstalled() && !process.argv.includes('--force')) log(`code-server ${CODE_SERVER_VERSION} already installed`);
		else ensureCodeServer({ force: process.argv.includes('--force') });
	} catch (error) {
		console.error(`[code-server] install failed: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
}
