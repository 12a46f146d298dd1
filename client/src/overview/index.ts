/** Registers "Seed: Corpus Overview" and its test hook. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CorpusOverview, type OverviewProbe } from './corpusOverviewPanel';

export const showCorpusOverviewCommand = 'seed.showCorpusOverview';

/** Returns the overview, for views that open it filtered (the codebook's Find Passages). */
export function registerCorpusOverview(context: vscode.ExtensionContext, languageClient: LanguageClient): CorpusOverview {
	const overview = new CorpusOverview(context.extensionUri, languageClient);
	context.subscriptions.push(
		overview,
		vscode.commands.registerCommand(showCorpusOverviewCommand, () => overview.show()),
		// The in-editor tests read the webview's tables and click its cells through this.
		vscode.commands.registerCommand('seed.debug.overviewProbe', (probe: OverviewProbe) => overview.probe(probe)),
	);
	return overview;
}
