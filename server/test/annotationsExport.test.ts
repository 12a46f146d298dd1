import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../src/core/annotations/annotation';
import { codePointCounter, sliceCodePoints } from '../src/core/annotations/codePoints';
import { bratAnnotationConf, bratTypeName, tagFromBratType, toBrat } from '../src/core/annotations/export/brat';
import { toCsv, withoutFormula } from '../src/core/annotations/export/csv';
import type { ExportSource } from '../src/core/annotations/export/exportSource';
import { toJsonLines } from '../src/core/annotations/export/jsonLines';
import { toWebAnnotations } from '../src/core/annotations/export/webAnnotation';

const text = '🇨🇳🇷🇺 date 2022-02-06 Talks\r\nXi Jinping said the talks were "very successful," he noted.\r\nMoscow agreed. 👍 End';

function tag(id: string, passage: string, tagName: string, note?: string, occurrence = 0): Annotation {
	let start = -1;
	for (let i = 0; i <= occurrence; i++) {
		start = text.indexOf(passage, start + 1);
	}
	assert.ok(start >= 0, passage);
	return {
		id,
		tag: tagName,
		text: passage,
		start,
		end: start + passage.length,
		before: '',
		after: '',
		created: '2026-11-21T06:00:00.000Z',
		...(note !== undefined ? { note } : {}),
	};
}

const annotations = [
	tag('a-1', 'Xi Jinping', 'actor/state', 'first, "main" actor\n\tsecond line'),
	tag('a-2', '"very successful,"', 'claim/evaluation'),
	tag('a-3', 'he noted.\r\nMoscow', 'claim/quote'),
	tag('a-4', '🇷🇺', 'actor/state'),
	tag('a-5', '👍 End', 'frame x'),
];
const source: ExportSource = { seed: 'seeds/000 x.txt', uri: 'file:///w/seeds/000%20x.txt', text, annotations };

/** RFC 4180 reader, for the round trip. */
function readCsv(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	while (i < csv.length) {
		if (csv[i] === '"') {
			i++;
			while (i < csv.length) {
				if (csv[i] === '"' && csv[i + 1] === '"') { field += '"'; i += 2; }
				else if (csv[i] === '"') { i++; break; }
				else { field += csv[i++]; }
			}
		} else if (csv[i] === ',') { row.push(field); field = ''; i++; }
		else if (csv.startsWith('\r\n', i)) { row.push(field); rows.push(row); row = []; field = ''; i += 2; }
		else { field += csv[i++]; }
	}
	assert.equal(field, '');
	assert.deepEqual(row, []);
	return rows;
}

test('code-point offsets count an emoji flag as 2, CRLF as 2', () => {
	const toCodePoints = codePointCounter(text);
	assert.equal(toCodePoints(8), 4); // after 🇨🇳🇷🇺
	assert.equal(toCodePoints(text.indexOf('Xi')), text.indexOf('Xi') - 4);
	assert.equal(sliceCodePoints(text, 2, 4), '🇷🇺');
});

test('CSV: RFC 4180 quoting, code-point offsets, every passage found in the text', () => {
	const csv = toCsv([source], { formulaEscape: false });
	const rows = readCsv(csv).slice(1);
	assert.deepEqual(rows[0], ['seed', 'tag', 'text', 'start', 'end', 'note', 'coder']);
	assert.equal(rows.length, 6);
	const xi = text.indexOf('Xi') - 4;
	assert.deepEqual(rows[2], [
		'seeds/000 x.txt', 'actor/state', 'Xi Jinping', String(xi), String(xi + 10), 'first, "main" actor\n\tsecond line', '',
	]);
	assert.ok(csv.includes(`,Xi Jinping,${xi},${xi + 10},"first, ""main"" actor\n\tsecond line",\r\n`));
	assert.deepEqual(rows[1].slice(1, 5), ['actor/state', '🇷🇺', '2', '4']);
	for (const [, , passage, start, end] of rows.slice(1)) {
		assert.equal(sliceCodePoints(text, Number(start), Number(end)), passage);
	}
	assert.ok(rows.some(row => row[2] === 'he noted.\r\nMoscow'), 'CRLF inside a quoted field survives');
});

