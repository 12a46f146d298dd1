/**
 * A read-modify-write of a whole file (the codebook, the registry) that another process may change
 * too: under the file's lock, the new text is computed from the version on disk at that moment, so
 * a tag someone else added meanwhile is kept; then written atomically, inside the workspace only,
 * never over a read-only file.
 */
import type { URI } from 'vscode-uri';
import { assertWritable, describeWriteError, replaceFile } from './atomicWrite';
import { readFileText, type AnnotationFileSystem, type FileStat, type ReleaseLock } from './fileSystem';
import { resolveInsideWorkspace } from './workspaceGuard';

const maxAttempts = 5;

/**
 * `compute` gets the current text (undefined when the file does not exist; UTF-8, a byte-order mark
 * dropped) and returns the new text, or undefined to leave the file as it is; it throws to refuse.
 * Resolves to the text the file holds afterwards.
 */
export async function changeFileUnderLock(
	fileSystem: AnnotationFileSystem,
	target: URI,
	workspaceFolders: readonly URI[],
	compute: (current: string | undefined) => string | undefined,
): Promise<string | undefined> {
	const real = await resolveInsideWorkspace(fileSystem, target, workspaceFolders);
	await assertWritable(fileSystem, real, target);
	let release: ReleaseLock;
	try {
		release = fileSystem.lock ? await fileSystem.lock(real) : async () => undefined;
	} catch (error) {
		throw describeWriteError(error, target);
	}
	try {
		for (let attempt = 1; ; attempt++) {
			const stat = await fileSystem.stat(real);
			const current = stat ? await readFileText(fileSystem, real) : undefined;
			const next = compute(current);
			if (next === undefined || next === current) {
				return current;
			}
			await assertWritable(fileSystem, real, target);
			// A writer that ignores the lock replaced the file while this change was computed: start over.
			if (attempt < maxAttempts && !sameFile(stat, await fileSystem.stat(real))) {
				continue;
			}
			await replaceFile(fileSystem, real, new TextEncoder().encode(next), target);
			return next;
		}
	} finally {
		await release().catch(() => undefined);
	}
}

/** Refuses, with the reason, what `changeFileUnderLock` would refuse, without writing. */
export async function assertFileWritable(fileSystem: AnnotationFileSystem, target: URI, workspaceFolders: readonly URI[]): Promise<void> {
	const real = await resolveInsideWorkspace(fileSystem, target, workspaceFolders);
	await assertWritable(fileSystem, real, target);
}

function sameFile(a: FileStat | undefined, b: FileStat | undefined): boolean {
	return (
		a === b ||
		(a !== undefined && b !== undefined && a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino)
	);
}
