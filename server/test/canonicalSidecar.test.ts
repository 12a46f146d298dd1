// The fast sidecar reader used by exports reads exactly what the YAML parser reads, or declines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../src/core/annotations/annotation';
import { readCanonicalSidecar } from '../src/core/annotations/export/canonicalSidecar';
import { Sidecar } from '../src/core/annotations/sidecar';

const annotation = fc.record({
	id: fc.oneof(fc.stringMatching(/^a-[0-9a-z]{8}$/), fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/)),
	tag: fc.oneof(fc.constantFrom('actor/state', 'frame', 'x.y/z-1', 'yes', 'null', 'true'), fc.string({ minLength: 1, maxLength: 10 })),
	text: fc.string({ unit: 'binary', maxLength: 30 }),
	start: fc.nat(100_000),
	length: fc.nat(50),
	before: fc.string({ unit: 'binary', maxLength: 10 }),
	after: fc.string({ unit: 'binary', maxLength: 10 }),
	note: fc.option(fc.string({ unit: 'binary', maxLength: 20 }), { nil: undefined }),
	created: fc.constantFrom('2026-11-21T06:22:49.475Z', ''),
}).map(({ length, note, ...rest }): Annotation => ({ ...rest, end: rest.start + length, ...(note !== undefined ? { note } : {}) }));

test('on any sidecar Seed Annotator writes, the fast reader gives what the YAML parser gives', () => {
	fc.assert(fc.property(fc.uniqueArray(annotation, { selector: a => a.id, maxLength: 8 }), fc.boolean(), (annotations, withCoder) => {
		let sidecar = Sidecar.empty('seed.txt');
		for (const item of annotations) sidecar = sidecar.add(item);
		const text = withCoder ? sidecar.text.replace(/^version: /m, 'coder: alice\nversion: ') : sidecar.text;
		const parsed = Sidecar.parse(text);
		assert.ok(parsed.ok);
		assert.deepEqual(readCanonicalSidecar(text), [...parsed.sidecar.annotations]);
	}), { numRuns: 300 });
});

test('anything else is left to the YAML parser', () => {
	const item = '  - id: a-00000001\n    tag: x\n    text: "Xi"\n    start: 0\n    end: 2\n';
	assert.deepEqual(readCanonicalSidecar(`version: 1\nannotations:\n${item}`)?.map(a => a.text), ['Xi']);
	for (const variant of [
		`version: 1\nannotations:\n  # a comment between items\n${item}`,
		`version: 1\nannotations:\n${item.replace('"Xi"', 'Xi')}`,
		`version: 1\nannotations:\n${item.replace('"Xi"', '"\\x58i"')}`,
		`version: 1\nannotations:\n${item}    extra: 1\n`,
		`version: 1\nannotations:\n${item}${item}`,
		`version: 1\r\nannotations:\r\n${item.replace(/\n/g, '\r\n')}`,
		`version: 2\nannotations:\n${item}`,
		`version: 1\nannotations:\n${item.replace('start: 0', 'start: 010')}`,
		`version: 1\nannotations: [{id: a-1, tag: x, text: "Xi", start: 0, end: 2}]\n`,
		`version: 1\nannotations:\n${item.replace('end: 2', 'end: -1')}`,
	]) {
		assert.equal(readCanonicalSidecar(variant), undefined, variant);
	}
});
