/**
 * Reads user files (seeds, sidecars, the codebook, the registry) only when they are regular files.
 * A FIFO named like the codebook would block the read forever, and a few such reads take all of
 * Node's file-I/O threads so that nothing else is read; opening without blocking and checking the
 * opened handle (not the path, which could change in between) rules that out.
 */
import { constants, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { FileAccessError, fileAccessError } from '../core/fileAccess';

export async function readRegularFile(file: string): Promise<Buffer> {
	let handle: FileHandle;
	try {
		// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; no effect on regular files.
		handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw fileAccessError(error, file, 'read');
	}
	try {
		const stat = await handle.stat();
		if (!stat.isFile()) throw new FileAccessError(file, stat.isDirectory() ? 'EISDIR' : 'NOT_REGULAR', 'read');
		return await handle.readFile();
	} catch (error) {
		throw fileAccessError(error, file, 'read');
	} finally {
		await handle.close().catch(() => undefined);
	}
}
