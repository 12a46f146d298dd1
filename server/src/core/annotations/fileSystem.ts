/**
 * The file access annotations need, injected so that the core stays pure and tests can simulate
 * failures (a crash between write and rename, a full disk, a second writer). Paths are `file` URIs.
 */
import type { URI } from 'vscode-uri';

export interface FileStat {
	readonly size: number;
	/** Modification time in milliseconds. */
	readonly mtime: number;
	/**
	 * Status-change time (ms) and file id, when the file system has them: a rewrite that restores the
	 * modification time (`touch -d`) still changes these, so together with size and mtime they tell
	 * whether a file was touched since it was read.
	 */
	readonly ctime?: number;
	readonly ino?: number;
	/**
	 * True when the file's mode grants write permission to nobody (0444) or this process may not
	 * write it. Decided from the mode bits too, because root (as in CI containers) bypasses them.
	 */
	readonly readOnly?: boolean;
	/** False for folders, FIFOs, devices: only regular files are read and replaced. */
	readonly isFile?: boolean;
	/** False or undefined unless it is a folder. */
	readonly isDirectory?: boolean;
}

/** Releases a lock taken with `AnnotationFileSystem.lock`. */
export type ReleaseLock = () => Promise<void>;

export interface AnnotationFileSystem {
	readFile(uri: URI): Promise<Uint8Array>;
	/**
	 * The content and the status of the file that was read, both of the same opened file (so that a
	 * later `stat` tells whether it was replaced or changed since); undefined when it does not exist.
	 * Without it, `stat` then `readFile`.
	 */
	readFileWithStat?(uri: URI): Promise<{ readonly content: Uint8Array; readonly stat: FileStat } | undefined>;
	/** Creates or truncates the file. */
	writeFile(uri: URI, content: Uint8Array): Promise<void>;
	/** Replaces `target` if it exists (atomically on POSIX file systems). */
	rename(source: URI, target: URI): Promise<void>;
	unlink(uri: URI): Promise<void>;
	/** Undefined when the file does not exist. */
	stat(uri: URI): Promise<FileStat | undefined>;
	/**
	 * Takes an exclusive lock on `uri` that other processes honour too (a lock file beside it),
	 * waiting while another writer holds it; resolves to its release. Without it, only changes made
	 * through one store are serialised.
	 */
	lock?(uri: URI): Promise<ReleaseLock>;
	/** The path with symbolic links resolved (the part that exists; the rest appended as it is). */
	realPath?(uri: URI): Promise<URI>;
	/** Whether this process may create files in `folder`, judged from mode bits as well as access. */
	folderWritable?(folder: URI): Promise<boolean>;
	/**
	 * Put into temporary file names (`.name.<writerTag><random>.tmp`) so that a later start can tell
	 * the leftovers of a writer that died (see `temporaryFiles.ts`). Letters, digits and `-` only.
	 */
	readonly writerTag?: string;
}

/** A file's text as an editor would hold it (UTF-8, byte-order mark dropped); undefined when missing. */
export async function readFileText(fileSystem: AnnotationFileSystem, uri: URI): Promise<string | undefined> {
	try {
		return new TextDecoder().decode(await fileSystem.readFile(uri));
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') {
			return undefined;
		}
		throw error;
	}
}
