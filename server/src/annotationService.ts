/**
 * The server side of annotations in open and closed texts (issue 5 §1): annotations that follow
 * editor changes, re-anchoring of texts changed outside, and the commands that tag, untag, note and
 * re-anchor. Codebook, renaming, exports and diagnostics live in their own modules
 * (`codebookCommands.ts`, `tagRename.ts`, `annotationExport.ts`, `orphanDiagnostics.ts`); this class
 * composes them and holds the open texts' state. It holds no connection: `server.ts` constructs it
 * with a file system and a few callbacks, and forwards events and commands to it in one line each.
 *
 * Positions moved by editing are kept in memory and written to the sidecar when the text is saved
 * (or when the annotation itself changes), so typing never writes files; a sidecar whose positions
 * are stale (the text was closed unsaved, or changed outside) is re-anchored when the text opens.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import {
	AnnotationCommandError, fileName, isAnnotationCommandError, requireRange, requireString, requireTagName, shorten, withCommandErrors,
} from './annotationCommandError';
import type { CodebookCommands } from './codebookCommands';
import type { CodebookIndex } from './core/annotations/codebookIndex';
import { contextAround, createAnnotationId, withPosition, type Annotation } from './core/annotations/annotation';
import { clampToCodePoint } from './core/annotations/codePoints';
import { restoreAnnotation, type RestoredIdentity } from './restoreCommand';
import { followChanges, toOffsetChanges, type TrackedAnchor } from './core/annotations/editTracking';
import { readFileText, type AnnotationFileSystem } from './core/annotations/fileSystem';
import { reanchor, reanchorAll, reanchorAllInSteps, type AnchorResult } from './core/annotations/reanchor';
import { runInSlices } from './core/steps';
import type { Sidecar, SidecarLimits } from './core/annotations/sidecar';
import type { SlotChanges } from './core/annotations/sidecarSlot';
import { SidecarError, SidecarStore, defaultSidecarUri } from './core/annotations/sidecarStore';
import { isInsideFolder } from './core/annotations/workspaceGuard';
import { malformedSidecarDiagnostics, orphanDiagnostics, orphanQuickFixes } from './orphanDiagnostics';
import {
	ServerCommand,
	type AddCodebookTagArgs,
	type AnnotationInfo,
	type AnnotationsArgs,
	type CodebookArgs,
	type CodebookInfo,
	type CodebookTag,
	type ExportArgs,
	type ReanchorArgs,
	type RenameTagArgs,
	type RenameTagResult,
	type SeedAnnotations,
	type SetNoteArgs,
	type TagArgs,
	type TagMentionsArgs,
	type UntagArgs,
} from './protocol/commands';
import { loadExchange } from './exchangeLoader';

export interface AnnotationServiceOptions {
	readonly fileSystem: AnnotationFileSystem;
	readonly workspaceFolders: () => readonly URI[];
	/** The text the editor holds for an open seed; undefined when it is not open (then it is read from disk). */
	readonly openDocumentText: (uri: string) => string | undefined;
	/** Every seed of the workspace (URI strings), for workspace-wide commands. */
	readonly listSeeds: () => AsyncIterable<string>;
	/**
	 * For `seed.tagMentions`: the spans (UTF-16 offsets in the open text) of every mention of the
	 * entity at `offset`, or undefined when there is no entity there. Without it the command is refused.
	 */
	readonly mentionsOfEntityAt?: (uri: string, offset: number) => readonly { readonly start: number; readonly end: number }[] | undefined;
	/** The codebook file; `seeds/codebook.yaml` in the first workspace folder by default. */
	readonly codebookUri?: () => URI | undefined;
	readonly sidecarUriFor?: (seed: URI) => URI;
	/** The current coder (`seed.annotations.coder`), written at the top of the coder's new sidecars. */
	readonly coder?: () => string | undefined;
	readonly limits?: SidecarLimits;
	readonly now?: () => Date;
	readonly random?: () => number;
	/** How long after a failed write of moved positions it is tried again (default 5 s). */
	readonly retryWriteMs?: number;
}

