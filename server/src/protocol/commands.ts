/**
 * The commands and notifications the Seed language server offers beyond standard LSP, shared by the
 * server and the VS Code client (and documented in the README for other editors). Annotation
 * commands run through `workspace/executeCommand` so that any LSP editor can use them; each takes
 * one argument object and answers with the result below, or an LSP error whose message names the
 * file and the reason.
 *
 * Ranges are LSP ranges (UTF-16 code units) in the text as the editor holds it.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { CorpusStatsFilter } from '../core/stats/corpusStatsTypes';

export const ServerCommand = {
	/** `[TagArgs]` → `AnnotationInfo` */
	tag: 'seed.tag',
	/** `[TagMentionsArgs]` → `AnnotationInfo[]`: tags every mention of the entity at a position. */
	tagMentions: 'seed.tagMentions',
	/** `[UntagArgs]` → `true` */
	untag: 'seed.untag',
	/** `[SetNoteArgs]` → `AnnotationInfo` */
	setNote: 'seed.setNote',
	/** `[AnnotationsArgs]` → `AnnotationInfo[]` with current ranges, sorted by position. */
	annotations: 'seed.annotations',
	/** `[]` → `SeedAnnotations[]` for every seed of the workspace with a sidecar. */
	workspaceAnnotations: 'seed.workspaceAnnotations',
	/** `[RenameTagArgs]` → `RenameTagResult`: across the workspace's sidecars and the codebook. */
	renameTag: 'seed.renameTag',
	/** `[ExportArgs]` → `string`, the exported content. */
	export: 'seed.export',
	/** `[ReanchorArgs]` → `AnnotationInfo`: attaches an orphaned annotation to a new range. */
	reanchor: 'seed.reanchor',
	/**
	 * `[]` → `CodebookInfo`: the workspace codebook's tags (plus tags in use that it lacks);
	 * `[CodebookArgs]` → `CodebookUnchanged` instead when `knownVersion` is still the current version.
	 */
	codebook: 'seed.codebook',
	/** `[AddCodebookTagArgs]` → `CodebookTag`: adds a tag to the codebook file, keeping its comments. */
	addCodebookTag: 'seed.addCodebookTag',
	/** `[RestoreArgs]` → `AnnotationInfo`: puts a removed annotation back with its id, note and time (undo of untag). */
	restore: 'seed.restore',
	/** `[ExportProjectArgs]` → `ExportProjectResult`: the workspace as a REFI-QDA project (.qdpx) or codebook (.qdc). */
	exportProject: 'seed.exportProject',
	/** `[ImportProjectArgs]` → `ImportProjectResult`: a .qdpx into a workspace folder, all or nothing. */
	importProject: 'seed.importProject',
	/** `[AddToRegistryArgs]` → `true`: adds a detected entity to the entity registry. */
	addToRegistry: 'seed.addToRegistry',
	/** `[CorpusStatsArgs?]` → `CorpusStats` (see `core/stats/corpusStatsTypes.ts`): the corpus overview's figures. */
	corpusStats: 'seed.corpusStats',
	/** `[CorpusPassagesArgs]` → `CorpusPassage[]`: the passages behind a cell of the overview's heat map. */
	corpusPassages: 'seed.corpusPassages',
	/** `[CodebookEditArgs]` → `CodebookEditResult`: edits the codebook (and, to merge, every sidecar). */
	editCodebook: 'seed.editCodebook',
} as const;

export type ServerCommand = (typeof ServerCommand)[keyof typeof ServerCommand];

/** Sent by the server whenever the annotations of a seed change (command, edit, or outside change). */
export const annotationsChangedNotification = 'seed/annotationsChanged';
export interface AnnotationsChangedParams {
	readonly uri: string;
}

/** Answers `{ pid, indexedSeeds }`; the in-editor tests use it to stop the server and watch it return. */
export const serverInfoRequest = 'seed/serverInfo';

export interface TagArgs {
	readonly uri: string;
	readonly range: Range;
	readonly tag: string;
	readonly note?: string;
}

export interface TagMentionsArgs {
	readonly uri: string;
	readonly position: Position;
	readonly tag: string;
}

export interface UntagArgs {
	readonly uri: string;
	readonly id: string;
}

export interface SetNoteArgs {
	readonly uri: string;
	readonly id: string;
	/** An empty note removes it. */
	readonly note: string;
}

export interface AnnotationsArgs {
	readonly uri: string;
}

export interface RenameTagArgs {
	readonly from: string;
	readonly to: string;
}

export interface RenameTagResult {
	/** Annotations renamed, and the sidecars they are in. */
	readonly renamed: number;
	readonly files: number;
	/** Whether the codebook listed the tag and was renamed too. */
	readonly codebook: boolean;
}

export type ExportFormat = 'csv' | 'jsonl' | 'w3c' | 'brat';

export interface ExportArgs {
	readonly format: ExportFormat;
	/** The seeds to export; all annotated seeds of the workspace when left out. */
	readonly uris?: readonly string[];
	/** CSV: prefix cells a spreadsheet would run as formulas with `'` (default true). */
	readonly formulaEscape?: boolean;
	/** brat: answer the JSON object of files (with `annotation.conf`) even for one seed. */
	readonly bratConf?: boolean;
}

export interface ExportProjectArgs {
	readonly format: 'qdpx' | 'qdc';
	/** The seeds to export; every seed of the workspace when left out. */
	readonly uris?: readonly string[];
	/**
	 * A `file:` URI: the server writes the file there itself (atomically; the person chose it, so it
	 * may be outside the workspace) and answers without `content`, however large the project.
	 */
	readonly target?: string;
}

