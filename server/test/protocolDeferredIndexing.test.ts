/**
 * Over stdio: entity indexing after a change is deferred to a later turn, yet requests sent with the
 * change answer for the changed text (the deferred turn comes first, or the request brings the index up to date).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hover, SemanticTokens } from 'vscode-languageserver-types';
import { useSeedWorkspace } from './support/lspClient';

const workspace = useSeedWorkspace();

test('a hover and semantic tokens sent with a change (no wait) answer for the changed text', async () => {
	const { connection } = workspace.server;
	const uri = workspace.uriOf('deferred.txt');
	const text = ' date 2024-03-01 Deferred\n\nThe weather was mild.\n';
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });
	await workspace.server.waitForDiagnostics(uri);
	const added = 'Foreign Minister Amina Okafor said on Monday that talks would go on. ';
	const at = { line: 2, character: 0 };
	// The change and the requests go out together: the server must not answer from the index of version 1.
	const changed = connection.sendNotification('textDocument/didChange', {
		textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: added }],
	});
	const hover = connection.sendRequest<Hover | null>('textDocument/hover', {
		textDocument: { uri },
		position: { line: 2, character: added.indexOf('Okafor') + 2 },
	});
	const tokens = connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
	await changed;
	const answer = await hover;
	assert.ok(answer && typeof answer.contents === 'object' && 'value' in answer.contents, 'a hover for the new name');
	assert.match(answer.contents.value, /Amina Okafor/);
	const data = (await tokens).data;
	// The first token is the person on line 2, at the character where the name starts.
	assert.deepEqual(data.slice(0, 3), [2, added.indexOf('Amina'), 'Amina Okafor'.length]);
});
