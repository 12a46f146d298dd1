/** Tag Selection and Tag All Mentions: choose a tag (or take it from the command's argument), then ask the server. */
import * as vscode from 'vscode';
import type { Annotation, AnnotationClient } from './annotationClient';
import type { Codebook } from './codebook';
import type { SeedAnnotationsTracker } from './seedAnnotationsTracker';
import { activeSeedEditor } from './seedEditor';
import { sameTag, type TagPicker } from './tagPicker';
import { canWriteAnnotations } from './workspaceTrust';

export interface TaggingServices {
	readonly client: AnnotationClient;
	readonly codebook: Codebook;
	readonly picker: TagPicker;
	readonly tracker: SeedAnnotationsTracker;
}

/** A keybinding may name the tag (`"args": { "tag": "frame/conflict" }`) to skip the picker. */
export interface TagCommandArgs {
	readonly tag?: string;
	readonly note?: string;
}

/** Tags every non-empty selection of the active seed; answers the new annotations. */
export async function tagSelection(services: TaggingServices, args?: TagCommandArgs): Promise<Annotation[] | undefined> {
	if (!canWriteAnnotations()) return undefined;
	const editor = activeSeedEditor();
	if (!editor) return undefined;
	const selections = editor.selections.filter((selection) => !selection.isEmpty);
	if (selections.length === 0) {
		void vscode.window.showInformationMessage('Select the passage to tag first.');
		return undefined;
	}
	const tag = typeof args?.tag === 'string'
		? await existingSpelling(services, args.tag)
		: await chooseTag(services, selections.length === 1 ? 'Tag Selection' : `Tag ${selections.length} Selections`);
	if (!tag) return undefined;
	const uri = editor.document.uri;
	const tagged: Annotation[] = [];
	for (const selection of selections) {
		const annotation = await services.client.tag(uri, selection, tag, typeof args?.note === 'string' ? args.note : undefined);
		// The server already said why; the selections after a refusal would be refused alike.
		if (!annotation) break;
		tagged.push(annotation);
	}
	await finish(services, uri, tag, tagged.length);
	return tagged;
}

/** Tags every mention of the entity under the cursor, as the server's entity detector finds them. */
export async function tagAllMentions(services: TaggingServices, args?: TagCommandArgs): Promise<Annotation[] | undefined> {
	if (!canWriteAnnotations()) return undefined;
	const editor = activeSeedEditor();
	if (!editor) return undefined;
	const tag = typeof args?.tag === 'string' ? await existingSpelling(services, args.tag) : await chooseTag(services, 'Tag All Mentions');
	if (!tag) return undefined;
	const uri = editor.document.uri;
	const tagged = await services.client.tagMentions(uri, editor.selection.active, tag);
	if (!tagged) return undefined;
	await finish(services, uri, tag, tagged.length);
	// The server refuses when there is no entity at the cursor, and skips mentions already tagged.
	void vscode.window.showInformationMessage(tagged.length === 0
		? `Every mention here already carries "${tag}".`
		: `Tagged ${tagged.length} ${tagged.length === 1 ? 'mention' : 'mentions'} with "${tag}".`);
	return tagged;
}

/** The picker's choice; a new tag goes into the codebook first, so it has a colour and a place. */
async function chooseTag(services: TaggingServices, title: string): Promise<string | undefined> {
	const picked = await services.picker.pick(title);
	if (!picked) return undefined;
	if (picked.isNew) {
		// An optional description; Escape or an empty answer adds the tag without one.
		const description = picked.chosenInPicker
			? (await vscode.window.showInputBox({
				title: `New code ${picked.name}`,
				prompt: 'What to tag with it (optional: Enter or Escape to skip)',
			}))?.trim()
			: undefined;
		const added = await services.client.addCodebookTag({ tag: picked.name, ...(description ? { description } : {}) });
		if (!added) return undefined;
		services.codebook.invalidate();
		return added.name;
	}
	return picked.name;
}

/** A tag named with other capitals (`Frame/Cooperation`) is the codebook's tag (`frame/cooperation`). */
async function existingSpelling(services: TaggingServices, tag: string): Promise<string> {
	return sameTag((await services.codebook.tags()).map((known) => known.name), tag) ?? tag;
}

async function finish(services: TaggingServices, uri: vscode.Uri, tag: string, count: number): Promise<void> {
	if (count === 0) return;
	await services.picker.remember(tag);
	// The server also notifies; asking now makes the highlight appear without waiting for it.
	services.tracker.seedChanged(uri);
}
