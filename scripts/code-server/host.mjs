// Starts code-server on loopback with a throw-away profile and opens it in headless Debian Chromium
// through playwright-core. Shared by the in-editor test runner, the screenshots and `npm start`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, codeServerEntry } from './install.mjs';
import { copyCommittedSamples } from './samples.mjs';

export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

// Keeps the workbench quiet and predictable: no welcome page, tours, trust prompts or update checks.
const USER_SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'security.workspace.trust.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoUpdate': false,
	'extensions.autoCheckUpdates': false,
	'extensions.ignoreRecommendations': true,
	'git.enabled': false,
	'chat.disableAIFeatures': true,
	'window.restoreWindows': 'none',
	'files.hotExit': 'off',
	// code-server saves a second after each edit by default; a person trying it, and the tests, save when they mean to.
	'files.autoSave': 'off',
};

export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function groupAlive(pid) {
	try {
		process.kill(-pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Ends a detached child's whole process group (code-server leaves a file-watcher child). */
export async function killGroup(pid, graceMs = 3000) {
	if (!pid || !groupAlive(pid)) return;
	try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
	const deadline = Date.now() + graceMs;
	while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
	if (groupAlive(pid)) {
		try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
		while (groupAlive(pid)) await sleep(20);
	}
}

/**
 * A throw-away profile: code-server's data and extensions, XDG dirs and HOME in one temp dir, plus a
 * copy of the committed seeds/ (as `<tmp>/workspace/seeds`, so the language pattern for seeds/ applies)
 * that tests may change; never the working copy of seeds/.
 */
export function makeProfile(prefix = 'seed-editor-', extraSettings = {}, { copySeeds = true, untrusted = false } = {}) {
	const root = mkdtempSync(join(tmpdir(), prefix));
	const dirs = {
		root,
		data: join(root, 'data'),
		extensions: join(root, 'extensions'),
		home: join(root, 'home'),
		workspace: join(root, 'workspace', 'seeds'),
		log: join(root, 'code-server.log'),
	};
	for (const dir of [
		dirs.data,
		dirs.extensions,
		dirs.home,
		dirs.workspace,
		join(root, 'xdg', 'config'),
		join(root, 'xdg', 'data'),
		join(root, 'xdg', 'cache'),
	]) {
		mkdirSync(dir, { recursive: true });
	}
	mkdirSync(join(dirs.data, 'User'), { recursive: true });
	// Untrusted: workspace trust on, the folder never trusted, and no start-up prompt to answer.
	const trust = untrusted
		? {
				'security.workspace.trust.enabled': true,
				'security.workspace.trust.startupPrompt': 'never',
				'security.workspace.trust.emptyWindow': false,
			}
		: {};
	writeFileSync(join(dirs.data, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...trust, ...extraSettings }, null, '\t'));
	if (copySeeds) copyCommittedSamples(dirs.workspace);
	const env = { ...process.env };
	// A VS Code terminal's variables would make code-server talk to that editor instead.
	for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
	Object.assign(env, {
		HOME: dirs.home,
		XDG_CONFIG_HOME: join(root, 'xdg', 'config'),
		XDG_DATA_HOME: join(root, 'xdg', 'data'),
		XDG_CACHE_HOME: join(root, 'xdg', 'cache'),
	});
	return { ...dirs, env, untrusted, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function baseArgs(profile) {
	return [
		'--disable-telemetry',
		'--disable-update-check',
		...(profile.untrusted ? [] : ['--disable-workspace-trust']),
		'--disable-getting-started-override',
		'--extensions-dir',
		profile.extensions,
		'--user-data-dir',
		profile.data,
	];
}

/** `code-server --install-extension <vsix>` into the profile's extensions dir. */
export function installVsix(profile, vsix) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [codeServerEntry, ...baseArgs(profile), '--install-extension', vsix], {
			env: profile.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => { output += chunk; });
		child.stderr.on('data', (chunk) => { output += chunk; });
		child.on('error', reject);
		child.on('exit', code => (code === 0 ? resolve(output) : reject(new Error(`--install-extension exited with ${code}:\n${output}`))));
	});
}

/**
 * Starts code-server detached (its own process group) and waits for /healthz.
 * Returns { port, origin, pid, urlFor(options), stop(), exit: a promise of its exit code }.
 */
export async function startCodeServer(profile, { readyTimeoutMs = 30_000, port: wantedPort } = {}) {
	const port = wantedPort ?? await freePort();
	const config = join(profile.root, 'config.yaml');
	writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
	const logFd = openSync(profile.log, 'a');
	const child = spawn(
		process.execPath,
		[codeServerEntry, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...baseArgs(profile)],
		{
			detached: true,
			env: profile.env,
			stdio: ['ignore', logFd, logFd],
		},
	);
	closeSync(logFd);
	const pid = child.pid;
	let exited = null;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => { exited = code ?? signal; resolve(exited); }));
	const origin = `http://127.0.0.1:${port}`;
	const stop = () => killGroup(pid);
	const deadline = Date.now() + readyTimeoutMs;
	for (;;) {
		if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready:\n${readLog(profile)}`);
		try {
			const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) });
			if (response.ok) break;
		} catch { /* not listening yet */ }
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`code-server did not answer /healthz within ${readyTimeoutMs} ms:\n${readLog(profile)}`);
		}
		await sleep(100);
	}
	/** The workbench URL; development/test paths go in the `payload` parameter (the CLI rejects them). */
	const urlFor = ({ folder = profile.workspace, extensionDevelopmentPath, extensionTestsPath } = {}) => {
		const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
		const payload = [];
		if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
		if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
		const query = new URLSearchParams({ folder });
		if (payload.length > 0) query.set('payload', JSON.stringify(payload));
		return `${origin}/?${query}`;
	};
	return { port, origin, pid, urlFor, stop, exit };
}

export function readLog(profile) {
	try {
		return readFileSync(profile.log, 'utf8').split('\n').slice(-40).join('\n');
	} catch {
		return '(no code-server log)';
	}
}

/** Headless Debian Chromium; playwright-core never downloads a browser. */
export async function launchBrowser(profile, { headless = true } = {}) {
	const { chromium } = await import('playwright-core');
	// Our own signal handlers close the browser and then code-server; Playwright's would exit first.
	return chromium.launch({
		executablePath: chromiumPath,
		headless,
		args: BROWSER_ARGS,
		env: profile.env,
		timeout: 30_000,
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false,
	});
}
