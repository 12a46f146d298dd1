/**
 * Zips on a worker thread of its own, so that a server building a `.qdpx` of a 50 MB seed keeps
 * answering: the CRC-32 and deflate of the sources (about a second for 50 MB, several for text that
 * compresses like prose) all run there. fflate's own asynchronous `zip` deflates on workers too, but
 * computes each file's CRC-32 on the calling thread and copies each source into its worker, which held
 * other requests for up to 0.7 s. The worker runs the same `writeArchive` as the CLI: the same files
 * give the same bytes. Aborting the signal stops the worker at once.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArchiveAnswer, ArchiveJob } from './archiveWorker';

/** Thrown when the signal was aborted (the request was cancelled) before the work was done. */
export class CancelledError extends Error {
	constructor() {
		super('The request was cancelled.');
		this.name = 'CancelledError';
	}
}

/**
 * The archive of `files` (in their order). The files' buffers are handed to the worker, not copied,
 * where a buffer is wholly theirs: the caller must not use these byte arrays afterwards.
 */
export function writeArchiveOnWorker(files: Readonly<Record<string, Uint8Array>>, signal?: AbortSignal): Promise<Uint8Array> {
	if (signal?.aborted) {
		return Promise.reject(new CancelledError());
	}
	const entries = Object.entries(files);
	const job: ArchiveJob = { entries };
	// Beside this module: `dist/archiveWorker.js` next to the exchange bundle, or the compiled module in tests.
	const worker = new Worker(path.join(__dirname, 'archiveWorker.js'));
	return new Promise<Uint8Array>((resolve, reject) => {
		const cancel = () => {
			void worker.terminate();
			reject(new CancelledError());
		};
		signal?.addEventListener('abort', cancel, { once: true });
		const settle = () => signal?.removeEventListener('abort', cancel);
		worker.once('message', (answer: ArchiveAnswer) => {
			settle();
			void worker.terminate();
			if ('archive' in answer) {
				resolve(answer.archive);
			} else {
				reject(new Error(answer.error));
			}
		});
		worker.once('error', error => {
			settle();
			reject(error);
		});
		worker.once('exit', code => {
			settle();
			reject(new Error(`the archive's worker stopped (exit code ${code}) before it was done`));
		});
		worker.postMessage(job, transferable(entries.map(([, bytes]) => bytes)));
	});
}

/** The buffers that move to the worker without a copy: those wholly one array's (a slice of a pool is copied), each once. */
function transferable(arrays: readonly Uint8Array[]): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	for (const array of arrays) {
		if (array.buffer instanceof ArrayBuffer && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength) {
			buffers.add(array.buffer);
		}
	}
	return [...buffers];
}
