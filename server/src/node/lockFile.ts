/**
 * Exclusive lock files for read-modify-write of a sidecar, the codebook or the registry, honoured by
 * every Seed Annotator process (two editor windows on one folder, VS Code and Neovim, the CLI).
 *
 * The lock of `name.tags.yaml` is `.name.tags.yaml.lock` beside it, created with O_EXCL and holding
 * the owner's process id, host and a random token. A lock whose owner died (same host, process gone)
 * or that is older than `staleMs` (another host) is stale: it is broken under a second O_EXCL file
 * (`….lock.break`) so that two processes breaking it at once cannot delete each other's new lock.
 * The names start with a dot and end in `.lock`: file watchers (`*.tags.yaml`, `*.yaml`) and the
 * workspace scan (`.txt`, `.seed`) never see them.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import * as path from 'node:path';

export interface LockOptions {
	/** Give up after this long waiting for a live owner (default 10 s). */
	readonly timeoutMs?: number;
	/** A lock of another host older than this is taken as abandoned (default 30 s). */
	readonly staleMs?: number;
}

interface LockOwner {
	readonly pid: number;
	readonly host: string;
	readonly token: string;
}

/** Raised when the lock stays held by a live owner longer than the timeout. */
export class LockTimeoutError extends Error {
	constructor(readonly lockPath: string, owner: string) {
		super(`Another program (${owner}) is changing `
			+ `${path.join(path.dirname(lockPath), path.basename(lockPath).slice(1, -'.lock'.length))}; `
			+ `try again in a moment (lock file ${lockPath}).`);
		this.name = 'LockTimeoutError';
	}
}

export function lockPathFor(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/** True for a lock file name this module creates (`.name.lock`, `.name.lock.break`). */
export function isLockFileName(name: string): boolean {
	return /^\..+\.lock(\.break)?$/.test(name);
}

/** Takes the lock of `file`, waiting while a live owner holds it; resolves to its release. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => Promise<void>> {
	const lockPath = lockPathFor(file);
	const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
	const deadline = Date.now() + (options.timeoutMs ?? 10_000);
	let wait = 1;
	for (;;) {
		let handle: FileHandle | undefined;
		try {
			handle = await fs.open(lockPath, 'wx');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw error;
			}
		}
		if (handle) {
			return ownLock(lockPath, handle, owner);
		}
		const held = await readOwner(lockPath);
		if (held !== 'gone' && await isStale(lockPath, held, options.staleMs ?? 30_000)) {
			await breakLock(lockPath, held);
			continue;
		}
		if (Date.now() > deadline) {
			throw new LockTimeoutError(
				lockPath,
				held === 'gone' || held === 'unreadable' ? 'unknown' : `process ${held.pid} on ${held.host}`,
			);
		}
		// Waits grow to 20 ms, with jitter so that two waiting processes do not keep colliding.
		await new Promise(resolve => setTimeout(resolve, wait + Math.random() * wait));
		wait = Math.min(wait * 2, 20);
	}
}

/**
 * Fills a lock file just created with its owner. The file stays open while the lock is held: its
 * identity (device and inode) then cannot pass to another file, so comparing it at release tells
 * whether the lock file is still this one (not broken as stale and taken by another writer).
 */
async function ownLock(lockPath: string, handle: FileHandle, owner: LockOwner): Promise<() => Promise<void>> {
	const [, stat] = await Promise.all([handle.writeFile(JSON.stringify(owner)), handle.stat()]);
	return () => releaseLock(lockPath, handle, stat);
}

async function releaseLock(lockPath: string, handle: FileHandle, own: { readonly ino: number; readonly dev: number }): Promise<void> {
	try {
		const now = await fs.stat(lockPath).catch(() => undefined);
		// A lock that is no longer ours (broken as stale after a very long pause) is left to its owner.
		if (now && now.ino === own.ino && now.dev === own.dev) {
			await fs.unlink(lockPath).catch(() => undefined);
		}
	} finally {
		await handle.close().catch(() => undefined);
	}
}

async function readOwner(lockPath: string): Promise<LockOwner | 'gone' | 'unreadable'> {
	let text: string;
	try {
		text = await fs.readFile(lockPath, 'utf8');
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
	}
	try {
		const parsed = JSON.parse(text) as Partial<LockOwner>;
		if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') {
			return parsed as LockOwner;
		}
	} catch {
		// An empty file: the owner is between creating and filling it, or died there.
	}
	return 'unreadable';
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processIsAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function isStale(lockPath: string, held: LockOwner | 'unreadable', staleMs: number): Promise<boolean> {
	if (held !== 'unreadable' && held.host === hostname()) {
		return !processIsAlive(held.pid);
	}
	const stat = await fs.stat(lockPath).catch(() => undefined);
	// An unreadable lock is normally filled within microseconds; after 5 s its owner died before writing it.
	return stat !== undefined && Date.now() - stat.mtimeMs > (held === 'unreadable' ? 5_000 : staleMs);
}

async function breakLock(lockPath: string, stale: LockOwner | 'unreadable'): Promise<void> {
	const breaker = `${lockPath}.break`;
	try {
		await (await fs.open(breaker, 'wx')).close();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
			throw error;
		}
		// Someone else is breaking it; a breaker left by a process that died meanwhile is removed after 5 s.
		const stat = await fs.stat(breaker).catch(() => undefined);
		if (stat && Date.now() - stat.mtimeMs > 5_000) {
			await fs.unlink(breaker).catch(() => undefined);
		}
		await new Promise(resolve => setTimeout(resolve, 2));
		return;
	}
	try {
		const now = await readOwner(lockPath);
		const same = now === 'unreadable' ? stale === 'unreadable' : now !== 'gone' && stale !== 'unreadable' && now.token === stale.token;
		if (same) {
			await fs.unlink(lockPath).catch(() => undefined);
		}
	} finally {
		await fs.unlink(breaker).catch(() => undefined);
	}
}
