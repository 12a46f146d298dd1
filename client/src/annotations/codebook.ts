/**
 * The workspace codebook as the server reads it, cached until the codebook (or any YAML file that
 * might be it, since its path is a setting) changes.
 */
import * as vscode from 'vscode';
import type { CodebookInfo, CodebookTag } from '../../../server/src/protocol/commands';
import type { AnnotationClient } from './annotationClient';

/** Tags the codebook gives no colour (unlisted ones) still need a visible highlight. */
export const fallbackTagColor = '#808080';

export class Codebook implements vscode.Disposable {
	private cached: Promise<CodebookInfo | undefined> | undefined;
	private lastAnswer: CodebookInfo | undefined;
	private readonly changed = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [this.changed];

	/** Fires when the codebook may have changed; listeners call `tags()` again. */
	readonly onDidChange = this.changed.event;

	constructor(private readonly annotations: AnnotationClient) {
		const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
		this.disposables.push(
			watcher,
			watcher.onDidChange((uri) => this.invalidateFor(uri)),
			watcher.onDidCreate((uri) => this.invalidateFor(uri)),
			watcher.onDidDelete((uri) => this.invalidateFor(uri)),
			vscode.workspace.onDidChangeConfiguration((event) => {
				if (event.affectsConfiguration('seed.annotations')) this.invalidate();
			}),
		);
	}

	/** The codebook's tags (plus tags in use that it lacks), or none when the server cannot answer. */
	async tags(): Promise<readonly CodebookTag[]> {
		return (await this.info())?.tags ?? [];
	}

	info(): Promise<CodebookInfo | undefined> {
		this.cached ??= this.ask();
		return this.cached;
	}

	/** Sends the version of the last list: while it is current, the server answers without the list (30,000 tags are 2 MB). */
	private async ask(): Promise<CodebookInfo | undefined> {
		const known = this.lastAnswer;
		const answer = await this.annotations.codebook('silent', known?.version);
		const info = answer && 'unchanged' in answer ? (answer.version === known?.version ? known : undefined) : answer;
		// Not cached when the server could not answer (starting, restarting): ask again next time.
		if (!info) this.cached = undefined;
		else this.lastAnswer = info;
		return info;
	}

	async colorOf(tag: string): Promise<string> {
		return colorFor(await this.tags(), tag);
	}

	/** Asks the server again, for a picker that must list tags added since (e.g. unlisted ones just used). */
	fresh(): Promise<CodebookInfo | undefined> {
		this.cached = undefined;
		return this.info();
	}

	invalidate(): void {
		this.cached = undefined;
		this.changed.fire();
	}

	private invalidateFor(uri: vscode.Uri): void {
		// Sidecars change with every tag and are never the codebook.
		if (!uri.path.endsWith('.tags.yaml')) this.invalidate();
	}

	dispose(): void {
		for (const disposable of this.disposables) disposable.dispose();
	}
}

export function colorFor(tags: readonly CodebookTag[], tag: string): string {
	return colorOf(tags.find((candidate) => candidate.name === tag));
}

/** The colour to draw `tag` in, for callers that have the tag at hand (no search of a 30,000-tag list). */
export function colorOf(tag: CodebookTag | undefined): string {
	const color = tag?.color;
	return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : fallbackTagColor;
}
