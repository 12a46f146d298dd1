/**
 * Several coders in VS Code: "Show All Coders" (blind by default), "Show Disagreements" (the
 * server's `coder-disagreement` diagnostics and their adjudicating quick fixes) and the "Compare
 * Coders" report. Both toggles are remembered per workspace.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { annotationsChangedNotification } from '../../../server/src/protocol/commands';
import { CoderRequests } from './coderRequests';
import { CompareCodersPanel } from './compareCodersPanel';
import { OtherCoders } from './otherCoders';
import { OtherCodersDecorations } from './otherCodersDecorations';

export const CoderCommand = {
	showAllCoders: 'seed.showAllCoders',
	showDisagreements: 'seed.showDisagreements',
	compareCoders: 'seed.compareCoders',
} as const;

const showDisagreementsKey = 'seed.showDisagreements';

/** "Show All Coders", which the annotation views read too: made first, handed to both. */
export function createOtherCoders(context: vscode.ExtensionContext, languageClient: LanguageClient): OtherCoders {
	const others = new OtherCoders(new CoderRequests(languageClient), context.workspaceState, languageClient);
	context.subscriptions.push(others);
	return others;
}

export function registerCoderFeatures(context: vscode.ExtensionContext, languageClient: LanguageClient, others: OtherCoders): void {
	const requests = new CoderRequests(languageClient);
	const decorations = new OtherCodersDecorations(others);
	const report = new CompareCodersPanel(requests);
	const disagreementsOn = () => context.workspaceState.get<boolean>(showDisagreementsKey, false);
	void vscode.commands.executeCommand('setContext', 'seedAnnotator.showDisagreements', disagreementsOn());
	context.subscriptions.push(
		decorations, report,
		// Editing moves the other coders' passages with the text: they are placed again.
		languageClient.onNotification(annotationsChangedNotification, () => { if (others.shown) void decorations.render(); }),
		vscode.commands.registerCommand(CoderCommand.showAllCoders, async () => {
			const enabled = await others.toggle();
			void vscode.window.setStatusBarMessage(enabled ? 'Seed: showing all coders' : "Seed: blind coding (others' tags hidden)", 3000);
		}),
		vscode.commands.registerCommand(CoderCommand.showDisagreements, async () => {
			const enabled = !disagreementsOn();
			await context.workspaceState.update(showDisagreementsKey, enabled);
			await vscode.commands.executeCommand('setContext', 'seedAnnotator.showDisagreements', enabled);
			await requests.showDisagreements(enabled);
		}),
		vscode.commands.registerCommand(CoderCommand.compareCoders, () => report.open()),
		// Test hooks (not in the palette): what "Show All Coders" drew, and the report's figures.
		vscode.commands.registerCommand('seed.debug.otherCoders', () => {
			const editor = vscode.window.activeTextEditor;
			return editor ? decorations.drawnIn(editor).map(({ coder, ranges }) => ({ coder, count: ranges.length })) : [];
		}),
		vscode.commands.registerCommand('seed.debug.allCodersShown', () => others.shown),
		vscode.commands.registerCommand('seed.debug.compareCoders', () => report.shown),
		vscode.commands.registerCommand('seed.debug.compareCodersRendered', () => report.rendered),
		// A (re)started server starts with the remembered state.
		languageClient.onDidChangeState((event) => {
			if (event.newState !== State.Running) return;
			if (disagreementsOn()) void requests.showDisagreements(true);
		}),
	);
	if (languageClient.state === State.Running && disagreementsOn()) void requests.showDisagreements(true);
}
