// Shared helpers for the in-editor tests: everything waits on real state by polling with a
// deadline, because language features arrive asynchronously from the language server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seed-annotator.seed-annotator';

/** Polls `probe` until it returns something other than undefined, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;
	for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
		try {
			const value = await probe();
			if (value !== undefined) return value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() > deadline) {
			const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
		}
		await new Promise((resolve) => setTimeout(resolve, delay));
	}
}

/** The folder the host opened: a throw-away copy of seeds/, so tests may change files freely. */
export function seedsFolder(): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the test host must open a copy of seeds/ as the workspace folder');
	return folder.uri;
}

/** The seed whose file name starts with `prefix` (`003` → `003_babea2879160f884.txt`). */
export function seedUri(prefix: string): vscode.Uri {
	const dir = seedsFolder().fsPath;
	const name = fs.readdirSync(dir).find((file) => file.startsWith(`${prefix}_`) && file.endsWith('.txt'));
	assert.ok(name, `no seed ${prefix}_*.txt in ${dir}`);
	return vscode.Uri.file(path.join(dir, name));
}

export async function openSeed(prefix: string): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument(seedUri(prefix));
	await vscode.window.showTextDocument(document);
	return document;
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | number | undefined {
	const code = diagnostic.code;
	return typeof code === 'object' ? code.value : code;
}

export function seedDiagnostics(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'seed' && diagnosticCode(d) === code);
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
	await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
	return extension;
}

async function serverPid(): Promise<number | undefined> {
	const pid = await vscode.commands.executeCommand<unknown>('seed.debug.serverPid');
	return typeof pid === 'number' && pid > 0 ? pid : undefined;
}

/** Sets `seed.annotations.coder` and waits for the server the change restarts. */
export function becomeCoder(coder: string | undefined): Promise<void> {
	return setRestartingSetting('annotations.coder', coder);
}

/** Sets a `seed.` setting the server reads at start (`undefined` removes it) and waits for the server the change restarts. */
export async function setRestartingSetting(key: string, value: unknown): Promise<void> {
	const before = await waitFor('the server pid', serverPid);
	await vscode.workspace.getConfiguration('seed').update(key, value, vscode.ConfigurationTarget.Workspace);
	await waitFor('the restarted server', async () => {
		const pid = await serverPid();
		return pid !== undefined && pid !== before ? pid : undefined;
	}, 20_000);
}

/**
 * Sets `editor`'s selection and waits until the workbench has it. A selection set here goes to the
 * workbench, which echoes it back; the echo of an older selection arriving after a newer one was set
 * moves this side back to the older one. Showing the editor again is answered only after the workbench
 * applied every earlier selection and sent its echo, so a selection still right after it stays.
 */
export async function selectInWorkbench(editor: vscode.TextEditor, selection: vscode.Selection): Promise<void> {
	await waitFor(`the selection ${selection.start.line + 1}:${selection.start.character + 1}`, async () => {
		editor.selection = selection;
		await untilWorkbenchCaughtUp(editor);
		return editor.selection.isEqual(selection) ? true : undefined;
	});
}

/** A round trip to the workbench: once it returns, every selection set before it has been applied and echoed. */
export async function untilWorkbenchCaughtUp(editor: vscode.TextEditor): Promise<void> {
	await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
}

/** Tags the first occurrence of `passage` as a person does: selects it, runs Tag Selection, picks `tagName`. */
export async function tag(editor: vscode.TextEditor, passage: string, tagName: string): Promise<void> {
	const offset = editor.document.getText().indexOf(passage);
	assert.ok(offset >= 0, passage);
	const { document } = editor;
	await selectInWorkbench(editor, new vscode.Selection(document.positionAt(offset), document.positionAt(offset + passage.length)));
	await vscode.commands.executeCommand('seed.debug.answerNextTagPick', tagName);
	await vscode.commands.executeCommand('seed.tagSelection');
}
