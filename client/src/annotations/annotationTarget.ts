/**
 * Which annotation a command is about: the one given by the Tags view (its passage item), or the
 * one at the cursor, asking when several passages overlap there.
 */
import * as vscode from 'vscode';
import type { Annotation, AnnotationClient } from './annotationClient';
import { activeSeedEditor } from './seedEditor';

export interface AnnotationTarget {
	readonly uri: vscode.Uri;
	readonly annotation: Annotation;
}

/** A command argument that names an annotation (the Tags view passes its passage items). */
export function isAnnotationTarget(value: unknown): value is AnnotationTarget {
	if (typeof value !== 'object' || value === null) return false;
	const candidate = value as Partial<AnnotationTarget>;
	return candidate.uri instanceof vscode.Uri && typeof candidate.annotation?.id === 'string';
}

export async function annotationAtCursor(client: AnnotationClient, placeHolder: string): Promise<AnnotationTarget | undefined> {
	const editor = activeSeedEditor();
	if (!editor) return undefined;
	const uri = editor.document.uri;
	const annotations = await client.annotations(uri, 'show');
	if (!annotations) return undefined;
	const selection = editor.selection;
	const here = annotations.filter((annotation) => annotation.range && touches(annotation.range, selection));
	if (here.length === 0) {
		void vscode.window.showInformationMessage('There is no tagged passage at the cursor.');
		return undefined;
	}
	if (here.length === 1) return { uri, annotation: here[0] };
	const chosen = await vscode.window.showQuickPick(here.map((annotation) => ({
		label: annotation.tag,
		description: quoted(annotation.text),
		detail: annotation.note,
		annotation,
	})), { placeHolder, matchOnDescription: true });
	return chosen && { uri, annotation: chosen.annotation };
}

/** A cursor touches the passages around it; a selection, the passages it overlaps. */
function touches(range: vscode.Range, selection: vscode.Selection): boolean {
	if (selection.isEmpty) return range.contains(selection.active);
	const overlap = range.intersection(selection);
	return overlap !== undefined && !overlap.isEmpty;
}

/** A passage for a label: on one line, and short. */
export function quoted(text: string, maxLength = 60): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return `“${oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine}”`;
}
