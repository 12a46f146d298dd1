/**
 * The Tags view in the Explorer: tag → seed → passage, with counts; a passage opens its seed with
 * the passage selected. Read from the server's `seed.workspaceAnnotations` and read again when the
 * server says annotations changed. While "Show All Coders" is on, the other coders' passages follow
 * one's own in each seed, each naming its coder, and are counted apart.
 */
import * as vscode from 'vscode';
import type { Annotation, AnnotationClient } from './annotationClient';
import { quoted } from './annotationTarget';
import { colorFor, type Codebook } from './codebook';
import type { ColorSwatches } from './colorSwatches';
import type { OtherCoderPassage, OtherCodersSource } from './otherCodersSource';

export const tagsViewId = 'seedTags';

/** Several notifications arrive together (a rename touches many seeds): read once after them. */
const refreshDebounceMs = 300;

export class TagNode {
	readonly kind = 'tag';
	constructor(readonly tag: string, readonly seeds: readonly SeedNode[]) { }
	get passageCount(): number {
		return this.seeds.reduce((sum, seed) => sum + seed.passages.length, 0);
	}
	get otherPassages(): readonly OtherPassageNode[] {
		return this.seeds.flatMap(seed => seed.otherPassages);
	}
}

export class SeedNode {
	readonly kind = 'seed';
	constructor(
		readonly tag: string, readonly uri: vscode.Uri, readonly passages: readonly PassageNode[],
		readonly otherPassages: readonly OtherPassageNode[] = [],
	) { }
}

/** Also an `AnnotationTarget`, so Remove Tag and Edit Note accept it from the view's context menu. */
export class PassageNode {
	readonly kind = 'passage';
	constructor(readonly uri: vscode.Uri, readonly annotation: Annotation) { }
}

/** Another coder's passage: shown and opened, never edited from here (it is that coder's file). */
export class OtherPassageNode {
	readonly kind = 'otherPassage';
	constructor(readonly uri: vscode.Uri, readonly passage: OtherCoderPassage) { }
}

export type TagsTreeNode = TagNode | SeedNode | PassageNode | OtherPassageNode;

export class TagsTreeDataProvider implements vscode.TreeDataProvider<TagsTreeNode>, vscode.Disposable {
	private tree: Promise<TagNode[]> | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly changed = new vscode.EventEmitter<TagsTreeNode | undefined>();
	private readonly disposables: vscode.Disposable[] = [this.changed];
	readonly onDidChangeTreeData = this.changed.event;

	constructor(
		private readonly client: AnnotationClient,
		private readonly others: OtherCodersSource,
		private readonly codebook: Codebook,
		private readonly swatches: ColorSwatches,
		private readonly revealCommand: string,
	) {
		// The server notifies about the seeds it has open; a sidecar of a closed seed changed by a
		// git pull or another editor is seen here.
		const sidecars = vscode.workspace.createFileSystemWatcher('**/*.tags.yaml');
		this.disposables.push(
			sidecars,
			sidecars.onDidChange(() => this.refresh()),
			sidecars.onDidCreate(() => this.refresh()),
			sidecars.onDidDelete(() => this.refresh()),
			codebook.onDidChange(() => this.refresh()),
			// Shown or hidden, or another coder now: at once.
			others.onDidChange(() => this.refresh(true)),
		);
	}

	/** Reads the workspace's annotations again, soon (now with `immediately`). */
	refresh(immediately = false): void {
		clearTimeout(this.timer);
		if (immediately) this.invalidate();
		else this.timer = setTimeout(() => this.invalidate(), refreshDebounceMs);
	}

	private invalidate(): void {
		this.tree = undefined;
		this.changed.fire(undefined);
	}

	async getChildren(node?: TagsTreeNode): Promise<TagsTreeNode[]> {
		if (!node) {
			this.tree ??= this.read();
			return this.tree;
		}
		if (node.kind === 'tag') return [...node.seeds];
		if (node.kind === 'seed') return [...node.passages, ...node.otherPassages];
		return [];
	}

