/**
 * What the annotation views need to know of the other coders' annotations ("Seed: Show All
 * Coders"): the coders' features provide it (`client/src/coders/otherCoders.ts`), the Tags view, the
 * status bar and Next/Previous Annotation read it. While it is off, coding is blind: everything is empty.
 */
import type * as vscode from 'vscode';

export interface OtherCoderPassage {
	readonly coder: string;
	readonly tag: string;
	readonly text: string;
	readonly range: vscode.Range;
}

export interface OtherCodersSource {
	/** Whether the other coders' annotations are shown. */
	readonly shown: boolean;
	/** Fires when the choice changes, when the coder changes (the server restarts) or when a coder's file changes. */
	readonly onDidChange: vscode.Event<void>;
	/** The other coders' passages in an open seed, by position; empty while hidden. */
	inSeed(uri: vscode.Uri): Promise<readonly OtherCoderPassage[]>;
	/** The other coders' passages in every seed that has some; empty while hidden. */
	inWorkspace(): Promise<readonly { readonly uri: vscode.Uri; readonly passages: readonly OtherCoderPassage[] }[]>;
}
