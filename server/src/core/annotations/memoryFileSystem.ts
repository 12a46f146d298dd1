/**
 * An in-memory `AnnotationFileSystem` for tests and benchmarks; files are keyed by URI string.
 * It can simulate what the Node one meets on disk: symbolic links to folders (`links`), read-only
 * files and folders, and a lock shared by every store that uses this instance.
 */
import { URI } from 'vscode-uri';
import type { AnnotationFileSystem, FileStat, ReleaseLock } from './fileSystem';

export class MemoryFileSystem implements AnnotationFileSystem {
	readonly files = new Map<string, { content: Uint8Array; mtime: number; ctime?: number; readOnly?: boolean }>();
	/** Folder path → the path it links to (a symbolic link to a folder). */
	readonly links = new Map<string, string>();
	/** Folder paths where nothing may be created. */
	readonly readOnlyFolders = new Set<string>();
	private readonly locks = new Map<string, Promise<void>>();
	private clock = 1;

	async readFile(uri: URI): Promise<Uint8Array> {
		const file = this.files.get(this.resolved(uri).toString());
		if (!file) {
			throw Object.assign(new Error(`ENOENT: no such file ${uri.toString()}`), { code: 'ENOENT' });
		}
		return file.content;
	}

	async writeFile(uri: URI, content: Uint8Array): Promise<void> {
		const target = this.resolved(uri);
		if (this.readOnlyFolders.has(target.path.slice(0, target.path.lastIndexOf('/')))) {
			throw Object.assign(new Error(`EACCES: permission denied, open '${target.fsPath}'`), { code: 'EACCES' });
		}
		this.files.set(target.toString(), { content: content.slice(), mtime: this.clock, ctime: this.clock++ });
	}

	async rename(source: URI, target: URI): Promise<void> {
		const file = this.files.get(this.resolved(source).toString());
		if (!file) {
			throw Object.assign(new Error(`ENOENT: no such file ${source.toString()}`), { code: 'ENOENT' });
		}
		this.files.delete(this.resolved(source).toString());
		this.files.set(this.resolved(target).toString(), { ...file, readOnly: false });
	}

	async unlink(uri: URI): Promise<void> {
		this.files.delete(this.resolved(uri).toString());
	}

	async stat(uri: URI): Promise<FileStat | undefined> {
		const file = this.files.get(this.resolved(uri).toString());
		return (
			file && {
				size: file.content.length,
				mtime: file.mtime,
				ctime: file.ctime ?? file.mtime,
				readOnly: file.readOnly === true,
				isFile: true,
			}
		);
	}

	/** One lock per path for every user of this instance, like lock files shared by processes. */
	async lock(uri: URI): Promise<ReleaseLock> {
		const key = this.resolved(uri).toString();
		const previous = this.locks.get(key) ?? Promise.resolve();
		let release!: () => void;
		const held = new Promise<void>(resolve => { release = resolve; });
		const chained = previous.then(() => held);
		this.locks.set(key, chained);
		await previous;
		return async () => {
			release();
			if (this.locks.get(key) === chained) {
				this.locks.delete(key);
			}
		};
	}

	async realPath(uri: URI): Promise<URI> {
		return this.resolved(uri);
	}

	async folderWritable(folder: URI): Promise<boolean> {
		return !this.readOnlyFolders.has(this.resolved(folder).path);
	}

	/** Convenience for tests: the file's text, or undefined. */
	text(uri: URI): string | undefined {
		const file = this.files.get(this.resolved(uri).toString());
		return file && new TextDecoder().decode(file.content);
	}

	setText(uri: URI, text: string): void {
		this.files.set(this.resolved(uri).toString(), { content: new TextEncoder().encode(text), mtime: this.clock, ctime: this.clock++ });
	}

	/** Rewrites a file keeping its modification time, as `touch -d` after an edit does (the change time still moves). */
	setTextKeepingTime(uri: URI, text: string): void {
		const file = this.files.get(this.resolved(uri).toString());
		this.files.set(this.resolved(uri).toString(), {
			content: new TextEncoder().encode(text),
			mtime: file?.mtime ?? this.clock,
			ctime: this.clock++,
		});
	}

	setReadOnly(uri: URI, readOnly = true): void {
		const file = this.files.get(this.resolved(uri).toString());
		if (file) {
			file.readOnly = readOnly;
		}
	}

	/** The path with the longest linked folder prefix replaced by its target. */
	private resolved(uri: URI): URI {
		for (const [from, to] of this.links) {
			if (uri.path === from || uri.path.startsWith(from + '/')) {
				return uri.with({ path: to + uri.path.slice(from.length) });
			}
		}
		return uri;
	}
}
