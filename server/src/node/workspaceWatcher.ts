/**
 * Watches the workspace with Node's `fs.watch` when the editor cannot watch files for the server
 * (it declines dynamic registration of `workspace/didChangeWatchedFiles`, as Neovim 0.10 does on
 * Linux), so that a registry, codebook or sidecar changed on disk is still read again.
 *
 * Each folder that may hold seeds is watched on its own (not `recursive`, which would also watch
 * `node_modules` and `.git`); folders created later are added as they appear. Folders that do not
 * exist are skipped, and every watcher is closed by `close()`.
 */
import { watch, promises as fs, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type FileEvent } from 'vscode-languageserver-protocol';
import { fileUri, mayHoldSeeds } from './workspaceScanner';

export interface WatchedPlaces {
	/** Watched with their sub-folders: the workspace folders. */
	readonly folders: readonly string[];
	/** Single files (the registry, the codebook) that may lie outside those folders: their folder is watched alone. */
	readonly files: readonly string[];
}

export interface WorkspaceWatcherOptions {
	/** Which changed files matter (by absolute path). */
	readonly accept: (file: string) => boolean;
	/** Called with the changes of one burst (an editor's save is several events). */
	readonly onChanges: (events: FileEvent[]) => void;
	/** How long a burst of events on one file is gathered, in milliseconds. */
	readonly settleMs?: number;
}

export class WorkspaceWatcher {
	private readonly watchers = new Map<string, FSWatcher>();
	private readonly pending = new Map<string, NodeJS.Timeout>();
	private closed = false;

	constructor(places: WatchedPlaces, private readonly options: WorkspaceWatcherOptions) {
		for (const folder of places.folders) void this.watchTree(folder);
		for (const file of places.files) {
			const folder = path.dirname(file);
			if (!places.folders.some((root) => isInside(root, folder))) this.watchFolder(folder, false);
		}
	}

	/** How many folders are watched (for tests and logs). */
	get size(): number {
		return this.watchers.size;
	}

	close(): void {
		this.closed = true;
		for (const watcher of this.watchers.values()) watcher.close();
		this.watchers.clear();
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}

	private async watchTree(folder: string): Promise<void> {
		if (this.closed || !this.watchFolder(folder, true)) return;
		const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
		for (const entry of entries) {
			if (entry.isDirectory() && mayHoldSeeds(entry.name)) await this.watchTree(path.join(folder, entry.name));
		}
	}

	/** Starts watching one folder; false when it cannot be watched (missing, not a folder, no permission). */
	private watchFolder(folder: string, withSubfolders: boolean): boolean {
		if (this.watchers.has(folder)) return true;
		let watcher: FSWatcher;
		try {
			watcher = watch(folder, { persistent: false }, (_event, name) => {
				if (name) this.changed(path.join(folder, name.toString()), withSubfolders);
			});
		} catch {
			return false;
		}
		// A folder deleted under its watcher reports an error on some systems: stop watching it.
		watcher.on('error', () => {
			watcher.close();
			this.watchers.delete(folder);
		});
		this.watchers.set(folder, watcher);
		return true;
	}

	/** Gathers the events of one file for `settleMs`, then reports whether it exists now. */
	private changed(file: string, withSubfolders: boolean): void {
		clearTimeout(this.pending.get(file));
		this.pending.set(file, setTimeout(() => void this.settle(file, withSubfolders), this.options.settleMs ?? 50));
	}

	private async settle(file: string, withSubfolders: boolean): Promise<void> {
		this.pending.delete(file);
		if (this.closed) return;
		const stat = await fs.stat(file).catch(() => undefined);
		if (stat?.isDirectory()) {
			if (withSubfolders && mayHoldSeeds(path.basename(file))) await this.watchTree(file);
			return;
		}
		if (!stat) {
			const watcher = this.watchers.get(file);
			watcher?.close();
			this.watchers.delete(file);
		}
		if (!this.options.accept(file)) return;
		this.options.onChanges([{ uri: fileUri(file), type: stat ? FileChangeType.Changed : FileChangeType.Deleted }]);
	}
}

function isInside(root: string, folder: string): boolean {
	const relative = path.relative(root, folder);
	return !relative.startsWith('..') && !path.isAbsolute(relative);
}
