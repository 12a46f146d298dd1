/**
 * Reads and writes sidecars through the injected file system: one cached parse per sidecar,
 * re-read when the file changed on disk (git pull, another editor), atomic writes inside the
 * workspace only, and a malformed or oversized sidecar is never written.
 */
import { URI, Utils } from 'vscode-uri';
import type { Annotation } from './annotation';
import { writeFileAtomically } from './atomicWrite';
import type { AnnotationFileSystem, FileStat } from './fileSystem';
import { defaultSidecarLimits, Sidecar, type SidecarLimits, type SidecarProblem } from './sidecar';
import type { SlotChanges } from './sidecarSlot';

export type SidecarState =
	| { readonly kind: 'missing' }
	| { readonly kind: 'ok'; readonly sidecar: Sidecar }
	| { readonly kind: 'malformed'; readonly problems: readonly SidecarProblem[] };

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
	readonly stat: FileStat | undefined;
	readonly state: SidecarState;
}

export class SidecarStore {
	private readonly cache = new Map<string, CacheEntry>();
	/** Changes to one sidecar run one after another, so two quick tags cannot lose each other. */
	private readonly queues = new Map<string, Promise<unknown>>();
	private readonly limits: SidecarLimits;

	constructor(private readonly fileSystem: AnnotationFileSystem, private readonly options: SidecarStoreOptions) {
		this.limits = options.limits ?? defaultSidecarLimits;
	}

	sidecarUri(seed: URI): URI {
		return (this.options.sidecarUriFor ?? defaultSidecarUri)(seed);
	}

	/** The sidecar's current state, from cache unless its size or modification time changed. */
	async load(seed: URI): Promise<SidecarState> {
		const uri = this.sidecarUri(seed);
		const stat = await this.fileSystem.stat(uri);
		const cached = this.cache.get(uri.toString());
		if (cached && sameStat(cached.stat, stat)) {
			return cached.state;
		}
		const state = await this.read(uri, stat);
		this.cache.set(uri.toString(), { stat, state });
		return state;
	}

	/** Drops the cached parse (for a file watcher's change event). */
	forget(seed: URI): void {
		this.cache.delete(this.sidecarUri(seed).toString());
	}

	async annotations(seed: URI): Promise<readonly Annotation[]> {
		const state = await this.load(seed);
		if (state.kind === 'malformed') {
			throw this.malformed(seed, state.problems);
		}
		return state.kind === 'ok' ? state.sidecar.annotations : [];
	}

	add(seed: URI, annotation: Annotation): Promise<Annotation> {
		return this.change(seed, sidecar => sidecar.add(annotation), () => annotation, true);
	}

	/** Several annotations in one write (tagging every mention of an entity). */
	addMany(seed: URI, annotations: readonly Annotation[]): Promise<readonly Annotation[]> {
		return this.change(seed, sidecar => annotations.reduce((current, annotation) => current.add(annotation), sidecar), () => annotations, annotations.length > 0);
	}

	remove(seed: URI, id: string): Promise<Annotation> {
		let removed: Annotation | undefined;
		return this.change(seed, sidecar => {
			removed = this.existing(seed, sidecar, id);
			return sidecar.remove(id);
		}, () => removed!);
	}

	update(seed: URI, id: string, changes: SlotChanges): Promise<Annotation> {
		return this.change(seed, sidecar => {
			this.existing(seed, sidecar, id);
			return sidecar.update(id, changes);
		}, sidecar => sidecar.get(id)!);
	}

	/** Bulk changes (positions after edits, a renamed tag); ids no longer in the sidecar are skipped. */
	updateMany(seed: URI, changes: ReadonlyMap<string, SlotChanges>): Promise<number> {
		let count = 0;
		return this.change(seed, sidecar => {
			const known = new Map([...changes].filter(([id]) => sidecar.get(id)));
			count = known.size;
			return known.size > 0 ? sidecar.updateMany(known) : sidecar;
		}, () => count);
	}

	private existing(seed: URI, sidecar: Sidecar, id: string): Annotation {
		const annotation = sidecar.get(id);
		if (!annotation) {
			throw new SidecarError(`${Utils.basename(this.sidecarUri(seed))} has no annotation with id ${id}`, this.sidecarUri(seed));
		}
		return annotation;
	}

	private change<T>(seed: URI, apply: (sidecar: Sidecar) => Sidecar, result: (sidecar: Sidecar) => T, createIfMissing = false): Promise<T> {
		const uri = this.sidecarUri(seed);
		const key = uri.toString();
		const run = async (): Promise<T> => {
			const state = await this.load(seed);
			if (state.kind === 'malformed') {
				throw this.malformed(seed, state.problems);
			}
			if (state.kind === 'missing' && !createIfMissing) {
				throw new SidecarError(`${seed.fsPath} has no tags yet (no ${Utils.basename(uri)})`, uri);
			}
			const before = state.kind === 'ok' ? state.sidecar : Sidecar.empty(Utils.basename(seed), this.limits, this.options.coder?.());
			const after = apply(before);
			if (after !== before) {
				const bytes = new TextEncoder().encode(after.text);
				await writeFileAtomically(this.fileSystem, uri, bytes, this.options.workspaceFolders());
				this.cache.set(key, { stat: await this.fileSystem.stat(uri), state: { kind: 'ok', sidecar: after } });
			}
			return result(after);
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

	private async read(uri: URI, stat: FileStat | undefined): Promise<SidecarState> {
		if (!stat) {
			return { kind: 'missing' };
		}
		const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
		if (stat.size > this.limits.maxLength * 3) {
			// UTF-8 takes at most 3 bytes per UTF-16 code unit: this file is over the limit whatever it holds.
			return { kind: 'malformed', problems: [{ message: `the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(this.limits.maxLength / 1048576).toFixed(0)} MB limit for sidecars`, range: origin }] };
		}
		let bytes: Uint8Array;
		try {
			bytes = await this.fileSystem.readFile(uri);
		} catch (error) {
			if ((error as { code?: string }).code === 'ENOENT') {
				return { kind: 'missing' };
			}
			throw error;
		}
		let text: string;
		try {
			// ignoreBOM keeps a byte-order mark in the text, so a rewrite keeps it too.
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		} catch {
			return { kind: 'malformed', problems: [{ message: 'the file is not valid UTF-8', range: origin }] };
		}
		const result = Sidecar.parse(text, this.limits);
		return result.ok ? { kind: 'ok', sidecar: result.sidecar } : { kind: 'malformed', problems: result.problems };
	}

	private malformed(seed: URI, problems: readonly SidecarProblem[]): SidecarError {
		const uri = this.sidecarUri(seed);
		const first = problems[0];
		const where = first ? ` (line ${first.range.start.line + 1}, column ${first.range.start.character + 1})` : '';
		return new SidecarError(
			`Cannot change the tags of ${Utils.basename(seed)}: ${uri.fsPath} is malformed and is left untouched: ${first?.message ?? 'unknown problem'}${where}`,
			uri,
			problems,
		);
	}
}

function sameStat(a: FileStat | undefined, b: FileStat | undefined): boolean {
	return a === b || (a !== undefined && b !== undefined && a.size === b.size && a.mtime === b.mtime);
}
