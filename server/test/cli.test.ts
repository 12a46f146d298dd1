import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { pristineRoot, repoRoot, samples } from './support/samples';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function seed(...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd: pristineRoot, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('seed check seeds: compiler-style lines, a summary, exit 0 without errors', () => {
	const { code, stdout } = seed('check', 'seeds');
	assert.equal(code, 0);
	const lines = stdout.trim().split('\n');
	assert.deepEqual(lines.slice(0, -1), [
		`seeds/${samples.s001}:1:1: warning missing-date No date header: the first line should read " date YYYY-MM-DD Title".`,
		`seeds/${samples.s002}:1:1: warning missing-date No date header: the first line should read " date YYYY-MM-DD Title".`,
		`seeds/${samples.s003}:1:1: warning missing-date No date header: the first line should read " date YYYY-MM-DD Title".`,
		`seeds/${samples.s003}:43:1: info truncated-text The text ends in a dangling fragment; it may have been cut off.`,
	]);
	assert.equal(lines.at(-1), '5 seeds checked: 0 errors, 3 warnings, 1 note.');
});

test('seed check --format json: [{file, diagnostics: [LSP Diagnostic]}]; exit 1 on an error', () => {
	const bad = path.join(scratch, 'bad.seed');
	writeFileSync(bad, ' date 2022-02-30 Impossible date\n\nBody.');
	const { code, stdout } = seed('check', bad, `seeds/${samples.s000}`, '--format', 'json');
	assert.equal(code, 1);
	const results = JSON.parse(stdout) as { file: string; diagnostics: Diagnostic[] }[];
	assert.deepEqual(results.map((r) => r.file), [bad, `seeds/${samples.s000}`]);
	assert.deepEqual(results[0].diagnostics, [{
		range: { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } },
		severity: 1, code: 'invalid-date', source: 'seed', message: '"2022-02-30" is not a real calendar date.',
	}]);
	assert.deepEqual(results[1].diagnostics, []);
});

test('seed outline FILE --format json: the DocumentSymbol[] of the server', () => {
	const { code, stdout } = seed('outline', `seeds/${samples.s003}`, '--format', 'json');
	assert.equal(code, 0);
	const [root] = JSON.parse(stdout) as DocumentSymbol[];
	assert.equal(root.name, 'CGTN: China, Russia vow to turn mutual trust into cooperation in various fields');
	assert.equal(root.children!.filter((s) => s.detail?.startsWith('section')).length, 3);
});

test('bad input gets a clear message: missing file, binary file, invalid UTF-8, BOM', () => {
	const missing = seed('check', path.join(scratch, 'nope.txt'));
	assert.match(missing.stderr, /nope\.txt: no such file or folder/);
	const binary = path.join(scratch, 'image.seed');
	writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
	const binaryRun = seed('check', binary);
	assert.match(binaryRun.stderr, /image\.seed: skipped: binary content/);
	assert.match(binaryRun.stdout, /0 seeds checked/);
	const latin1 = path.join(scratch, 'latin1.seed');
	writeFileSync(latin1, Buffer.from(' date 2022-02-06 Caf\xe9\n\nBody.', 'latin1'));
	const latin1Run = seed('check', latin1);
	assert.match(latin1Run.stderr, /latin1\.seed: not valid UTF-8/);
	assert.equal(latin1Run.code, 0);
	const bom = path.join(scratch, 'bom.seed');
	writeFileSync(bom, '\uFEFFHeadline\n\n"open quote.');
	assert.match(seed('check', bom).stdout, /bom\.seed:3:1: warning unterminated-quote/);
});

test('usage errors exit 2 with help; --help and --version exit 0', () => {
	assert.equal(seed().code, 2);
	assert.equal(seed('frobnicate').code, 2);
	assert.match(seed('check', '--format', 'xml').stderr, /--format takes text or json/);
	const help = seed('--help');
	assert.equal(help.code, 0);
	assert.match(help.stdout, /seed check \[paths…\]|check \[paths…\]/);
	assert.equal(seed('--version').stdout.trim(), '0.1.0');
});

test('seed-language-server bin answers initialize over stdio', async () => {
	const message = JSON.stringify({
		jsonrpc: '2.0',
		id: 1,
		method: 'initialize',
		params: { processId: null, rootUri: null, capabilities: {} },
	});
	const child = spawn(process.execPath, [path.join(repoRoot, 'dist/server.js'), '--stdio']);
	child.stdin.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
	let output = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no answer; got: ${output}`)), 10_000);
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (output.includes('"serverInfo"')) {
				clearTimeout(timer);
				resolve();
			}
		});
	});
	child.kill();
	assert.match(output, /"documentSymbolProvider"/);
	assert.match(output, /"name":"seed-language-server"/);
});
