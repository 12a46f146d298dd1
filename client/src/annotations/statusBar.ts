/** The number of annotations in the active seed; hidden for anything else. Click: next annotation. */
import * as vscode from 'vscode';
import type { SeedAnnotationsTracker } from './seedAnnotationsTracker';

export class AnnotationStatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('seed.annotationCount', vscode.StatusBarAlignment.Right, 100);
	private readonly disposables: vscode.Disposable[] = [this.item];

	constructor(private readonly tracker: SeedAnnotationsTracker, nextAnnotationCommand: string) {
		this.item.name = 'Seed Tags';
		this.item.command = { command: nextAnnotationCommand, title: 'Next Annotation' };
		this.disposables.push(
			vscode.window.onDidChangeActiveTextEditor(() => this.update()),
			tracker.onDidChange(() => this.update()),
		);
		this.update();
	}

	private update(): void {
		const editor = vscode.window.activeTextEditor;
		const annotations = editor?.document.languageId === 'seed' ? this.tracker.get(editor.document.uri) : undefined;
		if (!annotations) {
			this.item.hide();
			return;
		}
		const orphaned = annotations.filter((annotation) => annotation.orphaned).length;
		this.item.text = `$(tag) ${annotations.length} ${annotations.length === 1 ? 'tag' : 'tags'}`;
		this.item.tooltip = [
			`${annotations.length} ${annotations.length === 1 ? 'annotation' : 'annotations'} in this seed`,
			orphaned > 0 ? `, ${orphaned} orphaned (passage not found)` : '',
			annotations.length > orphaned ? '\nClick for the next one' : '',
		].join('');
		this.item.show();
	}

	/** The text shown, or undefined when hidden (for the in-editor tests). */
	get shownText(): string | undefined {
		const editor = vscode.window.activeTextEditor;
		return editor?.document.languageId === 'seed' && this.tracker.get(editor.document.uri) ? this.item.text : undefined;
	}

	dispose(): void {
		for (const disposable of this.disposables) disposable.dispose();
	}
}
