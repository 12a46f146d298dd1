import * as vscode from 'vscode';

/**
 * Commands that change sidecars or the codebook call this first: in an untrusted workspace they say
 * why nothing happens. Reading (highlights, the Tags view, export) works either way.
 */
export function canWriteAnnotations(): boolean {
	if (vscode.workspace.isTrusted) return true;
	void vscode.window.showWarningMessage('Tagging is disabled in an untrusted workspace.');
	return false;
}
