/**
 * Entity and title indexing of open documents, after their diagnostics are written to the client
 * and in slices of a few milliseconds (`core/steps.ts`): a change arriving meanwhile waits for one
 * slice at most, never for the indexing of a whole document. A document changed while it is being
 * indexed starts again at its new version (its analysed paragraphs are reused); a request that
 * reads the index finishes what is left at once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { runToEnd, runUntil, SLICE_MS, type Steps } from './core/steps';

export class DeferredIndexing {
	private readonly jobs = new Map<string, Steps<void>>();
	private scheduled: ReturnType<typeof setImmediate> | undefined;
	private lastScheduled = -Infinity;

	/** `index` returns the indexing of one version of a document, as steps that start when first run. */
	constructor(
		private readonly index: (document: TextDocument) => Steps<void>,
		private readonly sliceMs = SLICE_MS,
	) {}

	/** Indexes `document` at this version, abandoning the indexing of an older one. */
	schedule(document: TextDocument): void {
		this.lastScheduled = performance.now();
		this.jobs.get(document.uri)?.return();
		this.jobs.set(document.uri, this.index(document));
		// Queued again behind whatever this turn queued (the diagnostics just sent are written first).
		if (this.scheduled) clearImmediate(this.scheduled);
		this.scheduled = setImmediate(() => this.runSlice());
	}

	/** Finishes now what is waiting: for `uri` only, or for every document. */
	flush(uri?: string): void {
		const uris = uri === undefined ? [...this.jobs.keys()] : [uri];
		for (const key of uris) {
			const job = this.jobs.get(key);
			if (!job) continue;
			this.jobs.delete(key);
			runToEnd(job);
		}
	}

	/** A closed document is not indexed any more. */
	forget(uri: string): void {
		this.jobs.get(uri)?.return();
		this.jobs.delete(uri);
	}

	/** Whether indexing is waiting or under way. */
	get busy(): boolean {
		return this.jobs.size > 0;
	}

	/** Whether a document was opened or changed in the last `ms` milliseconds, or is being indexed: someone is at work. */
	activeWithin(ms: number): boolean {
		return this.busy || performance.now() - this.lastScheduled < ms;
	}

	private runSlice(): void {
		this.scheduled = undefined;
		const deadline = performance.now() + this.sliceMs;
		for (const [uri, job] of this.jobs) {
			if (runUntil(job, deadline) === 'pending') break;
			this.jobs.delete(uri);
		}
		if (this.jobs.size > 0) this.scheduled ??= setImmediate(() => this.runSlice());
	}
}
