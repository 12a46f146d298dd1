/**
 * Reads user files (seeds, sidecars, the codebook, the registry) only when they are regular files.
 * A FIFO named like the codebook would block the read forever, and a few such reads take all of
 * Node's file-I/O threads so that nothing else is read; opening without blocking and checking the
 * opened handle (not the path, which could change in between) rules that out.
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { FileAccessError, fileAccessError } from '../core/fileAccess';

/** Files up to this size are read in one call (a 2 MB codebook: one round trip instead of five). */
const singleReadLimit = 16 * 1024 * 1024;

export async function readRegularFile(file: string): Promise<Buffer> {
	return (await readRegularFileWithStat(file)).content;
}

/**
 * The content and the status of the opened handle, taken before the content was read: the file
 * that was read, even if the path is replaced meanwhile.
 */
export async function readRegularFileWithStat(file: string): Promise<{ readonly content: Buffer; readonly stat: Stats }> {
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
		return { content: stat.size <= singleReadLimit ? await readWhole(handle, stat.size) : await handle.readFile(), stat };
	} catch (error) {
		throw fileAccessError(error, file, 'read');
	} finally {
		// Not waited for: what was read is complete, and nothing is written through this handle.
		void handle.close().catch(() => undefined);
	}
}

/**
 * Reads `size` bytes (what the handle's stat said) and sees the end in the same call by asking for one
 * byte more. A file that changed size meanwhile is read as `readFile` reads it: this read is positional,
 * so the handle is still at the start.
 */
async function readWhole(handle: FileHandle, size: number): Promise<Buffer> {
	const buffer = Buffer.allocUnsafe(size + 1);
	const { bytesRead } = await handle.read(buffer, 0, size + 1, 0);
	return bytesRead === size ? buffer.subarray(0, size) : handle.readFile();
}
