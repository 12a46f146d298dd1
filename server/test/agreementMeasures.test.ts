import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cohenKappa } from '../src/core/agreement/cohenKappa';
import { digitise } from '../src/core/agreement/digitised';
import { fleissKappa } from '../src/core/agreement/fleissKappa';
import { formatMeasure, type Measure } from '../src/core/agreement/measure';
import { nominalAlpha } from '../src/core/agreement/nominalAlpha';
import { scottPi } from '../src/core/agreement/scottPi';
import { expectedDisagreement, observedDisagreement, unitizingAlpha } from '../src/core/agreement/unitizingAlpha';
import { buildContinuum, mergeOverlapping, type CodedUnit, type Span } from '../src/core/agreement/units';

/** Krippendorff (1995: p. 57), as DKPro Statistics' Krippendorff1995Test lays it out: [offset, length, coder, code]. */
const example: readonly [number, number, number, string][] = [
	[2, 8, 0, 'A'], [14, 6, 0, 'A'], [4, 4, 1, 'A'], [15, 2, 1, 'A'],
	[0, 18, 0, 'B'], [0, 2, 1, 'B'], [2, 1, 1, 'B'], [3, 1, 1, 'B'], [4, 1, 1, 'B'], [5, 1, 1, 'B'], [6, 3, 1, 'B'], [9, 1, 1, 'B'],
	[2, 6, 0, 'C'], [10, 2, 0, 'C'], [14, 4, 0, 'C'], [20, 2, 0, 'C'],
	[0, 2, 1, 'C'], [4, 4, 1, 'C'], [10, 4, 1, 'C'], [16, 2, 1, 'C'], [20, 2, 1, 'C'],
	[0, 2, 0, 'D'], [2, 8, 0, 'D'], [10, 4, 0, 'D'], [14, 6, 0, 'D'], [20, 4, 0, 'D'],
	[0, 4, 1, 'D'], [4, 4, 1, 'D'], [8, 7, 1, 'D'], [15, 2, 1, 'D'], [17, 7, 1, 'D'],
];

function exampleUnits(code: string, stretch: number): Span[][] {
	const byCoder: Span[][] = [[], []];
	for (const [offset, length, coder, unitCode] of example) {
		if (unitCode === code) {
			byCoder[coder].push({ start: Math.trunc(offset * stretch), end: Math.trunc(offset * stretch) + Math.trunc(length * stretch) });
		}
	}
	return byCoder.map(spans => spans.sort((a, b) => a.start - b.start));
}

function assertClose(actual: number | null | undefined, expected: number, tolerance: number, label: string): void {
	assert.ok(
		typeof actual === 'number' && Math.abs(actual - expected) <= tolerance,
		`${label}: ${actual} is not ${expected} ± ${tolerance}`,
	);
}

test('uα: observed disagreement of the worked example A–D (Krippendorff 1995)', () => {
	const expected: Record<string, number> = { A: 0.03125, B: 2.26736, C: 0.02777, D: 0.38715 };
	for (const [code, value] of Object.entries(expected)) {
		assertClose(observedDisagreement(exampleUnits(code, 1), 24), value, 0.00001, code);
	}
});

test('uα: expected disagreement and alpha of the worked example at a stretch of 50,000', () => {
	const stretch = 1_200_000 / 24;
	const expected: Record<string, [number, number]> = {
		A: [0.0699, 0.553],
		B: [1.17731, -0.926],
		C: [0.08642, 0.679],
		D: [0.41445, 0.066],
	};
	for (const [code, [disagreement, alpha]] of Object.entries(expected)) {
		const units = exampleUnits(code, stretch);
		assertClose(expectedDisagreement(units, 24 * stretch), disagreement, 0.005, `D_e ${code}`);
		const result = unitizingAlpha(units, 24 * stretch, code);
		assertClose(result.alpha.value, alpha, 0.02, `uα ${code}`);
		assertClose(result.observed, [0.03125, 2.26736, 0.02777, 0.38715]['ABCD'.indexOf(code)], 0.00001, `D_o ${code} stretched`);
	}
});

test('uα: C at the stretches DKPro checks (12 to 1,200,000 code points)', () => {
	const cases: [number, number, number][] = [
		[12, 0.05494, 0.494],
		[120, 0.08234, 0.663],
		[1200, 0.086, 0.677],
		[12000, 0.08638, 0.678],
	];
	for (const [length, disagreement, alpha] of cases) {
		const units = exampleUnits('C', length / 24);
		const tolerance = length === 12 ? 0.00001 : 0.005;
		assertClose(expectedDisagreement(units, length), disagreement, tolerance, `D_e C at ${length}`);
		assertClose(unitizingAlpha(units, length, 'C').alpha.value, alpha, 0.02, `uα C at ${length}`);
	}
});

