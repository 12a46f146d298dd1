/** Writes a command's output file whole or not at all: a temporary file beside it, then a rename. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function writeOutputFile(file: string, content: string | Uint8Array): Promise<void> {
	await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
	const temporary = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
	try {
		await fs.writeFile(temporary, content);
		await fs.rename(temporary, file);
	} catch (error) {
		await fs.unlink(temporary).catch(() => undefined);
		throw error;
	}
}
