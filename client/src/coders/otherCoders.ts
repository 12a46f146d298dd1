/**
 * "Seed: Show All Coders": whether the other coders' annotations are shown (off by default, so
 * coding is blind until a person chooses to look; remembered per workspace), and those annotations,
 * asked of the server when a view needs them. The highlights, the Tags view, the status bar and
 * Next/Previous Annotation all read them here, so they change together.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { OtherCoderPassage, OtherCodersSource } from '../annotations/otherCodersSource';
import type { OtherCoderAnnotation } from '../../../server/src/protocol/agreement';
import type { CoderRequests } from './coderRequests';

const shownKey = 'seed.showAllCoders';
/** A git pull changes many coder files at once: one refresh after them. */
const fileChangeDebounceMs = 300;

export class OtherCoders implements OtherCodersSource, vscode.Disposable {
	private enabled: boolean;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly changed = new vscode.EventEmitter<void>();
	private readonly disposables: vscode.Disposable[] = [this.changed];
	readonly onDidChange = this.changed.event;

	constructor(private readonly requests: CoderRequests, private readonly state: vscode.Memento, languageClient: LanguageClient) {
		this.enabled = state.get<boolean>(shownKey, false);
		void vscode.commands.executeCommand('setContext', 'seedAnnotator.showAllCoders', this.enabled);
		const coderFiles = vscode.workspace.createFileSystemWatcher('**/*.tags.yaml');
		const later = () => this.changeSoon();
		this.disposables.push(
			coderFiles, coderFiles.onDidChange(later), coderFiles.onDidCreate(later), coderFiles.onDidDelete(later),
			// Another coder (a restart follows a change of `seed.annotations.coder`): "the others" changed.
			languageClient.onDidChangeState(event => {
				if (event.newState === State.Running) this.changed.fire();
			}),
		);
	}

	get shown(): boolean {
		return this.enabled;
	}

	async toggle(): Promise<boolean> {
		this.enabled = !this.enabled;
		await this.state.update(shownKey, this.enabled);
		await vscode.commands.executeCommand('setContext', 'seedAnnotator.showAllCoders', this.enabled);
		this.changed.fire();
		return this.enabled;
	}

	async inSeed(uri: vscode.Uri): Promise<readonly OtherCoderPassage[]> {
		if (!this.enabled) return [];
		return this.placed(await this.requests.otherCoders(uri).catch(() => []));
	}

	async inWorkspace(): Promise<readonly { uri: vscode.Uri; passages: readonly OtherCoderPassage[] }[]> {
		if (!this.enabled) return [];
		const seeds = await this.requests.workspaceOtherCoders().catch(() => []);
		return seeds.map(seed => ({ uri: seed.uri, passages: this.placed(seed.annotations) }));
	}

	/** With VS Code ranges, by position. */
	private placed(annotations: readonly OtherCoderAnnotation[]): OtherCoderPassage[] {
		return annotations.map(annotation => ({ ...annotation, range: this.requests.asRange(annotation.range) })).sort(byPosition);
	}

	private changeSoon(): void {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.changed.fire(), fileChangeDebounceMs);
	}

	dispose(): void {
		clearTimeout(this.timer);
		this.disposables.forEach(disposable => disposable.dispose());
	}
}

function byPosition(a: OtherCoderPassage, b: OtherCoderPassage): number {
	return a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end) || a.coder.localeCompare(b.coder);
}
