/**
 * A read-modify-write of a whole file (the codebook, the registry) that another process may change
 * too: under the file's lock, the new text is computed from the version on disk at that moment, so
 * a tag someone else added meanwhile is kept; then written atomically, inside the workspace only,
 * never over a read-only file.
 *
 * It can be done in two steps (`prepareFileChange`, then `commit`): *Rename Tag* takes the
 * codebook's lock and computes its change first, writes the sidecars, then the codebook, so the
 * codebook is read once and stays as checked until it is written. Every step is few round trips
 * to the disk: the file's status comes with its content (one open), the checks before the write
 * are asked at once, and the status they give is the one compared with the version read.
 */
import type { URI } from 'vscode-uri';
import { assertWritable, describeWriteError, replaceFile } from './atomicWrite';
import { readFileText, type AnnotationFileSystem, type FileStat, type ReleaseLock } from './fileSystem';
import { resolveInsideWorkspace } from './workspaceGuard';

const maxAttempts = 5;

/**
 * `compute` gets the current text (undefined when the file does not exist; UTF-8, a byte-order mark
 * dropped) and returns the new text, or undefined to leave the file as it is; it throws to refuse.
 */
export type ComputeChange = (current: string | undefined) => string | undefined;

/** A change computed under the file's lock, not yet written; the lock is held until `release`. */
export interface PreparedFileChange {
	/** Whether `commit` will write (the computed text differs from the file's). */
	readonly changes: boolean;
	/**
	 * Writes the change (checked again: writable, and the file still the version read — if a writer
	 * that ignores the lock replaced it, the change is computed again on its version). Resolves to
	 * the text the file holds afterwards.
	 */
	commit(): Promise<string | undefined>;
	/** Lets go of the lock; to be called whether or not `commit` was. */
	release(): Promise<void>;
}

/** The change made at once (see `prepareFileChange`); resolves to the text the file holds afterwards. */
export async function changeFileUnderLock(
	fileSystem: AnnotationFileSystem,
	target: URI,
	workspaceFolders: readonly URI[],
	compute: ComputeChange,
): Promise<string | undefined> {
	const prepared = await prepareFileChange(fileSystem, target, workspaceFolders, compute);
	try {
		return await prepared.commit();
	} finally {
		await prepared.release();
	}
}

/**
 * Takes the file's lock, reads it and computes the change. A file whose change would be refused
 * (outside the workspace, read-only, in a folder that is not writable, its lock not to be had) is
 * refused only when `compute` changes it: it is then read without the lock.
 */
export async function prepareFileChange(
	fileSystem: AnnotationFileSystem,
	target: URI,
	workspaceFolders: readonly URI[],
	compute: ComputeChange,
): Promise<PreparedFileChange> {
	let real: URI;
	try {
		real = await resolveInsideWorkspace(fileSystem, target, workspaceFolders);
	} catch (error) {
		return unchangedOrRefused(fileSystem, target, compute, error);
	}
	// The checks and the lock at once; a refusal is said rather than the lock's own failure.
	const [writable, locked] = await Promise.allSettled([
		assertWritable(fileSystem, real, target),
		fileSystem.lock ? fileSystem.lock(real) : Promise.resolve(async () => undefined),
	]);
	if (locked.status === 'rejected') {
		const refusal = writable.status === 'rejected' ? writable.reason : describeWriteError(locked.reason, target);
		return unchangedOrRefused(fileSystem, target, compute, refusal);
	}
	const release: ReleaseLock = () => locked.value().catch(() => undefined);
	try {
		let read = await readUnderLock(fileSystem, real, compute);
		if (read.next !== undefined && writable.status === 'rejected') {
			throw writable.reason;
		}
		return {
			changes: read.next !== undefined,
			commit: async () => {
				for (let attempt = 1; read.next !== undefined; attempt++) {
					const now = await assertWritable(fileSystem, real, target);
					// A writer that ignores the lock replaced the file since it was read: start over on its version.
					if (attempt < maxAttempts && !sameFile(read.stat, now)) {
						read = await readUnderLock(fileSystem, real, compute);
						continue;
					}
					await replaceFile(fileSystem, real, new TextEncoder().encode(read.next), target);
					return read.next;
				}
				return read.current;
			},
			release,
		};
	} catch (error) {
		await release();
		throw error;
	}
}

interface ReadVersion {
	readonly stat: FileStat | undefined;
	readonly current: string | undefined;
	/** Undefined when the file stays as it is. */
	readonly next: string | undefined;
}

async function readUnderLock(fileSystem: AnnotationFileSystem, real: URI, compute: ComputeChange): Promise<ReadVersion> {
	const read = await readFileWithStat(fileSystem, real);
	const current = read && new TextDecoder().decode(read.content);
	const next = compute(current);
	return { stat: read?.stat, current, next: next === current ? undefined : next };
}

/** For a file that cannot be changed: fine when `compute` leaves it as it is, else `refusal` is thrown. */
async function unchangedOrRefused(
	fileSystem: AnnotationFileSystem,
	target: URI,
	compute: ComputeChange,
	refusal: unknown,
): Promise<PreparedFileChange> {
	const current = await readFileText(fileSystem, target);
	const next = compute(current);
	if (next !== undefined && next !== current) {
		throw refusal;
	}
	return { changes: false, commit: async () => current, release: async () => undefined };
}

/** The file's content with its status (see `AnnotationFileSystem.readFileWithStat`); undefined when missing. */
async function readFileWithStat(
	fileSystem: AnnotationFileSystem,
	uri: URI,
): Promise<{ readonly content: Uint8Array; readonly stat: FileStat } | undefined> {
	if (fileSystem.readFileWithStat) {
		return fileSystem.readFileWithStat(uri);
	}
	const stat = await fileSystem.stat(uri);
	if (!stat) {
		return undefined;
	}
	try {
		return { content: await fileSystem.readFile(uri), stat };
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') {
			return undefined;
		}
		throw error;
	}
}

function sameFile(a: FileStat | undefined, b: FileStat | undefined): boolean {
	return (
		a === b ||
		(a !== undefined && b !== undefined && a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino)
	);
}