/** Why annotations changed: a command, a (re)load of the sidecar, or an edit of the text. */
export type AnnotationChangeCause = 'command' | 'load' | 'edit';

/**
 * An open text's sidecar as loaded and where each annotation is now, in the text the editor holds
 * (`openDocumentText`, once `willChange`'s changes are applied).
 */
interface TrackedText {
	sidecar: Sidecar | undefined;
	anchors: Map<string, TrackedAnchor>;
	/** Why the positions moved by editing could not be written at the last save; they stay in `anchors`. */
	writeProblem?: string;
	retryTimer?: ReturnType<typeof setTimeout>;
}

/** A text with its annotations anchored (for commands, open or not). */
interface AnchoredText {
	readonly text: string;
	readonly annotations: readonly Annotation[];
	readonly anchors: ReadonlyMap<string, TrackedAnchor>;
}

export class AnnotationService {
	private readonly store: SidecarStore;
	private readonly tracked = new Map<string, TrackedText>();
	/** Texts whose sidecar is being loaded and anchored (see `open`). */
	private readonly opening = new Map<string, Promise<void>>();
	private readonly listeners: ((uri: string, cause: AnnotationChangeCause) => void)[] = [];
	/** Loaded with the exchange bundle on the first codebook, rename or export request. */
	private loadedCodebookCommands: CodebookCommands | undefined;

	constructor(private readonly options: AnnotationServiceOptions) {
		this.store = new SidecarStore(options.fileSystem, {
			workspaceFolders: options.workspaceFolders,
			...(options.limits ? { limits: options.limits } : {}),
			...(options.sidecarUriFor ? { sidecarUriFor: options.sidecarUriFor } : {}),
			...(options.coder ? { coder: options.coder } : {}),
		});
	}

	/**
	 * The server sends `seed/annotationsChanged` for these URIs and, unless the cause is an edit
	 * (whose diagnostics `onDidChangeContent` publishes anyway), refreshes their diagnostics.
	 */
	onDidChangeAnnotations(listener: (uri: string, cause: AnnotationChangeCause) => void): void {
		this.listeners.push(listener);
	}

	// --- Document lifecycle -------------------------------------------------------------------

	/**
	 * On didOpen: loads the sidecar and anchors its annotations in the text as the editor holds it
	 * now. Both run in slices of a few milliseconds (a sidecar of 10,000 is read and anchored in
	 * about a hundred), so other requests are answered meanwhile; `opened` waits for it.
	 */
	open(uri: string): Promise<void> {
		const opening = this.load(uri).finally(() => {
			if (this.opening.get(uri) === opening) this.opening.delete(uri);
		});
		this.opening.set(uri, opening);
		return opening;
	}

	/** Settles once the annotations of an open text are loaded (at once when they are). */
	async opened(uri: string): Promise<void> {
		await this.opening.get(uri)?.catch(() => undefined);
	}

	private async load(uri: string): Promise<void> {
		let loaded: Sidecar | undefined;
		try {
			loaded = await this.loadSidecar(uri);
		} catch (error) {
			if (!isAnnotationCommandError(error)) {
				throw error;
			}
			// Malformed: `sidecarDiagnostics` reports it, and every command on this text is refused.
		}
		const annotations = loaded?.annotations ?? [];
		for (let attempt = 1; ; attempt++) {
			const text = this.options.openDocumentText(uri);
			if (text === undefined) {
				return; // closed again meanwhile
			}
			// Edited while it was anchored in slices: anchored again in the new text (the last time at once).
			const anchors = attempt < 3 ? await anchorAllInSlices(text, annotations) : anchorAll(text, annotations);
			if (this.options.openDocumentText(uri) !== text) {
				continue;
			}
			this.tracked.set(uri, { sidecar: loaded, anchors });
			this.changed(uri, 'load');
			return;
		}
	}

