/**
 * Reads and writes sidecars through the injected file system: one cached parse per sidecar,
 * re-read when the file changed on disk (git pull, another editor), atomic writes inside the
 * workspace only, and a malformed or oversized sidecar is never written. Every write is a
 * read-modify-write under a lock shared with other processes, re-applied by annotation id to the
 * version on disk, so two writers never lose each other's tags.
 */
import { URI, Utils } from 'vscode-uri';
import type { Annotation } from './annotation';
import { assertWritable, describeWriteError, replaceFile } from './atomicWrite';
import { contentHash } from './contentHash';
import type { AnnotationFileSystem, FileStat, ReleaseLock } from './fileSystem';
import { fileAccessError } from '../fileAccess';
import { defaultSidecarLimits, Sidecar, type SidecarLimits, type SidecarProblem } from './sidecar';
import type { SlotChanges } from './sidecarSlot';
import { resolveInsideWorkspace } from './workspaceGuard';
import { runInSlices } from '../steps';

export type SidecarState =
	| { readonly kind: 'missing' }
	| { readonly kind: 'ok'; readonly sidecar: Sidecar }
	/** `unreadable`: the file could not be read at all (a folder, no permission, a FIFO…); its one problem says why. */
	| { readonly kind: 'malformed'; readonly problems: readonly SidecarProblem[]; readonly unreadable?: boolean };

export class SidecarError extends Error {
	constructor(message: string, readonly sidecarUri: URI, readonly problems: readonly SidecarProblem[] = []) {
		super(message);
		this.name = 'SidecarError';
	}
}

export interface SidecarStoreOptions {
	/** Folders the store may write into; read on every write, so it can follow workspace changes. */
	readonly workspaceFolders: () => readonly URI[];
	readonly limits?: SidecarLimits;
	/** `name.txt` → `name.tags.yaml` unless configured otherwise. */
	readonly sidecarUriFor?: (seed: URI) => URI;
	/** Written as `coder:` at the top of a new sidecar (a coder's own `name.<coder>.tags.yaml`). */
	readonly coder?: () => string | undefined;
}

/** `name.txt` → `name.tags.yaml` beside it (any last extension is replaced). */
export function defaultSidecarUri(seed: URI): URI {
	const name = Utils.basename(seed);
	const dot = name.lastIndexOf('.');
	return Utils.joinPath(Utils.dirname(seed), `${dot > 0 ? name.slice(0, dot) : name}.tags.yaml`);
}

interface CacheEntry {
	/** size, mtime, ctime and inode when it was read: a cheap test that the file is untouched. */
	readonly fingerprint: FileStat | undefined;
	/** Hash of the bytes the state was parsed from (undefined when missing or not read). */
	readonly hash: string | undefined;
	readonly state: SidecarState;
}

/** Attempts at a change when a writer that ignores the lock keeps replacing the file meanwhile. */
const maxChangeAttempts = 5;

export class SidecarStore {
	private readonly cache = new Map<string, CacheEntry>();
	private readonly loading = new Map<string, Promise<SidecarState>>();
	/** Changes to one sidecar run one after another, so two quick tags cannot lose each other. */
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly limits: SidecarLimits;

	constructor(
		private readonly fileSystem: AnnotationFileSystem,
		private readonly options: SidecarStoreOptions,
	) {
		this.limits = options.limits ?? defaultSidecarLimits;
	}

	sidecarUri(seed: URI): URI {
		return (this.options.sidecarUriFor ?? defaultSidecarUri)(seed);
	}

	/**
	 * The sidecar's current state, from cache while its size, modification time, change time and
	 * inode are unchanged; otherwise the file is read again, and parsed again unless its content
	 * hash is the one already parsed.
	 */
	load(seed: URI): Promise<SidecarState> {
		// Asked again while it is read (a large sidecar is parsed in slices): one read answers both.
		const key = this.sidecarUri(seed).toString();
		const inFlight = this.loading.get(key);
		if (inFlight) return inFlight;
		const loading = this.loadNow(seed).finally(() => {
			if (this.loading.get(key) === loading) this.loading.delete(key);
		});
		this.loading.set(key, loading);
		return loading;
	}

	private async loadNow(seed: URI): Promise<SidecarState> {
		const uri = this.sidecarUri(seed);
		const key = uri.toString();
		let stat: FileStat | undefined;
		try {
			stat = await this.fileSystem.stat(uri);
		} catch (error) {
			return unreadable(uri, error);
		}
		const cached = this.cache.get(key);
		if (cached && sameFingerprint(cached.fingerprint, stat)) {
			return cached.state;
		}
		const entry = await this.read(uri, stat, cached);
		// A write finished while this read was parsed in slices: its result is newer.
		if (this.cache.get(key) !== cached) return this.cache.get(key)?.state ?? entry.state;
		this.cache.set(key, entry);
		return entry.state;
	}

	/** Drops the cached parse (for a file watcher's change event). */
	forget(seed: URI): void {
		this.cache.delete(this.sidecarUri(seed).toString());
		this.loading.delete(this.sidecarUri(seed).toString());
	}

