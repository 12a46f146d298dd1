// @vscode/test-cli configuration: runs the in-editor suite (client/src/test, compiled to
// out/client-test) in a downloaded desktop VS Code through @vscode/test-electron.
// Needs internet for the download; machines without it use `npm run test:e2e` (code-server).
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const suiteDir = join(root, 'out', 'client-test', 'suite');

// A throw-away copy of seeds/ that the tests may change; named `seeds` so the language pattern applies.
const scratch = mkdtempSync(join(tmpdir(), 'seed-vscode-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const workspace = join(scratch, 'workspace', 'seeds');
mkdirSync(workspace, { recursive: true });
cpSync(join(root, 'seeds'), workspace, { recursive: true });

// Absolute and sorted: the activation checks (00-…) must run before any seed is opened.
let files;
try {
	files = readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort().map((name) => join(suiteDir, name));
} catch {
	throw new Error('out/client-test is missing: run `npx tsc -p client/src/test/tsconfig.json` first (npm run test:vscode does)');
}

export default defineConfig({
	label: 'in-editor',
	files,
	version: 'stable',
	extensionDevelopmentPath: root,
	workspaceFolder: workspace,
	launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
	// describe/it and suite/test alike (client/src/test/ui.ts).
	mocha: { ui: join(root, 'out', 'client-test', 'ui.js'), timeout: 30_000, color: false },
});
