// Last: it kills the language server on purpose.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, seedsFolder, seedDiagnostics, waitFor } from './helpers';

async function serverPid(): Promise<number | undefined> {
	const pid = await vscode.commands.executeCommand<unknown>('seed.debug.serverPid');
	return typeof pid === 'number' && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

describe('server crash', () => {
	it('the client restarts the server and diagnostics come back', async () => {
		await activeExtension();
		const commands = await vscode.commands.getCommands(true);
		assert.ok(commands.includes('seed.debug.serverPid'), 'the client must register the test-only command seed.debug.serverPid');
		const pid = await waitFor('the server pid', serverPid);
		process.kill(pid);
		await waitFor(`server ${pid} to exit`, () => (isAlive(pid) ? undefined : true));
		const restarted = await waitFor('a new server process', async () => {
			const next = await serverPid();
			return next !== undefined && next !== pid && isAlive(next) ? next : undefined;
		}, 20_000);
		assert.notEqual(restarted, pid);
		// A seed the old server never saw: only a live server can report on it.
		const uri = vscode.Uri.joinPath(seedsFolder(), '900_after_restart.txt');
		fs.writeFileSync(uri.fsPath, 'Headline written after the crash\n\nBEIJING, Feb. 5 (Xinhua) -- A body paragraph.\n');
		const document = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(document);
		await waitFor(
			'missing-date from the restarted server',
			() => (seedDiagnostics(uri, 'missing-date').length > 0 ? true : undefined),
			20_000,
		);
	});
});
