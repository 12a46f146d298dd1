import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { runAgreementCommand, warmUpCoderFiles, type AgreementCache } from '../src/agreementFeatures';
import { loadCoderSeeds, type CoderFileCache } from '../src/node/coderSeedFiles';
import { reportDisagreementLimit } from '../src/protocol/agreement';
import { writeCoderSidecar } from './support/coderFiles';
import { samples, seedsFolder } from './support/samples';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-coder-files-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('coder files are re-anchored in the current text, and a cache parses only files that changed', async () => {
	const file = path.join(scratch, samples.s000);
	copyFileSync(path.join(seedsFolder, samples.s000), file);
	const text = readFileSync(file, 'utf8');
	const aliceFile = writeCoderSidecar(file, text, 'alice', [['Le Yucheng', 'actor/official']]);
	writeCoderSidecar(file, text, 'bob', [['Beijing', 'place']]);
	// The text changed outside the editor: 8 characters inserted at the top.
	const edited = 'Edited. ' + text;
	const cache: CoderFileCache = new Map();
	const first = await loadCoderSeeds([{ file, seed: 's', text: edited }], cache);
	const starts = first.files.map(f => [f.coder, f.annotations[0].start]);
	assert.deepEqual(starts, [['alice', text.indexOf('Le Yucheng') + 8], ['bob', text.indexOf('Beijing') + 8]]);
	assert.equal(cache.size, 2);
	const parsed = cache.get(aliceFile)!.parsed;
	await loadCoderSeeds([{ file, seed: 's', text: edited }], cache);
	assert.equal(cache.get(aliceFile)!.parsed, parsed, 'an unchanged file is not parsed again');
	writeCoderSidecar(file, text, 'alice', [['Le Yucheng', 'actor/official'], ['Beijing', 'place']]);
	utimesSync(aliceFile, new Date(), new Date(Date.now() + 5000));
	const third = await loadCoderSeeds([{ file, seed: 's', text: edited }], cache);
	assert.notEqual(cache.get(aliceFile)!.parsed, parsed);
	assert.equal(third.files.find(f => f.coder === 'alice')!.annotations.length, 2);
});

test('the warm-up computes the answer the report asks for first: that request is answered from the cache', async () => {
	const folder = mkdtempSync(path.join(scratch, 'warm-'));
	const file = path.join(folder, samples.s000);
	copyFileSync(path.join(seedsFolder, samples.s000), file);
	const text = readFileSync(file, 'utf8');
	writeCoderSidecar(file, text, 'alice', [['Le Yucheng', 'actor/official']]);
	writeCoderSidecar(file, text, 'bob', [['Beijing', 'place']]);
	const cache: AgreementCache = { coderFiles: new Map(), seedTexts: new Map() };
	assert.equal(await warmUpCoderFiles({ folders: [folder], cache }), true);
	const ahead = cache.last?.answer;
	assert.ok(ahead, 'an answer computed ahead');
	const asked = await runAgreementCommand({ maxDisagreements: reportDisagreementLimit }, { folders: [folder], cache });
	assert.equal(asked, ahead, 'the report\'s first request is the one computed ahead');
	assert.deepEqual(asked.coders, ['alice', 'bob']);
	// Asked otherwise (every disagreement), it is computed afresh.
	assert.notEqual(await runAgreementCommand({}, { folders: [folder], cache }), ahead);
	// No coder's file: nothing is read or computed.
	const single = mkdtempSync(path.join(scratch, 'single-'));
	copyFileSync(path.join(seedsFolder, samples.s000), path.join(single, samples.s000));
	const untouched: AgreementCache = { coderFiles: new Map(), seedTexts: new Map() };
	assert.equal(await warmUpCoderFiles({ folders: [single], cache: untouched }), false);
	assert.equal(untouched.last, undefined);
	assert.equal(untouched.seedTexts.size, 0);
});
