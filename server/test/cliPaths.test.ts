/**
 * The `seed` CLI on the paths people type (issue 15 §4): `seed check .` inside `seeds/`, outlines of
 * folders and several files, paths that do not exist, and stdout closed early by `| head`.
 * Every run works on a temporary copy of the committed samples.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { repoRoot, samples, seedsFolder } from './support/samples';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-cli-paths-'));
const seeds = path.join(scratch, 'seeds');
cpSync(seedsFolder, seeds, { recursive: true });
after(() => rmSync(scratch, { recursive: true, force: true }));

const cli = path.join(repoRoot, 'dist/cli.js');

function seed(cwd: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('seed check inside a folder named seeds checks every .txt, headers or not', () => {
	for (const args of [[], ['.']]) {
		const { code, stdout } = seed(seeds, 'check', ...args);
		assert.equal(code, 0);
		assert.equal(stdout.trim().split('\n').at(-1), '5 seeds checked: 0 errors, 3 warnings, 1 note.');
		assert.match(stdout, new RegExp(`^${samples.s001}:1:1: warning missing-date`, 'm'));
	}
});

test('seed check . in a folder inside seeds/ treats its .txt files as seeds too', () => {
	const nested = path.join(seeds, 'batch-2');
	mkdirSync(nested, { recursive: true });
	writeFileSync(path.join(nested, 'no-header.txt'), 'A headline\n\nA paragraph with "an open quote.\n');
	try {
		const { code, stdout } = seed(nested, 'check', '.');
		assert.equal(code, 0);
		assert.match(stdout, /^no-header\.txt:1:1: warning missing-date/m);
		assert.match(stdout, /^no-header\.txt:3:18: warning unterminated-quote/m);
		assert.equal(stdout.trim().split('\n').at(-1), '1 seed checked: 0 errors, 2 warnings, 0 notes.');
	} finally {
		rmSync(nested, { recursive: true, force: true });
	}
});

test('seed outline FOLDER outlines every seed as [{file, symbols}]', () => {
	const { code, stdout } = seed(scratch, 'outline', 'seeds');
	assert.equal(code, 0);
	const outlines = JSON.parse(stdout) as { file: string; symbols: DocumentSymbol[] }[];
	assert.deepEqual(outlines.map((outline) => outline.file), Object.values(samples).map((name) => `seeds/${name}`));
	assert.equal(outlines[3].symbols[0].name, 'CGTN: China, Russia vow to turn mutual trust into cooperation in various fields');
	assert.equal(outlines[4].symbols[0].name, 'Xi meets Putin via video link');
});

test('seed outline A B outlines both; one FILE still gives its DocumentSymbol[]', () => {
	const both = seed(seeds, 'outline', samples.s000, samples.s004);
	assert.equal(both.code, 0);
	const outlines = JSON.parse(both.stdout) as { file: string; symbols: DocumentSymbol[] }[];
	assert.deepEqual(outlines.map((outline) => [outline.file, outline.symbols[0].name]), [
		[samples.s000, 'Talks between Xi, Putin "very successful": Chinese vice FM'],
		[samples.s004, 'Xi meets Putin via video link'],
	]);
	const text = seed(seeds, 'outline', samples.s000, samples.s004, '--format', 'text');
	assert.deepEqual(text.stdout.split('\n').filter((line) => line.endsWith(':')), [`${samples.s000}:`, `${samples.s004}:`]);
	const one = JSON.parse(seed(seeds, 'outline', samples.s004).stdout) as DocumentSymbol[];
	assert.equal(one[0].name, 'Xi meets Putin via video link');
});

test('a path that does not exist is an error: exit 2, the path named on stderr, the others still checked', () => {
	const missing = seed(seeds, 'check', 'missing.txt');
	assert.equal(missing.code, 2);
	assert.match(missing.stderr, /^missing\.txt: no such file or folder$/m);
	const mixed = seed(seeds, 'check', 'missing.txt', samples.s000);
	assert.equal(mixed.code, 2);
	assert.match(mixed.stdout, /^1 seed checked/m);
	for (const command of ['outline', 'entities']) {
		const run = seed(seeds, command, 'nowhere/missing.txt');
		assert.equal(run.code, 2, command);
		assert.match(run.stderr, /nowhere\/missing\.txt: no such file or folder/, command);
	}
});

test('stdout closed early (| head -3) stops quietly, without an EPIPE stack', () => {
	// Enough output to outlast the pipe's buffer after head has gone: 4,000 open quotes, one per paragraph.
	const noisy = path.join(seeds, 'noisy.txt');
	const paragraphs = Array.from({ length: 4000 }, (_, index) => `Paragraph ${index} with "an open quote.`);
	writeFileSync(noisy, 'A headline\n\n' + paragraphs.join('\n\n') + '\n');
	try {
		const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" check seeds | head -3`], { cwd: scratch, encoding: 'utf8' });
		assert.equal(result.stdout.trim().split('\n').length, 3);
		assert.doesNotMatch(result.stderr, /EPIPE|Error|at /);
	} finally {
		rmSync(noisy, { force: true });
	}
});
