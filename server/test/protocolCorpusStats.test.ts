import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { URI } from 'vscode-uri';
import type { CorpusStats } from '../src/core/stats/corpusStatsTypes';
import type { CorpusPassage, CorpusStatsArgs } from '../src/protocol/commands';
import type { ServerSession } from './support/lspClient';
import { copyOverviewFixture, startServerOnOverviewFixture } from './support/overviewFixture';

const folder = copyOverviewFixture();
let server: ServerSession;

before(async () => {
	server = await startServerOnOverviewFixture(folder);
});
after(async () => {
	await server.stop();
	rmSync(folder, { recursive: true, force: true });
});

const corpusStats = (args?: CorpusStatsArgs) =>
	server.connection.sendRequest<CorpusStats>('workspace/executeCommand', { command: 'seed.corpusStats', arguments: args ? [args] : [] });

test("seed.corpusStats over stdio: the fixture's known counts, with paths relative to the workspace folder", async () => {
	const stats = await corpusStats();
	assert.deepEqual(stats.totals, { seeds: 5, codedSeeds: 4, passages: 10, characters: 207 });
	assert.deepEqual(
		stats.matrix.seeds.map(seed => seed.path),
		['seeds/a/one.txt', 'seeds/a/two.txt', 'seeds/b/four.txt', 'seeds/b/three.txt'],
	);
	assert.equal(stats.matrix.seeds[0].uri, URI.file(path.join(folder, 'seeds/a/one.txt')).toString());
	assert.deepEqual(stats.codes.find(row => row.code === 'frame')!.passages, 5);
	assert.equal(stats.codes.find(row => row.code === 'frame/cooperation')!.color, '#2ca02c');
	assert.deepEqual(
		stats.timeline.undated.map(seed => [seed.path, seed.problem]),
		[
			['seeds/b/four.txt', 'missing'],
			['seeds/five.txt', 'invalid'],
		],
	);
	assert.deepEqual(
		stats.coders.map(row => [row.coder, row.passages]),
		[
			['', 9],
			['alice', 1],
		],
	);
	assert.ok(
		stats.entities.top.some(entity => entity.name === 'Vladimir Putin' && entity.seeds === 3),
		JSON.stringify(stats.entities.top),
	);
});

test('seed.corpusStats takes filters and options, and follows a new tag at once', async () => {
	const filtered = await corpusStats({ filter: { codes: ['frame'], folder: 'seeds/a' }, granularity: 'week', matrixSeedLimit: 1 });
	assert.deepEqual(filtered.totals, { seeds: 2, codedSeeds: 2, passages: 4, characters: 77 });
	assert.deepEqual(
		filtered.timeline.buckets.map(bucket => bucket.key),
		['2022-W05', '2022-W06', '2022-W07'],
	);
	assert.deepEqual(
		filtered.matrix.seeds.map(seed => seed.path),
		['seeds/a/one.txt'],
	);
	const uri = URI.file(path.join(folder, 'seeds/b/four.txt')).toString();
	await server.connection.sendRequest('workspace/executeCommand', {
		command: 'seed.tag',
		arguments: [{ uri, tag: 'frame/conflict', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } }],
	});
	const after = await corpusStats();
	assert.equal(after.totals.passages, 11);
	assert.deepEqual(after.codes.find(row => row.code === 'frame/conflict')!.seeds, 2);
});

test("seed.corpusPassages: a heat-map cell's passages from every sidecar, in text order, with LSP ranges", async () => {
	const uri = URI.file(path.join(folder, 'seeds/a/one.txt')).toString();
	const passages = await server.connection.sendRequest<CorpusPassage[]>('workspace/executeCommand', {
		command: 'seed.corpusPassages',
		arguments: [{ uri, code: 'frame' }],
	});
	assert.deepEqual(
		passages.map(p => [p.coder, p.tag, p.text, p.range?.start.line, p.range?.start.character]),
		[
			['', 'frame/cooperation', 'pledged mutual trust', 4, 14],
			['', 'frame/cooperation', 'mutual trust and deeper cooperation', 4, 22],
			['alice', 'frame/cooperation', 'mutual trust', 4, 22],
		],
	);
	const alice = await server.connection.sendRequest<CorpusPassage[]>('workspace/executeCommand', {
		command: 'seed.corpusPassages',
		arguments: [{ uri, code: 'frame', coders: ['alice'] }],
	});
	assert.deepEqual(
		alice.map(p => p.text),
		['mutual trust'],
	);
	assert.deepEqual(alice[0].range, { start: { line: 4, character: 22 }, end: { line: 4, character: 34 } });
});

test('seed.corpusStats answers again from its cache, and not once a sidecar is removed or comes back', async () => {
	const first = await corpusStats();
	assert.deepEqual(await corpusStats(), first);
	const coderFile = path.join(folder, 'seeds/a/one.alice.tags.yaml');
	const coderText = readFileSync(coderFile, 'utf8');
	rmSync(coderFile);
	try {
		const without = await corpusStats();
		assert.equal(without.totals.passages, first.totals.passages - 1);
		assert.deepEqual(without.coders.map(row => row.coder), ['']);
	} finally {
		writeFileSync(coderFile, coderText);
	}
	const back = await corpusStats();
	assert.equal(back.totals.passages, first.totals.passages);
	assert.deepEqual(back.coders.map(row => row.coder), ['', 'alice']);
});
