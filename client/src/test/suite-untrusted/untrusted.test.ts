// Run in an untrusted workspace (e2e --untrusted): Seed Annotator reads and shows, and writes nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, openSeed, seedDiagnostics, waitFor } from '../suite/helpers';

describe('untrusted workspace', () => {
	it('the workspace is untrusted and the extension still activates', async () => {
		assert.equal(vscode.workspace.isTrusted, false, 'the host should have opened the folder untrusted');
		await openSeed('003');
		await activeExtension();
	});

	it('reads and shows: outline and diagnostics', async () => {
		const document = await openSeed('003');
		const symbols = await waitFor('document symbols', async () => {
			const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
				'vscode.executeDocumentSymbolProvider',
				document.uri,
			);
			return result && result.length > 0 ? result : undefined;
		});
		assert.ok(symbols[0].children.some((child) => child.name.trim() === 'Close communication maintained'));
		const seed002 = await openSeed('002');
		await waitFor('missing-date on 002', () => seedDiagnostics(seed002.uri, 'missing-date')[0]);
	});

	it('writes nothing: Tag Selection leaves no sidecar', async () => {
		const document = await openSeed('003');
		const editor = await vscode.window.showTextDocument(document);
		const line = document.lineAt(2);
		editor.selection = new vscode.Selection(line.range.start, line.range.end);
		const sidecar = document.uri.fsPath.replace(/\.txt$/, '.tags.yaml');
		await vscode.commands.executeCommand('seed.tagSelection', { tag: 'frame/cooperation' });
		assert.equal(fs.existsSync(sidecar), false, `${sidecar} was written in an untrusted workspace`);
	});
});
