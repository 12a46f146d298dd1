// Decoding a very large seed in steps gives what one TextDecoder call gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runToEnd } from '../src/core/steps';
import { decodeUtf8InSteps } from '../src/core/utf8Steps';

const whole = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

test('a text of several megabytes decodes in steps to the same string, characters split between steps whole', () => {
	// 1, 2, 3 and 4 bytes a character, offset so that each kind straddles a megabyte boundary somewhere.
	for (const shift of [0, 1, 2, 3]) {
		const text = '\uFEFF' + 'x'.repeat(shift) + 'Łódź 习近平 🇨🇳 plain words. '.repeat(120_000);
		const bytes = new TextEncoder().encode(text);
		let steps = 0;
		const generator = decodeUtf8InSteps(bytes);
		let next = generator.next();
		for (; !next.done; next = generator.next()) steps++;
		assert.ok(steps >= 3, `${steps} steps`);
		assert.equal(next.value, whole(bytes));
		assert.notEqual(next.value.charCodeAt(0), 0xfeff, 'the byte-order mark is dropped');
	}
});

test('a byte-order mark further on, even at the start of a step, is kept as one call keeps it', () => {
	const bytes = new TextEncoder().encode('a'.repeat(1024 * 1024) + '\uFEFF' + 'b'.repeat(1024 * 1024));
	const text = runToEnd(decodeUtf8InSteps(bytes));
	assert.equal(text, whole(bytes));
	assert.equal(text.charCodeAt(1024 * 1024), 0xfeff);
});

test('invalid UTF-8 throws in steps as in one call, also when a character is cut off at the end', () => {
	const valid = new TextEncoder().encode('a'.repeat(3 * 1024 * 1024));
	const invalid = new Uint8Array(valid);
	invalid[2 * 1024 * 1024 + 5] = 0xff;
	assert.throws(() => runToEnd(decodeUtf8InSteps(invalid)), TypeError);
	const truncated = new Uint8Array([...valid, 0xf0, 0x9f]);
	assert.throws(() => runToEnd(decodeUtf8InSteps(truncated)), TypeError);
	assert.throws(() => runToEnd(decodeUtf8InSteps(new Uint8Array([0x61, 0xc3]))), TypeError);
	assert.equal(runToEnd(decodeUtf8InSteps(new Uint8Array())), '');
});