	async annotations(seed: URI): Promise<readonly Annotation[]> {
		const state = await this.load(seed);
		if (state.kind === 'malformed') {
			throw this.malformed(seed, state);
		}
		return state.kind === 'ok' ? state.sidecar.annotations : [];
	}

	add(seed: URI, annotation: Annotation): Promise<Annotation> {
		return this.change(
			seed,
			sidecar => sidecar.add(annotation),
			() => annotation,
			true,
		);
	}

	/** Several annotations in one write (tagging every mention of an entity). */
	addMany(seed: URI, annotations: readonly Annotation[]): Promise<readonly Annotation[]> {
		return this.change(
			seed,
			sidecar => annotations.reduce((current, annotation) => current.add(annotation), sidecar),
			() => annotations,
			annotations.length > 0,
		);
	}

	remove(seed: URI, id: string): Promise<Annotation> {
		let removed: Annotation | undefined;
		return this.change(
			seed,
			sidecar => {
				removed = this.existing(seed, sidecar, id);
				return sidecar.remove(id);
			},
			() => removed!,
		);
	}

	update(seed: URI, id: string, changes: SlotChanges): Promise<Annotation> {
		return this.change(
			seed,
			sidecar => {
				this.existing(seed, sidecar, id);
				return sidecar.update(id, changes);
			},
			sidecar => sidecar.get(id)!,
		);
	}

	/** Bulk changes (positions after edits); ids no longer in the sidecar are skipped. */
	updateMany(seed: URI, changes: ReadonlyMap<string, SlotChanges>): Promise<number> {
		return this.updateMatching(seed, annotation => changes.get(annotation.id));
	}

	/**
	 * Changes every annotation `select` answers for, chosen on the version on disk at the moment
	 * of writing (a renamed tag also reaches annotations another writer just added).
	 */
	updateMatching(seed: URI, select: (annotation: Annotation) => SlotChanges | undefined): Promise<number> {
		let count = 0;
		return this.change(
			seed,
			sidecar => {
				const known = new Map<string, SlotChanges>();
				for (const annotation of sidecar.annotations) {
					const change = select(annotation);
					if (change) {
						known.set(annotation.id, change);
					}
				}
				count = known.size;
				return known.size > 0 ? sidecar.updateMany(known) : sidecar;
			},
			() => count,
		);
	}

	/**
	 * Refuses, with the reason, what a write to this seed's sidecar would refuse (outside the
	 * workspace once links are resolved, read-only, folder not writable, malformed), without
	 * writing: for changes across several files that must be all or nothing.
	 */
	async assertWritable(seed: URI): Promise<void> {
		const uri = this.sidecarUri(seed);
		const real = await resolveInsideWorkspace(this.fileSystem, uri, this.options.workspaceFolders());
		const state = await this.load(seed);
		if (state.kind === 'malformed') {
			throw this.malformed(seed, state);
		}
		await assertWritable(this.fileSystem, real, uri);
	}

	private existing(seed: URI, sidecar: Sidecar, id: string): Annotation {
		const annotation = sidecar.get(id);
		if (!annotation) {
			throw new SidecarError(`${Utils.basename(this.sidecarUri(seed))} has no annotation with id ${id}`, this.sidecarUri(seed));
		}
		return annotation;
	}

	/**
	 * One read-modify-write under the sidecar's lock: the file is read again and `apply` re-applied
	 * to that version (by annotation id), so a change another process made meanwhile is kept; a
	 * writer that ignores the lock and replaces the file between read and write makes it start over.
	 */
	private change<T>(
		seed: URI,
		apply: (sidecar: Sidecar) => Sidecar,
		result: (sidecar: Sidecar) => T,
		createIfMissing = false,
	): Promise<T> {
		const uri = this.sidecarUri(seed);
		const key = uri.toString();
		const run = async (): Promise<T> => {
			// A file that cannot be read or parsed is refused in words before any lock or write is tried.
			const current = await this.load(seed);
			if (current.kind === 'malformed') {
				throw this.malformed(seed, current);
			}
			const real = await resolveInsideWorkspace(this.fileSystem, uri, this.options.workspaceFolders());
			// Said before the lock is taken: in a folder that is not writable the lock file could not be created either.
			await assertWritable(this.fileSystem, real, uri);
			let release: ReleaseLock;
			try {
				release = this.fileSystem.lock ? await this.fileSystem.lock(real) : async () => undefined;
			} catch (error) {
				throw describeWriteError(error, uri);
			}
			try {
				for (let attempt = 1; ; attempt++) {
					let stat: FileStat | undefined;
					try {
						stat = await this.fileSystem.stat(uri);
					} catch (error) {
						throw this.malformed(seed, unreadable(uri, error));
					}
					const entry = await this.read(uri, stat, this.cache.get(key));
					this.cache.set(key, entry);
					const state = entry.state;
					if (state.kind === 'malformed') {
						throw this.malformed(seed, state);
					}
					if (state.kind === 'missing' && !createIfMissing) {
						throw new SidecarError(`${seed.fsPath} has no tags yet (no ${Utils.basename(uri)})`, uri);
					}
					const before =
						state.kind === 'ok' ? state.sidecar : Sidecar.empty(Utils.basename(seed), this.limits, this.options.coder?.());
					const after = apply(before);
					if (after === before) {
						return result(after);
					}
					await assertWritable(this.fileSystem, real, uri);
					const bytes = new TextEncoder().encode(after.text);
					if (attempt < maxChangeAttempts && !sameFingerprint(stat, await this.fileSystem.stat(uri))) {
						continue;
					}
					await replaceFile(this.fileSystem, real, bytes, uri);
					this.loading.delete(key); // a read begun before this write must not answer later callers
					this.cache.set(key, {
						fingerprint: await this.fileSystem.stat(uri),
						hash: contentHash(bytes),
						state: { kind: 'ok', sidecar: after },
					});
					return result(after);
				}
			} finally {
				await release().catch(() => undefined);
			}
		};
		const queued = (this.queues.get(key) ?? Promise.resolve()).then(run, run);
		const settled = queued.catch(() => undefined);
		this.queues.set(key, settled);
		void settled.then(() => {
			if (this.queues.get(key) === settled) {
				this.queues.delete(key);
			}
		});
		return queued;
	}

