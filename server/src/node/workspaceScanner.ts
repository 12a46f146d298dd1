/**
 * Finds the seeds in the workspace folders on disk and reads them, for the background index.
 * Folders that never hold seeds (dependencies, build output, VCS data) are skipped.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { isSeedByContent, isSeedByName } from '../core/workspace/seedFiles';
import { readRegularFile } from './regularFile';

const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

/** Whether a folder of this name may hold seeds (dependencies, build output, VCS data and hidden folders never do). */
export function mayHoldSeeds(folderName: string): boolean {
	return !skippedFolders.has(folderName) && !folderName.startsWith('.');
}
/** Larger files are left out of the background index (they are still analysed when opened). */
export const maxIndexedFileBytes = 20 * 1024 * 1024;

/**
 * Every regular file under `folder` (a path, with its name), in folders that may hold seeds, at most
 * `maxDepth` folders down; unreadable folders are passed over.
 */
export async function* filesUnder(folder: string, maxDepth = Infinity): AsyncGenerator<{ readonly path: string; readonly name: string }> {
	let entries: import('node:fs').Dirent[];
	try {
		entries = await fs.readdir(folder, { withFileTypes: true });
	} catch {
		return;
	}
	for (const entry of entries) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			if (maxDepth > 0 && mayHoldSeeds(entry.name)) yield* filesUnder(full, maxDepth - 1);
		} else if (entry.isFile()) {
			yield { path: full, name: entry.name };
		}
	}
}

export async function* findSeedFiles(folder: string): AsyncGenerator<string> {
	for await (const file of filesUnder(folder)) {
		if (file.name.endsWith('.txt') || file.name.endsWith('.seed')) yield file.path;
	}
}

/** The text of a seed, or undefined when the file is not a seed, too large, binary or unreadable. */
export async function readSeedFile(file: string): Promise<string | undefined> {
	try {
		const stat = await fs.stat(file);
		if (stat.size > maxIndexedFileBytes) return undefined;
		const bytes = await readRegularFile(file);
		if (bytes.subarray(0, 8192).includes(0)) return undefined;
		const text = withoutByteOrderMark(bytes.toString('utf8'));
		// The absolute path: `seed check .` run inside `seeds/` names its files without the folder.
		if (!isSeedByName(path.resolve(file)) && !isSeedByContent(text.slice(0, 200))) return undefined;
		return text;
	} catch {
		return undefined;
	}
}

/**
 * Any text file by URI (the registry), or undefined when it does not exist; a file that exists but
 * cannot be read (a folder, no permission, a FIFO) throws a `FileAccessError` saying why.
 */
export async function readTextFile(uri: string): Promise<string | undefined> {
	const file = uriToPath(uri);
	if (!file) return undefined;
	try {
		return withoutByteOrderMark((await readRegularFile(file)).toString('utf8'));
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Editors drop a byte-order mark, so positions in files read from disk are counted without it. */
export function withoutByteOrderMark(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function fileUri(file: string): string {
	return URI.file(file).toString();
}

export function uriToPath(uri: string): string | undefined {
	const parsed = URI.parse(uri);
	return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}
