/** Registers the "Seed Codebook" view and its commands. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CodeRow } from '../../../server/src/core/stats/corpusStatsTypes';
import { ColorSwatches } from '../annotations/colorSwatches';
import { CodebookCommands, CodebookTreeDataProvider, codebookViewId } from './codebookView';

export const CodebookCommand = {
	editDescription: 'seed.codebook.editDescription',
	changeColor: 'seed.codebook.changeColor',
	addChild: 'seed.codebook.addChild',
	merge: 'seed.codebook.merge',
	delete: 'seed.codebook.delete',
	findPassages: 'seed.codebook.findPassages',
	refresh: 'seed.codebook.refresh',
} as const;

/** `findPassages` shows a code's passages (the Corpus Overview, filtered to the code). */
export function registerCodebookView(
	context: vscode.ExtensionContext,
	languageClient: LanguageClient,
	findPassages: (code: string) => void,
): void {
	const view = new CodebookTreeDataProvider(
		languageClient,
		new ColorSwatches(context.globalStorageUri),
		// Asked only from a timer, once `treeView` below is set.
		() => treeView.visible,
	);
	const treeView: vscode.TreeView<CodeRow> = vscode.window.createTreeView(codebookViewId, {
		treeDataProvider: view,
		showCollapseAll: true,
	});
	const commands = new CodebookCommands(languageClient, view, findPassages);
	context.subscriptions.push(
		view,
		treeView,
		vscode.commands.registerCommand(CodebookCommand.editDescription, (row?: CodeRow) => commands.editDescription(row)),
		vscode.commands.registerCommand(CodebookCommand.changeColor, (row?: CodeRow) => commands.changeColor(row)),
		vscode.commands.registerCommand(CodebookCommand.addChild, (row?: CodeRow) => commands.addChild(row)),
		// `target` lets the in-editor tests name the code to merge into; the confirmation is still asked.
		vscode.commands.registerCommand(CodebookCommand.merge, (row?: CodeRow, target?: string) => commands.merge(row, target)),
		vscode.commands.registerCommand(CodebookCommand.delete, (row?: CodeRow) => commands.delete(row)),
		vscode.commands.registerCommand(CodebookCommand.findPassages, (row?: CodeRow) => commands.find(row)),
		vscode.commands.registerCommand(CodebookCommand.refresh, () => view.refresh()),
		// The in-editor tests read the rows the view shows, and answer the next confirmation.
		vscode.commands.registerCommand('seed.debug.codebookRows', () => view.codes()),
		vscode.commands.registerCommand('seed.debug.answerNextCodebookConfirmation', (answer: string) => {
			commands.nextConfirmation = answer;
		}),
		vscode.commands.registerCommand('seed.debug.lastCodebookQuestion', () => commands.lastQuestion),
	);
}
