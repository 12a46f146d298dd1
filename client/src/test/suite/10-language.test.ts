import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { seedsFolder } from './helpers';

describe('language', () => {
	it('every .txt in seeds/ gets the seed language', async () => {
		const files = fs.readdirSync(seedsFolder().fsPath).filter((name) => name.endsWith('.txt'));
		assert.ok(files.length >= 5, `expected the sample seeds, found ${files.join(', ')}`);
		for (const name of files) {
			const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(seedsFolder(), name));
			assert.equal(document.languageId, 'seed', `${name} has language ${document.languageId}`);
		}
	});
});
