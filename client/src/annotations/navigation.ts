/** Moving between the annotated passages of a seed, and revealing one from elsewhere (Tags view). */
import * as vscode from 'vscode';
import type { Annotation, AnnotationClient } from './annotationClient';
import type { OtherCodersSource } from './otherCodersSource';
import { activeSeedEditor } from './seedEditor';

export type Direction = 'next' | 'previous';

/** One's own passages, and the other coders' too while "Show All Coders" is on (each arrival naming its coder). */
export async function goToAnnotation(client: AnnotationClient, others: OtherCodersSource, direction: Direction): Promise<void> {
	const editor = activeSeedEditor();
	if (!editor) return;
	const uri = editor.document.uri;
	const [annotations, otherPassages] = await Promise.all([client.annotations(uri, 'show'), others.inSeed(uri)]);
	if (!annotations) return;
	const own = placed(annotations).map((annotation) => annotation.range);
	const ranges = [...own, ...otherPassages.map(passage => passage.range)].sort(compare);
	if (ranges.length === 0) {
		void vscode.window.showInformationMessage('This seed has no tagged passages.');
		return;
	}
	const target = direction === 'next' ? nextAfter(ranges, editor.selection) : previousBefore(ranges, editor.selection);
	select(editor, target);
	const byOthers = otherPassages.filter(passage => passage.range.isEqual(target));
	if (byOthers.length > 0 && !own.some(range => range.isEqual(target))) {
		void vscode.window.setStatusBarMessage(byOthers.map(passage => `${passage.coder}: ${passage.tag}`).join('; '), 5000);
	}
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
