/**
 * The number of annotations in the active seed; hidden for anything else. Click: next annotation.
 * While "Show All Coders" is on, the other coders' passages are counted apart and named in the tooltip.
 */
import * as vscode from 'vscode';
import type { OtherCoderPassage, OtherCodersSource } from './otherCodersSource';
import type { SeedAnnotationsTracker } from './seedAnnotationsTracker';

export class AnnotationStatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('seed.annotationCount', vscode.StatusBarAlignment.Right, 100);
	private readonly disposables: vscode.Disposable[] = [this.item];
	/** Bumped by every update, so an answer about the others that arrives late is dropped. */
	private generation = 0;
	private shownFor: string | undefined;

	constructor(
		private readonly tracker: SeedAnnotationsTracker, private readonly others: OtherCodersSource, nextAnnotationCommand: string,
	) {
		this.item.name = 'Seed Tags';
		this.item.command = { command: nextAnnotationCommand, title: 'Next Annotation' };
		this.disposables.push(
			vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
			tracker.onDidChange(() => void this.update()),
			others.onDidChange(() => void this.update()),
		);
		void this.update();
	}

	private async update(): Promise<void> {
		const generation = ++this.generation;
		const editor = vscode.window.activeTextEditor;
		const annotations = editor?.document.languageId === 'seed' ? this.tracker.get(editor.document.uri) : undefined;
		if (!editor || !annotations) {
			this.item.hide();
			this.shownFor = undefined;
			return;
		}
		const otherPassages = await this.others.inSeed(editor.document.uri);
		if (generation !== this.generation) return;
		const orphaned = annotations.filter((annotation) => annotation.orphaned).length;
		const others = otherPassages.length > 0 ? ` + ${otherPassages.length} by others` : '';
		this.item.text = `$(tag) ${count(annotations.length, 'tag')}${others}`;
		this.item.tooltip = [
			`${count(annotations.length, 'annotation')} ${this.others.shown ? 'of yours ' : ''}in this seed`,
			orphaned > 0 ? `, ${orphaned} orphaned (passage not found)` : '',
			otherPassages.length > 0 ? `\n${byCoder(otherPassages)} (Show All Coders is on)` : '',
			annotations.length - orphaned + otherPassages.length > 0 ? '\nClick for the next one' : '',
		].join('');
		this.item.accessibilityInformation = {
			label: `${count(annotations.length, 'tag')} in this seed${otherPassages.length > 0 ? `, and ${byCoder(otherPassages)}` : ''}`,
		};
		this.item.show();
		this.shownFor = editor.document.uri.toString();
	}

	/** The text shown, or undefined when hidden (for the in-editor tests). */
	get shownText(): string | undefined {
		const editor = vscode.window.activeTextEditor;
		return editor?.document.languageId === 'seed' && this.shownFor === editor.document.uri.toString() ? this.item.text : undefined;
	}

	dispose(): void {
		this.generation++;
		for (const disposable of this.disposables) disposable.dispose();
	}
}

function count(n: number, noun: string): string {
	return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/** `2 by alice, 1 by bob`. */
function byCoder(passages: readonly OtherCoderPassage[]): string {
	const counts = new Map<string, number>();
	for (const passage of passages) counts.set(passage.coder, (counts.get(passage.coder) ?? 0) + 1);
	return [...counts].map(([coder, n]) => `${n} by ${coder}`).join(', ');
}
