/**
 * The Node implementation of the annotation core's file-system interface: atomic replacement,
 * lock files shared with other processes, symbolic links resolved before writing, and read-only
 * judged from the mode bits as well as `access` (root passes `access` whatever the mode).
 * Every failure is a `FileAccessError` naming the file and the reason in words; only regular files are read.
 */
import { constants, promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import type { AnnotationFileSystem, FileStat, ReleaseLock } from '../core/annotations/fileSystem';
import { acquireLock, type LockOptions } from './lockFile';
import { processWriterTag } from './staleWriterFiles';
import { fileAccessError, type FileAccessError } from '../core/fileAccess';
import { readRegularFile, readRegularFileWithStat } from './regularFile';

export class NodeFileSystem implements AnnotationFileSystem {
	readonly writerTag = processWriterTag();

	constructor(private readonly lockOptions: LockOptions = {}) { }

	async readFile(uri: URI): Promise<Uint8Array> {
		return readRegularFile(uri.fsPath);
	}

	async readFileWithStat(uri: URI): Promise<{ readonly content: Uint8Array; readonly stat: FileStat } | undefined> {
		try {
			const { content, stat } = await readRegularFileWithStat(uri.fsPath);
			return { content, stat: fileStatOf(stat) };
		} catch (error) {
			if ((error as FileAccessError).code === 'ENOENT') return undefined;
			throw error;
		}
	}

	async writeFile(uri: URI, content: Uint8Array): Promise<void> {
		try {
			// One write call for the whole content (`fs.writeFile` writes in pieces of 512 KB, a round trip each).
			const handle = await fs.open(uri.fsPath, 'w');
			try {
				for (let written = 0; written < content.length;) {
					written += (await handle.write(content, written)).bytesWritten;
				}
				// The bytes reach the disk before the rename makes them the file's content.
				await handle.sync();
			} catch (error) {
				await handle.close().catch(() => undefined);
				throw error;
			}
			// Once synced, closing cannot lose a byte: the rename need not wait for it.
			void handle.close().catch(() => undefined);
		} catch (error) {
			throw fileAccessError(error, uri.fsPath, 'write');
		}
	}

	async rename(source: URI, target: URI): Promise<void> {
		await fs.rename(source.fsPath, target.fsPath).catch((error: unknown) => {
			throw fileAccessError(error, target.fsPath, 'replace');
		});
	}

	async unlink(uri: URI): Promise<void> {
		await fs.unlink(uri.fsPath).catch((error: unknown) => {
			throw fileAccessError(error, uri.fsPath, 'remove');
		});
	}

	async stat(uri: URI): Promise<FileStat | undefined> {
		try {
			const stat = await fs.stat(uri.fsPath);
			return fileStatOf(stat, stat.isFile() && !(await writableByMode(uri.fsPath, stat.mode)));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return undefined;
			}
			throw fileAccessError(error, uri.fsPath, 'read');
		}
	}

	lock(uri: URI): Promise<ReleaseLock> {
		return acquireLock(uri.fsPath, this.lockOptions);
	}

	async realPath(uri: URI): Promise<URI> {
		return URI.file(await realPathOf(uri.fsPath));
	}

	async folderWritable(folder: URI): Promise<boolean> {
		try {
			return writableByMode(folder.fsPath, (await fs.stat(folder.fsPath)).mode);
		} catch {
			return true; // a missing folder: the write itself says so
		}
	}
}

function fileStatOf(stat: Stats, readOnly?: boolean): FileStat {
	const { size, mtimeMs: mtime, ctimeMs: ctime, ino } = stat;
	return { size, mtime, ctime, ino, readOnly, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
}

/** Some write bit is set and `access` agrees (for root, only the bits say "read-only"). */
async function writableByMode(file: string, mode: number): Promise<boolean> {
	if ((mode & 0o222) === 0) {
		return false;
	}
	try {
		await fs.access(file, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/** `realpath` of the longest existing prefix, with the missing rest appended. */
async function realPathOf(file: string): Promise<string> {
	try {
		return await fs.realpath(file);
	} catch (error) {
		const parent = path.dirname(file);
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === file) {
			throw error;
		}
		return path.join(await realPathOf(parent), path.basename(file));
	}
}
