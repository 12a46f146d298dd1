/**
 * Leftovers of a writer that died (kill -9, power loss) between creating a temporary file and
 * renaming it, or while it held a lock: removed when the server starts. A temporary file is
 * `.name.p<pid>-<random>.tmp` (see `atomicWrite.ts`); it is removed only when that process is gone,
 * so a second server working on the same folder keeps its files. Temporary files of older versions
 * (no process id) are removed once they are a minute old.
 */
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { isLockFileName, processIsAlive } from './lockFile';
import { filesUnder } from './workspaceScanner';

const temporaryName = /^\..+\.(?:p(\d+)-)?[0-9a-z]{1,8}\.tmp$/;
const legacyTemporaryAgeMs = 60_000;

/** The process tag this process puts into its temporary file names. */
export function processWriterTag(): string {
	return `p${process.pid}-`;
}

/** Removes dead writers' temporary and lock files under `folders`; returns the removed paths. */
export async function removeStaleWriterFiles(folders: readonly string[], maxDepth = 8): Promise<string[]> {
	const removed: string[] = [];
	for (const folder of folders) {
		await sweep(folder, maxDepth, removed);
	}
	return removed;
}

async function sweep(folder: string, depth: number, removed: string[]): Promise<void> {
	for await (const file of filesUnder(folder, depth)) {
		if (!await isStale(file.path, file.name)) continue;
		try {
			await fs.unlink(file.path);
			removed.push(file.path);
		} catch {
			// Read-only folder or already gone: nothing to do.
		}
	}
}

async function isStale(file: string, name: string): Promise<boolean> {
	const temporary = temporaryName.exec(name);
	if (temporary) {
		if (temporary[1] !== undefined) return Number(temporary[1]) !== process.pid && !processIsAlive(Number(temporary[1]));
		const stat = await fs.stat(file).catch(() => undefined);
		return stat !== undefined && Date.now() - stat.mtimeMs > legacyTemporaryAgeMs;
	}
	if (isLockFileName(name) && !name.endsWith('.break')) {
		try {
			const owner = JSON.parse(await fs.readFile(file, 'utf8')) as { pid?: unknown; host?: unknown };
			return typeof owner.pid === 'number' && owner.host === hostname() && owner.pid !== process.pid && !processIsAlive(owner.pid);
		} catch {
			return false;
		}
	}
	return false;
}
