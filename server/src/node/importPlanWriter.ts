/**
 * Writes an import plan into a folder all or nothing: a new file is created exclusively (it fails
 * rather than replace one that appeared since the plan), a file the plan replaces goes through a
 * temporary file and a rename; if any write fails, the files written so far are restored (or removed) and the folders
 * created are removed, so a failed import leaves the folder as it was. Nothing is written outside
 * the folder, and never through a symbolic link.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ExistingFiles, PlannedFile } from '../core/exchange/projectImport';

/**
 * The folder's files as the import planner reads them (by `/`-separated relative path). Each folder
 * is listed once, so a file that is not there costs no failed open (an import into an empty folder
 * asks for thousands).
 */
export function existingFilesIn(folder: string): ExistingFiles {
	const listings = new Map<string, Promise<ReadonlySet<string> | undefined>>();
	const listed = (dir: string) => {
		let listing = listings.get(dir);
		if (!listing) {
			listing = fs.readdir(dir).then(names => new Set(names), () => undefined);
			listings.set(dir, listing);
		}
		return listing;
	};
	return {
		async read(relativePath) {
			const file = insideFolder(folder, relativePath);
			const names = await listed(path.dirname(file));
			if (names && !names.has(path.basename(file))) return undefined;
			try {
				return await fs.readFile(file);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
					return undefined;
				}
				throw error;
			}
		},
	};
}

export async function writeImportPlan(folder: string, files: readonly PlannedFile[]): Promise<string[]> {
	const root = path.resolve(folder);
	const createdFolders: string[] = [];
	const done: { file: string; previous: Buffer | undefined }[] = [];
	try {
		await makeFolder(root, createdFolders);
		const realRoot = await fs.realpath(root);
		// Each folder is created and checked once, in plan order, before any file is written.
		const targets = files.map(planned => ({ planned, file: insideFolder(root, planned.path) }));
		const checked = new Set<string>();
		for (const { planned, file } of targets) {
			const dir = path.dirname(file);
			if (checked.has(dir)) continue;
			checked.add(dir);
			await makeFolder(dir, createdFolders);
			// A folder on the way that is a symbolic link could lead out of the chosen folder.
			const realFolder = await fs.realpath(dir);
			if (realFolder !== realRoot && !realFolder.startsWith(realRoot + path.sep)) {
				throw new Error(`refusing to write ${planned.path}: its folder leads outside ${root} (a symbolic link)`);
			}
		}
		// Files are written a few at a time: each is a handful of file-system calls that mostly wait.
		await eachAtMost(writeConcurrency, targets, async ({ planned, file }) => {
			if (!planned.replaces) {
				// A new file: created exclusively (never over a file or a link that appeared since the plan).
				try {
					await fs.writeFile(file, planned.content, { flag: 'wx' });
				} catch (error) {
					// Created but not fully written (a full disk): removed; a file that was there stays.
					if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await fs.unlink(file).catch(() => undefined);
					throw error;
				}
				done.push({ file, previous: undefined });
				return;
			}
			const stat = await fs.lstat(file).catch(() => undefined);
			if (stat?.isSymbolicLink()) {
				throw new Error(`${file} is a symbolic link: not written through`);
			}
			const previous = stat ? await fs.readFile(file) : undefined;
			const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.import.tmp`);
			await fs.writeFile(temporary, planned.content, { flag: 'wx' });
			try {
				await fs.rename(temporary, file);
			} catch (error) {
				await fs.unlink(temporary).catch(() => undefined);
				throw error;
			}
			done.push({ file, previous });
		});
		return files.map(file => file.path);
	} catch (error) {
		for (const { file, previous } of done.reverse()) {
			await (previous === undefined ? fs.unlink(file) : fs.writeFile(file, previous)).catch(() => undefined);
		}
		for (const created of createdFolders.reverse()) {
			await fs.rmdir(created).catch(() => undefined);
		}
		throw error;
	}
}

/** How many files are written at once. */
const writeConcurrency = 8;

/**
 * Runs `work` on every item, at most `limit` at a time. After the first failure no new item starts;
 * the ones under way finish (so that what they wrote is known), then the failure is thrown.
 */
async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (!failure && next < items.length) {
			const item = items[next++];
			try {
				await work(item);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	if (failure) throw failure.error;
}

/** The absolute path of a planned file, refused when it would leave the folder. */
function insideFolder(folder: string, relativePath: string): string {
	const root = path.resolve(folder);
	const file = path.resolve(root, ...relativePath.split('/'));
	if (!file.startsWith(root + path.sep)) {
		throw new Error(`refusing to write ${relativePath}: it is outside ${root}`);
	}
	return file;
}

async function makeFolder(folder: string, created: string[]): Promise<void> {
	const missing: string[] = [];
	for (let current = folder; !(await fs.stat(current).catch(() => undefined)); current = path.dirname(current)) {
		missing.unshift(current);
		if (path.dirname(current) === current) break;
	}
	for (const item of missing) {
		await fs.mkdir(item);
		created.push(item);
	}
}
