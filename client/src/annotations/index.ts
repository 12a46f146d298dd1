/**
 * The annotation UI of the VS Code client: commands, highlights, the Tags view and the status bar,
 * all built on the server's annotation commands (`server/src/protocol/commands.ts`).
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { annotationsChangedNotification, type AnnotationsChangedParams } from '../../../server/src/protocol/commands';
import { editNote, removeTag } from './annotationEditCommands';
import { AnnotationClient } from './annotationClient';
import { Codebook } from './codebook';
import { ColorSwatches } from './colorSwatches';
import { AnnotationDecorations } from './decorations';
import { exportAnnotations } from './exportCommand';
import { exportProject, importProject, type ExportProjectCommandArgs, type ImportProjectCommandArgs } from './refiQdaCommands';
import { goToAnnotation, revealPassage } from './navigation';
import type { OtherCodersSource } from './otherCodersSource';
import { renameTag, type RenameTagArgs } from './renameTagCommand';
import { SeedAnnotationsTracker } from './seedAnnotationsTracker';
import { AnnotationStatusBar } from './statusBar';
import { tagAllMentions, tagSelection, type TagCommandArgs } from './tagCommands';
import { Prompts } from './prompts';
import { TagPicker } from './tagPicker';
import { TagsTreeDataProvider, tagsViewId } from './tagsTreeView';
import { registerTestHooks } from './testHooks';

/** Client command ids; distinct from the server's (`seed.tag`, …), which the language client registers itself. */
export const ClientCommand = {
	tagSelection: 'seed.tagSelection',
	tagAllMentions: 'seed.tagAllMentions',
	removeTag: 'seed.removeTag',
	editNote: 'seed.editNote',
	renameTag: 'seed.renameTagCommand',
	nextAnnotation: 'seed.nextAnnotation',
	previousAnnotation: 'seed.previousAnnotation',
	exportAnnotations: 'seed.exportAnnotations',
	refreshTags: 'seed.refreshTags',
	exportProject: 'seed.exportRefiQdaProject',
	exportCodebook: 'seed.exportRefiQdaCodebook',
	importProject: 'seed.importRefiQdaProject',
	/** `(uri, range?)`: the Tags view's click. */
	revealPassage: 'seed.revealPassage',
} as const;

/** Set once the features are registered: the Tags view shows from then on (see package.json). */
const activeContextKey = 'seedAnnotator.active';

/** `others`: the other coders' annotations, shown beside one's own while "Show All Coders" is on. */
export function registerAnnotationFeatures(
	context: vscode.ExtensionContext, languageClient: LanguageClient, others: OtherCodersSource,
): void {
	const client = new AnnotationClient(languageClient);
	const codebook = new Codebook(client);
	const swatches = new ColorSwatches(context.globalStorageUri);
	const tracker = new SeedAnnotationsTracker(client);
	const decorations = new AnnotationDecorations(tracker, codebook);
	const statusBar = new AnnotationStatusBar(tracker, others, ClientCommand.nextAnnotation);
	const picker = new TagPicker(codebook, context.workspaceState, swatches);
	const tagsTree = new TagsTreeDataProvider(client, others, codebook, swatches, ClientCommand.revealPassage);
	const services = { client, codebook, picker, tracker };
	const prompts = new Prompts();

	context.subscriptions.push(
		codebook,
		tracker,
		decorations,
		statusBar,
		tagsTree,
		vscode.window.createTreeView(tagsViewId, { treeDataProvider: tagsTree, showCollapseAll: true }),
		vscode.commands.registerCommand(ClientCommand.tagSelection, (args?: TagCommandArgs) => tagSelection(services, args)),
		vscode.commands.registerCommand(ClientCommand.tagAllMentions, (args?: TagCommandArgs) => tagAllMentions(services, args)),
		vscode.commands.registerCommand(ClientCommand.removeTag, (target?: unknown) => removeTag(client, tracker, prompts, target)),
		vscode.commands.registerCommand(ClientCommand.editNote, (target?: unknown) => editNote(client, tracker, target)),
		vscode.commands.registerCommand(ClientCommand.renameTag, (args?: RenameTagArgs) => renameTag(client, codebook, swatches, args)),
		vscode.commands.registerCommand(ClientCommand.nextAnnotation, () => goToAnnotation(client, others, 'next')),
		vscode.commands.registerCommand(ClientCommand.previousAnnotation, () => goToAnnotation(client, others, 'previous')),
		vscode.commands.registerCommand(ClientCommand.exportAnnotations, () => exportAnnotations(client, prompts)),
		vscode.commands.registerCommand(ClientCommand.exportProject, (args?: ExportProjectCommandArgs) =>
			exportProject(client, prompts, 'qdpx', args),
		),
		vscode.commands.registerCommand(ClientCommand.exportCodebook, (args?: ExportProjectCommandArgs) =>
			exportProject(client, prompts, 'qdc', args),
		),
		vscode.commands.registerCommand(ClientCommand.importProject, (args?: ImportProjectCommandArgs) => importProject(client, args)),
		vscode.commands.registerCommand(ClientCommand.refreshTags, () => {
			codebook.invalidate();
			tagsTree.refresh(true);
			tracker.refreshAll();
		}),
		vscode.commands.registerCommand(ClientCommand.revealPassage, (uri: vscode.Uri, range?: vscode.Range) => revealPassage(uri, range)),
		registerTestHooks(decorations, picker, statusBar, tagsTree, prompts),
		// Kept by the client across server restarts; before the client starts it waits for the connection.
		languageClient.onNotification(annotationsChangedNotification, (params: AnnotationsChangedParams) => {
			tracker.seedChanged(languageClient.protocol2CodeConverter.asUri(params.uri));
			tagsTree.refresh();
		}),
		// A restarted server knows nothing of what was shown: read everything again.
		languageClient.onDidChangeState(event => {
			if (event.newState !== State.Running) return;
			codebook.invalidate();
			tracker.refreshAll();
			tagsTree.refresh(true);
		}),
	);
	void vscode.commands.executeCommand('setContext', activeContextKey, true);
}
