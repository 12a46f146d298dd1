/**
 * The annotations of every seed shown in an editor, kept current for the highlights and the status
 * bar. Re-asked after a server notification and shortly after an edit: the server moves annotations
 * with the text, and until its answer arrives VS Code moves the highlights itself.
 */
import * as vscode from 'vscode';
import type { Annotation, AnnotationClient } from './annotationClient';

/** Typing produces a change per keystroke; one question per pause is enough. */
const editDebounceMs = 150;

export class SeedAnnotationsTracker implements vscode.Disposable {
	/** The seeds shown in an editor, by uri string. */
	private readonly shown = new Map<string, vscode.Uri>();
	private readonly known = new Map<string, readonly Annotation[]>();
	/** Bumped by every change, so an answer to an older question is dropped. */
	private readonly generations = new Map<string, number>();
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly changed = new vscode.EventEmitter<vscode.Uri>();
	private readonly disposables: vscode.Disposable[] = [this.changed];

	/** Fires with a seed's uri once its annotations have been read again. */
	readonly onDidChange = this.changed.event;

	constructor(private readonly client: AnnotationClient) {
		this.disposables.push(
			vscode.window.onDidChangeVisibleTextEditors(() => this.followVisibleEditors()),
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.contentChanges.length > 0 && this.shown.has(event.document.uri.toString()))
					this.schedule(event.document.uri, editDebounceMs);
			}),
			vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
		);
		this.followVisibleEditors();
	}

	/** The last annotations read for a shown seed; undefined for seeds not shown or not read yet. */
	get(uri: vscode.Uri): readonly Annotation[] | undefined {
		return this.known.get(uri.toString());
	}

	/** A server notification: re-read the seed if it is shown. */
	seedChanged(uri: vscode.Uri): void {
		if (this.shown.has(uri.toString())) this.schedule(uri, 0);
	}

	refreshAll(): void {
		for (const uri of this.shown.values()) this.schedule(uri, 0);
	}

	private followVisibleEditors(): void {
		const visible = new Map(visibleSeeds().map((document) => [document.uri.toString(), document.uri]));
		for (const [key, uri] of visible) {
			if (this.shown.has(key)) continue;
			this.shown.set(key, uri);
			this.schedule(uri, 0);
		}
		for (const [key, uri] of [...this.shown]) {
			if (!visible.has(key)) this.forget(uri);
		}
	}

	private schedule(uri: vscode.Uri, delayMs: number): void {
		const key = uri.toString();
		const generation = (this.generations.get(key) ?? 0) + 1;
		this.generations.set(key, generation);
		clearTimeout(this.timers.get(key));
		this.timers.set(key, setTimeout(() => {
			this.timers.delete(key);
			void this.read(uri, generation);
		}, delayMs));
	}

	private async read(uri: vscode.Uri, generation: number): Promise<void> {
		const key = uri.toString();
		const annotations = await this.client.annotations(uri, 'silent');
		if (this.generations.get(key) !== generation) return;
		// A refusal (malformed sidecar, server restarting) shows no highlights rather than stale ones;
		// the sidecar's own diagnostic says why, and a restart triggers `refreshAll`.
		this.known.set(key, annotations ?? []);
		this.changed.fire(uri);
	}

	private forget(uri: vscode.Uri): void {
		const key = uri.toString();
		this.shown.delete(key);
		clearTimeout(this.timers.get(key));
		this.timers.delete(key);
		this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
		if (this.known.delete(key)) this.changed.fire(uri);
	}

	dispose(): void {
		for (const timer of this.timers.values()) clearTimeout(timer);
		for (const disposable of this.disposables) disposable.dispose();
	}
}

function visibleSeeds(): vscode.TextDocument[] {
	return vscode.window.visibleTextEditors.map((editor) => editor.document).filter((document) => document.languageId === 'seed');
}
