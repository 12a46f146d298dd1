/**
 * `seed.editCodebook` (issue 18 §2): describe, recolour, add a child, delete an unused tag, and merge
 * a tag into another across every sidecar (the plain ones and every coder's) and the codebook.
 * A merge reads and plans every file first and writes nothing when any sidecar is malformed; each
 * file is then written under its lock, the change computed again on its version on disk, and a
 * failed write puts back the files already written, so it is all sidecars or none. Part of the lazily
 * loaded `dist/corpusStats.js`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { tagNameProblem } from './core/annotations/annotation';
import { CodebookIndex } from './core/annotations/codebookIndex';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';
import { changeFileUnderLock, prepareFileChange, type PreparedFileChange } from './core/annotations/lockedFileChange';
import { Sidecar } from './core/annotations/sidecar';
import type { SlotChanges } from './core/annotations/sidecarSlot';
import { isWithin } from './core/stats/codeHierarchy';
import { sidecarsOfSeed } from './core/stats/coderSidecars';
import { NodeFileSystem } from './node/nodeFileSystem';
import type { CodebookEditArgs, CodebookEditResult } from './protocol/commands';

export interface CodebookEditorSources {
	/** Every indexed seed file (absolute paths). */
	readonly seedFiles: () => readonly string[];
	readonly codebookPath: () => string | undefined;
	/** Workspace folders (absolute paths): nothing is written outside them. */
	readonly folders: () => readonly string[];
	/** The server's codebook index (the codebook read ahead is found there); else one of the editor's own. */
	readonly codebookIndex?: () => CodebookIndex;
	/** The files it writes through (Node's by default; a test's to step in between a plan and its writes). */
	readonly fileSystem?: AnnotationFileSystem;
}

/** A refused edit; the message says why and that nothing changed. */
export class CodebookEditError extends Error {}

interface PlannedFile {
	readonly file: string;
	readonly before: string;
	readonly after: string;
}

export class CodebookEditor {
	private readonly fileSystem: AnnotationFileSystem;
	private readonly ownIndex = new CodebookIndex();

	constructor(private readonly sources: CodebookEditorSources) {
		this.fileSystem = sources.fileSystem ?? new NodeFileSystem();
	}

	async edit(args: CodebookEditArgs | undefined): Promise<CodebookEditResult> {
		const tag = typeof args?.tag === 'string' ? args.tag : '';
		if (!tag) throw new CodebookEditError('The codebook edit needs a "tag".');
		switch (args?.action) {
			case 'describe':
				await this.rewriteCodebook(text => this.index().setTagFields(text, tag, { description: String(args.description ?? '') }));
				return {};
			case 'recolor':
				await this.rewriteCodebook(text => this.index().setTagFields(text, tag, { color: String(args.color ?? '') }));
				return {};
			case 'addChild': {
				const name = `${tag}/${String(args.child ?? '').trim()}`;
				const problem = tagNameProblem(name);
				if (problem) throw new CodebookEditError(problem);
				// Through the index: a codebook of the regular shape gets the entry without a `yaml` Document of the whole file.
				await this.rewriteCodebook(text =>
					this.index().addTag(text, { name, ...(args.description ? { description: args.description } : {}) }),
				);
				return { tag: name };
			}
			case 'delete': {
				const { passages, seeds } = await this.usage(tag);
				if (passages > 0) {
					throw new CodebookEditError(
						`${tag} is used by ${passages} passage${passages === 1 ? '' : 's'} in ${seeds} seed${seeds === 1 ? '' : 's'}: ` +
							'merge it into another tag instead (nothing was changed).',
					);
				}
				await this.rewriteCodebook(text => this.index().removeTag(text, tag));
				return {};
			}
			case 'merge':
				return this.merge(tag, String(args.into ?? ''), args.preview === true);
			default:
				throw new CodebookEditError(
					`Unknown codebook edit ${String((args as { action?: unknown } | undefined)?.action)}: ` +
						'use describe, recolor, addChild, delete or merge.',
				);
		}
	}

