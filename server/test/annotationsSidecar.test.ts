import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import type { Annotation } from '../src/core/annotations/annotation';
import { Sidecar, newSidecarText } from '../src/core/annotations/sidecar';

function annotation(id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
	return {
		id,
		tag: 'actor/state',
		text: 'x'.repeat(end - start),
		start,
		end,
		before: 'b',
		after: 'a',
		created: '2026-11-21T06:00:00.000Z',
		...extra,
	};
}

function parsed(text: string): Sidecar {
	const result = Sidecar.parse(text);
	assert.ok(result.ok, result.ok ? '' : result.problems.map(p => p.message).join('; '));
	return result.sidecar;
}

/** What any YAML reader sees, minus optional fields at their defaults. */
function dataOf(text: string): unknown {
	return parse(text);
}

const handWritten = `# Tags for 000.txt — reviewed by JK
version: 1   # schema
annotations:
  # The first mention of Xi.
  - id: a-first
    tag: actor/state
    text: "Xi Jinping"
    start: 10
    end: 20
    before: "b"
    after: "a"
    created: "2026-11-21T06:00:00.000Z"
    reviewed: true  # a key a person added

  # Quote by Putin
  - id: a-second
    tag: claim/quote
    text: 'very successful'
    start: 100
    end: 115
    before: "b"
    after: "a"
    note: |
      check the
      translation
    created: "2026-11-21T06:00:00.000Z"
# end of list
`;

test('a new sidecar starts with the schema version and documents its unit', () => {
	const text = newSidecarText('000.txt');
	assert.match(text, /UTF-16 code units/);
	assert.deepEqual(dataOf(text), { version: 1, annotations: [] });
	assert.deepEqual(Sidecar.empty('000.txt').annotations, []);
});

test('the first tag turns the empty list into a block list, keeping the header', () => {
	const sidecar = Sidecar.empty('000.txt').add(annotation('a-1', 5, 8, { text: 'Xi:' }));
	const text = sidecar.text;
	assert.ok(text.startsWith('# Seed Annotator tags for 000.txt'));
	assert.ok(text.endsWith(`version: 1
annotations:
  - id: a-1
    tag: actor/state
    text: "Xi:"
    start: 5
    end: 8
    before: "b"
    after: "a"
    created: "2026-11-21T06:00:00.000Z"
`), text);
	assert.deepEqual(dataOf(text), {
		version: 1,
		annotations: [
			{ id: 'a-1', tag: 'actor/state', text: 'Xi:', start: 5, end: 8, before: 'b', after: 'a', created: '2026-11-21T06:00:00.000Z' },
		],
	});
});

test('parsing reads every field, including a block-scalar note', () => {
	const sidecar = parsed(handWritten);
	assert.deepEqual(sidecar.annotations.map(a => [a.id, a.tag, a.text, a.start, a.end, a.note]), [
		['a-first', 'actor/state', 'Xi Jinping', 10, 20, undefined],
		['a-second', 'claim/quote', 'very successful', 100, 115, 'check the\ntranslation\n'],
	]);
	assert.equal(sidecar.text, handWritten);
});

test('adding in the middle splices one item in sorted place and changes nothing else', () => {
	const sidecar = parsed(handWritten).add(annotation('a-mid', 50, 53, { text: 'Lav', tag: 'actor/person' }));
	const added = `  - id: a-mid
    tag: actor/person
    text: "Lav"
    start: 50
    end: 53
    before: "b"
    after: "a"
    created: "2026-11-21T06:00:00.000Z"
`;
	const cut = handWritten.indexOf('\n\n  # Quote by Putin') + 1;
	assert.equal(sidecar.text, handWritten.slice(0, cut) + added + handWritten.slice(cut));
	const data = dataOf(sidecar.text) as { annotations: { id: string }[] };
	assert.deepEqual(data.annotations.map(a => a.id), ['a-first', 'a-mid', 'a-second']);
	assert.deepEqual(parsed(sidecar.text).annotations, sidecar.annotations);
});

test('adding at the end goes after the last item, before trailing comments', () => {
	const sidecar = parsed(handWritten).add(annotation('a-last', 200, 201, { text: 'Z' }));
	const cut = handWritten.indexOf('# end of list');
	assert.equal(sidecar.text.slice(0, cut), handWritten.slice(0, cut));
	assert.ok(sidecar.text.slice(cut).startsWith('  - id: a-last\n'));
	assert.ok(sidecar.text.endsWith('# end of list\n'));
	assert.deepEqual(parsed(sidecar.text).annotations.map(a => a.id), ['a-first', 'a-second', 'a-last']);
});