	/**
	 * Before the editor's changes are applied (call it from the `update` of `TextDocuments`):
	 * moves the annotations with their words.
	 */
	willChange(uri: string, textBefore: string, changes: readonly TextDocumentContentChangeEvent[]): void {
		const tracked = this.tracked.get(uri);
		if (!tracked || tracked.anchors.size === 0) {
			return;
		}
		const { changes: offsetChanges, textAfter } = toOffsetChanges(textBefore, changes);
		const ids = [...tracked.anchors.keys()];
		const before = ids.map(id => tracked.anchors.get(id)!);
		const passages = ids.map((id, index) => {
			const anchor = before[index];
			return anchor.kind === 'anchored' ? textBefore.slice(anchor.start, anchor.end) : (tracked.sidecar?.get(id)?.text ?? '');
		});
		const after = followChanges(before, passages, offsetChanges, textAfter);
		const inserted = offsetChanges.reduce((total, change) => total + change.insertedLength, 0);
		ids.forEach((id, index) => {
			let anchor = after[index];
			const previous = before[index];
			// A large replacement (the document reloaded from disk) is re-anchored like an outside edit.
			if (anchor.kind === 'orphaned' && previous.kind === 'anchored' && inserted >= passages[index].length + 64) {
				const query = {
					text: passages[index],
					start: previous.start,
					end: previous.end,
					...contextAround(textBefore, previous.start, previous.end),
				};
				const result = reanchor(textAfter, query, anchor.at);
				if (result.status !== 'orphaned' && textAfter.slice(result.start, result.end) === passages[index]) {
					anchor = { kind: 'anchored', start: result.start, end: result.end };
				}
			}
			tracked.anchors.set(id, anchor);
		});
		// After the change is applied: listeners then see the new text.
		queueMicrotask(() => this.changed(uri, 'edit'));
	}

	/**
	 * On didSave: writes the positions that editing moved (and the passages' current words) to the
	 * sidecar. When they cannot be written (read-only folder, full disk, a lock held too long) they
	 * stay in memory, a diagnostic on the text says why, and the write is tried again later and at
	 * the next save. Never rejects: a failed write must not stop the server.
	 */
	async saved(uri: string): Promise<void> {
		const tracked = this.tracked.get(uri);
		const text = this.options.openDocumentText(uri);
		if (!tracked?.sidecar || text === undefined) {
			return;
		}
		clearTimeout(tracked.retryTimer);
		const changes = new Map<string, SlotChanges>();
		for (const annotation of tracked.sidecar.annotations) {
			const anchor = tracked.anchors.get(annotation.id);
			if (anchor?.kind !== 'anchored') {
				continue; // orphans keep their last known place until re-anchored or deleted
			}
			const moved = withPosition(annotation, text, anchor.start, anchor.end);
			if (
				moved.start !== annotation.start ||
				moved.end !== annotation.end ||
				moved.text !== annotation.text ||
				moved.before !== annotation.before ||
				moved.after !== annotation.after
			) {
				changes.set(annotation.id, {
					start: moved.start,
					end: moved.end,
					text: moved.text,
					before: moved.before,
					after: moved.after,
				});
			}
		}
		const hadProblem = tracked.writeProblem !== undefined;
		let problem: string | undefined;
		if (changes.size > 0) {
			try {
				await this.store.updateMany(URI.parse(uri), changes);
				const sidecar = await this.loadSidecar(uri);
				// A newer edit may have moved the annotations meanwhile: the anchors stay, the sidecar follows the file.
				tracked.sidecar = sidecar;
			} catch (error) {
				// A malformed sidecar has its own diagnostic; everything else (EACCES, ENOSPC, a lock) gets one here.
				if (!(error instanceof SidecarError && error.problems.length > 0) && !isAnnotationCommandError(error)) {
					problem = error instanceof Error ? error.message : String(error);
				}
			}
		}
		tracked.writeProblem = problem;
		if (problem !== undefined && this.tracked.get(uri) === tracked) {
			const retry = setTimeout(() => void this.saved(uri), this.options.retryWriteMs ?? 5000);
			(retry as { unref?: () => void }).unref?.();
			tracked.retryTimer = retry;
		}
		if (hadProblem || problem !== undefined) {
			this.changed(uri, 'command');
		}
	}

	close(uri: string): void {
		clearTimeout(this.tracked.get(uri)?.retryTimer);
		this.tracked.delete(uri);
	}

