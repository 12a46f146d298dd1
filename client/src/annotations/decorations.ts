/**
 * Highlights tagged passages in their tag's colour: a tinted background, a border and a mark in the
 * overview ruler. One decoration type per colour, since a type fixes its colour; orphaned
 * annotations have no range and are not drawn.
 */
import * as vscode from 'vscode';
import type { Codebook } from './codebook';
import { colorFor } from './codebook';
import type { SeedAnnotationsTracker } from './seedAnnotationsTracker';

/** What was last drawn in an editor, by tag (for the in-editor tests). */
export interface DrawnTag {
	readonly tag: string;
	readonly color: string;
	readonly ranges: readonly vscode.Range[];
}

export class AnnotationDecorations implements vscode.Disposable {
	private readonly types = new Map<string, vscode.TextEditorDecorationType>();
	private readonly drawn = new WeakMap<vscode.TextEditor, readonly DrawnTag[]>();
	private readonly disposables: vscode.Disposable[] = [];
	private renderCount = 0;

	constructor(private readonly tracker: SeedAnnotationsTracker, private readonly codebook: Codebook) {
		this.disposables.push(
			tracker.onDidChange(() => void this.render()),
			vscode.window.onDidChangeVisibleTextEditors(() => void this.render()),
			// A colour may have changed: start over with fresh types.
			codebook.onDidChange(() => {
				this.disposeTypes();
				void this.render();
			}),
		);
		void this.render();
	}

	/** The highlights last drawn in `editor`. */
	drawnIn(editor: vscode.TextEditor): readonly DrawnTag[] {
		return this.drawn.get(editor) ?? [];
	}

	/** Redraws every shown seed: there are few, and it keeps the order of answers irrelevant. */
	private async render(): Promise<void> {
		const render = ++this.renderCount;
		const tags = await this.codebook.tags();
		// A newer render started while the codebook was read; it will draw with newer annotations.
		if (render !== this.renderCount) return;
		for (const editor of vscode.window.visibleTextEditors) {
			if (editor.document.languageId !== 'seed') continue;
			const annotations = this.tracker.get(editor.document.uri) ?? [];
			const byTag = new Map<string, vscode.Range[]>();
			for (const annotation of annotations) {
				if (!annotation.range) continue;
				const ranges = byTag.get(annotation.tag) ?? [];
				ranges.push(annotation.range);
				byTag.set(annotation.tag, ranges);
			}
			const drawn = [...byTag].map(([tag, ranges]) => ({ tag, color: colorFor(tags, tag), ranges }));
			const byColor = new Map<string, vscode.Range[]>();
			for (const { color, ranges } of drawn) byColor.set(color, [...(byColor.get(color) ?? []), ...ranges]);
			// Every known colour is set, so highlights of a colour no longer used are cleared.
			for (const color of new Set([...this.types.keys(), ...byColor.keys()])) {
				editor.setDecorations(this.typeFor(color), byColor.get(color) ?? []);
			}
			this.drawn.set(editor, drawn);
		}
	}

	private typeFor(color: string): vscode.TextEditorDecorationType {
		let type = this.types.get(color);
		if (!type) {
			type = vscode.window.createTextEditorDecorationType({
				backgroundColor: `${color}33`,
				border: `1px solid ${color}99`,
				borderRadius: '2px',
				overviewRulerColor: color,
				overviewRulerLane: vscode.OverviewRulerLane.Center,
				rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
			});
			this.types.set(color, type);
		}
		return type;
	}

	private disposeTypes(): void {
		for (const type of this.types.values()) type.dispose();
		this.types.clear();
	}

	dispose(): void {
		this.disposeTypes();
		for (const disposable of this.disposables) disposable.dispose();
	}
}
