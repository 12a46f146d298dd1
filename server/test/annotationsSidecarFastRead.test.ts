import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newSidecarText, Sidecar } from '../src/core/annotations/sidecar';
import { readCanonicalSidecar } from '../src/core/annotations/sidecarFastRead';
import type { Annotation } from '../src/core/annotations/annotation';

const passages = [
	'plain words',
	'with "quotes" and \\ backslash',
	'line\nbreak and\ttab',
	'emoji 🇨🇳 and 習近平',
	'colon: # hash',
	'',
	'bell \u0007 del \u007f bom \ufeff sep \u2028',
	'lone \ud800 surrogate',
];

function annotation(index: number): Annotation {
	const start = index * 40;
	return {
		id: `a${index.toString(36)}-${index % 7}`,
		tag: index % 3 === 0 ? 'frame/cooperation' : index % 3 === 1 ? 'yes' : 'tag with spaces',
		text: passages[index % passages.length],
		start,
		end: start + passages[index % passages.length].length,
		before: passages[(index + 1) % passages.length],
		after: passages[(index + 2) % passages.length],
		...(index % 4 === 0 ? { note: passages[(index + 3) % passages.length] } : {}),
		created: '2026-12-07T12:00:00.000Z',
	};
}

/** A sidecar as Seed Annotator writes it: the template, then tags added one by one. */
function written(count: number): string {
	let sidecar = Sidecar.empty('seed.txt');
	for (let index = 0; index < count; index++) sidecar = sidecar.add(annotation(index));
	return sidecar.text;
}

/** What the full `yaml` parse makes of the text: the same function with the fast reader disabled by a CRLF-free detour. */
function fullParse(text: string): unknown {
	// A comment line between the template's comments and `version:` is still canonical; a blank line at the end is not,
	// and the full parse reads the rest alike. Parse the text with a trailing blank line and compare all but the suffix.
	const result = Sidecar.parse(text + '\n');
	assert.ok(result.ok);
	const state = JSON.parse(JSON.stringify(result.sidecar)) as { suffix: string };
	assert.equal(state.suffix, '\n');
	return { ...state, suffix: '' };
}

test('the fast reader finds exactly what the full YAML parse finds, in sidecars Seed Annotator writes', () => {
	for (const count of [1, 2, 9, 40]) {
		const text = written(count);
		assert.ok(readCanonicalSidecar(text), `${count} annotations: read fast`);
		const fast = Sidecar.parse(text);
		assert.ok(fast.ok);
		assert.deepEqual(JSON.parse(JSON.stringify(fast.sidecar)), fullParse(text));
		assert.equal(fast.sidecar.text, text);
	}
});

test("a coder's sidecar (`coder: NAME` at the top) is read fast too, with the same result and the coder kept", () => {
	let sidecar = Sidecar.empty('seed.txt', undefined, 'alice');
	for (let index = 0; index < 9; index++) sidecar = sidecar.add(annotation(index));
	const text = sidecar.text;
	assert.match(text, /^coder: alice$/m);
	assert.ok(readCanonicalSidecar(text), 'read fast');
	const fast = Sidecar.parse(text);
	assert.ok(fast.ok);
	assert.deepEqual(JSON.parse(JSON.stringify(fast.sidecar)), fullParse(text));
	assert.equal(fast.sidecar.coder, 'alice');
	// Names YAML reads as something else than a string go to the full parse.
	for (const name of ['yes', 'null', 'Off']) {
		assert.equal(readCanonicalSidecar(text.replace('coder: alice', `coder: ${name}`)), undefined, name);
	}
});

test('writes after a fast read are byte for byte those after a full parse', () => {
	const text = written(12);
	const fast = Sidecar.parse(text);
	const full = Sidecar.parse(text + '\n');
	assert.ok(fast.ok && full.ok);
	const change = (sidecar: Sidecar) =>
		sidecar.add(annotation(100)).update(annotation(3).id, { note: 'new "note"', start: 2 }).remove(annotation(5).id).text;
	assert.equal(change(fast.sidecar) + '\n', change(full.sidecar));
});

test('anything else goes to the full parse: comments between items, other keys, CRLF, aliases, odd values', () => {
	const text = written(3);
	const lines = text.split('\n');
	const firstItem = lines.findIndex(line => line.startsWith('  - '));
	const variants = {
		'a comment between items': [...lines.slice(0, firstItem + 2), '  # mine', ...lines.slice(firstItem + 2)].join('\n'),
		'a key a person added': text.replace('    end:', '    reviewed: true\n    end:'),
		'CRLF': text.replace(/\n/g, '\r\n'),
		'an alias': text.replace(/    after: .*/, '    after: *ctx'),
		'a single-quoted id': text.replace(/  - id: (\S+)/, "  - id: '$1'"),
		'a start written +3': text.replace(/    start: (\d+)/, '    start: +$1'),
		'a value with a comment': text.replace(/(    text: ".*")/, '$1 # note'),
		'another top-level key': text.replace('version: 1', 'version: 1\nreviewer: anna'),
		'a second coder line': text.replace('version: 1', 'version: 1\ncoder: anna\ncoder: ben'),
		'a duplicate id': text
			+ lines.slice(firstItem, lines.findIndex((line, index) => index > firstItem && line.startsWith('  - '))).join('\n')
			+ '\n',
		'a raw control character': text.replace('plain words', 'plain\u0001words'),
		'an empty list': newSidecarText('seed.txt'),
	};
	for (const [name, variant] of Object.entries(variants)) assert.equal(readCanonicalSidecar(variant), undefined, name);
});
