import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import type { AgreementAnswer, SeedCoderAnnotations } from '../src/protocol/agreement';
import type { AnnotationInfo } from '../src/protocol/commands';
import { startServer, startServerOnSeedsCopy, type ServerSession } from './support/lspClient';
import { readSample, samples } from './support/samples';

function rangeOf(text: string, passage: string) {
	const start = text.indexOf(passage);
	const position = (offset: number) => {
		const before = text.slice(0, offset).split('\n');
		return { line: before.length - 1, character: before.at(-1)!.length };
	};
	return { start: position(start), end: position(start + passage.length) };
}

test('two servers with different coders tag the same seed; seed.agreement compares them', { timeout: 60_000 }, async () => {
	const alice = await startServerOnSeedsCopy({ coder: 'alice' });
	const bob = await startServer(alice.folder, { coder: 'bob' });
	try {
		const text = readSample(samples.s000);
		const uri = alice.uriOf(samples.s000);
		const tag = (server: typeof bob, passage: string, tagName: string) =>
			server.connection.sendRequest<AnnotationInfo>('workspace/executeCommand', {
				command: 'seed.tag', arguments: [{ uri, range: rangeOf(text, passage), tag: tagName }],
			});
		await tag(alice.server, 'Le Yucheng', 'actor/official');
		await tag(alice.server, 'Beijing', 'place');
		await tag(bob, 'Le Yucheng', 'actor/official');
		await tag(bob, 'Beijing', 'actor/state');

		const base = path.join(alice.folder, samples.s000.replace(/\.txt$/, ''));
		const aliceFile = parseYaml(readFileSync(`${base}.alice.tags.yaml`, 'utf8'));
		const bobFile = parseYaml(readFileSync(`${base}.bob.tags.yaml`, 'utf8'));
		assert.equal(aliceFile.coder, 'alice');
		assert.equal(bobFile.coder, 'bob');
		assert.deepEqual(aliceFile.annotations.map((item: { tag: string }) => item.tag), ['actor/official', 'place']);
		assert.deepEqual(bobFile.annotations.map((item: { tag: string }) => item.tag), ['actor/official', 'actor/state']);
		assert.equal(existsSync(`${base}.tags.yaml`), false, 'the shared consensus file is not written by coders');

		const agreement = (argument: object) =>
			bob.connection.sendRequest<AgreementAnswer>('workspace/executeCommand', { command: 'seed.agreement', arguments: [argument] });
		const answer = await agreement({});
		assert.deepEqual(answer.coders, ['alice', 'bob']);
		assert.deepEqual(answer.seeds, [samples.s000]);
		assert.equal(answer.seedUris[samples.s000], uri);
		const official = answer.codes.find(entry => entry.code === 'actor/official')!;
		assert.equal(official.unitizingAlpha.value, 1);
		assert.deepEqual(official.counts.map(count => count.characters), [10, 10]);
		assert.equal(answer.codes.find(entry => entry.code === 'place')!.counts[1].units, 0);
		assert.ok(answer.overall.unitizingAlpha.value! < 1 && answer.overall.unitizingAlpha.value! > 0);
		assert.equal(answer.overall.spanF1Exact.value, 0.5);

		const only = await agreement({ codes: ['actor/official'] });
		assert.equal(only.overall.unitizingAlpha.value, 1);

		// At most this many disagreements listed, all counted; asked again, the same answer.
		assert.equal(answer.disagreementCount, 1);
		const none = await agreement({ maxDisagreements: 0 });
		assert.deepEqual([none.disagreements.length, none.disagreementCount], [0, 1]);
		assert.deepEqual((await agreement({})).codes, answer.codes);
		await assert.rejects(agreement({ maxDisagreements: -1 }), /maxDisagreements/);

		// "Show All Coders" in the Tags view: every coder's annotations but the asking coder's, with ranges.
		const others = (server: typeof bob) => server.connection.sendRequest<SeedCoderAnnotations[]>(
			'workspace/executeCommand', { command: 'seed.workspaceCoderAnnotations', arguments: [{}] });
		assert.deepEqual(await others(bob), [{
			uri,
			annotations: [
				{ coder: 'alice', tag: 'actor/official', text: 'Le Yucheng', range: rangeOf(text, 'Le Yucheng') },
				{ coder: 'alice', tag: 'place', text: 'Beijing', range: rangeOf(text, 'Beijing') },
			],
		}]);
		assert.deepEqual((await others(alice.server))[0].annotations.map(item => `${item.coder} ${item.tag}`),
			['bob actor/official', 'bob actor/state']);
		await assert.rejects(agreement({ coders: ['a b'] }), /not a valid coder name/);
	} finally {
		await bob.stop();
		await alice.dispose();
	}
});

test('an invalid coder name is refused with a clear message and nothing is written', { timeout: 30_000 }, async () => {
	const workspace = await startServerOnSeedsCopy({ coder: '../eve' });
	try {
		const text = readSample(samples.s000);
		await assert.rejects(
			workspace.server.connection.sendRequest('workspace/executeCommand', {
				command: 'seed.tag', arguments: [{ uri: workspace.uriOf(samples.s000), range: rangeOf(text, 'Beijing'), tag: 'place' }],
			}),
			/seed\.annotations\.coder: "\.\.\/eve" is not a valid coder name/,
		);
		assert.equal(existsSync(path.join(workspace.folder, samples.s000.replace(/\.txt$/, '.tags.yaml'))), false);
	} finally {
		await workspace.dispose();
	}
});

test('coders\' files are read ahead once the workspace is indexed, only where there are any', { timeout: 60_000 }, async () => {
	type Info = { indexedSeeds: number; overviewReadAhead: boolean; coderFilesReadAhead: boolean };
	const settled = async (server: ServerSession) => {
		for (let tries = 0; tries < 200; tries++) {
			const info = await server.connection.sendRequest<Info>('seed/serverInfo');
			if (info.overviewReadAhead) return info;
			await new Promise(resolve => setTimeout(resolve, 100));
		}
		throw new Error('the server did not finish indexing');
	};
	const alice = await startServerOnSeedsCopy({ coder: 'alice' });
	let reader: ServerSession | undefined;
	try {
		// Only the samples: nothing to read ahead.
		const before = await settled(alice.server);
		await new Promise(resolve => setTimeout(resolve, 300));
		const after = await alice.server.connection.sendRequest<Info>('seed/serverInfo');
		assert.equal(after.coderFilesReadAhead, false, JSON.stringify(before));
		const text = readSample(samples.s000);
		await alice.server.connection.sendRequest('workspace/executeCommand', {
			command: 'seed.tag', arguments: [{ uri: alice.uriOf(samples.s000), range: rangeOf(text, 'Beijing'), tag: 'place' }],
		});
		// A server started on a folder that holds a coder's file reads it ahead, and compares from it.
		reader = await startServer(alice.folder, {});
		await settled(reader);
		let info: Info | undefined;
		for (let tries = 0; tries < 100 && !info?.coderFilesReadAhead; tries++) {
			await new Promise(resolve => setTimeout(resolve, 100));
			info = await reader.connection.sendRequest<Info>('seed/serverInfo');
		}
		assert.equal(info?.coderFilesReadAhead, true);
		const answer = await reader.connection.sendRequest<AgreementAnswer>('workspace/executeCommand', {
			command: 'seed.agreement', arguments: [{}],
		});
		assert.deepEqual(answer.coders, ['alice']);
		assert.equal(answer.codes.find(entry => entry.code === 'place')!.counts[0].characters, 'Beijing'.length);
	} finally {
		await reader?.stop();
		await alice.dispose();
	}
});