export interface ExportProjectResult {
	/** Without `target`, the file's content: base64 for a .qdpx (a zip), the XML text for a .qdc. */
	readonly content?: string;
	readonly encoding?: 'base64' | 'utf8';
	/** With `target`: the file written (its URI) and its size in bytes. */
	readonly written?: string;
	readonly bytes?: number;
	readonly sources: number;
	readonly codings: number;
	/** Files left out (unreadable, malformed sidecars) and annotations no longer found, as sentences. */
	readonly problems: readonly string[];
}

export interface ImportProjectArgs {
	/** The .qdpx file (a file URI). */
	readonly file: string;
	/** The folder to import into (a file URI inside a workspace folder, or one itself). */
	readonly folder: string;
	/** Replace seeds and sidecars that differ, and codebook entries; otherwise such an import is refused. */
	readonly overwrite?: boolean;
	/** How the project counts positions (default: code points, the standard). */
	readonly positions?: 'codepoints' | 'utf16';
}

export interface ImportProjectResult {
	/** The import report for people (several lines). */
	readonly summary: string;
	readonly sources: number;
	readonly codings: number;
	/** Paths written, relative to the folder. */
	readonly written: readonly string[];
	readonly skipped: number;
}

export interface ReanchorArgs {
	readonly uri: string;
	readonly id: string;
	readonly range: Range;
}

export interface RestoreArgs {
	readonly uri: string;
	/** The annotation as `seed.annotations` gave it before it was removed; `range` is where its passage is now. */
	readonly annotation: {
		readonly id: string;
		readonly tag: string;
		readonly text: string;
		readonly range: Range;
		readonly note?: string;
		readonly created: string;
	};
}

export interface AddCodebookTagArgs {
	readonly tag: string;
	readonly description?: string;
	/** `#rrggbb`; one is chosen when left out. */
	readonly color?: string;
}

export interface AddToRegistryArgs {
	readonly name: string;
	readonly kind: 'person' | 'place' | 'organization' | 'event';
	readonly aliases?: readonly string[];
	readonly description?: string;
}

export interface CorpusStatsArgs {
	/** Code, coder, date range and folder filters (all optional). */
	readonly filter?: CorpusStatsFilter;
	readonly granularity?: 'week' | 'month';
	readonly topEntities?: number;
	/** The heat map's columns: at most this many seeds, those with the most passages. */
	readonly matrixSeedLimit?: number;
}

/**
 * What the Corpus Overview asks for when it opens (every seed, by month, the heat map at 60 seeds):
 * the server computes these figures ahead once the workspace is indexed.
 */
export const overviewOpeningArgs = { filter: {}, granularity: 'month', matrixSeedLimit: 60 } as const satisfies CorpusStatsArgs;

export interface CorpusPassagesArgs {
	readonly uri: string;
	/** The code; the codes under it are included. */
	readonly code: string;
	/** Only these coders' sidecars ('' is the plain sidecar); all when left out. */
	readonly coders?: readonly string[];
}

export interface CorpusPassage {
	readonly tag: string;
	/** '' for the plain sidecar. */
	readonly coder: string;
	readonly text: string;
	/** Absent when the words can no longer be found in the text. */
	readonly range?: Range;
}

/**
 * Codebook management: `describe` sets a description (empty removes it), `recolor` a colour,
 * `addChild` adds `tag/child`, `delete` removes an unused tag, `merge` renames `tag` (and the tags
 * under it) onto `into` in every sidecar (coders' too) and the codebook, all or nothing; with
 * `preview` it only counts what would change.
 */
export type CodebookEditArgs =
	| { readonly action: 'describe'; readonly tag: string; readonly description: string }
	| { readonly action: 'recolor'; readonly tag: string; readonly color: string }
	| { readonly action: 'addChild'; readonly tag: string; readonly child: string; readonly description?: string }
	| { readonly action: 'delete'; readonly tag: string }
	| { readonly action: 'merge'; readonly tag: string; readonly into: string; readonly preview?: boolean };

export interface CodebookEditResult {
	/** For `merge`: the passages renamed (or to be renamed), in how many seeds and sidecar files. */
	readonly passages?: number;
	readonly seeds?: number;
	readonly files?: number;
	/** The tag added by `addChild`. */
	readonly tag?: string;
}

export interface AnnotationInfo {
	readonly id: string;
	readonly tag: string;
	readonly text: string;
	/** Where the passage is now; absent when the annotation is orphaned (its passage was not found). */
	readonly range?: Range;
	readonly note?: string;
	readonly created: string;
	readonly orphaned?: boolean;
}

export interface SeedAnnotations {
	readonly uri: string;
	readonly annotations: readonly AnnotationInfo[];
}

export interface CodebookTag {
	readonly name: string;
	readonly description?: string;
	/** `#rrggbb` */
	readonly color?: string;
	/** True for a tag used in sidecars but missing from the codebook. */
	readonly unlisted?: boolean;
}

export interface CodebookInfo {
	/** The codebook file, when there is one. */
	readonly uri?: string;
	readonly tags: readonly CodebookTag[];
	/** A problem with the codebook file (e.g. malformed YAML), to show to the user. */
	readonly problem?: string;
	/** Changes whenever this answer would (codebook text or file read, unlisted tags in use); within one server run. */
	readonly version?: string;
}

export interface CodebookArgs {
	/** The `version` of the last answer the client keeps: answered `CodebookUnchanged` while it is current. */
	readonly knownVersion?: string;
}

export interface CodebookUnchanged {
	readonly unchanged: true;
	readonly version: string;
}