	async getTreeItem(node: TagsTreeNode): Promise<vscode.TreeItem> {
		switch (node.kind) {
			case 'tag': {
				const item = new vscode.TreeItem(node.tag, vscode.TreeItemCollapsibleState.Collapsed);
				item.id = `tag:${node.tag}`;
				const others = node.otherPassages;
				item.description = `${count(node.passageCount, 'passage')}${byOthers(others)} · ${count(node.seeds.length, 'seed')}`;
				item.contextValue = 'seedTag';
				item.iconPath = await this.swatches.swatch(colorFor(await this.codebook.tags(), node.tag));
				const description = (await this.codebook.tags()).find((tag) => tag.name === node.tag)?.description;
				if (description) item.tooltip = description;
				// Without it a screen reader reads the tooltip (the description) instead of the name.
				item.accessibilityInformation = {
					label: `Tag ${node.tag}: ${count(node.passageCount, 'passage')}${spokenByOthers(others)}`
						+ ` in ${count(node.seeds.length, 'seed')}`,
				};
				return item;
			}
			case 'seed': {
				const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
				item.id = `seed:${node.tag}:${node.uri.toString()}`;
				item.description = `${count(node.passages.length, 'passage')}${byOthers(node.otherPassages)}`;
				item.contextValue = 'seedFile';
				item.accessibilityInformation = {
					label: `${fileName(node.uri)}: ${count(node.passages.length, 'passage')}${spokenByOthers(node.otherPassages)}`
						+ ` tagged ${node.tag}`,
				};
				return item;
			}
			case 'passage': {
				const { annotation } = node;
				const item = new vscode.TreeItem(quoted(annotation.text), vscode.TreeItemCollapsibleState.None);
				item.id = `passage:${node.uri.toString()}:${annotation.id}`;
				item.contextValue = 'seedPassage';
				item.description = annotation.range
					? `line ${annotation.range.start.line + 1}${annotation.note ? ` — ${annotation.note}` : ''}`
					: 'orphaned: passage not found';
				item.iconPath = new vscode.ThemeIcon(annotation.range ? (annotation.note ? 'note' : 'quote') : 'warning');
				const tooltip = new vscode.MarkdownString();
				tooltip.appendText(annotation.text);
				if (annotation.note) tooltip.appendMarkdown('\n\n---\n\n').appendText(annotation.note);
				item.tooltip = tooltip;
				item.command = { command: this.revealCommand, title: 'Show Passage', arguments: [node.uri, annotation.range] };
				item.accessibilityInformation = { label: passageLabel(annotation) };
				return item;
			}
			case 'otherPassage': {
				const { passage } = node;
				const item = new vscode.TreeItem(quoted(passage.text), vscode.TreeItemCollapsibleState.None);
				const { start, end } = passage.range;
				const place = `${start.line}:${start.character}-${end.line}:${end.character}`;
				item.id = `other:${node.uri.toString()}:${passage.coder}:${passage.tag}:${place}`;
				item.contextValue = 'seedOtherPassage';
				item.description = `${passage.coder} · line ${passage.range.start.line + 1}`;
				item.iconPath = new vscode.ThemeIcon('person');
				const tooltip = new vscode.MarkdownString();
				tooltip.appendText(`${passage.coder} tagged this ${passage.tag}:\n\n${passage.text}`);
				item.tooltip = tooltip;
				item.command = { command: this.revealCommand, title: 'Show Passage', arguments: [node.uri, passage.range] };
				item.accessibilityInformation = {
					label: `${passage.coder}'s passage ${quoted(passage.text, 120)}, ${passage.tag}, line ${passage.range.start.line + 1}`,
				};
				return item;
			}
		}
	}

	getParent(): undefined {
		return undefined;
	}

	private async read(): Promise<TagNode[]> {
		const [seeds, otherSeeds] = await Promise.all([this.client.workspaceAnnotations('silent'), this.others.inWorkspace()]);
		interface Entry { uri: vscode.Uri; passages: PassageNode[]; others: OtherPassageNode[] }
		const byTag = new Map<string, Map<string, Entry>>();
		const entryFor = (tag: string, uri: vscode.Uri) => {
			const seedsOfTag = byTag.get(tag) ?? new Map<string, Entry>();
			byTag.set(tag, seedsOfTag);
			const entry = seedsOfTag.get(uri.toString()) ?? { uri, passages: [], others: [] };
			seedsOfTag.set(uri.toString(), entry);
			return entry;
		};
		for (const seed of seeds ?? []) {
			for (const annotation of seed.annotations) {
				entryFor(annotation.tag, seed.uri).passages.push(new PassageNode(seed.uri, annotation));
			}
		}
		for (const seed of otherSeeds) {
			for (const passage of seed.passages) entryFor(passage.tag, seed.uri).others.push(new OtherPassageNode(seed.uri, passage));
		}
		return [...byTag].sort(([a], [b]) => a.localeCompare(b)).map(([tag, seedsOfTag]) => new TagNode(tag,
			[...seedsOfTag.values()]
				.sort((a, b) => a.uri.path.localeCompare(b.uri.path))
				.map((entry) => new SeedNode(tag, entry.uri, entry.passages.sort(byPosition), entry.others))));
	}

	dispose(): void {
		clearTimeout(this.timer);
		for (const disposable of this.disposables) disposable.dispose();
	}
}

/** Passages in text order; orphaned ones (no range) last. */
function byPosition(a: PassageNode, b: PassageNode): number {
	const ra = a.annotation.range;
	const rb = b.annotation.range;
	if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
	return ra.start.compareTo(rb.start) || ra.end.compareTo(rb.end);
}

/** What a screen reader says for a passage row: the words first, then where, then the note. */
function passageLabel(annotation: Annotation): string {
	const where = annotation.range ? `line ${annotation.range.start.line + 1}` : 'orphaned, the passage is no longer found';
	return `Passage ${quoted(annotation.text, 120)}, ${annotation.tag}, ${where}${annotation.note ? `, note: ${annotation.note}` : ''}`;
}

/** ` + 2 by alice, bob` after one's own count; nothing while blind or when the others did not use the tag. */
function byOthers(passages: readonly OtherPassageNode[]): string {
	return passages.length === 0 ? '' : ` + ${passages.length} by ${codersOf(passages).join(', ')}`;
}

function spokenByOthers(passages: readonly OtherPassageNode[]): string {
	return passages.length === 0 ? '' : `, and ${count(passages.length, 'passage')} by ${codersOf(passages).join(' and ')},`;
}

function codersOf(passages: readonly OtherPassageNode[]): string[] {
	return [...new Set(passages.map(node => node.passage.coder))].sort();
}

function fileName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function count(n: number, noun: string): string {
	return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
