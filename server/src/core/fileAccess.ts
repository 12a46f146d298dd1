/**
 * File-system failures as the user should read them: the file's path and what is wrong, in words,
 * never the raw text of a Node exception. The Node adapters throw `FileAccessError`; the core turns
 * it into a diagnostic or a command error.
 */

/** What an error code means for the file it happened to. */
const reasons: Readonly<Record<string, string>> = {
	ENOENT: 'it does not exist',
	EISDIR: 'it is a folder, not a file',
	ENOTDIR: 'a part of its path is a file, not a folder',
	EACCES: 'permission denied',
	EPERM: 'the operation is not permitted (the file may be immutable or locked)',
	ELOOP: 'its symbolic links form a loop',
	ENAMETOOLONG: 'its name is too long for the file system',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EROFS: 'the file system is read-only',
	EBUSY: 'it is in use',
	EMFILE: 'too many files are open',
	ENFILE: 'too many files are open',
	EFBIG: 'it is too large',
	EIO: 'the disk reported an input/output error',
	ENXIO: 'it is a device or socket that cannot be opened',
	NOT_REGULAR: 'it is not a regular file (a pipe, socket or device)',
	// Node refuses paths with NUL bytes before asking the system.
	ERR_INVALID_ARG_VALUE: 'its path contains a NUL character',
	ERR_INVALID_ARG_TYPE: 'its path contains a NUL character',
};

export class FileAccessError extends Error {
	/** What is wrong, without the path: `it is a folder, not a file`. */
	readonly reason: string;

	constructor(readonly path: string, readonly code: string, readonly action: 'read' | 'write' | 'replace' | 'remove') {
		// A file that is written is missing only when its folder is.
		const reason = code === 'ENOENT' && action === 'write'
			? 'its folder does not exist'
			: reasons[code] ?? `the file system refused (${code})`;
		super(`Cannot ${action} ${path}: ${reason}`);
		this.name = 'FileAccessError';
		this.reason = reason;
	}
}

/** Wraps whatever a file operation threw; keeps `code` so `ENOENT` checks still work. */
export function fileAccessError(error: unknown, path: string, action: FileAccessError['action']): FileAccessError {
	if (error instanceof FileAccessError) return error;
	const code = (error as { code?: unknown } | undefined)?.code;
	return new FileAccessError(path, typeof code === 'string' ? code : 'UNKNOWN', action);
}