test('JSON Lines: one object per line, code points plus UTF-16 offsets', () => {
	const lines = toJsonLines([source]).trimEnd().split('\n').slice(1).map(line => JSON.parse(line));
	assert.equal(lines.length, 5);
	for (const line of lines) {
		assert.equal(sliceCodePoints(text, line.start, line.end), line.text);
		assert.equal(text.slice(line.utf16Start, line.utf16End), line.text);
	}
	assert.deepEqual(lines[0], {
		seed: 'seeds/000 x.txt', id: 'a-4', tag: 'actor/state', text: '🇷🇺', start: 2, end: 4, utf16Start: 4, utf16End: 8,
		note: null, created: '2026-11-21T06:00:00.000Z', coder: null,
	});
});

test('W3C Web Annotation: quote and position selectors agree with the text', () => {
	const collection = JSON.parse(toWebAnnotations([source]));
	assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
	assert.equal(collection.type, 'AnnotationCollection');
	assert.equal(collection.total, 5);
	const items = collection.first.items;
	for (const item of items) {
		assert.equal(item.type, 'Annotation');
		assert.equal(item.motivation, 'tagging');
		assert.equal(item.target.source, 'file:///w/seeds/000%20x.txt');
		const [quote, position] = item.target.selector;
		assert.equal(quote.type, 'TextQuoteSelector');
		assert.equal(position.type, 'TextPositionSelector');
		assert.equal(sliceCodePoints(text, position.start, position.end), quote.exact);
		assert.equal(sliceCodePoints(text, position.start - Array.from(quote.prefix).length, position.start), quote.prefix);
		assert.equal(sliceCodePoints(text, position.end, position.end + Array.from(quote.suffix).length), quote.suffix);
	}
	const xi = items.find((item: { id: string }) => item.id.endsWith(':a-1'));
	assert.equal(xi.id, 'urn:seed-annotator:seeds%2F000%20x.txt:a-1');
	assert.deepEqual(xi.body, [
		{ type: 'TextualBody', purpose: 'tagging', value: 'actor/state' },
		{ type: 'TextualBody', purpose: 'commenting', value: 'first, "main" actor\n\tsecond line', format: 'text/plain' },
	]);
	assert.equal(xi.target.selector[0].prefix, '🇨🇳🇷🇺 date 2022-02-06 Talks\r\n', 'the prefix does not cut an emoji in half');
});

test('brat: T lines with code-point offsets, discontinuous spans over line breaks, notes', () => {
	const ann = toBrat(source);
	const lines = ann.trimEnd().split('\n');
	const xi = text.indexOf('Xi') - 4;
	assert.equal(lines[0], 'T1\tactor-state 2 4\t🇷🇺');
	assert.equal(lines[1], `T2\tactor-state ${xi} ${xi + 10}\tXi Jinping`);
	assert.equal(lines[2], '#2\tAnnotatorNotes T2\tfirst, "main" actor second line');
	const noted = text.indexOf('he noted.') - 4;
	assert.equal(lines[4], `T4\tclaim-quote ${noted} ${noted + 9};${noted + 11} ${noted + 17}\the noted. Moscow`);
	assert.equal(lines[5].split('\t')[1].split(' ')[0], 'frame_u20_x');
	for (const line of lines.filter(l => l.startsWith('T'))) {
		const [, typeAndSpans, passage] = line.split('\t');
		const spans = typeAndSpans.split(' ').slice(1).join(' ').split(';').map(span => span.split(' ').map(Number));
		assert.equal(spans.map(([start, end]) => sliceCodePoints(text, start, end)).join(' '), passage);
	}
});

test('brat type names: "/" becomes "-", reversibly, and no two tags share a type', () => {
	assert.equal(bratTypeName('actor/state'), 'actor-state');
	assert.equal(bratTypeName('left-wing/x_y.z'), 'left_hwing-x__y_dz');
	assert.equal(bratTypeName('1st/2nd'), '_n1st-2nd');
	const tags = ['a/b', 'a-b', 'a_b', 'a.b', 'a__b', 'a_/b', '1st', 'é/ü-ß', 'x/y/z', 'a_hb', 'frame x', 'a_u20_', '🇨🇳|'];
	const types = tags.map(bratTypeName);
	assert.equal(new Set(types).size, tags.length);
	for (const [index, type] of types.entries()) {
		assert.match(type, /^[\p{L}_][\p{L}\p{N}_-]*$/u, type);
		assert.equal(tagFromBratType(type), tags[index]);
	}
	assert.equal(tagFromBratType('a_xb'), undefined);
	assert.equal(tagFromBratType('a_u2'), undefined);
});

