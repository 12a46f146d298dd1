// Issue 15 §1.6 over stdio: the real server finds the year evidence itself (the folder's other dated
// seeds from its workspace index, the file's modification time) for `invalid-date` on `YYYY`.
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { useSeedWorkspace } from './support/lspClient';
import { readSample, samples } from './support/samples';

const workspace = useSeedWorkspace();

test('invalid-date on YYYY: one fix per year, the folder\'s dated seeds first, then the file\'s year', async () => {
	const text = readSample(samples.s001).replace(/^/, ' date YYYY-02-05 On Feb. 4\n\n');
	writeFileSync(path.join(workspace.folder, samples.s001), text);
	const modified = statSync(path.join(workspace.folder, samples.s001)).mtime.getFullYear();
	const uri = workspace.uriOf(samples.s001);
	await workspace.server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'seed', version: 1, text },
	});
	const diagnostics = await workspace.server.waitForDiagnostics(uri, (list) => list.some((d) => d.code === 'invalid-date'));
	const invalid = diagnostics.filter((d: Diagnostic) => d.code === 'invalid-date');
	// The workspace is indexed in the background: ask until the dated samples 000 and 004 (2022) are in.
	let titles: string[] = [];
	for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
		const params = { textDocument: { uri }, range: invalid[0].range, context: { diagnostics: invalid } };
		const actions = await workspace.server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params);
		// The quick fixes; the selection also gets the tagging source actions (source.seed.tag).
		titles = actions.filter((action) => action.kind === 'quickfix').map((action) => action.title);
		if (titles[0]?.includes('2 other seeds')) break;
	}
	assert.deepEqual(titles, [
		'Set the year to 2022 (2 other seeds of this folder are from 2022)',
		...(modified === 2022 ? [] : [`Set the year to ${modified} (the year the file was last modified)`]),
	]);
});
