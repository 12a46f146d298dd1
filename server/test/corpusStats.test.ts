import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selfAndAncestors } from '../src/core/stats/codeHierarchy';
import { declaredCoder, sidecarsOfSeed } from '../src/core/stats/coderSidecars';
import { computeCorpusStats } from '../src/core/stats/corpusStats';
import type { CodedPassage, CorpusInput } from '../src/core/stats/corpusStatsTypes';
import { codePointCount, coveredCodePoints } from '../src/core/stats/passageCoverage';
import { statsTable, tableToCsv, tableToText } from '../src/core/stats/statsTables';
import { bucketOf } from '../src/core/stats/timelineBuckets';

const flagText = '🇨🇳abcdefgh';
const passage = (tag: string, text: string, start: number, end: number): CodedPassage => ({
	tag,
	start,
	end,
	text: text.slice(start, end),
});
const letters = 'abcdefghijklmnopqrstuvwxyz';

/** Five seeds whose counts are worked out by hand in the tests below. */
const corpus: CorpusInput = {
	codebook: [
		{ name: 'frame/cooperation', color: '#2ca02c', description: 'Partnership.' },
		{ name: 'frame/conflict', color: '#d62728' },
		{ name: 'actor/state', color: '#1f77b4' },
		{ name: 'claim/quote' },
		{ name: 'claim/denial' },
	],
	seeds: [
		{
			uri: 'u1',
			path: 'a/one.txt',
			title: 'One',
			date: '2022-02-04',
			codings: [
				{
					coder: '',
					passages: [
						passage('frame/cooperation', letters, 0, 10),
						passage('actor/state', letters, 5, 15),
						passage('frame/conflict', letters, 20, 25),
					],
				},
				{ coder: 'alice', passages: [passage('frame/cooperation', letters, 0, 10)] },
			],
			entities: [
				{ id: 'xi', name: 'Xi Jinping', kind: 'person', mentions: 3 },
				{ id: 'beijing', name: 'Beijing', kind: 'place', mentions: 1 },
			],
		},
		{
			uri: 'u2',
			path: 'a/two.txt',
			date: '2022-02-20',
			codings: [
				{ coder: '', passages: [passage('frame/cooperation', flagText, 0, 6), passage('frame/cooperation', flagText, 4, 8)] },
			],
			entities: [{ id: 'xi', name: 'Xi Jinping', kind: 'person', mentions: 2 }],
		},
		{
			uri: 'u3',
			path: 'b/three.txt',
			date: '2022-03-10',
			codings: [
				{ coder: '', passages: [passage('actor/state', letters, 0, 3)] },
				{ coder: 'bob', passages: [passage('frame/conflict', letters, 0, 3), passage('actor/state', letters, 1, 2)] },
			],
			entities: [
				{ id: 'putin', name: 'Vladimir Putin', kind: 'person', mentions: 4 },
				{ id: 'auto:person:Vladimir Putin', name: 'Vladimir Putin', kind: 'person', mentions: 1 },
			],
		},
		{
			uri: 'u4',
			path: 'b/four.txt',
			dateProblem: 'missing',
			codings: [{ coder: '', passages: [passage('claim/quote', letters, 0, 2)] }],
			entities: [{ id: 'xi', name: 'Xi Jinping', kind: 'person', mentions: 1 }],
		},
		{ uri: 'u5', path: 'five.txt', dateProblem: 'invalid', codings: [] },
	],
};

test('codes: passages, seeds and code points per code, with parents rolled up and codebook codes listed', () => {
	const stats = computeCorpusStats(corpus);
	assert.deepEqual(stats.totals, { seeds: 5, codedSeeds: 4, passages: 10, characters: 44 });
	const rows = Object.fromEntries(
		stats.codes.map(row => [row.code, [row.passages, row.seeds, row.characters, row.own.passages, row.hasChildren, row.listed]]),
	);
	assert.deepEqual(
		stats.codes.map(row => row.code),
		['actor', 'actor/state', 'claim', 'claim/denial', 'claim/quote', 'frame', 'frame/conflict', 'frame/cooperation'],
	);
	assert.deepEqual(rows, {
		actor: [3, 2, 14, 0, true, false],
		'actor/state': [3, 2, 14, 3, false, true],
		claim: [1, 1, 2, 0, true, false],
		'claim/denial': [0, 0, 0, 0, false, true],
		'claim/quote': [1, 1, 2, 1, false, true],
		// a/one: [0,10) ∪ [20,25) in the plain sidecar = 15, alice 10; a/two: flag + abcd = 6; b/three (bob) 3.
		frame: [6, 3, 34, 0, true, false],
		'frame/conflict': [2, 2, 8, 2, false, true],
		// Two overlapping passages in a/two count their shared words once: 🇨🇳ab ∪ abcd = 6 code points.
		'frame/cooperation': [4, 2, 26, 4, false, true],
	});
	const cooperation = stats.codes.find(row => row.code === 'frame/cooperation')!;
	assert.equal(cooperation.color, '#2ca02c');
	assert.equal(cooperation.description, 'Partnership.');
	assert.equal(cooperation.parent, 'frame');
	assert.equal(cooperation.depth, 1);
});

