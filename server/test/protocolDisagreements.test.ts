import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { parse as parseYaml } from 'yaml';
import { writeCoderSidecar } from './support/coderFiles';
import { startServerOnSeedsCopy } from './support/lspClient';
import { readSample, samples } from './support/samples';

test('coder-disagreement diagnostics; quick fixes write consensus and decision, never a coder file', { timeout: 60_000 }, async () => {
	const workspace = await startServerOnSeedsCopy({ coder: 'bob', showDisagreements: true });
	try {
		const text = readSample(samples.s000);
		const seedFile = path.join(workspace.folder, samples.s000);
		const aliceTags: [string, string][] = [['Le Yucheng', 'actor/official'], ['Beijing', 'place'], ['Vladimir Putin', 'actor/state']];
		const aliceFile = writeCoderSidecar(seedFile, text, 'alice', aliceTags);
		const bobFile = writeCoderSidecar(seedFile, text, 'bob', [['Le Yucheng', 'actor/official'], ['Beijing', 'actor/state']]);
		const aliceBefore = readFileSync(aliceFile, 'utf8');
		const bobBefore = readFileSync(bobFile, 'utf8');
		const uri = workspace.uriOf(samples.s000);
		const { connection } = workspace.server;
		await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });
		const flagged = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'coder-disagreement');
		const first = flagged(await workspace.server.waitForDiagnostics(uri, d => flagged(d).length === 2, 10_000));
		assert.deepEqual(first.map(d => d.severity), [3, 3]);
		const beijing = first.find(d => d.message.includes('Beijing'))!;
		assert.match(beijing.message, /different codes\): alice: place "Beijing"; bob: actor\/state "Beijing"/);
		const putin = first.find(d => d.message.includes('Vladimir Putin'))!;
		assert.match(putin.message, /coded by some coders only\): alice: actor\/state "Vladimir Putin"; bob: nothing/);
		const offset = text.indexOf('Beijing');
		assert.equal(beijing.range.start.character, offset - text.lastIndexOf('\n', offset) - 1);

		// The quick fixes only: a selection also gets the tagging source actions (source.seed.tag).
		const codeActions = async (diagnostic: Diagnostic) => (await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
		})).filter(action => action.kind === 'quickfix');
		const actions = await codeActions(beijing);
		assert.deepEqual(actions.map(action => action.title), [
			"Accept alice's place", "Accept bob's actor/state", 'Accept both', 'Reject (record that none is kept)',
		]);
		const accept = actions[0].command!;
		assert.equal(await connection.sendRequest('workspace/executeCommand', { command: accept.command, arguments: accept.arguments }), 1);
		const consensus = parseYaml(readFileSync(seedFile.replace(/\.txt$/, '.tags.yaml'), 'utf8'));
		assert.equal(consensus.coder, undefined);
		const kept = consensus.annotations.map((item: Record<string, unknown>) => [
			item.tag,
			item.text,
			item.coder,
			item.created,
			item.start,
		]);
		assert.deepEqual(kept,
			[['place', 'Beijing', 'alice', '2026-12-07T10:00:00.000Z', offset]]);
		const remaining = flagged(await workspace.server.waitForDiagnostics(uri, d => flagged(d).length === 1, 10_000));
		assert.match(remaining[0].message, /Vladimir Putin/);

		const reject = (await codeActions(remaining[0])).at(-1)!.command!;
		assert.equal(await connection.sendRequest('workspace/executeCommand', { command: reject.command, arguments: reject.arguments }), 0);
		await workspace.server.waitForDiagnostics(uri, d => flagged(d).length === 0, 10_000);
		const log = parseYaml(readFileSync(seedFile.replace(/\.txt$/, '.adjudication.yaml'), 'utf8'));
		assert.deepEqual(log.annotations.map((item: Record<string, unknown>) => [item.tag, item.text, item.note]).sort(),
			[['accepted', 'Beijing', "accepted alice's place"], ['rejected', 'Vladimir Putin', 'rejected']]);
		assert.equal(
			parseYaml(readFileSync(seedFile.replace(/\.txt$/, '.tags.yaml'), 'utf8')).annotations.length,
			1,
			'a rejection adds nothing',
		);
		assert.equal(readFileSync(aliceFile, 'utf8'), aliceBefore);
		assert.equal(readFileSync(bobFile, 'utf8'), bobBefore);
	} finally {
		await workspace.dispose();
	}
});

test('seed.adjudicate with arguments it cannot use is refused in words, not as an internal error', async () => {
	const workspace = await startServerOnSeedsCopy();
	try {
		const adjudicate = (argument: object) => workspace.server.connection.sendRequest('workspace/executeCommand', {
			command: 'seed.adjudicate', arguments: [argument],
		});
		await assert.rejects(adjudicate({ uri: workspace.uriOf(samples.s000) }), /seed\.adjudicate needs \{ uri, start, end, accept/);
		const closed = { uri: workspace.uriOf(samples.s001), start: 0, end: 4, accept: [] };
		await assert.rejects(adjudicate(closed), /Adjudicate in an open seed/);
	} finally {
		await workspace.dispose();
	}
});
