/**
 * Adds an entity to the registry without losing what someone else wrote meanwhile (issue 14 §1).
 * Open in the editor, the registry's text there is the truth: the edit goes to the client with the
 * document's version, so the editor refuses it if the text changed since it was computed. Not open,
 * the server writes it itself under the registry's lock, computing the insertion on the version on
 * disk at that moment, atomically, inside the workspace only and never over a read-only file.
 */
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { URI } from 'vscode-uri';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';
import { addToRegistryEdit, type NewRegistryEntry } from './core/entities/registryEdit';
import { computeLineStarts, LineIndex } from './core/lineIndex';
import { loadExchange } from './exchangeLoader';

export interface RegistryWriterOptions {
	readonly fileSystem: AnnotationFileSystem;
	readonly workspaceFolders: () => readonly URI[];
	/** The registry's text and version in the editor, when it is open there. */
	readonly openDocument: (uri: string) => { readonly text: string; readonly version: number } | undefined;
	readonly applyEdit: (edit: WorkspaceEdit) => Promise<boolean>;
}

/** Raised when the registry cannot take the entry (malformed, or it already lists the name). */
export class RegistryRefusal extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RegistryRefusal';
	}
}

const refusal = 'Could not add the entity to the registry: the registry is malformed, missing a location, or already lists it.';

/** True when the entry was added (by the editor or on disk). */
export async function addEntityToRegistry(options: RegistryWriterOptions, registry: URI, entry: NewRegistryEntry): Promise<boolean> {
	const open = options.openDocument(registry.toString());
	if (open) {
		const edit = addToRegistryEdit(open.text, entry);
		if (!edit) throw new RegistryRefusal(refusal);
		const range = new LineIndex(open.text, computeLineStarts(open.text)).rangeOf(edit);
		return options.applyEdit({
			documentChanges: [
				{ textDocument: { uri: registry.toString(), version: open.version }, edits: [{ range, newText: edit.newText }] },
			],
		});
	}
	// The locked read-modify-write lives in the lazily loaded exchange bundle (the server bundle's budget).
	await loadExchange().changeFileUnderLock(options.fileSystem, registry, options.workspaceFolders(), text => {
		const edit = addToRegistryEdit(text ?? '', entry);
		if (!edit) throw new RegistryRefusal(refusal);
		const current = text ?? '';
		return current.slice(0, edit.start) + edit.newText + current.slice(edit.end);
	});
	return true;
}
