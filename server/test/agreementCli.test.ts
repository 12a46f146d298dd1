import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { parseAgreementArgs } from '../src/cli/agreementCommand';
import type { AgreementResult } from '../src/core/agreement/agreementResult';
import { writeCoderSidecar } from './support/coderFiles';
import { repoRoot, samples, seedsFolder } from './support/samples';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-agreement-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const seeds = path.join(scratch, 'seeds');
mkdirSync(seeds);
for (const name of [samples.s000, samples.s001, samples.s002]) copyFileSync(path.join(seedsFolder, name), path.join(seeds, name));
const text0 = readFileSync(path.join(seeds, samples.s000), 'utf8');
const text1 = readFileSync(path.join(seeds, samples.s001), 'utf8');
const firstWords = (text: string, count: number) =>
	text.replace(/^\uFEFF/, '').split(/\s+/).filter(w => /^[A-Za-z]{4,}$/.test(w)).slice(0, count);
const [w0, w1, w2] = firstWords(text0, 3);
const [v0, v1] = firstWords(text1, 2);
// Seed 0: alice and bob agree on two words, disagree on a third's code. Seed 1: identical. Seed 2: only alice.
writeCoderSidecar(path.join(seeds, samples.s000), text0, 'alice', [[w0, 'actor'], [w1, 'place'], [w2, 'claim']]);
writeCoderSidecar(path.join(seeds, samples.s000), text0, 'bob', [[w0, 'actor'], [w1, 'place'], [w2, 'actor']]);
writeCoderSidecar(path.join(seeds, samples.s001), text1, 'alice', [[v0, 'actor'], [v1, 'claim']]);
writeCoderSidecar(path.join(seeds, samples.s001), text1, 'bob', [[v0, 'actor'], [v1, 'claim']]);
writeCoderSidecar(path.join(seeds, samples.s002), readFileSync(path.join(seeds, samples.s002), 'utf8'), 'alice', []);
// The consensus file is nobody's.
writeFileSync(path.join(seeds, samples.s000.replace('.txt', '.tags.yaml')), 'version: 1\nannotations: []\n');

function seed(...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'agreement', ...args], {
		cwd: scratch,
		encoding: 'utf8',
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('seed agreement --format json: the figures, coders, seeds compared and left out', () => {
	const { code, stdout, stderr } = seed('seeds', '--format', 'json');
	assert.equal(code, 0, stderr);
	const result = JSON.parse(stdout) as AgreementResult;
	assert.deepEqual(result.coders, ['alice', 'bob']);
	assert.deepEqual(result.seeds, [`seeds/${samples.s000}`, `seeds/${samples.s001}`]);
	assert.deepEqual(result.excluded, [{ seed: `seeds/${samples.s002}`, reason: 'not coded by bob' }]);
	const units = result.codes.map(entry => [entry.code, entry.counts.map(count => count.units)]);
	assert.deepEqual(units, [['actor', [2, 3]], ['claim', [2, 1]], ['place', [1, 1]]]);
	assert.equal(result.codes.find(entry => entry.code === 'place')!.unitizingAlpha.value, 1);
	const overall = result.overall.unitizingAlpha.value!;
	assert.ok(overall > 0.5 && overall < 1, String(overall));
	// 4 of 5 units match exactly on each side: F1 = 0.8.
	assert.ok(Math.abs(result.overall.spanF1Exact.value! - 0.8) < 1e-12);
	assert.equal(result.perSeed[1].agreement.unitizingAlpha.value, 1);
});

test('seed agreement: a text table with n/a reasons and Krippendorff’s guidance; csv with a header', () => {
	const text = seed('seeds');
	assert.equal(text.code, 0, text.stderr);
	assert.match(text.stdout, /^Coders: alice, bob\. Seeds compared: 2, left out: 1\./);
	assert.match(text.stdout, /left out seeds\/002_91ec62a49ae75b28\.txt: not coded by bob/);
	assert.match(text.stdout, /\n\(all codes\)\s+0\.\d{3}\s/);
	assert.match(text.stdout, /α ≥ 0\.800/);
	const csv = seed('seeds', '--format', 'csv', '--codes', 'place');
	assert.equal(csv.code, 0);
	const lines = csv.stdout.trim().split('\r\n');
	assert.equal(lines[0], 'code,u_alpha,cohen_kappa,scott_pi,nominal_alpha,f1_exact,f1_overlap,observed_disagreement,'
		+ 'expected_disagreement,'
		+ 'units alice,characters alice,units bob,characters bob');
	assert.match(lines[1], /^\(all codes\),1\.000,1\.000,/);
	assert.match(lines[2], /^place,1\.000,/);
});

test('seed agreement --min-alpha: exit 1 below the threshold, per code with --per-code; n/a fails too', () => {
	assert.equal(seed('seeds', '--min-alpha', '0.5').code, 0);
	const strict = seed('seeds', '--min-alpha', '0.99');
	assert.equal(strict.code, 1);
	assert.match(strict.stderr, /below 0\.99 \(or n\/a\) for \(all codes\)/);
	// Overall uα is above 0.5; claim's is not.
	assert.equal(seed('seeds', '--min-alpha', '0.5').code, 0);
	const perCode = seed('seeds', '--min-alpha', '0.5', '--per-code');
	assert.equal(perCode.code, 1);
	assert.match(perCode.stderr, /below 0\.5 \(or n\/a\) for claim$/m);
	const nobody = seed('seeds', '--coders', 'alice,carol', '--min-alpha', '0');
	assert.equal(nobody.code, 1, 'no seed coded by both: n/a is not reliable');
});

test('seed agreement: usage errors exit 2 with the reason; a malformed coder file is reported, not guessed at', () => {
	assert.deepEqual(parseAgreementArgs(['--format', 'xml']), '--format takes text, json or csv, not xml');
	assert.equal(parseAgreementArgs(['--min-alpha', 'high']), '--min-alpha takes a number up to 1, not high');
	assert.match(parseAgreementArgs(['--coders', 'a b']) as string, /not a valid coder name/);
	assert.equal(parseAgreementArgs(['--coders']), '--coders needs a value');
	const usage = seed('--bogus');
	assert.equal(usage.code, 2);
	assert.match(usage.stderr, /unknown option --bogus/);
	const broken = path.join(seeds, samples.s001.replace('.txt', '.carol.tags.yaml'));
	writeFileSync(broken, 'version: 1\nannotations: [\n');
	try {
		const result = seed('seeds', '--format', 'json');
		assert.equal(result.code, 0);
		assert.match(result.stderr, /carol\.tags\.yaml: malformed, left out/);
		assert.deepEqual((JSON.parse(result.stdout) as AgreementResult).coders, ['alice', 'bob']);
	} finally {
		rmSync(broken);
	}
});
