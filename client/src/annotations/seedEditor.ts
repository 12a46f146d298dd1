import * as vscode from 'vscode';

/** The active editor when it shows a seed; otherwise says what to open and answers undefined. */
export function activeSeedEditor(): vscode.TextEditor | undefined {
	const editor = vscode.window.activeTextEditor;
	if (editor?.document.languageId === 'seed') return editor;
	void vscode.window.showInformationMessage('Open a seed to work with its annotations.');
	return undefined;
}