	/**
	 * A sidecar changed on disk (watched `*.tags.yaml`): forgets it and re-anchors its open text.
	 * Returns the seed URI whose annotations changed, when it is open.
	 */
	async sidecarChangedOnDisk(sidecarUri: string): Promise<string | undefined> {
		for (const [uri, tracked] of this.tracked) {
			if (this.store.sidecarUri(URI.parse(uri)).toString() !== URI.parse(sidecarUri).toString()) {
				continue;
			}
			// The store re-reads the file only if its size or time changed, so the watcher's echo of
			// our own write costs a stat, not a parse of a large sidecar.
			const state = await this.store.load(URI.parse(uri));
			if (state.kind === 'ok' && state.sidecar === tracked.sidecar) {
				return undefined;
			}
			await this.open(uri);
			return uri;
		}
		return undefined;
	}

	// --- Commands ------------------------------------------------------------------------------

	/** Runs one of the annotation commands of `ServerCommand`; undefined for commands it does not own. */
	async executeCommand(command: string, args: readonly unknown[] | undefined): Promise<unknown> {
		const arg = (args ?? [])[0] as never;
		switch (command) {
			case ServerCommand.tag:
				return this.tag(arg);
			case ServerCommand.tagMentions:
				return this.tagMentions(arg);
			case ServerCommand.untag:
				return this.untag(arg);
			case ServerCommand.setNote:
				return this.setNote(arg);
			case ServerCommand.annotations:
				return this.annotations(arg);
			case ServerCommand.workspaceAnnotations:
				return this.workspaceAnnotations();
			case ServerCommand.renameTag:
				return this.renameTag(arg);
			case ServerCommand.export:
				return this.export(arg);
			case ServerCommand.reanchor:
				return this.reanchorTo(arg);
			case ServerCommand.codebook:
				return this.codebookCommands.codebook(this.tagsOfOpenTexts(), (arg as CodebookArgs | null | undefined)?.knownVersion);
			case ServerCommand.addCodebookTag:
				return this.addCodebookTag(arg);
			case ServerCommand.restore:
				return restoreAnnotation(this, arg);
			default:
				return undefined;
		}
	}

	/** The annotation commands, for `executeCommandProvider.commands`. */
	static readonly commands: readonly string[] = [
		ServerCommand.tag,
		ServerCommand.tagMentions,
		ServerCommand.untag,
		ServerCommand.setNote,
		ServerCommand.annotations,
		ServerCommand.workspaceAnnotations,
		ServerCommand.renameTag,
		ServerCommand.export,
		ServerCommand.reanchor,
		ServerCommand.codebook,
		ServerCommand.addCodebookTag,
		ServerCommand.restore,
	];

	/** `restored`: an annotation removed earlier, put back with its id and time (see `restoreCommand.ts`). */
	async tag(args: TagArgs, restored?: RestoredIdentity): Promise<AnnotationInfo> {
		const uri = requireString(args?.uri, 'uri');
		const tag = requireTagName(args?.tag);
		const text = await this.currentText(uri);
		const positions = TextDocument.create(uri, 'seed', 0, text);
		let start = clampToCodePoint(text, positions.offsetAt(requireRange(args.range).start), 'backward');
		let end = clampToCodePoint(text, positions.offsetAt(args.range.end), 'forward');
		if (restored && text.slice(start, end) !== restored.text) {
			// The text changed since the removal: the same words nearest to where they were.
			const found = nearestOccurrence(text, restored.text, start);
			if (found === undefined) {
				throw new AnnotationCommandError(`Cannot restore the tag: "${shorten(restored.text)}" is no longer in ${fileName(uri)}.`);
			}
			[start, end] = [found, found + restored.text.length];
		}
		if (end <= start) {
			throw new AnnotationCommandError(`Select a passage of ${fileName(uri)} to tag it.`);
		}
		const existing = new Set((await this.anchored(uri)).annotations.map(annotation => annotation.id));
		if (restored && existing.has(restored.id)) {
			throw new AnnotationCommandError(`Cannot restore the tag: ${fileName(uri)} already has an annotation ${restored.id}.`);
		}
		let id = restored?.id ?? createAnnotationId(this.options.random);
		while (!restored && existing.has(id)) {
			id = createAnnotationId(this.options.random);
		}
		const note = args.note?.trim();
		const annotation: Annotation = {
			id,
			tag,
			text: text.slice(start, end),
			start,
			end,
			...contextAround(text, start, end),
			...(note ? { note } : {}),
			created: restored?.created ?? (this.options.now?.() ?? new Date()).toISOString(),
		};
		await withCommandErrors(() => this.store.add(URI.parse(uri), annotation));
		await this.afterMutation(uri, annotation.id, { kind: 'anchored', start, end }, text);
		return this.info(uri, annotation);
	}

