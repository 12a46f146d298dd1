/**
 * Remove Tag and Edit Note: on the annotation at the cursor, or on a passage of the Tags view.
 * Remove Tag asks first when the tag carries a note (the note goes with it), and afterwards offers
 * Undo, which puts the annotation back with the same id, note and creation time (`seed.restore`).
 */
import * as vscode from 'vscode';
import type { AnnotationClient } from './annotationClient';
import { annotationAtCursor, isAnnotationTarget, quoted, type AnnotationTarget } from './annotationTarget';
import type { Prompts } from './prompts';
import type { SeedAnnotationsTracker } from './seedAnnotationsTracker';
import { canWriteAnnotations } from './workspaceTrust';

export const removeChoice = 'Remove Tag and Note';
export const undoChoice = 'Undo';

export async function removeTag(
	client: AnnotationClient,
	tracker: SeedAnnotationsTracker,
	prompts: Prompts,
	argument?: unknown,
): Promise<boolean> {
	if (!canWriteAnnotations()) return false;
	const target = await targetOf(client, argument, 'Which tag to remove?');
	if (!target) return false;
	const { annotation, uri } = target;
	if (annotation.note) {
		const answer = await prompts.confirm(
			`Remove "${annotation.tag}" from ${quoted(annotation.text, 40)}? Its note goes with it.`,
			`Note: ${annotation.note}`,
			removeChoice,
		);
		if (answer !== removeChoice) return false;
	}
	if (!(await client.untag(uri, annotation.id))) return false;
	tracker.seedChanged(uri);
	// Not awaited: the command is done; the offer stays until the notification goes.
	void prompts
		.offer(`Removed "${annotation.tag}" from ${quoted(annotation.text, 40)}${annotation.note ? ' and its note' : ''}.`, undoChoice)
		.then(async choice => {
			if (choice !== undoChoice) return;
			if (await client.restore(uri, annotation)) tracker.seedChanged(uri);
		});
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
