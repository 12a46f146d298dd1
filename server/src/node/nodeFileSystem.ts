/**
 * The Node implementation of the annotation core's file-system interface. Every failure is a
 * `FileAccessError` naming the file and the reason in words; only regular files are read.
 */
import { promises as fs } from 'fs';
import type { URI } from 'vscode-uri';
import type { AnnotationFileSystem, FileStat } from '../core/annotations/fileSystem';
import { fileAccessError } from '../core/fileAccess';
import { readRegularFile } from './regularFile';

export class NodeFileSystem implements AnnotationFileSystem {
	async readFile(uri: URI): Promise<Uint8Array> {
		return readRegularFile(uri.fsPath);
	}

	async writeFile(uri: URI, content: Uint8Array): Promise<void> {
		// flush: the bytes reach the disk before the rename makes them the file's content.
		await fs.writeFile(uri.fsPath, content, { flush: true }).catch((error: unknown) => {
			throw fileAccessError(error, uri.fsPath, 'write');
		});
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
			return { size: stat.size, mtime: stat.mtimeMs };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return undefined;
			}
			throw fileAccessError(error, uri.fsPath, 'read');
		}
	}
}
