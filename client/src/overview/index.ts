/** Registers "Seed: Corpus Overview" and its test hook. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { serverInfoRequest } from '../../../server/src/protocol/commands';
import { CorpusOverview, type OverviewProbe } from './corpusOverviewPanel';
import { SaveTargets } from './saveTargets';

export const showCorpusOverviewCommand = 'seed.showCorpusOverview';

/** Returns the overview, for views that open it filtered (the codebook's Find Passages). */
export function registerCorpusOverview(context: vscode.ExtensionContext, languageClient: LanguageClient): CorpusOverview {
	const saveTargets = new SaveTargets();
	const overview = new CorpusOverview(context.extensionUri, languageClient, saveTargets);
	context.subscriptions.push(
		overview,
		vscode.commands.registerCommand(showCorpusOverviewCommand, () => overview.show()),
		// The in-editor tests read the webview's tables and click its cells through this.
		vscode.commands.registerCommand('seed.debug.overviewProbe', (probe: OverviewProbe) => overview.probe(probe)),
		// `(path | null)`: the next export's save dialog answers that file (null: cancelled).
		vscode.commands.registerCommand('seed.debug.answerNextSaveDialog', (target: unknown) =>
			saveTargets.answerNext(typeof target === 'string' ? vscode.Uri.file(target) : undefined),
		),
		// → `{ indexedSeeds, overviewReadAhead, coderFilesReadAhead }`: a test on a large corpus waits until the server has read it.
		vscode.commands.registerCommand('seed.debug.serverInfo', () => languageClient.sendRequest(serverInfoRequest)),
	);
	return overview;
}
