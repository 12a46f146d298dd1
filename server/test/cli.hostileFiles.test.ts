// The CLI reads only regular files: a FIFO named like a seed is refused at once with the reason,
// instead of blocking the read (and the process) until something writes to it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from './support/samples';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-cli-hostile-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('seed check FIFO: refused with the reason, without waiting for a writer', { skip: process.platform === 'win32' }, () => {
	const fifo = path.join(scratch, 'pipe.txt');
	execFileSync('mkfifo', [fifo]);
	const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'check', fifo], { encoding: 'utf8', timeout: 10_000 });
	assert.equal(result.error, undefined, 'the CLI must not hang on a FIFO');
	assert.match(result.stderr, new RegExp(`${fifo}: cannot read: it is not a regular file \\(a pipe, socket or device\\)`));
});

