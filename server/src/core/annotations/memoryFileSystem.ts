/**
 * An in-memory `AnnotationFileSystem` for tests and benchmarks; files are keyed by URI string.
 */
import type { URI } from 'vscode-uri';
import type { AnnotationFileSystem, FileStat } from './fileSystem';

export class MemoryFileSystem implements AnnotationFileSystem {
	readonly files = new Map<string, { content: Uint8Array; mtime: number }>();
	private clock = 1;

	async readFile(uri: URI): Promise<Uint8Array> {
		const file = this.files.get(uri.toString());
		if (!file) {
			throw Object.assign(new Error(`ENOENT: no such file ${uri.toString()}`), { code: 'ENOENT' });
		}
		return file.content;
	}

	async writeFile(uri: URI, content: Uint8Array): Promise<void> {
		this.files.set(uri.toString(), { content: content.slice(), mtime: this.clock++ });
	}

	async rename(source: URI, target: URI): Promise<void> {
		const file = this.files.get(source.toString());
		if (!file) {
			throw Object.assign(new Error(`ENOENT: no such file ${source.toString()}`), { code: 'ENOENT' });
		}
		this.files.delete(source.toString());
		this.files.set(target.toString(), file);
	}

	async unlink(uri: URI): Promise<void> {
		this.files.delete(uri.toString());
	}

	async stat(uri: URI): Promise<FileStat | undefined> {
		const file = this.files.get(uri.toString());
		return file && { size: file.content.length, mtime: file.mtime };
	}

	/** Convenience for tests: the file's text, or undefined. */
	text(uri: URI): string | undefined {
		const file = this.files.get(uri.toString());
		return file && new TextDecoder().decode(file.content);
	}

	setText(uri: URI, text: string): void {
		this.files.set(uri.toString(), { content: new TextEncoder().encode(text), mtime: this.clock++ });
	}
}
