/**
 * "Seed: Compare Coders": the agreement report in a webview beside the editor. It asks the server
 * for `seed.agreement`, opens a disagreement's passage on request, exports the tables as CSV or
 * Markdown, and refreshes when any coder's file changes.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { tableToCsv, tableToMarkdown } from '../../../server/src/core/agreement/agreementTables';
import { reportDisagreementLimit, type AgreementAnswer } from '../../../server/src/protocol/agreement';
import type { CoderRequests } from './coderRequests';
import { codeTable, compareCodersHtml, seedTable } from './compareCodersHtml';

/**
 * When each step of the last opening happened, in wall-clock milliseconds (`performance.timeOrigin +
 * performance.now()`, comparable between the extension host and the webview on one machine): the
 * in-editor timing prints where the time goes.
 */
export type OpeningPhases = Record<string, number>;

/** Now, on a clock the webview shares. */
export function wallClock(): number {
	return performance.timeOrigin + performance.now();
}

/** What the webview last reported on screen, and when (`performance.now()` of this process). */
export interface RenderedReport {
	readonly count: number;
	readonly at: number;
	/** The "all codes" row's cells as drawn. */
	readonly overall: readonly string[];
	readonly phases: OpeningPhases;
}

type FromReport = { type: string; format?: string; index?: number; overall?: string[]; phases?: OpeningPhases };

export class CompareCodersPanel implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private answer: AgreementAnswer | undefined;
	private renderedReport: RenderedReport | undefined;
	/** Every disagreement listed, once asked for; until the panel closes. */
	private listAll = false;
	private refreshTimer: ReturnType<typeof setTimeout> | undefined;
	private readonly watcher: vscode.FileSystemWatcher;
	private phases: OpeningPhases = {};

	constructor(private readonly requests: CoderRequests) {
		this.watcher = vscode.workspace.createFileSystemWatcher('**/*.tags.yaml');
		const later = () => this.scheduleRefresh();
		this.watcher.onDidChange(later);
		this.watcher.onDidCreate(later);
		this.watcher.onDidDelete(later);
	}

	/** The figures on screen (for the in-editor tests). */
	get shown(): AgreementAnswer | undefined {
		return this.answer;
	}

	/** The last report the webview drew (for the in-editor tests and the timing). */
	get rendered(): RenderedReport | undefined {
		return this.renderedReport;
	}

	async open(): Promise<void> {
		this.phases = { command: wallClock() };
		// Asked first: the server answers while the workbench makes the webview, the slow part.
		const asked = this.ask();
		if (!this.panel) {
			this.phases.panelCreating = wallClock();
			this.panel = vscode.window.createWebviewPanel('seed.compareCoders', 'Compare Coders', vscode.ViewColumn.Beside, {
				enableScripts: true,
			});
			this.phases.panelCreated = wallClock();
			this.panel.onDidDispose(() => {
				this.panel = undefined;
				this.listAll = false;
			});
			this.panel.webview.onDidReceiveMessage(
				(message: FromReport) => void this.onMessage(message),
			);
		}
		this.panel.reveal();
		await this.show(asked);
	}

	async refresh(): Promise<void> {
		if (!this.panel) return;
		this.phases = { command: wallClock() };
		await this.show(this.ask());
	}

	private ask(): Promise<AgreementAnswer> {
		this.phases.requestSent = wallClock();
		return this.requests.agreement(this.listAll ? undefined : reportDisagreementLimit);
	}

	/**
	 * The whole report in one page, figures included: the webview draws it as it parses, with no
	 * request back to the extension and no file to fetch.
	 */
	private async show(asked: Promise<AgreementAnswer>): Promise<void> {
		try {
			this.answer = await asked;
			this.phases.answered = wallClock();
		} catch (error) {
			void vscode.window.showErrorMessage(`Compare Coders: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		if (!this.panel) return;
		this.panel.webview.html = compareCodersHtml(this.answer, randomBytes(16).toString('base64'), this.panel.webview.cspSource);
		this.phases.htmlSet = wallClock();
	}

	private scheduleRefresh(): void {
		if (!this.panel) return;
		if (this.refreshTimer) clearTimeout(this.refreshTimer);
		this.refreshTimer = setTimeout(() => void this.refresh(), 300);
	}

	private async onMessage(message: FromReport): Promise<void> {
		if (message.type === 'rendered') {
			const count = (this.renderedReport?.count ?? 0) + 1;
			const phases = { ...this.phases, ...message.phases, received: wallClock() };
			this.renderedReport = { count, at: performance.now(), overall: message.overall ?? [], phases };
			return;
		}
		const answer = this.answer;
		if (!answer) return;
		if (message.type === 'refresh') {
			await this.refresh();
		} else if (message.type === 'allDisagreements') {
			this.listAll = true;
			await this.refresh();
		} else if (message.type === 'open' && message.index !== undefined) {
			const disagreement = answer.disagreements[message.index];
			if (!disagreement) return;
			const range = this.requests.asRange(disagreement.range);
			await vscode.window.showTextDocument(vscode.Uri.parse(disagreement.uri), {
				selection: range,
				viewColumn: vscode.ViewColumn.One,
			});
		} else if (message.type === 'export') {
			const markdown = message.format === 'markdown';
			const content = markdown
				? `## Per code\n\n${tableToMarkdown(codeTable(answer))}\n## Per seed\n\n${tableToMarkdown(seedTable(answer))}`
				: tableToCsv(codeTable(answer));
			const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
			const target = await vscode.window.showSaveDialog({
				...(folder ? { defaultUri: vscode.Uri.joinPath(folder, markdown ? 'agreement.md' : 'agreement.csv') } : {}),
				filters: markdown ? { Markdown: ['md'] } : { CSV: ['csv'] },
			});
			if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
		}
	}

	dispose(): void {
		if (this.refreshTimer) clearTimeout(this.refreshTimer);
		this.watcher.dispose();
		this.panel?.dispose();
	}
}
