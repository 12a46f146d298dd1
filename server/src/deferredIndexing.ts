/**
 * Entity and title indexing of open documents, deferred to a later turn of the event loop so that
 * a change's diagnostics are written to the client first. Several changes in a row are indexed
 * once, at their last version; a request that reads the index first brings it up to date.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class DeferredIndexing {
	private readonly pending = new Map<string, TextDocument>();
	private scheduled: ReturnType<typeof setImmediate> | undefined;

	constructor(private readonly index: (document: TextDocument) => void) {}

	/** Indexes `document` (this version, or a later one scheduled before the turn comes). */
	schedule(document: TextDocument): void {
		this.pending.set(document.uri, document);
		this.scheduled ??= setImmediate(() => {
			this.scheduled = undefined;
			this.flush();
		});
	}

	/** Indexes now what is waiting: for `uri` only, or for every document. */
	flush(uri?: string): void {
		const documents =
			uri === undefined ? [...this.pending.values()] : [this.pending.get(uri)].filter(document => document !== undefined);
		for (const document of documents) {
			this.pending.delete(document.uri);
			this.index(document);
		}
	}

	/** A closed document is not indexed any more. */
	forget(uri: string): void {
		this.pending.delete(uri);
	}
}
