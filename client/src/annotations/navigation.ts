/** Moving between the annotated passages of a seed, and revealing one from elsewhere (Tags view). */
import * as vscode from 'vscode';
import type { Annotation, AnnotationClient } from './annotationClient';
import { activeSeedEditor } from './seedEditor';

export type Direction = 'next' | 'previous';

export async function goToAnnotation(client: AnnotationClient, direction: Direction): Promise<void> {
	const editor = activeSeedEditor();
	if (!editor) return;
	const annotations = await client.annotations(editor.document.uri, 'show');
	if (!annotations) return;
	const ranges = placed(annotations).map((annotation) => annotation.range);
	if (ranges.length === 0) {
		void vscode.window.showInformationMessage('This seed has no tagged passages.');
		return;
	}
	const target = direction === 'next' ? nextAfter(ranges, editor.selection) : previousBefore(ranges, editor.selection);
	select(editor, target);
}

/** Opens `uri` and selects `range` (the Tags view's click). */
export async function revealPassage(uri: vscode.Uri, range: vscode.Range | undefined): Promise<void> {
	const editor = await vscode.window.showTextDocument(uri, { preview: true });
	if (range) select(editor, range);
}

/** Annotations with a place in the text, by position (orphaned ones have none). */
function placed(annotations: readonly Annotation[]): (Annotation & { range: vscode.Range })[] {
	return annotations
		.filter((annotation): annotation is Annotation & { range: vscode.Range } => annotation.range !== undefined)
		.sort((a, b) => compare(a.range, b.range));
}

/**
 * Passages and the selection compare by start, then end: a cursor at a passage's start goes to that
 * passage, and a passage already selected goes on to the one after. Both directions wrap around.
 */
function nextAfter(ranges: readonly vscode.Range[], selection: vscode.Selection): vscode.Range {
	return ranges.find((range) => compare(range, selection) > 0) ?? ranges[0];
}

function previousBefore(ranges: readonly vscode.Range[], selection: vscode.Selection): vscode.Range {
	return [...ranges].reverse().find((range) => compare(range, selection) < 0) ?? ranges[ranges.length - 1];
}

function compare(a: vscode.Range, b: vscode.Range): number {
	return a.start.compareTo(b.start) || a.end.compareTo(b.end);
}

function select(editor: vscode.TextEditor, range: vscode.Range): void {
	editor.selection = new vscode.Selection(range.start, range.end);
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
