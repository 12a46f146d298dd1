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
