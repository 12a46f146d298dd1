import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation } from '../src/core/annotations/annotation';
import { mapAnchor, type TrackedAnchor } from '../src/core/annotations/editTracking';
import { Sidecar } from '../src/core/annotations/sidecar';

const header = '# kept: a person\'s comment\r\nversion: 1 # schema\r\nannotations:\r\n';

type Operation =
	| { kind: 'add'; start: number; length: number; text: string; note?: string }
	| { kind: 'remove'; pick: number }
	| { kind: 'note'; pick: number; note?: string }
	| { kind: 'move'; pick: number; start: number };

const anyText = fc.string({
	unit: fc.constantFrom('a', 'Z', ' ', '"', "'", ':', '#', '\n', '\r', '\\', '🇨🇳', '’', '-', '|'),
	maxLength: 12,
});
const operation: fc.Arbitrary<Operation> = fc.oneof(
	fc.record({
		kind: fc.constant('add' as const),
		start: fc.nat(500),
		length: fc.integer({ min: 1, max: 20 }),
		text: anyText,
		note: fc.option(anyText, { nil: undefined }),
	}),
	fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant('note' as const), pick: fc.nat(), note: fc.option(anyText, { nil: undefined }) }),
	fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), start: fc.nat(500) }),
);

test('any sequence of changes leaves a sidecar that parses back to the same annotations, sorted, with comments kept', () => {
	fc.assert(fc.property(fc.array(operation, { maxLength: 25 }), operations => {
		const start = Sidecar.parse(header + '  # about the first\r\n  - {id: a-0, tag: t, text: "x", start: 250, end: 251}\r\n# tail\r\n');
		assert.ok(start.ok);
		let sidecar = start.sidecar;
		let next = 1;
		for (const op of operations) {
			const ids = sidecar.annotations.map(a => a.id);
			if (op.kind === 'add') {
				const annotation: Annotation = {
					id: `a-${next++}`,
					tag: 'frame/x',
					text: op.text,
					start: op.start,
					end: op.start + op.length,
					before: op.text,
					after: '',
					created: '2026-11-21T06:00:00.000Z',
					...(op.note !== undefined ? { note: op.note } : {}),
				};
				sidecar = sidecar.add(annotation);
			} else if (ids.length > 0) {
				const id = ids[op.pick % ids.length];
				sidecar = op.kind === 'remove' ? sidecar.remove(id)
					: op.kind === 'note' ? sidecar.update(id, { note: op.note })
						: sidecar.update(id, { start: op.start, end: op.start + 3, text: 'moved' });
			}
			const reread = Sidecar.parse(sidecar.text);
			assert.ok(reread.ok, reread.ok ? '' : reread.problems[0].message + '\n' + sidecar.text);
			assert.deepEqual(reread.sidecar.annotations, sidecar.annotations);
			const starts = sidecar.annotations.map(a => a.start);
			assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
			assert.ok(sidecar.text.startsWith(header.replace('annotations:\r\n', '')));
			assert.ok(sidecar.text.endsWith('# tail\r\n'));
		}
	}), { numRuns: 150 });
});

test('an edit that does not touch a passage leaves its words; one that replaces all of it orphans it', () => {
	fc.assert(fc.property(
		fc.string({ minLength: 20, maxLength: 60 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }),
		(text, a, b, c, d, inserted) => {
			const [s, e] = [a % text.length, b % text.length].sort((x, y) => x - y);
			const [cs, ce] = [c % (text.length + 1), d % (text.length + 1)].sort((x, y) => x - y);
			if (s === e) {
				return;
			}
			const after = text.slice(0, cs) + inserted + text.slice(ce);
			const mapped: TrackedAnchor = mapAnchor(
				{ kind: 'anchored', start: s, end: e },
				{ start: cs, end: ce, insertedLength: inserted.length },
			);
			if (ce < s || cs > e || (cs === ce && (cs === s || cs === e))) {
				assert.equal(mapped.kind, 'anchored');
				if (mapped.kind === 'anchored') {
					assert.equal(after.slice(mapped.start, mapped.end), text.slice(s, e));
				}
			}
			if (cs <= s && ce >= e && !(cs === ce)) {
				assert.equal(mapped.kind, 'orphaned');
			}
			if (mapped.kind === 'anchored') {
				assert.ok(mapped.start < mapped.end && mapped.end <= after.length);
			}
		},
	), { numRuns: 2000 });
});