	/** Passages tagged exactly `tag`, in how many seeds. */
	private async usage(tag: string): Promise<{ passages: number; seeds: number }> {
		let passages = 0;
		let seeds = 0;
		for (const { sidecars } of await this.sidecarFiles()) {
			let here = 0;
			for (const { text } of sidecars) {
				const parsed = Sidecar.parse(text);
				if (parsed.ok) here += parsed.sidecar.annotations.filter(annotation => annotation.tag === tag).length;
			}
			passages += here;
			if (here > 0) seeds++;
		}
		return { passages, seeds };
	}

	private async merge(from: string, into: string, preview: boolean): Promise<CodebookEditResult> {
		const problem = tagNameProblem(into);
		if (problem) throw new CodebookEditError(problem);
		if (from === into || isWithin(into, from)) throw new CodebookEditError(`${from} cannot be merged into itself or a tag under it.`);
		const planned: PlannedFile[] = [];
		const malformed: string[] = [];
		let passages = 0;
		let seeds = 0;
		for (const { sidecars } of await this.sidecarFiles()) {
			let here = 0;
			for (const { file, text } of sidecars) {
				const parsed = Sidecar.parse(text);
				if (!parsed.ok) {
					malformed.push(file);
					continue;
				}
				const merged = mergedSidecar(parsed.sidecar, from, into);
				if (!merged) continue;
				here += merged.count;
				planned.push({ file, before: text, after: merged.text });
			}
			passages += here;
			if (here > 0) seeds++;
		}
		if (malformed.length > 0) {
			throw new CodebookEditError(
				`Cannot merge ${from} into ${into}: ${malformed.join(', ')} ${malformed.length === 1 ? 'is' : 'are'} malformed; ` +
					`fix ${malformed.length === 1 ? 'it' : 'them'} first (nothing was changed).`,
			);
		}
		const codebookFile = this.sources.codebookPath();
		const mergeCodebook = (text: string | undefined): string | undefined => {
			if (text === undefined) return undefined;
			try {
				return this.index().mergeTags(text, from, into);
			} catch (error) {
				throw new CodebookEditError(
					`Cannot merge ${from} into ${into} in ${codebookFile}: ${(error as Error).message} (nothing was changed).`,
				);
			}
		};
		if (preview) {
			if (codebookFile) mergeCodebook(await readText(codebookFile));
			return { passages, seeds, files: planned.length };
		}
		await this.writeMerge(planned, codebookFile, mergeCodebook, (text, file) => {
			const parsed = Sidecar.parse(text);
			if (!parsed.ok) throw new CodebookEditError(`${file} became malformed while the merge was planned; fix it first`);
			return mergedSidecar(parsed.sidecar, from, into)?.text ?? text;
		});
		return { passages, seeds, files: planned.length };
	}

	/**
	 * Writes a merge, all or nothing, each file under its lock and computed again on its version on disk
	 * then (a tag another writer added meanwhile is kept and merged too). The codebook's lock is taken
	 * first and held until the codebook is written, last; a failed write puts back the sidecars already
	 * written, where nobody changed them since.
	 */
	private async writeMerge(
		planned: readonly PlannedFile[],
		codebookFile: string | undefined,
		mergeCodebook: (text: string | undefined) => string | undefined,
		mergeSidecar: (text: string, file: string) => string,
	): Promise<void> {
		const folders = this.sources.folders().map(folder => URI.file(folder));
		let codebook: PreparedFileChange | undefined;
		const written: { readonly file: string; readonly before: string; readonly after: string }[] = [];
		try {
			if (codebookFile) codebook = await prepareFileChange(this.fileSystem, URI.file(codebookFile), folders, mergeCodebook);
			for (const plan of planned) {
				let before = plan.before;
				const after = await changeFileUnderLock(this.fileSystem, URI.file(plan.file), folders, current => {
					if (current === undefined) throw new CodebookEditError(`${plan.file} was removed while the merge was planned`);
					before = current;
					return current === plan.before ? plan.after : mergeSidecar(current, plan.file);
				});
				if (after !== undefined && after !== before) written.push({ file: plan.file, before, after });
			}
			if (codebook?.changes) await codebook.commit();
		} catch (error) {
			for (const undo of written.reverse()) {
				await changeFileUnderLock(this.fileSystem, URI.file(undo.file), folders, current =>
					current === undo.after ? undo.before : undefined,
				).catch(() => undefined);
			}
			const message = (error as Error).message.replace(/\.$/, '').replace(/ \(nothing was changed\)$/, '');
			throw new CodebookEditError(`${message} (nothing was changed).`);
		} finally {
			await codebook?.release();
		}
	}