test('the code × seed matrix counts rolled-up passages per seed; a limit keeps the busiest seeds', () => {
	const stats = computeCorpusStats(corpus);
	assert.deepEqual(
		stats.matrix.seeds.map(seed => [seed.path, seed.passages]),
		[
			['a/one.txt', 4],
			['a/two.txt', 2],
			['b/four.txt', 1],
			['b/three.txt', 3],
		],
	);
	const cell = (code: string, path: string) =>
		stats.matrix.cells.find(c => c.code === code && stats.matrix.seeds[c.seed].path === path)?.passages;
	assert.equal(cell('frame', 'a/one.txt'), 3);
	assert.equal(cell('frame/cooperation', 'a/one.txt'), 2);
	assert.equal(cell('actor', 'b/three.txt'), 2);
	assert.equal(cell('claim/quote', 'a/one.txt'), undefined);
	const limited = computeCorpusStats(corpus, {}, { matrixSeedLimit: 2 });
	assert.deepEqual(
		limited.matrix.seeds.map(seed => seed.path),
		['a/one.txt', 'b/three.txt'],
	);
	assert.equal(limited.matrix.seedsTotal, 4);
	assert.ok(limited.matrix.cells.every(c => c.seed < 2));
	assert.equal(limited.matrix.cells.find(c => c.code === 'frame/conflict' && c.seed === 1)?.passages, 1);
});

test('co-occurrence: overlapping passages within one sidecar, and seeds where both codes occur', () => {
	const stats = computeCorpusStats(corpus);
	assert.deepEqual(stats.cooccurrence.codes, ['actor/state', 'claim/quote', 'frame/conflict', 'frame/cooperation']);
	assert.deepEqual(stats.cooccurrence.pairs, [
		{ a: 'actor/state', b: 'frame/conflict', overlapping: 1, seeds: 2 },
		{ a: 'actor/state', b: 'frame/cooperation', overlapping: 1, seeds: 1 },
		{ a: 'frame/conflict', b: 'frame/cooperation', overlapping: 0, seeds: 1 },
	]);
});

test('timeline by month and by ISO week; seeds without a valid date are counted apart', () => {
	const months = computeCorpusStats(corpus);
	assert.deepEqual(months.timeline.buckets, [
		{ key: '2022-02', start: '2022-02-01', seeds: 2, codedSeeds: 2, passages: 6 },
		{ key: '2022-03', start: '2022-03-01', seeds: 1, codedSeeds: 1, passages: 3 },
	]);
	assert.deepEqual(months.timeline.undated, [
		{ uri: 'u4', path: 'b/four.txt', problem: 'missing', passages: 1 },
		{ uri: 'u5', path: 'five.txt', problem: 'invalid', passages: 0 },
	]);
	const weeks = computeCorpusStats(corpus, {}, { granularity: 'week' });
	assert.deepEqual(
		weeks.timeline.buckets.map(b => [b.key, b.start, b.seeds, b.passages]),
		[
			['2022-W05', '2022-01-31', 1, 4],
			['2022-W06', '2022-02-07', 0, 0],
			['2022-W07', '2022-02-14', 1, 2],
			['2022-W08', '2022-02-21', 0, 0],
			['2022-W09', '2022-02-28', 0, 0],
			['2022-W10', '2022-03-07', 1, 3],
		],
	);
});

test('ISO weeks at year ends belong to the year of their Thursday', () => {
	assert.deepEqual(bucketOf('2021-01-01', 'week'), { key: '2020-W53', start: '2020-12-28' });
	assert.deepEqual(bucketOf('2024-12-30', 'week'), { key: '2025-W01', start: '2024-12-30' });
	assert.deepEqual(bucketOf('2022-12-31', 'month'), { key: '2022-12', start: '2022-12-01' });
});

test('entities: most mentioned overall and per bucket; one row per name and kind', () => {
	const stats = computeCorpusStats(corpus, {}, { entitiesOverTime: 2 });
	assert.deepEqual(
		stats.entities.top.map(e => [e.name, e.kind, e.mentions, e.seeds]),
		[
			['Xi Jinping', 'person', 6, 3],
			['Vladimir Putin', 'person', 5, 1],
			['Beijing', 'place', 1, 1],
		],
	);
	assert.deepEqual(stats.entities.overTime, {
		ids: ['xi', 'putin'],
		buckets: [
			{ key: '2022-02', mentions: [5, 0] },
			{ key: '2022-03', mentions: [0, 5] },
		],
	});
});

