/**
 * The "Seed Codebook" view (issue 18 §2): every code of the codebook and every code in use, as a
 * tree by `/`, with its colour, description and usage (passages and seeds, from `seed.corpusStats`);
 * commands to describe, recolour, add a child, merge into another code (after a confirmation that
 * says how many passages in how many seeds change), delete an unused code, and find its passages
 * (the Corpus Overview filtered to it). The codebook file stays hand-editable YAML: the server edits
 * it through the `yaml` Document API (`seed.editCodebook`).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { CodeRow, CorpusStats } from '../../../server/src/core/stats/corpusStatsTypes';
import { serverInfoRequest, ServerCommand, type CodebookEditArgs, type CodebookEditResult } from '../../../server/src/protocol/commands';
import type { ColorSwatches } from '../annotations/colorSwatches';

export const codebookViewId = 'seedCodebook';

/** The palette offered when recolouring (the codebook's Tableau 10). */
const palette: readonly [string, string][] = [
	['#1f77b4', 'blue'],
	['#ff7f0e', 'orange'],
	['#2ca02c', 'green'],
	['#d62728', 'red'],
	['#9467bd', 'purple'],
	['#8c564b', 'brown'],
	['#e377c2', 'pink'],
	['#7f7f7f', 'grey'],
	['#bcbd22', 'olive'],
	['#17becf', 'cyan'],
];

export class CodebookTreeDataProvider implements vscode.TreeDataProvider<CodeRow>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<CodeRow | undefined>();
	readonly onDidChangeTreeData = this.changed.event;
	private rows: readonly CodeRow[] = [];
	private loaded: Promise<void> | undefined;
	private refreshTimer: ReturnType<typeof setTimeout> | undefined;
	private readonly watchers: vscode.Disposable[] = [];

	/** How many seeds the server had indexed when the rows were read. */
	private indexedAtLoad: number | undefined;

	/** `isVisible`: while the view shows, it follows the server's background indexing (which sends no event). */
	constructor(
		private readonly client: LanguageClient,
		private readonly swatches: ColorSwatches,
		isVisible: () => boolean,
	) {
		for (const pattern of ['**/*.tags.yaml', '**/codebook.{yaml,yml}']) {
			const watcher = vscode.workspace.createFileSystemWatcher(pattern);
			const refresh = () => this.refreshSoon();
			this.watchers.push(watcher, watcher.onDidChange(refresh), watcher.onDidCreate(refresh), watcher.onDidDelete(refresh));
		}
		const poll = setInterval(() => {
			if (isVisible())
				void this.indexedSeeds().then(indexed => {
					if (indexed !== this.indexedAtLoad) this.refresh();
				});
		}, 2000);
		this.watchers.push({ dispose: () => clearInterval(poll) });
	}

	refresh(): void {
		this.loaded = undefined;
		this.changed.fire(undefined);
	}

	/** The code rows as shown (for commands and tests). */
	async codes(): Promise<readonly CodeRow[]> {
		this.loaded ??= this.load();
		await this.loaded;
		return this.rows;
	}

	async getChildren(parent?: CodeRow): Promise<CodeRow[]> {
		const rows = await this.codes();
		return rows.filter(
			row =>
				row.parent === parent?.code && (parent !== undefined || row.depth === 0 || !rows.some(other => other.code === row.parent)),
		);
	}

	getParent(row: CodeRow): CodeRow | undefined {
		return this.rows.find(other => other.code === row.parent);
	}

	async getTreeItem(row: CodeRow): Promise<vscode.TreeItem> {
		const name = row.parent ? row.code.slice(row.parent.length + 1) : row.code;
		const item = new vscode.TreeItem(
			name,
			row.hasChildren ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
		);
		item.id = row.code;
		const usage = row.hasChildren
			? `${row.passages} passages in ${row.seeds} seeds (with the codes under it)`
			: `${row.own.passages} passages in ${row.own.seeds} seeds`;
		// A parent that only groups the codes under it need not be listed itself.
		const unlisted = row.listed || row.hasChildren ? '' : ' · not in the codebook';
		item.description = `${row.hasChildren ? row.passages : row.own.passages}${unlisted}`;
		item.tooltip = new vscode.MarkdownString(`**${row.code}**${row.description ? `\n\n${row.description}` : ''}\n\n${usage}`);
		item.contextValue = row.own.passages === 0 && row.listed ? 'seedCodeUnused' : 'seedCode';
		item.iconPath = row.color
			? await this.swatches.swatch(row.color)
			: new vscode.ThemeIcon(row.hasChildren ? 'symbol-namespace' : 'tag');
		item.accessibilityInformation = { label: `${row.code}: ${usage}${row.description ? `. ${row.description}` : ''}` };
		return item;
	}

	dispose(): void {
		clearTimeout(this.refreshTimer);
		this.watchers.forEach(watcher => watcher.dispose());
		this.changed.dispose();
	}

	private refreshSoon(): void {
		clearTimeout(this.refreshTimer);
		this.refreshTimer = setTimeout(() => this.refresh(), 300);
	}

	private indexedSeeds(): Promise<number | undefined> {
		return this.client.sendRequest<{ indexedSeeds: number }>(serverInfoRequest).then(
			({ indexedSeeds }) => indexedSeeds,
			() => undefined,
		);
	}

	private async load(): Promise<void> {
		this.indexedAtLoad = await this.indexedSeeds();
		try {
			const stats = (await this.client.sendRequest(ExecuteCommandRequest.type, {
				command: ServerCommand.corpusStats,
				arguments: [{ matrixSeedLimit: 0, topEntities: 0 }],
			})) as CorpusStats;
			this.rows = stats.codes;
		} catch {
			this.rows = [];
		}
	}
}

