/**
 * The body of the worker thread that `archiveOnWorker.ts` starts: it zips the files it is sent with
 * `writeArchive` (so the bytes are exactly those of the CLI's `.qdpx`) and sends the archive back,
 * transferred rather than copied. Bundled on its own as `dist/archiveWorker.js`.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { writeArchive } from '../core/exchange/archive';

/** What the worker is sent: the entries in the archive's order. */
export interface ArchiveJob {
	readonly entries: readonly (readonly [string, Uint8Array])[];
}

export type ArchiveAnswer = { readonly archive: Uint8Array } | { readonly error: string };

/**
 * On Linux a nice value belongs to a thread, so this lowers only the worker's: on a busy machine the
 * server's own thread (hovers, edits) gets the cores first and the zip takes what is left. Elsewhere it
 * would lower the whole server, so it is left alone.
 */
function yieldToTheServer(): void {
	if (process.platform === 'linux') {
		try {
			setPriority(10);
		} catch {
			// Not allowed here (a container's policy): the zip runs at the server's priority.
		}
	}
}

parentPort?.once('message', (job: ArchiveJob) => {
	yieldToTheServer();
	let answer: ArchiveAnswer;
	try {
		answer = { archive: writeArchive(Object.fromEntries(job.entries)) };
	} catch (error) {
		answer = { error: (error as Error).message };
	}
	parentPort!.postMessage(answer, 'archive' in answer ? [answer.archive.buffer as ArrayBuffer] : []);
});