	/** Tags every mention of the entity at a position (those not already carrying this tag), in one write. */
	async tagMentions(args: TagMentionsArgs): Promise<AnnotationInfo[]> {
		const uri = requireString(args?.uri, 'uri');
		const tag = requireTagName(args?.tag);
		const text = await this.currentText(uri);
		const offset = TextDocument.create(uri, 'seed', 0, text).offsetAt(args.position);
		const spans = this.options.mentionsOfEntityAt?.(uri, offset);
		if (!spans || spans.length === 0) {
			throw new AnnotationCommandError(
				`There is no known entity at line ${args.position.line + 1}, column ${args.position.character + 1} of ${fileName(uri)}.`,
			);
		}
		const anchored = await this.anchored(uri);
		const taken = new Set(
			anchored.annotations.flatMap(annotation => {
				const anchor = anchored.anchors.get(annotation.id);
				return annotation.tag === tag && anchor?.kind === 'anchored' ? [`${anchor.start}:${anchor.end}`] : [];
			}),
		);
		const ids = new Set(anchored.annotations.map(annotation => annotation.id));
		const created = (this.options.now?.() ?? new Date()).toISOString();
		const added: Annotation[] = [];
		for (const { start, end } of spans) {
			if (end <= start || end > text.length || taken.has(`${start}:${end}`)) {
				continue;
			}
			let id = createAnnotationId(this.options.random);
			while (ids.has(id)) {
				id = createAnnotationId(this.options.random);
			}
			ids.add(id);
			taken.add(`${start}:${end}`);
			added.push({ id, tag, text: text.slice(start, end), start, end, ...contextAround(text, start, end), created });
		}
		await withCommandErrors(() => this.store.addMany(URI.parse(uri), added));
		for (const annotation of added) {
			await this.afterMutation(uri, annotation.id, { kind: 'anchored', start: annotation.start, end: annotation.end }, text);
		}
		const infos = await this.annotations({ uri });
		return infos.filter(info => added.some(annotation => annotation.id === info.id));
	}

	async untag(args: UntagArgs): Promise<true> {
		const uri = requireString(args?.uri, 'uri');
		const id = requireString(args?.id, 'id');
		await withCommandErrors(() => this.store.remove(URI.parse(uri), id));
		await this.afterMutation(uri, id, undefined);
		return true;
	}

	async setNote(args: SetNoteArgs): Promise<AnnotationInfo> {
		const uri = requireString(args?.uri, 'uri');
		const id = requireString(args?.id, 'id');
		const note = typeof args.note === 'string' && args.note.trim() !== '' ? args.note : undefined;
		const updated = await withCommandErrors(() => this.store.update(URI.parse(uri), id, { note }));
		await this.afterMutation(uri, id, null);
		return this.info(uri, updated);
	}

	/** Attaches an annotation (typically an orphan) to a new range: the quick fix "re-anchor to selection". */
	async reanchorTo(args: ReanchorArgs): Promise<AnnotationInfo> {
		const uri = requireString(args?.uri, 'uri');
		const id = requireString(args?.id, 'id');
		const text = await this.currentText(uri);
		const positions = TextDocument.create(uri, 'seed', 0, text);
		const start = positions.offsetAt(requireRange(args.range).start);
		const end = positions.offsetAt(args.range.end);
		if (end <= start) {
			throw new AnnotationCommandError(`Select the passage of ${fileName(uri)} to attach the annotation to.`);
		}
		const moved = withPosition({ id, tag: '', text: '', start, end, before: '', after: '', created: '' }, text, start, end);
		const updated = await withCommandErrors(() =>
			this.store.update(URI.parse(uri), id, { start, end, text: moved.text, before: moved.before, after: moved.after }),
		);
		await this.afterMutation(uri, id, { kind: 'anchored', start, end }, text);
		return this.info(uri, updated);
	}

