import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openSeed, waitFor } from './helpers';

function descendants(symbol: vscode.DocumentSymbol): vscode.DocumentSymbol[] {
	return symbol.children.flatMap((child) => [child, ...descendants(child)]);
}

describe('outline', () => {
	it('003 has its three sections nested under the article', async () => {
		await activeExtension();
		const document = await openSeed('003');
		const symbols = await waitFor('document symbols from the server', async () => {
			const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
				'vscode.executeDocumentSymbolProvider',
				document.uri,
			);
			return result && result.length > 0 ? result : undefined;
		});
		const article = symbols.find((symbol) => symbol.children.length > 0);
		assert.ok(article, `no root article symbol among ${symbols.map((s) => s.name).join(', ')}`);
		const nested = descendants(article).map((symbol) => symbol.name.trim());
		for (const section of [
			'Close communication maintained',
			'Promoting all-round practical cooperation',
			'Strengthening coordination in international affairs',
		]) {
			assert.ok(nested.includes(section), `section "${section}" missing under "${article.name}": ${JSON.stringify(nested)}`);
		}
	});
});