test('brat: a TAB in the passage is written as a space, so a T line keeps three fields and its offsets', () => {
	const tabbed = 'Name:\tXi Jinping\tPresident\nnext 🇨🇳 line';
	const start = 0;
	const end = tabbed.indexOf('President') + 9;
	const annotation = { id: 'a-1', tag: 'x', text: tabbed.slice(start, end), start, end, before: '', after: '', created: '' };
	const ann = toBrat({ seed: 's.txt', uri: 'file:///s.txt', text: tabbed, annotations: [annotation] });
	const fields = ann.trimEnd().split('\t');
	assert.equal(fields.length, 3);
	assert.equal(fields[1], `x 0 ${end}`);
	assert.equal(fields[2], 'Name: Xi Jinping President');
	assert.equal(sliceCodePoints(tabbed, 0, end).length, fields[2].length);
});

test('brat annotation.conf: every tag as an entity type, nested by "/", parents that are no tag marked "!"', () => {
	const conf = bratAnnotationConf(['actor/state', 'frame', 'frame/conflict', 'claim/quote/direct']);
	const entities = conf.slice(conf.indexOf('[entities]\n') + 11, conf.indexOf('[relations]')).split('\n').filter(Boolean);
	assert.deepEqual(entities, [
		'!actor', '\tactor-state', '!claim', '\t!claim-quote', '\t\tclaim-quote-direct', 'frame', '\tframe-conflict',
	]);
	assert.match(conf, /^# brat configuration/);
	assert.match(conf, /\[relations\]\n\[events\]\n\[attributes\]\n$/);
});

test('CSV: cells a spreadsheet would run as formulas get a leading apostrophe', () => {
	for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
		assert.equal(withoutFormula(cell), `'${cell}`);
	}
	for (const cell of ['1', 'a=b', ' =x', '', "'x"]) {
		assert.equal(withoutFormula(cell), cell);
	}
	const formula = toCsv([{ ...source, annotations: [{ ...annotations[0], note: '=cmd|\' /C calc\'!A0' }] }]);
	assert.equal(readCsv(formula).at(-1)?.[5], "'=cmd|' /C calc'!A0", formula);
	const plain = toCsv([{ ...source, annotations: [{ ...annotations[0], note: '=cmd' }] }], { formulaEscape: false });
	assert.ok(plain.endsWith(',=cmd,\r\n'));
	assert.match(formula.split('\r\n')[0], /^# Seed Annotator export .* prefixed with ' against spreadsheet formulas$/);
});

test('stored context never starts or ends in the middle of an emoji', async () => {
	const { contextAround } = await import('../src/core/annotations/annotation');
	const sample = 'x🇨🇳' + 'a'.repeat(29) + 'P' + 'b'.repeat(29) + '🇷🇺';
	const at = sample.indexOf('P');
	assert.equal(at, 34);
	const { before, after } = contextAround(sample, at, at + 1);
	assert.equal(before, '🇳' + 'a'.repeat(29));
	assert.equal(after, 'b'.repeat(29) + '🇷'); // 31 units: 33 would split 🇺
	assert.equal(JSON.stringify(before + after).includes('\\u'), false);
});

test('every export carries the coder when one is set', () => {
	const coded: ExportSource = { ...source, coder: 'alice' };
	// Past the comment line and the header row.
	const rows = readCsv(toCsv([coded])).slice(2);
	assert.ok(rows.length > 0 && rows.every(row => row[6] === 'alice'), 'CSV coder column');
	assert.ok(readCsv(toCsv([source])).slice(2).every(row => row[6] === ''), 'empty in single-coder mode');
	const lines = toJsonLines([coded]).trim().split('\n').slice(1).map(line => JSON.parse(line) as { coder: string });
	assert.ok(lines.every(line => line.coder === 'alice'), 'JSONL coder field');
	const w3c = JSON.parse(toWebAnnotations([coded])) as { first: { items: { creator?: unknown }[] } };
	assert.ok(w3c.first.items.every(item => JSON.stringify(item.creator) === '{"type":"Person","nickname":"alice"}'), 'W3C creator');
	const single = JSON.parse(toWebAnnotations([source])) as { first: { items: { creator?: unknown }[] } };
	assert.ok(single.first.items.every(item => item.creator === undefined));
	const brat = toBrat(coded).split('\n').filter(line => line.startsWith('#'));
	assert.equal(brat.length, annotations.length);
	assert.match(brat[0], /^#1\tAnnotatorNotes T1\tcoder: alice$/);
	assert.ok(brat.some(line => /first, "main" actor second line \| coder: alice$/.test(line)), brat.join('\n'));
});
