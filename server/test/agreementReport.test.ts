import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeAgreement, computeSeedAgreements } from '../src/core/agreement/agreementReport';
import { codedSeeds, type CoderSeed } from '../src/core/agreement/codedSeeds';
import type { CodedUnit } from '../src/core/agreement/units';

function unit(coder: string, code: string, start: number, end: number, seed = 's'): CodedUnit {
	return { seed, coder, code, start, end };
}

test('identical coders: uα, kappa, pi, alpha and both F1 are 1', () => {
	const units = ['a', 'b', 'c'].flatMap(coder => [unit(coder, 'X', 3, 9), unit(coder, 'X', 20, 25), unit(coder, 'Y', 30, 40)]);
	const report = computeAgreement({ seeds: [{ seed: 's', length: 50 }], coders: ['a', 'b', 'c'], units });
	for (const figures of [report.overall, ...report.codes]) {
		assert.equal(figures.unitizingAlpha.value, 1, `uα ${figures.code}`);
		assert.equal(figures.kappa.value, 1);
		assert.equal(figures.kappaKind, 'fleiss');
		assert.equal(figures.nominalAlpha.value, 1);
		assert.equal(figures.spanF1Exact.value, 1);
		assert.equal(figures.spanF1Overlap.value, 1);
	}
	assert.deepEqual(report.codes[0].counts, [
		{ coder: 'a', units: 2, characters: 11 },
		{ coder: 'b', units: 2, characters: 11 },
		{ coder: 'c', units: 2, characters: 11 },
	]);
	assert.deepEqual(report.overall.counts[0], { coder: 'a', units: 3, characters: 21 });
});

test('disjoint coders: uα below 0, kappa below 0, F1 0', () => {
	const report = computeAgreement({
		seeds: [{ seed: 's', length: 100 }],
		coders: ['a', 'b'],
		units: [unit('a', 'X', 0, 10), unit('a', 'X', 40, 50), unit('b', 'X', 20, 30), unit('b', 'X', 60, 70)],
	});
	assert.ok(report.overall.unitizingAlpha.value! < 0, String(report.overall.unitizingAlpha.value));
	assert.ok(report.overall.kappa.value! < 0);
	assert.equal(report.overall.spanF1Exact.value, 0);
	assert.equal(report.overall.spanF1Overlap.value, 0);
});

test('completely different codes on the same text: uα is not 1 (INCEpTION #2219, one text)', () => {
	const units = [unit('a', 'X', 0, 3), unit('b', 'Y', 4, 7)];
	const report = computeAgreement({ seeds: [{ seed: 's', length: 7 }], coders: ['a', 'b'], units });
	assert.ok(report.overall.unitizingAlpha.value! < 0.5, String(report.overall.unitizingAlpha.value));
	assert.ok(report.codes.every(code => code.unitizingAlpha.value !== 1));
});

test('coders who coded different seeds are not compared: n/a, not 1.0 (INCEpTION #2219)', () => {
	const files: CoderSeed[] = [
		{ seed: 'one.txt', text: 'Foo bar', coder: 'a', annotations: [{ tag: 'X', start: 0, end: 3 }] },
		{ seed: 'two.txt', text: 'The test', coder: 'b', annotations: [{ tag: 'X', start: 0, end: 3 }] },
	];
	const { input, excluded } = codedSeeds(files);
	assert.deepEqual(excluded, [{ seed: 'one.txt', reason: 'not coded by b' }, { seed: 'two.txt', reason: 'not coded by a' }]);
	const report = computeAgreement(input);
	assert.equal(report.overall.unitizingAlpha.value, null);
	assert.equal(report.overall.unitizingAlpha.reason, 'no seed was coded by every chosen coder');
	assert.equal(report.overall.kappa.value, null);
});

test('one of three coders marked something: uα is 0, not 1.0 (DKPro Statistics #2)', () => {
	const report = computeAgreement({ seeds: [{ seed: 's', length: 20 }], coders: ['a', 'b', 'c'], units: [unit('a', 'X', 0, 1)] });
	assert.ok(Math.abs(report.overall.unitizingAlpha.value!) < 1e-9, String(report.overall.unitizingAlpha.value));
	assert.ok(report.overall.kappa.value! < 1);
	assert.equal(report.overall.spanF1Exact.value, 0);
});

test('only zero-length units: n/a with a reason, not 1.0 (DKPro Statistics #58)', () => {
	const units = [unit('a', 'A', 0, 0), unit('b', 'B', 5, 5)];
	const report = computeAgreement({ seeds: [{ seed: 's', length: 15 }], coders: ['a', 'b'], units });
	assert.deepEqual(report.overall.unitizingAlpha, { value: null, reason: 'no coder marked any text' });
	for (const measure of [report.overall.kappa, report.overall.scottPi, report.overall.nominalAlpha]) {
		assert.deepEqual(measure, { value: null, reason: 'nothing was coded' });
	}
	assert.equal(report.overall.spanF1Exact.value, null);
});