	/**
	 * Changes the codebook under its lock, computed from its version on disk then; through the index,
	 * a codebook of the regular shape is edited at text level (`codebookEntryEdits.ts`).
	 */
	private async rewriteCodebook(change: (text: string) => string): Promise<void> {
		const file = this.sources.codebookPath();
		if (!file) throw new CodebookEditError('Open a workspace folder to keep a codebook.');
		const folders = this.sources.folders().map(folder => URI.file(folder));
		try {
			await changeFileUnderLock(this.fileSystem, URI.file(file), folders, text => {
				let after: string;
				try {
					after = change(text ?? '');
				} catch (error) {
					throw new CodebookEditError(`Cannot change ${file}: ${(error as Error).message}`);
				}
				// The index has just read the new text (a text-level edit keeps its layout): no second parse of the whole file.
				if (this.index().parse(after).problems.some(problem => problem.severity === 'error'))
					throw new CodebookEditError(`The change would break ${file}; nothing was changed.`);
				return after;
			});
		} catch (error) {
			if (error instanceof CodebookEditError) throw error;
			throw new CodebookEditError(`${(error as Error).message.replace(/\.$/, '')} (nothing was changed).`);
		}
	}

	private index(): CodebookIndex {
		return this.sources.codebookIndex?.() ?? this.ownIndex;
	}

	/** Every seed's sidecars (plain and coders'), with their texts. */
	private async sidecarFiles(): Promise<{ seed: string; sidecars: { file: string; text: string }[] }[]> {
		const listings = new Map<string, string[]>();
		const result: { seed: string; sidecars: { file: string; text: string }[] }[] = [];
		for (const seed of this.sources.seedFiles()) {
			const folder = path.dirname(seed);
			let listing = listings.get(folder);
			if (!listing) {
				listing = await fs.readdir(folder).catch(() => []);
				listings.set(folder, listing);
			}
			const sidecars: { file: string; text: string }[] = [];
			for (const { fileName } of sidecarsOfSeed(path.basename(seed), listing)) {
				const file = path.join(folder, fileName);
				const text = await readText(file);
				if (text !== undefined) sidecars.push({ file, text });
			}
			if (sidecars.length > 0) result.push({ seed, sidecars });
		}
		return result;
	}
}

async function readText(file: string): Promise<string | undefined> {
	try {
		const text = await fs.readFile(file, 'utf8');
		return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	} catch {
		return undefined;
	}
}

/** The sidecar with every tag within `from` moved under `into`, and how many; undefined when it has none. */
function mergedSidecar(sidecar: Sidecar, from: string, into: string): { readonly text: string; readonly count: number } | undefined {
	const changes = new Map<string, SlotChanges>();
	for (const annotation of sidecar.annotations) {
		if (isWithin(annotation.tag, from)) changes.set(annotation.id, { tag: into + annotation.tag.slice(from.length) });
	}
	return changes.size === 0 ? undefined : { text: sidecar.updateMany(changes).text, count: changes.size };
}
