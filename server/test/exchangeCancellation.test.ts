// A cancelled seed.exportProject (the editor's Cancel, `$/cancelRequest`) stops, writes nothing, and is
// answered as cancelled, not as a failure.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { exchangeCommandRunner } from '../src/exchangeCommands';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { samples, seedsFolder } from './support/samples';

function cancelledToken(): CancellationToken {
	return { isCancellationRequested: true, onCancellationRequested: (listener) => {
		queueMicrotask(() => listener(undefined));
		return { dispose: () => undefined };
	} };
}

test('a cancelled REFI-QDA export is answered RequestCancelled and writes no file', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'seed-export-cancel-'));
	try {
		cpSync(path.join(seedsFolder, samples.s000), path.join(folder, samples.s000));
		const run = exchangeCommandRunner({
			fileSystem: new NodeFileSystem(), workspaceFolders: () => [URI.file(folder)], codebookUri: () => undefined, trusted: () => true,
			listSeeds: async function* () { yield URI.file(path.join(folder, samples.s000)).toString(); },
		});
		const target = path.join(folder, 'project.qdpx');
		const args = [{ format: 'qdpx', target: URI.file(target).toString() }];
		await assert.rejects(run('seed.exportProject', args, cancelledToken()),
			(error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
		assert.equal(existsSync(target), false);
		// Not cancelled: written.
		const none: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
		assert.equal((await run('seed.exportProject', args, none) as { sources: number }).sources, 1);
		assert.equal(existsSync(target), true);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