	/**
	 * Reads and parses the file; a content hash equal to `cached`'s reuses its parse.
	 */
	private async read(uri: URI, stat: FileStat | undefined, cached: CacheEntry | undefined): Promise<CacheEntry> {
		if (!stat) {
			return { fingerprint: undefined, hash: undefined, state: { kind: 'missing' } };
		}
		if (stat.isFile === false) {
			// Not read at all: a FIFO would block the read. Said in the same words as a failed read.
			return { fingerprint: stat, hash: undefined, state: unreadable(uri, { code: stat.isDirectory ? 'EISDIR' : 'NOT_REGULAR' }) };
		}
		if (stat.size > this.limits.maxLength * 3) {
			// UTF-8 takes at most 3 bytes per UTF-16 code unit: this file is over the limit whatever it holds.
			return {
				fingerprint: stat,
				hash: undefined,
				state: {
					kind: 'malformed',
					problems: [
						{
							message: `the file is ${(stat.size / 1048576).toFixed(1)} MB, `
								+ `over the ${(this.limits.maxLength / 1048576).toFixed(0)} MB limit for sidecars`,
							range: origin,
						},
					],
				},
			};
		}
		let bytes: Uint8Array;
		try {
			bytes = await this.fileSystem.readFile(uri);
		} catch (error) {
			if ((error as { code?: string }).code === 'ENOENT') {
				return { fingerprint: undefined, hash: undefined, state: { kind: 'missing' } };
			}
			return { fingerprint: undefined, hash: undefined, state: unreadable(uri, error) };
		}
		const hash = contentHash(bytes);
		if (cached && cached.hash === hash) {
			return { ...cached, fingerprint: stat };
		}
		let text: string;
		try {
			// ignoreBOM keeps a byte-order mark in the text, so a rewrite keeps it too.
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		} catch {
			return {
				fingerprint: stat,
				hash,
				state: { kind: 'malformed', problems: [{ message: 'the file is not valid UTF-8', range: origin }] },
			};
		}
		// In slices: a sidecar of 10,000 annotations never holds the server for more than a few milliseconds at a time.
		const result = await runInSlices(Sidecar.parseInSteps(text, this.limits));
		return {
			fingerprint: stat,
			hash,
			state: result.ok ? { kind: 'ok', sidecar: result.sidecar } : { kind: 'malformed', problems: result.problems },
		};
	}

	private malformed(seed: URI, { problems, unreadable }: SidecarState & { kind: 'malformed' }): SidecarError {
		const uri = this.sidecarUri(seed);
		const first = problems[0];
		if (unreadable) {
			return new SidecarError(`Cannot change the tags of ${Utils.basename(seed)}: ${first?.message}`, uri, problems);
		}
		const where = first ? ` (line ${first.range.start.line + 1}, column ${first.range.start.character + 1})` : '';
		return new SidecarError(
			`Cannot change the tags of ${Utils.basename(seed)}: ${uri.fsPath} is malformed and is left untouched: `
				+ `${first?.message ?? 'unknown problem'}${where}`,
			uri,
			problems,
		);
	}
}

const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function sameFingerprint(a: FileStat | undefined, b: FileStat | undefined): boolean {
	return (
		a === b ||
		(a !== undefined && b !== undefined && a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino)
	);
}

/** A sidecar that cannot be read (EACCES, EISDIR, ELOOP) is reported like a malformed one (diagnostic, commands refused), in words. */
function unreadable(uri: URI, error: unknown): SidecarState & { kind: 'malformed' } {
	const message = fileAccessError(error, uri.fsPath, 'read').message;
	return { kind: 'malformed', unreadable: true, problems: [{ message, range: origin }] };
}