/** The codebook commands, each taking the code's row (from the view) or asking for a code. */
export class CodebookCommands {
	/** For the in-editor tests: the answer to give the next confirmation instead of asking (a modal cannot be clicked there). */
	nextConfirmation: string | undefined;

	constructor(
		private readonly client: LanguageClient,
		private readonly view: CodebookTreeDataProvider,
		private readonly findPassages: (code: string) => void,
	) {}

	async editDescription(row?: CodeRow): Promise<void> {
		const code = row ?? (await this.pick('Edit the description of which code?'));
		if (!code) return;
		const description = await vscode.window.showInputBox({
			title: `Description of ${code.code}`,
			value: code.description ?? '',
			prompt: 'What to tag with this code (empty removes the description)',
		});
		if (description === undefined) return;
		await this.edit({ action: 'describe', tag: code.code, description });
	}

	async changeColor(row?: CodeRow): Promise<void> {
		const code = row ?? (await this.pick('Change the colour of which code?'));
		if (!code) return;
		const chosen = await vscode.window.showQuickPick(
			palette.map(([hex, name]) => ({ label: name, description: hex + (hex === code.color ? ' (current)' : ''), hex })),
			{ title: `Colour of ${code.code}` },
		);
		if (chosen) await this.edit({ action: 'recolor', tag: code.code, color: chosen.hex });
	}

	async addChild(row?: CodeRow): Promise<void> {
		const code = row ?? (await this.pick('Add a code under which code?'));
		if (!code) return;
		const child = await vscode.window.showInputBox({
			title: `New code under ${code.code}/`,
			prompt: "The new code's name (letters, digits, - and _; / for deeper levels)",
		});
		if (!child) return;
		const description = await vscode.window.showInputBox({
			title: `Description of ${code.code}/${child}`,
			prompt: 'What to tag with it (optional)',
		});
		if (description === undefined) return;
		await this.edit({ action: 'addChild', tag: code.code, child, ...(description ? { description } : {}) });
	}

	async merge(row?: CodeRow, target?: string): Promise<CodebookEditResult | undefined> {
		const code = row ?? (await this.pick('Merge which code?'));
		if (!code) return undefined;
		const into =
			target ??
			(
				await vscode.window.showQuickPick(
					(await this.view.codes())
						.filter(other => other.code !== code.code && !other.code.startsWith(code.code + '/'))
						.map(other => ({ label: other.code, description: other.description })),
					{ title: `Merge ${code.code} into…`, placeHolder: 'the code that takes over its passages' },
				)
			)?.label;
		if (!into) return undefined;
		const preview = await this.edit({ action: 'merge', tag: code.code, into, preview: true }, false);
		if (!preview) return undefined;
		const question =
			`Merge ${code.code} into ${into}? ${count(preview.passages, 'passage')} in ${count(preview.seeds, 'seed')} ` +
			`(${count(preview.files, 'sidecar file')}) will be tagged ${into}, and ${code.code} leaves the codebook. ` +
			'All sidecars change, or none.';
		const answer = await this.confirm(question, 'Merge');
		if (answer !== 'Merge') return undefined;
		const result = await this.edit({ action: 'merge', tag: code.code, into });
		if (result) void vscode.commands.executeCommand('seed.refreshTags');
		return result;
	}

	async delete(row?: CodeRow): Promise<void> {
		const code = row ?? (await this.pick('Delete which unused code?'));
		if (!code) return;
		const answer = await this.confirm(`Delete ${code.code} from the codebook?`, 'Delete');
		if (answer === 'Delete') await this.edit({ action: 'delete', tag: code.code });
	}

	find(row?: CodeRow): void {
		if (row) this.findPassages(row.code);
	}

	/** The last confirmation asked, for the tests to read. */
	lastQuestion: string | undefined;

	private async confirm(question: string, action: string): Promise<string | undefined> {
		this.lastQuestion = question;
		const answer = this.nextConfirmation;
		this.nextConfirmation = undefined;
		return answer ?? (await vscode.window.showWarningMessage(question, { modal: true }, action));
	}

	private async pick(title: string): Promise<CodeRow | undefined> {
		const rows = await this.view.codes();
		return (
			await vscode.window.showQuickPick(
				rows.map(row => ({ label: row.code, description: row.description, row })),
				{ title },
			)
		)?.row;
	}

	/** Runs one edit; a refusal is shown with the server's reason. */
	private async edit(args: CodebookEditArgs, refresh = true): Promise<CodebookEditResult | undefined> {
		try {
			const result = (await this.client.sendRequest(ExecuteCommandRequest.type, {
				command: ServerCommand.editCodebook,
				arguments: [args],
			})) as CodebookEditResult;
			if (refresh) this.view.refresh();
			return result ?? {};
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			void vscode.window.showErrorMessage(message.replace(/^Request [\w/$]+ failed with message: /, ''));
			return undefined;
		}
	}
}

function count(n: number | undefined, noun: string): string {
	return `${n ?? 0} ${noun}${n === 1 ? '' : 's'}`;
}
