// `seed.codebook`'s version over stdio with the real built server (issue 14 §4): the whole list with a
// version, `{ unchanged, version }` to the current one, the whole list again after an outside change,
// and InvalidParams for a `knownVersion` that is not a string.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { test } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import type { CodebookInfo, CodebookUnchanged } from '../src/protocol/commands';
import { useSeedWorkspace } from './support/lspClient';

const workspace = useSeedWorkspace();

function codebook(...args: unknown[]): Promise<CodebookInfo | CodebookUnchanged> {
	return workspace.server.connection.sendRequest('workspace/executeCommand', { command: 'seed.codebook', arguments: args });
}

function whole(answer: CodebookInfo | CodebookUnchanged): CodebookInfo {
	assert.ok('tags' in answer, `expected the whole list, got ${JSON.stringify(answer)}`);
	assert.equal(typeof answer.version, 'string');
	return answer;
}

test('the current version is answered unchanged; an outside change gets the whole list with a new version', async () => {
	const first = whole(await codebook());
	assert.ok(first.uri && first.tags.some(tag => tag.name === 'actor/state'));
	assert.deepEqual(await codebook({ knownVersion: first.version }), { unchanged: true, version: first.version });
	assert.equal(whole(await codebook({})).version, first.version);
	assert.equal(whole(await codebook(null)).version, first.version);
	appendFileSync(URI.parse(first.uri).fsPath, '  outside/added:\n    description: Added by another program.\n');
	const changed = whole(await codebook({ knownVersion: first.version }));
	assert.notEqual(changed.version, first.version);
	assert.ok(changed.tags.some(tag => tag.name === 'outside/added'));
	assert.deepEqual(await codebook({ knownVersion: changed.version }), { unchanged: true, version: changed.version });
});

test('a knownVersion that is not a string is InvalidParams naming it', async () => {
	for (const [argument, what] of [[{ knownVersion: 5 }, 'the number 5'], [{ knownVersion: null }, 'null']] as const) {
		const error = await codebook(argument).then(() => undefined, (refused: unknown) => refused);
		assert.ok(error instanceof ResponseError, String(error));
		assert.equal(error.code, -32602);
		assert.equal(error.message, `Invalid argument of seed.codebook: "knownVersion" must be a string, not ${what}.`);
	}
	const notObject = await codebook('v1').then(() => undefined, (refused: unknown) => refused);
	assert.ok(notObject instanceof ResponseError);
	assert.match(notObject.message, /^Invalid argument of seed\.codebook: the argument must be an object, not a string/);
});
