import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import type { CodebookEditArgs, CodebookEditResult } from '../src/protocol/commands';
import { startServer, type ServerSession } from './support/lspClient';
import { copyOverviewFixture, startServerOnOverviewFixture } from './support/overviewFixture';

const folder = copyOverviewFixture();
const seeds = path.join(folder, 'seeds');
let server: ServerSession;

before(async () => {
	server = await startServerOnOverviewFixture(folder);
});
after(async () => {
	await server.stop();
	rmSync(folder, { recursive: true, force: true });
});

const edit = (args: CodebookEditArgs) =>
	server.connection.sendRequest<CodebookEditResult>('workspace/executeCommand', { command: 'seed.editCodebook', arguments: [args] });
const tagsIn = (file: string) =>
	(parse(readFileSync(path.join(seeds, file), 'utf8')) as { annotations: { tag: string }[] }).annotations.map(item => item.tag);
const codebook = () => readFileSync(path.join(seeds, 'codebook.yaml'), 'utf8');
const codebookTags = () => (parse(codebook()) as { tags: Record<string, { description?: string; color?: string }> }).tags;

test('describe, recolour and add a child code: the codebook keeps its comments', async () => {
	await edit({ action: 'describe', tag: 'frame/conflict', description: 'Rivalry, threat, sanctions.' });
	await edit({ action: 'recolor', tag: 'claim/quote', color: '#17becf' });
	assert.deepEqual(await edit({ action: 'addChild', tag: 'frame', child: 'security', description: 'Military cooperation.' }), {
		tag: 'frame/security',
	});
	const tags = codebookTags();
	assert.equal(tags['frame/conflict'].description, 'Rivalry, threat, sanctions.');
	assert.equal(tags['claim/quote'].color, '#17becf');
	assert.equal(tags['frame/security'].description, 'Military cooperation.');
	assert.match(tags['frame/security'].color ?? '', /^#[0-9a-f]{6}$/);
	assert.ok(codebook().startsWith('# Codebook of the overview test corpus.\n'));
	await assert.rejects(edit({ action: 'recolor', tag: 'claim/quote', color: 'blue' }), /not a hex colour/);
});

test('delete refuses a used code and removes an unused one', async () => {
	await assert.rejects(
		edit({ action: 'delete', tag: 'frame/conflict' }),
		/frame\/conflict is used by 1 passage in 1 seed: merge it into another tag instead \(nothing was changed\)/,
	);
	await edit({ action: 'delete', tag: 'claim/denial' });
	assert.equal(codebookTags()['claim/denial'], undefined);
	assert.ok(codebookTags()['frame/conflict']);
});

test("merge: a preview counts, then every sidecar (coders' too) and the codebook change; a malformed sidecar stops it all", async () => {
	assert.deepEqual(await edit({ action: 'merge', tag: 'frame/cooperation', into: 'frame/conflict', preview: true }), {
		passages: 4,
		seeds: 2,
		files: 3,
	});
	assert.deepEqual(tagsIn('a/one.tags.yaml').filter(tag => tag === 'frame/cooperation').length, 2, 'a preview writes nothing');

	const broken = path.join(seeds, 'b', 'three.bob.tags.yaml');
	writeFileSync(broken, 'version: 1\nannotations: [\n');
	await assert.rejects(
		edit({ action: 'merge', tag: 'frame/cooperation', into: 'frame/conflict' }),
		/three\.bob\.tags\.yaml is malformed; fix it first \(nothing was changed\)/,
	);
	assert.equal(tagsIn('a/one.tags.yaml').filter(tag => tag === 'frame/cooperation').length, 2);
	rmSync(broken);

	assert.deepEqual(await edit({ action: 'merge', tag: 'frame/cooperation', into: 'frame/conflict' }), {
		passages: 4,
		seeds: 2,
		files: 3,
	});
	assert.deepEqual(tagsIn('a/one.tags.yaml'), ['actor/state', 'actor/state', 'frame/conflict', 'frame/conflict']);
	assert.deepEqual(tagsIn('a/one.alice.tags.yaml'), ['frame/conflict']);
	assert.deepEqual(tagsIn('a/two.tags.yaml'), ['actor/state', 'frame/conflict']);
	assert.match(readFileSync(path.join(seeds, 'a/one.alice.tags.yaml'), 'utf8'), /^coder: alice$/m);
	assert.equal(codebookTags()['frame/cooperation'], undefined);
	assert.equal(codebookTags()['frame/conflict'].color, '#d62728');
	await assert.rejects(edit({ action: 'merge', tag: 'frame', into: 'frame/conflict' }), /cannot be merged into itself or a tag under it/);
});

test('an untrusted workspace refuses codebook edits and changes nothing', async () => {
	const untrustedFolder = copyOverviewFixture();
	const untrusted = await startServer(untrustedFolder, { trusted: false });
	try {
		const before = readFileSync(path.join(untrustedFolder, 'seeds', 'codebook.yaml'), 'utf8');
		const request = untrusted.connection.sendRequest('workspace/executeCommand', {
			command: 'seed.editCodebook',
			arguments: [{ action: 'describe', tag: 'frame/conflict', description: 'x' }],
		});
		await assert.rejects(request, /writes nothing in an untrusted workspace/);
		assert.equal(readFileSync(path.join(untrustedFolder, 'seeds', 'codebook.yaml'), 'utf8'), before);
	} finally {
		await untrusted.stop();
		rmSync(untrustedFolder, { recursive: true, force: true });
	}
});
