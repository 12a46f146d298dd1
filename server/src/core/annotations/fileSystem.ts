/**
 * The file access annotations need, injected so that the core stays pure and tests can simulate
 * failures (a crash between write and rename). Paths are `file` URIs.
 */
import type { URI } from 'vscode-uri';

export interface FileStat {
	readonly size: number;
	/** Modification time in milliseconds. */
	readonly mtime: number;
}

export interface AnnotationFileSystem {
	readFile(uri: URI): Promise<Uint8Array>;
	/** Creates or truncates the file. */
	writeFile(uri: URI, content: Uint8Array): Promise<void>;
	/** Replaces `target` if it exists (atomically on POSIX file systems). */
	rename(source: URI, target: URI): Promise<void>;
	unlink(uri: URI): Promise<void>;
	/** Undefined when the file does not exist. */
	stat(uri: URI): Promise<FileStat | undefined>;
}
