/**
 * The Node implementation of the annotation core's file-system interface.
 */
import { promises as fs } from 'fs';
import type { URI } from 'vscode-uri';
import type { AnnotationFileSystem, FileStat } from '../core/annotations/fileSystem';

export class NodeFileSystem implements AnnotationFileSystem {
	async readFile(uri: URI): Promise<Uint8Array> {
		return fs.readFile(uri.fsPath);
	}

	async writeFile(uri: URI, content: Uint8Array): Promise<void> {
		// flush: the bytes reach the disk before the rename makes them the file's content.
		await fs.writeFile(uri.fsPath, content, { flush: true });
	}

	async rename(source: URI, target: URI): Promise<void> {
		await fs.rename(source.fsPath, target.fsPath);
	}

	async unlink(uri: URI): Promise<void> {
		await fs.unlink(uri.fsPath);
	}

	async stat(uri: URI): Promise<FileStat | undefined> {
		try {
			const stat = await fs.stat(uri.fsPath);
			return { size: stat.size, mtime: stat.mtimeMs };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return undefined;
			}
			throw error;
		}
	}
}
