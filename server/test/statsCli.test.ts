import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { CorpusStats } from '../src/core/stats/corpusStatsTypes';
import { copyOverviewFixture } from './support/overviewFixture';
import { repoRoot } from './support/samples';

const workspace = copyOverviewFixture();
after(() => rmSync(workspace, { recursive: true, force: true }));

function seed(...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd: workspace, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('seed stats --format json: the fixture corpus with its known counts', () => {
	const { code, stdout, stderr } = seed('stats', 'seeds', '--format', 'json');
	assert.equal(code, 0, stderr);
	const stats = JSON.parse(stdout) as CorpusStats;
	assert.deepEqual(stats.totals, { seeds: 5, codedSeeds: 4, passages: 10, characters: 207 });
	const codes = Object.fromEntries(stats.codes.map(row => [row.code, [row.passages, row.seeds, row.characters]]));
	// "pledged mutual trust" and "mutual trust and deeper cooperation" overlap: 43 code points, plus alice's 12 and a/two's 22.
	assert.deepEqual(codes['frame/cooperation'], [4, 2, 77]);
	assert.deepEqual(codes['frame'], [5, 3, 116]);
	assert.deepEqual(codes['claim/denial'], [0, 0, 0]);
	assert.deepEqual(stats.cooccurrence.pairs, [
		{ a: 'actor/state', b: 'frame/conflict', overlapping: 1, seeds: 1 },
		{ a: 'actor/state', b: 'frame/cooperation', overlapping: 0, seeds: 2 },
	]);
	assert.deepEqual(
		stats.timeline.undated.map(seed => [seed.path, seed.problem]),
		[
			['b/four.txt', 'missing'],
			['five.txt', 'invalid'],
		],
	);
	assert.deepEqual(stats.coders, [
		{ coder: '', seeds: 4, passages: 9 },
		{ coder: 'alice', seeds: 1, passages: 1 },
	]);
	assert.equal(stats.entities.top[0].name, 'Vladimir Putin');
	assert.equal(stats.codes.find(row => row.code === 'frame/conflict')?.color, '#d62728');
});

test('seed stats --format csv --table: one RFC 4180 table', () => {
	const codes = seed('stats', 'seeds', '--format', 'csv');
	assert.equal(codes.code, 0);
	assert.equal(codes.stdout.split('\r\n')[0], 'code,passages,seeds,characters,own passages,own seeds,own characters');
	assert.ok(codes.stdout.includes('\r\nframe/*,5,3,116,0,0,0\r\n'));
	const timeline = seed('stats', 'seeds', '--format', 'csv', '--table', 'timeline', '--by', 'week');
	assert.equal(
		timeline.stdout,
		'week,from,seeds,coded seeds,passages\r\n2022-W05,2022-01-31,1,1,5\r\n2022-W06,2022-02-07,0,0,0\r\n' +
			'2022-W07,2022-02-14,1,1,2\r\n2022-W08,2022-02-21,0,0,0\r\n2022-W09,2022-02-28,0,0,0\r\n2022-W10,2022-03-07,1,1,2\r\n',
	);
});

test('seed stats filters: code, coder, dates, folder', () => {
	const json = (...args: string[]) => JSON.parse(seed('stats', 'seeds', '--format', 'json', ...args).stdout) as CorpusStats;
	assert.deepEqual(json('--code', 'frame').totals, { seeds: 3, codedSeeds: 3, passages: 5, characters: 116 });
	assert.deepEqual(json('--coder', 'alice').totals, { seeds: 1, codedSeeds: 1, passages: 1, characters: 12 });
	assert.equal(json('--from', '2022-02-10', '--to', '2022-12-31').totals.seeds, 2);
	assert.deepEqual(
		json('--folder', 'b').matrix.seeds.map(seed => seed.path),
		['b/four.txt', 'b/three.txt'],
	);
});

test('seed stats text: totals and every table; bad options and malformed sidecars are named', () => {
	const { code, stdout } = seed('stats', 'seeds');
	assert.equal(code, 0);
	assert.match(stdout, /^5 seeds, 4 coded, 10 passages, 207 characters \(code points\)\n\nCodes\n/);
	for (const title of [
		'Code × seed (passages)',
		'Co-occurrence',
		'Timeline (per month, by header date)',
		'Seeds without a valid date',
		'Most mentioned entities',
		'Coders',
	]) {
		assert.ok(stdout.includes(`\n${title}\n`), title);
	}
	assert.equal(seed('stats', '--format', 'xml').code, 2);
	assert.match(seed('stats', '--from', '2022-2-1').stderr, /--from takes a date YYYY-MM-DD/);
	assert.match(seed('stats', '--table', 'nope').stderr, /--table takes one of codes, matrix/);
	writeFileSync(path.join(workspace, 'seeds', 'a', 'two.bob.tags.yaml'), 'version: 1\nannotations: [\n');
	const broken = seed('stats', 'seeds', '--format', 'json');
	assert.equal(broken.code, 0);
	assert.match(broken.stderr, /two\.bob\.tags\.yaml: malformed, left out/);
	assert.equal((JSON.parse(broken.stdout) as CorpusStats).totals.passages, 10);
});
