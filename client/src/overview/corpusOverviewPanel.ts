/**
 * "Seed: Corpus Overview": a webview fed by the server's `seed.corpusStats` (issue 18 §1). The
 * extension side only fetches figures, opens passages and saves exports; everything drawn lives in
 * the webview bundle (`dist/overview.js`, from `client/webview/`). The figures are asked for again,
 * debounced, whenever sidecars, seeds or the codebook change, so the overview stays live.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { CorpusStats, CorpusStatsFilter } from '../../../server/src/core/stats/corpusStatsTypes';
import { serverInfoRequest, ServerCommand, type CorpusPassagesArgs, type CorpusStatsArgs } from '../../../server/src/protocol/commands';
import {
	heatMapSeedLimit,
	type CellPassage,
	type FromWebview,
	type OverviewRequest,
	type PassageRange,
	type ToWebview,
} from './overviewMessages';
import type { SaveTargets } from './saveTargets';

export const overviewViewType = 'seedCorpusOverview';
const refreshDelayMs = 400;
const indexPollMs = 1500;

/** What the in-editor tests ask the webview (see `client/webview/overview/testProbe.ts`). */
export interface OverviewProbe {
	readonly action: string;
	readonly [key: string]: unknown;
}

export class CorpusOverview implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private request: OverviewRequest = { filter: {}, granularity: 'month' };
	private refreshTimer: ReturnType<typeof setTimeout> | undefined;
	private readonly watchers: vscode.Disposable[] = [];
	private readonly probes = new Map<number, (answer: unknown) => void>();
	private nextProbe = 1;
	/** Settles when the webview has received figures at least once (for tests and screenshots). */
	private statsShown: Promise<void> = Promise.resolve();
	private markShown: (() => void) | undefined;
	/** How many seeds the server had indexed when the figures shown were asked for. */
	private indexedAtLastStats: number | undefined;
	/** The figures asked for when the panel opened, until the webview is ready for them. */
	private prefetched: Promise<{ stats: CorpusStats; request: OverviewRequest }> | undefined;
	/** Why the last request for figures failed, for the tests' messages. */
	private lastError: string | undefined;

	constructor(
		private readonly extensionUri: vscode.Uri,
		private readonly client: LanguageClient,
		private readonly saveTargets: SaveTargets,
	) {}

	/** Opens (or reveals) the overview; a filter given replaces the current one (Find Passages of a code). */
	show(filter?: CorpusStatsFilter): void {
		if (filter) this.request = { ...this.request, filter };
		if (this.panel) {
			this.panel.reveal();
			if (filter) void this.sendStats();
			return;
		}
		const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
		this.panel = vscode.window.createWebviewPanel(overviewViewType, 'Seed: Corpus Overview', vscode.ViewColumn.Active, {
			enableScripts: true,
			retainContextWhenHidden: true,
			localResourceRoots: [dist],
		});
		this.statsShown = new Promise(resolve => {
			this.markShown = resolve;
		});
		// The figures are asked for while the webview loads, and posted when it says it is ready.
		this.prefetched = this.fetchStats();
		this.prefetched.catch(() => undefined); // a failure is reported when the webview is ready for it
		this.panel.webview.html = overviewHtml(this.panel.webview, dist);
		this.panel.webview.onDidReceiveMessage(
			(message: FromWebview & { probeAnswer?: number; answer?: unknown }) => void this.receive(message),
		);
		this.panel.onDidDispose(() => this.closed());
		const refresh = () => this.scheduleRefresh();
		for (const pattern of ['**/*.tags.yaml', '**/*.{txt,seed}', '**/codebook.{yaml,yml}']) {
			const watcher = vscode.workspace.createFileSystemWatcher(pattern);
			this.watchers.push(watcher, watcher.onDidChange(refresh), watcher.onDidCreate(refresh), watcher.onDidDelete(refresh));
		}
		// The server indexes the workspace in the background and says nothing when it is done: while the
		// overview is visible, a cheap poll of the indexed count refreshes it as seeds come in.
		const poll = setInterval(() => {
			if (!this.panel?.visible) return;
			void this.indexedSeeds().then(indexed => {
				if (indexed !== this.indexedAtLastStats) refresh();
			});
		}, indexPollMs);
		this.watchers.push({ dispose: () => clearInterval(poll) });
		// Edits in an open seed can change its date header before it is saved.
		this.watchers.push(
			vscode.workspace.onDidChangeTextDocument(event => {
				if (event.document.languageId === 'seed' && event.contentChanges.length > 0) refresh();
			}),
		);
	}

	/** For the in-editor tests: waits until figures are shown, then asks the webview's DOM. */
	async probe(probe: OverviewProbe): Promise<unknown> {
		const waited = await Promise.race([
			this.statsShown.then(() => true),
			new Promise<false>(resolve => setTimeout(() => resolve(false), 20_000)),
		]);
		if (!waited) throw new Error(`the Corpus Overview showed no figures in 20 s${this.lastError ? `: ${this.lastError}` : ''}`);
		const panel = this.panel;
		if (!panel) throw new Error('the Corpus Overview is not open');
		const id = this.nextProbe++;
		return new Promise(resolve => {
			this.probes.set(id, resolve);
			void panel.webview.postMessage({ type: 'probe', id, probe });
		});
	}

	dispose(): void {
		this.panel?.dispose();
		this.closed();
	}

	private closed(): void {
		this.panel = undefined;
		// A new overview starts with every seed in view, as its webview's filters do.
		this.request = { filter: {}, granularity: 'month' };
		clearTimeout(this.refreshTimer);
		this.watchers.splice(0).forEach(watcher => watcher.dispose());
	}

	private scheduleRefresh(): void {
		clearTimeout(this.refreshTimer);
		this.refreshTimer = setTimeout(() => void this.sendStats(), refreshDelayMs);
	}

	private async receive(message: FromWebview & { probeAnswer?: number; answer?: unknown }): Promise<void> {
		if (message.probeAnswer !== undefined) {
			this.probes.get(message.probeAnswer)?.(message.answer);
			this.probes.delete(message.probeAnswer);
			return;
		}
		switch (message.type) {
			case 'ready':
				return this.sendStats(this.prefetched);
			case 'request':
				this.request = message.request;
				return this.sendStats();
			case 'cellPassages':
				return this.sendPassages(message.code, message.uri, message.path);
			case 'openPassage':
				return this.openPassage(message.uri, message.range);
			case 'openSeed':
				return this.openSeed(message.uri, message.insertDateHeader === true);
			case 'export':
				return this.saveExport(message.fileName, message.content, message.encoding);
		}
	}

	private indexedSeeds(): Promise<number | undefined> {
		return this.client.sendRequest<{ indexedSeeds: number }>(serverInfoRequest).then(
			({ indexedSeeds }) => indexedSeeds,
			() => undefined,
		);
	}

	private async fetchStats(): Promise<{ stats: CorpusStats; request: OverviewRequest }> {
		const request = this.request;
		const args: CorpusStatsArgs = { ...request, matrixSeedLimit: heatMapSeedLimit };
		// Both asked at once (the server answers in order): no round trip waits for the other.
		const [indexed, stats] = await Promise.all([
			this.indexedSeeds(),
			this.client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommand.corpusStats, arguments: [args] }),
		]);
		this.indexedAtLastStats = indexed;
		return { stats: stats as CorpusStats, request };
	}

	/** Posts the figures fetched ahead (once), or fetches them now. */
	private async sendStats(prefetched?: Promise<{ stats: CorpusStats; request: OverviewRequest }>): Promise<void> {
		this.prefetched = undefined;
		try {
			const { stats, request } = await (prefetched ?? this.fetchStats());
			await this.post({ type: 'stats', stats, request });
			this.markShown?.();
		} catch (error) {
			this.lastError = error instanceof Error ? error.message : String(error);
			await this.post({ type: 'error', message: `The overview's figures could not be computed: ${this.lastError}` });
		}
	}

	/** Every sidecar's passages (the coders' too), as the cell counted them. */
	private async sendPassages(code: string, uri: string, path: string): Promise<void> {
		const args: CorpusPassagesArgs = { uri, code, ...(this.request.filter.coders ? { coders: this.request.filter.coders } : {}) };
		try {
			const passages = (await this.client.sendRequest(ExecuteCommandRequest.type, {
				command: ServerCommand.corpusPassages,
				arguments: [args],
			})) as CellPassage[];
			await this.post({ type: 'passages', code, uri, path, passages });
		} catch (error) {
			await this.post({
				type: 'error',
				message: `The passages could not be listed: ${error instanceof Error ? error.message : String(error)}`,
			});
		}
	}

	private async openPassage(uri: string, range: PassageRange | undefined): Promise<void> {
		const selection = range && new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
		const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
			viewColumn: vscode.ViewColumn.Beside,
			preview: true,
			...(selection ? { selection } : {}),
		});
		if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	private async openSeed(uri: string, insertDateHeader: boolean): Promise<void> {
		await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: vscode.ViewColumn.Beside, preview: true });
		if (insertDateHeader) await vscode.commands.executeCommand('seed.insertDateHeader');
	}

	private async saveExport(fileName: string, content: string, encoding: 'utf8' | 'base64'): Promise<void> {
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
		const target = await this.saveTargets.ask({
			...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
			filters: { [extension.toUpperCase()]: [extension] },
			title: `Export ${fileName}`,
		});
		if (!target) return;
		const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
		try {
			await vscode.workspace.fs.writeFile(target, bytes);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			void vscode.window.showErrorMessage(`Could not write ${target.fsPath}: ${reason}`);
			return;
		}
		void vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(target)}.`);
	}

	private async post(message: ToWebview): Promise<void> {
		await this.panel?.webview.postMessage(message);
	}
}

/**
 * Scripts run only from the bundle, with a nonce; styles only from the extension's stylesheet;
 * images from `blob:` only (the PNG export draws the chart's SVG through one). Nothing remote.
 */
function overviewHtml(webview: vscode.Webview, dist: vscode.Uri): string {
	const nonce = Array.from(
		{ length: 32 },
		() => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)],
	).join('');
	const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'overview.js'));
	const style = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'overview.css'));
	const csp = [
		"default-src 'none'", `script-src 'nonce-${nonce}'`, `style-src ${webview.cspSource}`,
		`img-src ${webview.cspSource} blob:`, `font-src ${webview.cspSource}`,
	].join('; ');
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Seed: Corpus Overview</title>
</head>
<body>
<main id="overview" aria-busy="true"><p class="loading">Counting the corpus…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