test('coders: seeds and passages per sidecar owner', () => {
	assert.deepEqual(computeCorpusStats(corpus).coders, [
		{ coder: '', seeds: 4, passages: 7 },
		{ coder: 'alice', seeds: 1, passages: 1 },
		{ coder: 'bob', seeds: 1, passages: 2 },
	]);
});

test('filters: code (with the codes under it), coder, date range, folder', () => {
	const frame = computeCorpusStats(corpus, { codes: ['frame'] });
	assert.deepEqual(frame.totals, { seeds: 3, codedSeeds: 3, passages: 6, characters: 34 });
	assert.deepEqual(
		frame.codes.map(row => row.code),
		['frame', 'frame/conflict', 'frame/cooperation'],
	);
	assert.deepEqual(frame.timeline.undated, []);
	assert.deepEqual(frame.cooccurrence.pairs, [{ a: 'frame/conflict', b: 'frame/cooperation', overlapping: 0, seeds: 1 }]);

	const alice = computeCorpusStats(corpus, { coders: ['alice'] });
	assert.deepEqual(alice.totals, { seeds: 1, codedSeeds: 1, passages: 1, characters: 10 });
	assert.deepEqual(alice.coders, [{ coder: 'alice', seeds: 1, passages: 1 }]);

	const dated = computeCorpusStats(corpus, { from: '2022-02-10', to: '2022-03-31' });
	assert.deepEqual(
		dated.matrix.seeds.map(seed => seed.path),
		['a/two.txt', 'b/three.txt'],
	);
	assert.deepEqual(dated.timeline.undated, []);
	assert.equal(dated.totals.seeds, 2);

	for (const folder of ['b', 'b/', './b']) {
		const inB = computeCorpusStats(corpus, { folder });
		assert.equal(inB.totals.seeds, 2, folder);
		assert.deepEqual(
			inB.entities.top.map(e => [e.name, e.mentions]),
			[
				['Vladimir Putin', 5],
				['Xi Jinping', 1],
			],
		);
	}
	assert.equal(computeCorpusStats(corpus, { folder: 'a/one' }).totals.seeds, 0);
});

test('code points: emoji flags count 2 each, a lone surrogate 1; nested passages count once', () => {
	assert.equal(codePointCount('🇨🇳ab'), 4);
	assert.equal(codePointCount('\udc00x\ud800'), 3);
	assert.equal(coveredCodePoints([passage('t', letters, 0, 10), passage('t', letters, 2, 4), passage('t', letters, 9, 12)]), 12);
	assert.deepEqual(selfAndAncestors('a/b/c'), ['a/b/c', 'a/b', 'a']);
});

test('tables for CSV and text: rolled-up codes read frame/*, CSV quotes what needs quoting', () => {
	const stats = computeCorpusStats(corpus);
	const codes = statsTable(stats, 'codes');
	assert.deepEqual(codes.rows[5], ['frame/*', 6, 3, 34, 0, 0, 0]);
	const csv = tableToCsv({ name: 'coders', title: 'x', columns: ['a', 'b'], rows: [['say "hi", twice', 1]] });
	assert.equal(csv, 'a,b\r\n"say ""hi"", twice",1\r\n');
	const matrix = statsTable(stats, 'matrix');
	assert.deepEqual(matrix.columns, ['code', 'a/one.txt', 'a/two.txt', 'b/four.txt', 'b/three.txt']);
	assert.deepEqual(
		matrix.rows.find(row => row[0] === 'frame/*'),
		['frame/*', 3, 2, 0, 1],
	);
	assert.match(tableToText(statsTable(stats, 'coders')), /^Coders\ncoder\s+seeds\s+passages\n\(plain sidecar\)\s+4\s+7\n/);
	assert.deepEqual(statsTable(stats, 'undated').rows, [
		['b/four.txt', 'no date header', 1],
		['five.txt', 'invalid date', 0],
	]);
});

test("a seed's sidecars: the plain one and one per coder; a declared coder wins over the file name", () => {
	const siblings = [
		'one.tags.yaml',
		'one.alice.tags.yaml',
		'one.two.tags.yaml',
		'one.bad name.tags.yaml',
		'onex.tags.yaml',
		'two.tags.yaml',
		'one.txt',
	];
	assert.deepEqual(sidecarsOfSeed('one.txt', siblings), [
		{ fileName: 'one.tags.yaml', coder: '' },
		{ fileName: 'one.alice.tags.yaml', coder: 'alice' },
		{ fileName: 'one.two.tags.yaml', coder: 'two' },
	]);
	assert.equal(declaredCoder('# c\nversion: 1\ncoder: bob\nannotations:\n  - id: x\n'), 'bob');
	assert.equal(declaredCoder('version: 1\nannotations: []\n'), undefined);
	assert.equal(declaredCoder('version: 1\ncoder: "not a name"\nannotations: []\n'), undefined);
});
