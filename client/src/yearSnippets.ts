/**
 * The `invalid-date` fixes that fill in a missing year (` date YYYY-02-05`) come from the server as
 * plain edits (the language client predates LSP 3.18 snippet edits). Here each becomes a snippet
 * edit whose year is a placeholder: applied, the year stays selected, ready to be typed over.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export const yearPlaceholders: Pick<Middleware, 'provideCodeActions'> = {
	async provideCodeActions(document, range, context, token, next) {
		const actions = await next(document, range, context, token);
		return actions?.map((action) => (action instanceof vscode.CodeAction ? withYearPlaceholder(action) : action));
	},
};

function withYearPlaceholder(action: vscode.CodeAction): vscode.CodeAction {
	const fromInvalidDate = action.diagnostics?.some((diagnostic) => diagnostic.source === 'seed' && codeOf(diagnostic) === 'invalid-date');
	const entries = action.edit?.entries() ?? [];
	if (!fromInvalidDate || entries.length !== 1 || entries[0][1].length !== 1) return action;
	const [uri, [edit]] = entries[0];
	if (!/^\d{4}$/.test(edit.newText) || edit.range.end.character - edit.range.start.character !== 4) return action;
	const snippetEdit = new vscode.WorkspaceEdit();
	snippetEdit.set(uri, [new vscode.SnippetTextEdit(edit.range, new vscode.SnippetString().appendPlaceholder(edit.newText))]);
	action.edit = snippetEdit;
	return action;
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
	return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}
