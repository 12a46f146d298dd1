/** The built server without its lexicon data beside it (a broken installation) says what is missing and stops. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/samples';

test('a server bundle without core-cues.txt beside it exits with status 1 and names the file', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'seed-server-without-data-'));
	try {
		copyFileSync(path.join(repoRoot, 'dist', 'server.js'), path.join(folder, 'server.js'));
		const server = path.join(folder, 'server.js');
		const run = spawnSync(process.execPath, [server, '--stdio'], { input: '', encoding: 'utf8', timeout: 20_000 });
		assert.equal(run.status, 1);
		assert.match(run.stderr, /^Seed language server cannot start: .*core-cues\.txt/);
		assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
