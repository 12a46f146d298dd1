import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, openSeed, seedDiagnostics, seedsFolder, waitFor } from './helpers';

const HEADER = ' date 2022-02-05 President Xi Jinping Holds Talks with Russian President Vladimir Putin';

describe('diagnostics', () => {
	it('002 reports missing-date on line 1', async () => {
		await activeExtension();
		const document = await openSeed('002');
		const [diagnostic] = await waitFor('a missing-date diagnostic on 002', () => {
			const found = seedDiagnostics(document.uri, 'missing-date');
			return found.length > 0 ? found : undefined;
		});
		assert.equal(diagnostic.range.start.line, 0);
	});

	it('the preferred quick fix inserts the date header and clears missing-date', async () => {
		const document = await openSeed('002');
		const diagnostic = await waitFor('a missing-date diagnostic on 002', () => seedDiagnostics(document.uri, 'missing-date')[0]);
		const actions = await waitFor('quick fixes for missing-date', async () => {
			const result = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
				'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
			const fixes = (result ?? []).filter(
				action => action.diagnostics?.some(d => d.code === diagnostic.code || d.message === diagnostic.message) ?? true,
			);
			return fixes.length > 0 ? fixes : undefined;
		});
		const preferred = actions.find((action) => action.isPreferred);
		assert.ok(preferred, `no preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
		if (preferred.edit) assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'the workspace edit was rejected');
		if (preferred.command) await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
		assert.equal(document.lineAt(0).text, HEADER);
		await waitFor('missing-date to go away', () => (seedDiagnostics(document.uri, 'missing-date').length === 0 ? true : undefined));
	});
});

describe('Seed: Insert Date Header', () => {
	it('inserts the best date header on line 1 and clears missing-date', async () => {
		await activeExtension();
		// A seed of its own, so that other suites' line numbers in the samples stay put.
		const uri = vscode.Uri.joinPath(seedsFolder(), '901_insert_header.txt');
		fs.writeFileSync(uri.fsPath, 'Leaders meet in Beijing\n\nBEIJING, Feb. 5, 2022 (Xinhua) -- The two presidents met on Friday.\n');
		const document = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(document);
		await waitFor('missing-date on the new seed', () => seedDiagnostics(uri, 'missing-date')[0]);
		const running = vscode.commands.executeCommand('seed.insertDateHeader');
		// With several candidate dates the command asks; a person would take the first (best) one.
		await waitFor('a date header on line 1', async () => {
			if (/^ date \d{4}-\d{2}-\d{2} /.test(document.lineAt(0).text)) return true;
			await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
			return undefined;
		}, 10_000);
		await running;
		assert.equal(document.lineAt(0).text, ' date 2022-02-05 Leaders meet in Beijing');
		await waitFor('missing-date to go away', () => (seedDiagnostics(uri, 'missing-date').length === 0 ? true : undefined));
	});
});