	/** The text's annotations with their current ranges, sorted by position (orphans by their last place). */
	async annotations(args: AnnotationsArgs): Promise<AnnotationInfo[]> {
		const uri = requireString(args?.uri, 'uri');
		const anchored = await this.anchored(uri);
		return this.infos(uri, anchored);
	}

	async workspaceAnnotations(): Promise<SeedAnnotations[]> {
		const result: SeedAnnotations[] = [];
		for await (const uri of this.options.listSeeds()) {
			const state = await this.store.load(URI.parse(uri));
			if (state.kind === 'ok' && state.sidecar.annotations.length > 0) {
				result.push({ uri, annotations: this.infos(uri, await this.anchored(uri)) });
			}
		}
		return result;
	}

	renameTag(args: RenameTagArgs): Promise<RenameTagResult> {
		return loadExchange().renameTagEverywhere(args, {
			store: this.store,
			codebook: this.codebookCommands,
			fileSystem: this.options.fileSystem,
			workspaceFolders: this.options.workspaceFolders,
			listSeeds: this.options.listSeeds,
			renamedIn: uri => this.afterMutation(uri, undefined, null),
		});
	}

	export(args: ExportArgs): Promise<string> {
		return loadExchange().exportAnnotations(args, {
			store: this.store,
			fileSystem: this.options.fileSystem,
			...(this.options.limits ? { limits: this.options.limits } : {}),
			listSeeds: this.options.listSeeds,
			relativePath: uri => this.relativePath(uri),
			...(this.options.coder ? { coder: this.options.coder } : {}),
			codebookTags: async () => (await this.codebook()).tags.map(tag => tag.name),
		});
	}

	/** The codebook's tags, and the tags of open texts it does not list. */
	codebook(): Promise<CodebookInfo> {
		return this.codebookCommands.codebook(this.tagsOfOpenTexts());
	}

	addCodebookTag(args: AddCodebookTagArgs): Promise<CodebookTag> {
		return this.codebookCommands.addTag(args);
	}

	/** The codebook read once per version (the codebook view's edits use it too). */
	codebookIndex(): CodebookIndex {
		return this.codebookCommands.index;
	}

	/** Reads a large codebook ahead, at start and when it changes, so that the first tag added or renamed finds it read. */
	async readCodebookAhead(): Promise<void> {
		const uri = this.options.codebookUri?.();
		const stat = uri && (await this.options.fileSystem.stat(uri).catch(() => undefined));
		if (stat && stat.size >= 64 * 1024) await this.codebookCommands.readAhead();
	}

	/** A seed's sidecar and its annotations as stored, not anchored (cheap: for counting tags); none when missing or malformed. */
	async stored(uri: string): Promise<{ readonly sidecarUri: string; readonly annotations: readonly Annotation[] }> {
		const seed = URI.parse(uri);
		const state = await this.store.load(seed).catch(() => undefined);
		return { sidecarUri: this.store.sidecarUri(seed).toString(), annotations: state?.kind === 'ok' ? state.sidecar.annotations : [] };
	}

	// --- Diagnostics, quick fixes, hover ---------------------------------------------------------

	/**
	 * `orphaned-annotation` warnings for an open text, on the line where each passage was last seen,
	 * and an `unsaved-annotation-positions` error when the moved positions could not be written.
	 */
	orphanDiagnostics(uri: string): Diagnostic[] {
		return orphanDiagnostics(uri, this.options.openDocumentText(uri), this.tracked.get(uri));
	}

	orphanQuickFixes(uri: string, diagnostic: Diagnostic, selection: Range): CodeAction[] {
		return orphanQuickFixes(uri, diagnostic, selection);
	}