test("digitised example A: Cohen's kappa 0.385, Scott's pi 0.314, nominal alpha 0.329", () => {
	const tally = digitise(exampleUnits('A', 1), 24);
	assert.deepEqual(tally.codedBy, [10, 8, 6]);
	assertClose(cohenKappa(tally).value, 0.385, 0.001, 'kappa');
	assertClose(scottPi(tally).value, 0.314, 0.001, 'pi');
	assertClose(nominalAlpha(tally).value, 0.329, 0.001, 'alpha');
	// Two coders: Fleiss' kappa is Scott's pi.
	assertClose(fleissKappa(tally).value, scottPi(tally).value!, 1e-12, 'fleiss');
});

test('digitised examples B and C (DKPro): kappa and pi as published; D has no variation and is n/a', () => {
	const b = digitise(exampleUnits('B', 1), 24);
	assertClose(cohenKappa(b).value, 0.385, 0.001, 'kappa B');
	assertClose(scottPi(b).value, 0.314, 0.001, 'pi B');
	const c = digitise(exampleUnits('C', 1), 24);
	assertClose(cohenKappa(c).value, 0.314, 0.001, 'kappa C');
	assertClose(scottPi(c).value, 0.314, 0.001, 'pi C');
	const d = digitise(exampleUnits('D', 1), 24);
	for (const measure of [cohenKappa(d), scottPi(d), fleissKappa(d), nominalAlpha(d)]) {
		assert.equal(measure.value, null);
		assert.match(measure.reason!, /nothing varies/);
		assert.equal(formatMeasure(measure), 'n/a');
	}
});

test("Fleiss' kappa for three coders against a hand count", () => {
	// 10 items; coder 0 codes 0–6, coder 1 codes 0–4, coder 2 codes 2–6.
	const tally = digitise([[{ start: 0, end: 6 }], [{ start: 0, end: 4 }], [{ start: 2, end: 6 }]], 10);
	assert.deepEqual(tally.codedBy, [4, 0, 4, 2]);
	// P_i: 4 items all 0 → 1; 4 items 2 of 3 → 1/3; 2 items all 1 → 1. P̄ = (4 + 4/3 + 2)/10; p = 14/30.
	const observed = (4 + 4 / 3 + 2) / 10;
	const p = 14 / 30;
	const chance = p * p + (1 - p) * (1 - p);
	assertClose(fleissKappa(tally).value, (observed - chance) / (1 - chance), 1e-12, 'fleiss');
});

test('overlapping units of one code by one coder are merged; touching ones stay apart', () => {
	assert.deepEqual(mergeOverlapping([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 2, end: 3 }, { start: 9, end: 12 }]), [
		{ start: 0, end: 9 },
		{ start: 9, end: 12 },
	]);
	const units: CodedUnit[] = [
		{ seed: 's', coder: 'a', code: 'X', start: 0, end: 10 },
		{ seed: 's', coder: 'a', code: 'X', start: 2, end: 4 }, // nested
		{ seed: 's', coder: 'a', code: 'X', start: 8, end: 15 }, // overlapping
		{ seed: 's', coder: 'b', code: 'X', start: 0, end: 15 },
		{ seed: 's', coder: 'b', code: 'X', start: 40, end: 30 }, // reversed: empty, dropped
		{ seed: 's', coder: 'b', code: 'X', start: 18, end: 99 }, // clipped to the text
	];
	const continuum = buildContinuum({ seeds: [{ seed: 's', length: 20 }], coders: ['a', 'b'], units });
	assert.deepEqual(continuum.spans.get('X'), [[{ start: 0, end: 15 }], [{ start: 0, end: 15 }, { start: 18, end: 20 }]]);
});

test('several seeds lie end to end on one continuum', () => {
	const continuum = buildContinuum({
		seeds: [{ seed: 'one', length: 10 }, { seed: 'two', length: 5 }],
		coders: ['a'],
		units: [{ seed: 'two', coder: 'a', code: 'X', start: 1, end: 3 }, { seed: 'missing', coder: 'a', code: 'X', start: 0, end: 1 }],
	});
	assert.equal(continuum.length, 15);
	assert.deepEqual(continuum.spans.get('X'), [[{ start: 11, end: 13 }]]);
});

test('formatMeasure: three decimals, n/a, no negative zero', () => {
	const values: Measure[] = [{ value: 0.55312 }, { value: -0.00001 }, { value: null, reason: 'x' }];
	assert.deepEqual(values.map(value => formatMeasure(value)), ['0.553', '0.000', 'n/a']);
});