test('adding at the start keeps the comment of the old first item with it', () => {
	const sidecar = parsed(handWritten).add(annotation('a-zero', 0, 2, { text: 'At' }));
	assert.ok(sidecar.text.includes('annotations:\n  - id: a-zero\n'));
	assert.ok(sidecar.text.includes('    created: "2026-11-21T06:00:00.000Z"\n  # The first mention of Xi.\n  - id: a-first\n'));
});

test('removing an item removes its lines and the comments just above it', () => {
	const sidecar = parsed(handWritten).remove('a-second');
	assert.equal(sidecar.text, handWritten.replace(/\n\n  # Quote by Putin[\s\S]*?created: "2026-11-21T06:00:00.000Z"\n/, '\n'));
	assert.ok(sidecar.text.includes('reviewed: true  # a key a person added\n# end of list\n'));
	assert.deepEqual(parsed(sidecar.text).annotations.map(a => a.id), ['a-first']);
});

test('removing the last tag leaves an empty list and every comment outside the items', () => {
	const sidecar = parsed(handWritten).remove('a-second').remove('a-first');
	assert.equal(sidecar.text, '# Tags for 000.txt — reviewed by JK\nversion: 1   # schema\nannotations: []\n# end of list\n');
	assert.deepEqual(dataOf(sidecar.text), { version: 1, annotations: [] });
	const again = sidecar.add(annotation('a-new', 1, 2, { text: 'X' }));
	assert.deepEqual(parsed(again.text).annotations.map(a => a.id), ['a-new']);
	assert.ok(again.text.startsWith('# Tags for 000.txt — reviewed by JK\nversion: 1   # schema\nannotations:\n  - id: a-new\n'));
});

test('setting a note rewrites one value; adding and clearing a note adds and removes one line', () => {
	const base = parsed(handWritten);
	const replaced = base.update('a-second', { note: 'say "successful"' });
	assert.equal(replaced.text, handWritten.replace('|\n      check the\n      translation\n', '"say \\"successful\\""\n'));
	assert.equal(parsed(replaced.text).get('a-second')?.note, 'say "successful"');

	const added = base.update('a-first', { note: 'state leader' });
	assert.equal(
		added.text,
		handWritten.replace(
			'    reviewed: true  # a key a person added\n',
			'    reviewed: true  # a key a person added\n    note: "state leader"\n',
		),
	);
	assert.equal(parsed(added.text).get('a-first')?.note, 'state leader');

	const cleared = base.update('a-second', { note: undefined });
	assert.equal(cleared.text, handWritten.replace('    note: |\n      check the\n      translation\n', ''));
	assert.equal(parsed(cleared.text).get('a-second')?.note, undefined);
	assert.equal(cleared.get('a-second')?.note, undefined);
});

test('moving positions rewrites only the numbers and keeps the list sorted', () => {
	const base = parsed(handWritten);
	const shifted = base.updateMany(new Map([['a-first', { start: 12, end: 22 }], ['a-second', { start: 1000, end: 1015 }]]));
	assert.equal(
		shifted.text,
		handWritten
			.replace('start: 10\n    end: 20', 'start: 12\n    end: 22')
			.replace('start: 100\n    end: 115', 'start: 1000\n    end: 1015'),
	);
	// A second update on the same slots uses the shifted value locations.
	const again = shifted.update('a-second', { start: 5, end: 20, text: 'other passage' });
	const reread = parsed(again.text);
	assert.deepEqual(
		reread.annotations.map(a => [a.id, a.start, a.end, a.text]),
		[
			['a-second', 5, 20, 'other passage'],
			['a-first', 12, 22, 'Xi Jinping'],
		],
	);
	assert.deepEqual(again.annotations, reread.annotations);
	assert.ok(again.text.includes('annotations:\n\n  # Quote by Putin\n  - id: a-second'));
});

test('passages with quotes, colons, line breaks, emoji and control characters survive a round trip', () => {
	const text = 'He said: "no" — 🇨🇳\r\n\ttab \u0085 # not a comment';
	const sidecar = Sidecar.empty('x.txt').add(annotation('a-1', 0, text.length, { text, before: '', after: "it's", note: 'yes' }));
	const reread = parsed(sidecar.text).get('a-1')!;
	assert.equal(reread.text, text);
	assert.equal(reread.after, "it's");
	assert.equal(reread.note, 'yes');
});

test('CRLF sidecars get CRLF lines', () => {
	const crlf = handWritten.replace(/\n/g, '\r\n');
	const sidecar = parsed(crlf).add(annotation('a-mid', 50, 51, { text: 'L' }));
	assert.ok(!/[^\r]\n/.test(sidecar.text));
	assert.deepEqual(parsed(sidecar.text).annotations.map(a => a.id), ['a-first', 'a-mid', 'a-second']);
});

test('a flow-style list is changed through the Document API and stays readable', () => {
	const flow = 'version: 1 # v\nannotations: [{id: a-1, tag: t, text: "ab", start: 5, end: 7}]\n';
	const sidecar = parsed(flow).add(annotation('a-0', 1, 2, { text: 'c' }));
	assert.deepEqual(parsed(sidecar.text).annotations.map(a => a.id), ['a-0', 'a-1']);
	assert.ok(sidecar.text.includes('# v'));
});

test('flow-style items in a block list keep their style; adding a field re-renders only that item', () => {
	const text = 'version: 1\nannotations:\n  # one line each\n  - {id: a-1, tag: t, text: "ab", start: 5, end: 7}\n'
		+ '  - {id: a-2, tag: t, text: "c", start: 9, end: 10}\n';
	const sidecar = parsed(text);
	const moved = sidecar.update('a-1', { start: 6, end: 8 });
	assert.equal(moved.text, text.replace('start: 5, end: 7', 'start: 6, end: 8'));
	const noted = moved.update('a-1', { note: 'n' });
	assert.equal(
		noted.text,
		text.replace(
			'  - {id: a-1, tag: t, text: "ab", start: 5, end: 7}\n',
			'  - { id: a-1, tag: t, text: "ab", start: 6, end: 8, note: "n" }\n',
		),
	);
	assert.equal(parsed(noted.text).get('a-1')?.note, 'n');
	assert.equal(noted.update('a-1', { note: 'm' }).get('a-1')?.note, 'm');
});

test('malformed YAML is reported with line and character', () => {
	const result = Sidecar.parse('version: 1\nannotations:\n  - id: a-1\n    text: "unclosed\n');
	assert.equal(result.ok, false);
	if (!result.ok) {
		assert.match(result.problems[0].message, /quote/i);
		// yaml reports a missing closing quote where the text ends.
		assert.deepEqual(result.problems[0].range.start, { line: 4, character: 0 });
	}
	const duplicate = Sidecar.parse('version: 1\nannotations: []\nversion: 1\n');
	assert.ok(!duplicate.ok);
	if (!duplicate.ok) {
		assert.match(duplicate.problems[0].message, /unique/i);
		assert.deepEqual(duplicate.problems[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
	}
});

test('schema problems are reported at the offending key', () => {
	const result = Sidecar.parse('version: 1\nannotations:\n  - id: a-1\n    tag: t\n    text: "x"\n    start: 5\n    end: 2\n');
	assert.equal(result.ok, false);
	if (!result.ok) {
		assert.match(result.problems[0].message, /"end" must be a whole number ≥ start/);
		assert.deepEqual(result.problems[0].range.start, { line: 6, character: 4 });
	}
	const newer = Sidecar.parse('version: 2\nannotations: []\n');
	assert.ok(!newer.ok && /newer/.test(newer.problems[0].message));
	const duplicate = Sidecar.parse('version: 1\nannotations:\n  - {id: a, tag: t, text: x, start: 0, end: 1}\n'
		+ '  - {id: a, tag: t, text: x, start: 0, end: 1}\n');
	assert.ok(!duplicate.ok && /two annotations have the id a/.test(duplicate.problems[0].message));
});

test('too many aliases and too large files are refused', () => {
	const aliases = 'version: 1\nx: &x "a"\nannotations:\n'
		+ Array.from({ length: 101 }, (_, i) => `  - {id: a${i}, tag: t, text: *x, start: 0, end: 1}\n`).join('');
	const result = Sidecar.parse(aliases);
	assert.ok(!result.ok && /101 aliases, over the limit of 100/.test(result.problems[0].message));
	const large = Sidecar.parse('version: 1\nannotations: []\n# ' + 'x'.repeat(100), { maxLength: 50, maxAliasCount: 100 });
	assert.ok(!large.ok && /over the 0 MB limit|over the/.test(large.problems[0].message));
});
