/**
 * "Show All Coders": the other coders' annotations drawn apart from one's own (a dashed underline in
 * the coder's colour, no background), each with a hover naming the coder and the tag. Off by
 * default: coding is blind until a person chooses to look.
 */
import * as vscode from 'vscode';
import type { OtherCodersSource } from '../annotations/otherCodersSource';

const coderColors = ['#e377c2', '#17becf', '#bcbd22', '#ff7f0e', '#9467bd', '#8c564b'];

export interface DrawnCoder {
	readonly coder: string;
	readonly ranges: readonly vscode.Range[];
}

export class OtherCodersDecorations implements vscode.Disposable {
	private readonly types = new Map<string, vscode.TextEditorDecorationType>();
	private readonly drawn = new WeakMap<vscode.TextEditor, readonly DrawnCoder[]>();
	private readonly disposables: vscode.Disposable[] = [];

	constructor(private readonly others: OtherCodersSource) {
		this.disposables.push(
			vscode.window.onDidChangeVisibleTextEditors(() => void this.render()),
			others.onDidChange(() => void this.render()),
		);
	}

	drawnIn(editor: vscode.TextEditor): readonly DrawnCoder[] {
		return this.drawn.get(editor) ?? [];
	}

	async render(): Promise<void> {
		for (const editor of vscode.window.visibleTextEditors.filter(editor => editor.document.languageId === 'seed')) {
			const annotations = await this.others.inSeed(editor.document.uri);
			const byCoder = new Map<string, vscode.DecorationOptions[]>();
			for (const annotation of annotations) {
				const list = byCoder.get(annotation.coder) ?? [];
				const hover = new vscode.MarkdownString();
				hover.appendMarkdown(`**${annotation.coder}** tagged this `).appendCodeblock(annotation.tag, 'text');
				list.push({ range: annotation.range, hoverMessage: hover });
				byCoder.set(annotation.coder, list);
			}
			for (const [coder, type] of this.types) {
				if (!byCoder.has(coder)) editor.setDecorations(type, []);
			}
			for (const [coder, options] of byCoder) {
				editor.setDecorations(this.typeFor(coder), options);
			}
			this.drawn.set(editor, [...byCoder].map(([coder, options]) => ({ coder, ranges: options.map(option => option.range) })));
		}
	}

	private typeFor(coder: string): vscode.TextEditorDecorationType {
		let type = this.types.get(coder);
		if (!type) {
			const color = coderColors[this.types.size % coderColors.length];
			type = vscode.window.createTextEditorDecorationType({
				textDecoration: `underline dashed ${color} 2px`,
				overviewRulerColor: color,
				overviewRulerLane: vscode.OverviewRulerLane.Left,
			});
			this.types.set(coder, type);
		}
		return type;
	}

	dispose(): void {
		this.types.forEach(type => type.dispose());
		this.disposables.forEach(disposable => disposable.dispose());
	}
}