	/** Errors of a malformed sidecar, for a diagnostic in the YAML file itself; `uri` is the seed's. */
	async sidecarDiagnostics(uri: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
		const seed = URI.parse(uri);
		return { uri: this.store.sidecarUri(seed).toString(), diagnostics: malformedSidecarDiagnostics(await this.store.load(seed)) };
	}

	/** The annotations of an open text covering a position, for hovers. */
	annotationsAt(uri: string, position: Position): AnnotationInfo[] {
		const tracked = this.tracked.get(uri);
		const text = this.options.openDocumentText(uri);
		if (!tracked?.sidecar || text === undefined) {
			return [];
		}
		const offset = TextDocument.create(uri, 'seed', 0, text).offsetAt(position);
		return this.infos(uri, { text, annotations: tracked.sidecar.annotations, anchors: tracked.anchors }).filter(info => {
			const anchor = tracked.anchors.get(info.id);
			return anchor?.kind === 'anchored' && anchor.start <= offset && offset < anchor.end;
		});
	}

	/** Markdown for a hover over tagged words: each tag with its note. */
	hoverMarkdown(uri: string, position: Position): string | undefined {
		const here = this.annotationsAt(uri, position);
		return here.length === 0 ? undefined : here.map(info => `**${info.tag}**${info.note ? ` — ${info.note}` : ''}`).join('  \n');
	}

	// --- Internals -----------------------------------------------------------------------------

	private async anchored(uri: string): Promise<AnchoredText> {
		const tracked = this.tracked.get(uri);
		const sidecar = await this.loadSidecar(uri);
		const text = await this.currentText(uri);
		if (tracked && tracked.sidecar === sidecar) {
			return { text, annotations: sidecar?.annotations ?? [], anchors: tracked.anchors };
		}
		// Not open, or its sidecar changed on disk since it was loaded: anchor from the sidecar.
		const anchors = anchorAll(text, sidecar?.annotations ?? []);
		if (tracked) {
			Object.assign(tracked, { sidecar, anchors });
		}
		return { text, annotations: sidecar?.annotations ?? [], anchors };
	}

	/** The parsed sidecar, undefined when there is none; a malformed one refuses with its problem. */
	private async loadSidecar(uri: string): Promise<Sidecar | undefined> {
		const state = await this.store.load(URI.parse(uri));
		if (state.kind === 'malformed') {
			const problem = state.problems[0];
			if (state.unreadable) {
				throw new AnnotationCommandError(`Cannot use the tags of ${fileName(uri)}: ${problem?.message}`);
			}
			throw new AnnotationCommandError(
				`${this.store.sidecarUri(URI.parse(uri)).fsPath} is malformed and is left untouched: ${problem?.message} `
					+ `(line ${(problem?.range.start.line ?? 0) + 1}, column ${(problem?.range.start.character ?? 0) + 1})`,
			);
		}
		return state.kind === 'ok' ? state.sidecar : undefined;
	}

	/**
	 * Brings the open text's state up to date after a command changed its sidecar. `anchor`:
	 * the changed annotation's place (undefined when it was removed, null when unchanged).
	 */
	private async afterMutation(
		uri: string,
		id: string | undefined,
		anchor: TrackedAnchor | undefined | null,
		textAtCommand?: string,
	): Promise<void> {
		const tracked = this.tracked.get(uri);
		if (tracked) {
			tracked.sidecar = await this.loadSidecar(uri);
			if (id !== undefined && anchor === undefined) {
				tracked.anchors.delete(id);
			} else if (id !== undefined && anchor) {
				let current = anchor;
				const text = this.options.openDocumentText(uri);
				if (textAtCommand !== undefined && text !== undefined && textAtCommand !== text && anchor.kind === 'anchored') {
					// The text changed while the sidecar was written: find the passage again.
					const annotation = tracked.sidecar?.get(id);
					const result = annotation ? reanchor(text, annotation) : { status: 'orphaned' as const };
					current =
						result.status === 'orphaned'
							? { kind: 'orphaned', at: anchor.start }
							: { kind: 'anchored', start: result.start, end: result.end };
				}
				tracked.anchors.set(id, current);
			}
		}
		this.changed(uri, 'command');
	}

