/** Remove Tag and Edit Note: on the annotation at the cursor, or on a passage of the Tags view. */
import * as vscode from 'vscode';
import type { AnnotationClient } from './annotationClient';
import { annotationAtCursor, isAnnotationTarget, quoted, type AnnotationTarget } from './annotationTarget';
import type { SeedAnnotationsTracker } from './seedAnnotationsTracker';
import { canWriteAnnotations } from './workspaceTrust';

export async function removeTag(client: AnnotationClient, tracker: SeedAnnotationsTracker, argument?: unknown): Promise<boolean> {
	if (!canWriteAnnotations()) return false;
	const target = await targetOf(client, argument, 'Which tag to remove?');
	if (!target || !(await client.untag(target.uri, target.annotation.id))) return false;
	tracker.seedChanged(target.uri);
	vscode.window.setStatusBarMessage(`Removed "${target.annotation.tag}" from ${quoted(target.annotation.text, 30)}`, 4000);
	return true;
}

export async function editNote(client: AnnotationClient, tracker: SeedAnnotationsTracker, argument?: unknown): Promise<boolean> {
	if (!canWriteAnnotations()) return false;
	const target = await targetOf(client, argument, 'Whose note to edit?');
	if (!target) return false;
	const { annotation } = target;
	const note = await vscode.window.showInputBox({
		title: `Note on "${annotation.tag}"`,
		prompt: `${quoted(annotation.text)} — an empty note removes it`,
		value: annotation.note ?? '',
		placeHolder: 'Why this passage carries the tag, doubts, a reference…',
	});
	if (note === undefined || note === (annotation.note ?? '')) return false;
	if (!(await client.setNote(target.uri, annotation.id, note))) return false;
	tracker.seedChanged(target.uri);
	return true;
}

function targetOf(client: AnnotationClient, argument: unknown, placeHolder: string): Promise<AnnotationTarget | undefined> {
	return isAnnotationTarget(argument) ? Promise.resolve(argument) : annotationAtCursor(client, placeHolder);
}