test('one coder only, or an empty text: n/a with the reason', () => {
	const single = computeAgreement({ seeds: [{ seed: 's', length: 15 }], coders: ['a'], units: [unit('a', 'X', 0, 5)] });
	assert.deepEqual(single.overall.unitizingAlpha, { value: null, reason: 'needs two or more coders' });
	assert.equal(single.codes[0].unitizingAlpha.reason, 'needs two or more coders');
	assert.equal(single.overall.kappa.value, null);
	const empty = computeAgreement({ seeds: [{ seed: 's', length: 0 }], coders: ['a', 'b'], units: [unit('a', 'X', 0, 5)] });
	assert.equal(empty.overall.unitizingAlpha.value, null);
	assert.equal(empty.overall.kappa.value, null);
	for (const value of JSON.stringify([single, empty]).matchAll(/"value":([^,}]+)/g)) {
		assert.notEqual(value[1], 'NaN');
	}
});

test('nested and overlapping units of one coder count once', () => {
	const merged = computeAgreement({
		seeds: [{ seed: 's', length: 40 }],
		coders: ['a', 'b'],
		units: [unit('a', 'X', 5, 20), unit('a', 'X', 8, 12), unit('a', 'X', 15, 25), unit('b', 'X', 5, 25)],
	});
	assert.equal(merged.overall.unitizingAlpha.value, 1);
	assert.deepEqual(merged.overall.counts, [{ coder: 'a', units: 1, characters: 20 }, { coder: 'b', units: 1, characters: 20 }]);
});

test('span F1: exact and overlap per pair, with a partial overlap', () => {
	const report = computeAgreement({
		seeds: [{ seed: 's', length: 100 }],
		coders: ['a', 'b'],
		units: [unit('a', 'X', 0, 10), unit('a', 'X', 20, 30), unit('a', 'X', 50, 60), unit('b', 'X', 0, 10), unit('b', 'X', 22, 30)],
	});
	// Exact: 1 of 3 and 1 of 2 → 2·1/5. Overlap: 2 of 3, 2 of 2 → 2·(2/3)·1/(2/3+1) = 0.8.
	assert.equal(report.overall.spanF1Exact.value, 0.4);
	assert.ok(Math.abs(report.overall.spanF1Overlap.value! - 0.8) < 1e-12);
	assert.deepEqual(report.overall.pairs.map(pair => [pair.first, pair.second, pair.spanF1Exact.value]), [['a', 'b', 0.4]]);
});

test('--codes keeps only the chosen codes', () => {
	const report = computeAgreement(
		{
			seeds: [{ seed: 's', length: 50 }],
			coders: ['a', 'b'],
			units: [unit('a', 'X', 0, 5), unit('b', 'X', 0, 5), unit('a', 'Y', 10, 20)],
		},
		{ codes: ['X'] },
	);
	assert.deepEqual(report.codes.map(code => code.code), ['X']);
	assert.equal(report.overall.unitizingAlpha.value, 1);
});

test('positions are code points: astral characters and CRLF line breaks', () => {
	// 🇨🇳 is 4 UTF-16 units but 2 code points; CRLF is 2 code points.
	const text = '🇨🇳 Xi\r\nsaid 👍 yes';
	const xi = text.indexOf('Xi');
	const yes = text.indexOf('yes');
	const files: CoderSeed[] = [
		{ seed: 's', text, coder: 'a', annotations: [{ tag: 'X', start: xi, end: xi + 2 }, { tag: 'Y', start: yes, end: yes + 3 }] },
		{ seed: 's', text, coder: 'b', annotations: [{ tag: 'X', start: xi, end: xi + 2 }] },
	];
	const { input } = codedSeeds(files);
	assert.deepEqual(input.seeds, [{ seed: 's', length: Array.from(text).length }]);
	assert.deepEqual(input.units.filter(u => u.coder === 'a').map(u => [u.code, u.start, u.end]), [['X', 3, 5], ['Y', 14, 17]]);
	assert.equal(Array.from(text).slice(14, 17).join(''), 'yes');
	const report = computeAgreement(input);
	assert.deepEqual(report.codes.map(code => code.counts.map(count => count.characters)), [[2, 2], [3, 0]]);
	assert.equal(report.codes[0].unitizingAlpha.value, 1);
});

test('per-seed figures compare each seed on its own', () => {
	const units = [unit('a', 'X', 0, 5, 'one'), unit('b', 'X', 0, 5, 'one'), unit('a', 'X', 0, 5, 'two'), unit('b', 'X', 10, 15, 'two')];
	const seeds = computeSeedAgreements({ seeds: [{ seed: 'one', length: 20 }, { seed: 'two', length: 20 }], coders: ['a', 'b'], units });
	assert.deepEqual(seeds.map(seed => seed.seed), ['one', 'two']);
	assert.equal(seeds[0].agreement.unitizingAlpha.value, 1);
	assert.ok(seeds[1].agreement.unitizingAlpha.value! < 0);
});