	private infos(uri: string, anchored: AnchoredText): AnnotationInfo[] {
		const positions = TextDocument.create(uri, 'seed', 0, anchored.text);
		const placed = anchored.annotations.map(annotation => {
			const anchor = anchored.anchors.get(annotation.id);
			const start = anchor?.kind === 'anchored' ? anchor.start : (anchor?.at ?? annotation.start);
			return { annotation, anchor, start };
		});
		placed.sort((a, b) => a.start - b.start);
		return placed.map(({ annotation, anchor }) => ({
			id: annotation.id,
			tag: annotation.tag,
			text: anchor?.kind === 'anchored' ? anchored.text.slice(anchor.start, anchor.end) : annotation.text,
			...(anchor?.kind === 'anchored'
				? { range: { start: positions.positionAt(anchor.start), end: positions.positionAt(anchor.end) } }
				: { orphaned: true }),
			...(annotation.note !== undefined ? { note: annotation.note } : {}),
			created: annotation.created,
		}));
	}

	private async info(uri: string, annotation: Annotation): Promise<AnnotationInfo> {
		const infos = await this.annotations({ uri });
		return (
			infos.find(info => info.id === annotation.id) ?? {
				id: annotation.id,
				tag: annotation.tag,
				text: annotation.text,
				created: annotation.created,
				orphaned: true,
			}
		);
	}

	private async currentText(uri: string): Promise<string> {
		const open = this.options.openDocumentText(uri);
		if (open !== undefined) {
			return open;
		}
		const text = await readFileText(this.options.fileSystem, URI.parse(uri));
		if (text === undefined) {
			throw new AnnotationCommandError(`Cannot read ${URI.parse(uri).fsPath}.`);
		}
		return text;
	}

	private get codebookCommands(): CodebookCommands {
		this.loadedCodebookCommands ??= new (loadExchange().CodebookCommands)(this.options);
		return this.loadedCodebookCommands;
	}

	private *tagsOfOpenTexts(): Iterable<string> {
		for (const tracked of this.tracked.values()) {
			for (const annotation of tracked.sidecar?.annotations ?? []) yield annotation.tag;
		}
	}

	private relativePath(uri: string): string {
		const parsed = URI.parse(uri);
		const folder = this.options.workspaceFolders().find(candidate => isInsideFolder(parsed, candidate));
		return folder ? parsed.path.slice(folder.path.replace(/\/$/, '').length + 1) : parsed.fsPath;
	}

	private changed(uri: string, cause: AnnotationChangeCause): void {
		for (const listener of this.listeners) {
			listener(uri, cause);
		}
	}
}

function anchorAll(text: string, annotations: readonly Annotation[]): Map<string, TrackedAnchor> {
	return anchorsOf(text, annotations, reanchorAll(text, annotations));
}

async function anchorAllInSlices(text: string, annotations: readonly Annotation[]): Promise<Map<string, TrackedAnchor>> {
	return anchorsOf(text, annotations, await runInSlices(reanchorAllInSteps(text, annotations)));
}

function anchorsOf(text: string, annotations: readonly Annotation[], results: readonly AnchorResult[]): Map<string, TrackedAnchor> {
	return new Map(annotations.map((annotation, index) => {
		const result = results[index];
		const anchor: TrackedAnchor =
			result.status === 'orphaned'
				? { kind: 'orphaned', at: Math.min(annotation.start, text.length) }
				: { kind: 'anchored', start: result.start, end: result.end };
		return [annotation.id, anchor];
	}));
}

/** The start of the occurrence of `passage` in `text` nearest to `near`, if any. */
function nearestOccurrence(text: string, passage: string, near: number): number | undefined {
	let best: number | undefined;
	for (let at = text.indexOf(passage); at >= 0 && passage.length > 0; at = text.indexOf(passage, at + 1)) {
		if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) {
			best = at;
		}
	}
	return best;
}

export { defaultSidecarUri };
