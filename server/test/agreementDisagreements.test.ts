import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDisagreement, findDisagreements, type CoderAnnotation } from '../src/core/agreement/disagreements';

const unit = (coder: string, tag: string, start: number, end: number, id = `${coder}${start}`): CoderAnnotation =>
	({ coder, id, tag, start, end });

test('agreeing places are not flagged; boundaries within 3 code units count as the same', () => {
	const found = findDisagreements([
		unit('a', 'X', 0, 10), unit('b', 'X', 0, 10),
		unit('a', 'Y', 20, 30), unit('b', 'Y', 22, 31),
		unit('a', 'Z', 40, 50), unit('b', 'Z', 40, 58),
	], ['a', 'b']);
	assert.deepEqual(found.map(d => [d.start, d.end, d.kind]), [[40, 58, 'boundary']]);
});

test('uncoded, different codes, nested units form one place; settled places are skipped', () => {
	const annotations = [
		unit('a', 'X', 0, 10), // only a
		unit('a', 'X', 20, 40), unit('a', 'Y', 25, 30), unit('b', 'X', 20, 40), // nested Y only by a
		unit('a', 'X', 50, 60), unit('b', 'W', 55, 65),
	];
	const found = findDisagreements(annotations, ['a', 'b']);
	assert.deepEqual(found.map(d => [d.start, d.end, d.kind, d.uncoded]), [
		[0, 10, 'uncoded', ['b']], [20, 40, 'code', []], [50, 65, 'code', []],
	]);
	const described = describeDisagreement(found[0], (s, e) => 'x'.repeat(e - s));
	assert.equal(described, 'Coders disagree (coded by some coders only): a: X "xxxxxxxxxx"; b: nothing');
	assert.deepEqual(findDisagreements(annotations, ['a', 'b'], [{ start: 5, end: 6 }, { start: 64, end: 70 }]).map(d => d.start), [20]);
});
