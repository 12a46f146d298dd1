/**
 * Writes a file so that a crash leaves either the old content or the new one, never half of each:
 * the content goes to a temporary file in the same folder (same file system, so the rename is
 * atomic), which then replaces the target. Before that, the target's real path must lie inside the
 * workspace, the file must not be read-only and its folder must be writable; failures are told in
 * words that name the file (never the temporary file's name).
 */
import { URI, Utils } from 'vscode-uri';
import type { AnnotationFileSystem, FileStat } from './fileSystem';
import { resolveInsideWorkspace } from './workspaceGuard';

/** A write that was refused or failed; the message names the file and says why in words. */
export class FileWriteError extends Error {
	constructor(message: string, readonly uri: URI, readonly code?: string) {
		super(message);
		this.name = 'FileWriteError';
	}
}

/** `.name.<writerTag><random>.tmp`, beside the target. */
export function temporaryUriFor(target: URI, writerTag: string, random: () => number): URI {
	return Utils.joinPath(Utils.dirname(target), `.${Utils.basename(target)}.${writerTag}${random().toString(36).slice(2, 10)}.tmp`);
}

/**
 * Refuses (with a `FileWriteError`) to replace a read-only file or something that is not a regular
 * file, or to write into a folder this process may not write. `shown` is the path the user knows.
 * Resolves to the target's status (undefined when it does not exist yet).
 */
export async function assertWritable(fileSystem: AnnotationFileSystem, target: URI, shown: URI = target): Promise<FileStat | undefined> {
	const folder = Utils.dirname(target);
	// Asked at once: each is a round trip through Node's file-I/O threads.
	const [stat, folderWritable] = await Promise.all([fileSystem.stat(target), fileSystem.folderWritable?.(folder) ?? true]);
	if (stat?.isFile === false) {
		throw new FileWriteError(`Refusing to write ${shown.fsPath}: it is not a regular file.`, shown);
	}
	if (stat?.readOnly) {
		throw new FileWriteError(
			`${shown.fsPath} is read-only, so Seed Annotator leaves it unchanged; make it writable to change it.`,
			shown,
			'EACCES',
		);
	}
	if (!folderWritable) {
		throw new FileWriteError(
			`Cannot write ${shown.fsPath}: the folder ${Utils.dirname(shown).fsPath} is not writable.`,
			shown,
			'EACCES',
		);
	}
	return stat;
}

/** A file-system error of a write, said in words and naming the file the user knows. */
export function describeWriteError(error: unknown, shown: URI): Error {
	const code = (error as { code?: unknown } | null)?.code;
	const folder = Utils.dirname(shown).fsPath;
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return new FileWriteError(
				`Cannot write ${shown.fsPath}: the folder ${folder} or the file is not writable (${code}).`,
				shown,
				code,
			);
		case 'EROFS':
			return new FileWriteError(`Cannot write ${shown.fsPath}: ${folder} is on a read-only file system.`, shown, code);
		case 'ENOSPC':
		case 'EDQUOT':
			return new FileWriteError(`Cannot write ${shown.fsPath}: the disk holding ${folder} is full (${code}).`, shown, code);
		case 'ENOENT':
			return new FileWriteError(`Cannot write ${shown.fsPath}: the folder ${folder} does not exist.`, shown, code);
		default:
			return error instanceof Error ? error : new Error(String(error));
	}
}

export async function writeFileAtomically(
	fileSystem: AnnotationFileSystem,
	target: URI,
	content: Uint8Array,
	workspaceFolders: readonly URI[],
	random: () => number = Math.random,
): Promise<void> {
	const real = await resolveInsideWorkspace(fileSystem, target, workspaceFolders);
	await assertWritable(fileSystem, real, target);
	await replaceFile(fileSystem, real, content, target, random);
}

/**
 * The temporary-file-then-rename step alone, for a `real` path already checked (inside the
 * workspace, writable); errors name `shown`.
 */
export async function replaceFile(
	fileSystem: AnnotationFileSystem,
	real: URI,
	content: Uint8Array,
	shown: URI,
	random: () => number = Math.random,
): Promise<void> {
	const temporary = temporaryUriFor(real, fileSystem.writerTag ?? '', random);
	try {
		await fileSystem.writeFile(temporary, content);
		await fileSystem.rename(temporary, real);
	} catch (error) {
		// Best effort: a leftover temporary file is harmless (removed at the next start), the target is untouched.
		await fileSystem.unlink(temporary).catch(() => undefined);
		throw describeWriteError(error, shown);
	}
}
