/**
 * Where the overview's exports go: a save dialog, asked through one place so that the in-editor
 * tests can stand in for the person (`seed.debug.answerNextSaveDialog`), as they answer the
 * annotation commands' questions through `seed.debug.answerNextQuestion`.
 */
import * as vscode from 'vscode';

export class SaveTargets {
	private readonly stubbed: (vscode.Uri | undefined)[] = [];

	/** Test hook: the next save dialog answers `target` (undefined: cancelled) without showing anything. */
	answerNext(target: vscode.Uri | undefined): void {
		this.stubbed.push(target);
	}

	ask(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined> {
		if (this.stubbed.length > 0) return Promise.resolve(this.stubbed.shift());
		return vscode.window.showSaveDialog(options);
	}
}
