/**
 * The codebook commands (`seed.codebook`, `seed.addCodebookTag`): the codebook file read, parsed once
 * per version and edited at text level where its layout allows (`codebookIndex.ts`, in the lazily
 * loaded exchange bundle), every write under the file's lock on its version on disk.
 */
import { URI, Utils } from 'vscode-uri';
import { AnnotationCommandError, requireString, withCommandErrors } from './annotationCommandError';
import type { Codebook } from './core/annotations/codebook';
import type { CodebookIndex } from './core/annotations/codebookIndex';
import { readFileText, type AnnotationFileSystem } from './core/annotations/fileSystem';
import { changeFileUnderLock } from './core/annotations/lockedFileChange';
import { loadExchange } from './exchangeLoader';
import type { AddCodebookTagArgs, CodebookInfo, CodebookTag, CodebookUnchanged } from './protocol/commands';

export interface CodebookCommandsOptions {
	readonly fileSystem: AnnotationFileSystem;
	readonly workspaceFolders: () => readonly URI[];
	/** The codebook file; `seeds/codebook.yaml` in the first workspace folder by default. */
	readonly codebookUri?: () => URI | undefined;
}

export class CodebookCommands {
	private loadedIndex: CodebookIndex | undefined;
	private lastVersion: {
		readonly parsed: Codebook; readonly file?: string; readonly unlisted: string; readonly version: string; readonly count: number;
	} | undefined;
	private readonly run = Math.random().toString(36).slice(2, 10);
	private lastList: { readonly parsed: Codebook; readonly tags: readonly CodebookTag[]; readonly names: ReadonlySet<string> } | undefined;

	constructor(private readonly options: CodebookCommandsOptions) {}

	/** Parsed once per content; loaded with the exchange bundle on first use. */
	get index(): CodebookIndex {
		this.loadedIndex ??= new (loadExchange().CodebookIndex)();
		return this.loadedIndex;
	}

	uri(): URI | undefined {
		if (this.options.codebookUri) {
			return this.options.codebookUri();
		}
		const folder = this.options.workspaceFolders()[0];
		return folder && Utils.joinPath(folder, 'seeds', 'codebook.yaml');
	}

	/**
	 * The codebook's tags, then those of `tagsInUse` it does not list (marked unlisted), with a version
	 * that changes whenever this answer would; only that version when it is `knownVersion`.
	 */
	async codebook(tagsInUse?: Iterable<string>): Promise<CodebookInfo>;
	async codebook(tagsInUse: Iterable<string>, knownVersion: string | undefined): Promise<CodebookInfo | CodebookUnchanged>;
	async codebook(tagsInUse: Iterable<string> = [], knownVersion?: string): Promise<CodebookInfo | CodebookUnchanged> {
		const uri = this.uri();
		const text = uri ? await readFileText(this.options.fileSystem, uri) : undefined;
		const parsed = text === undefined ? { tags: [], problems: [] } : this.index.parse(text);
		// Asked for on every code action with a selection: with 30,000 tags, the list is built once per version.
		if (this.lastList?.parsed !== parsed) {
			const tags = parsed.tags.map(tag => ({
				name: tag.name,
				...(tag.description !== undefined ? { description: tag.description } : {}),
				...(tag.color ? { color: tag.color } : {}),
			}));
			this.lastList = { parsed, tags, names: new Set(tags.map(tag => tag.name)) };
		}
		const unlisted = new Set<string>();
		for (const tag of tagsInUse) {
			if (!this.lastList.names.has(tag)) unlisted.add(tag);
		}
		const file = uri && text !== undefined ? uri.toString() : undefined;
		const version = this.versionOf(parsed, file, [...unlisted].join('\n'));
		if (knownVersion === version) return { unchanged: true, version };
		const error = parsed.problems.find(problem => problem.severity === 'error');
		return {
			...(file ? { uri: file } : {}),
			tags: [...this.lastList.tags, ...[...unlisted].map(name => ({ name, unlisted: true }))],
			...(error ? { problem: `${uri?.fsPath}: ${error.message} (line ${error.range.start.line + 1})` } : {}),
			version,
		};
	}

	/** A new version whenever what is answered changes: the text parsed (the index parses each text once), the file, the unlisted tags. */
	private versionOf(parsed: Codebook, file: string | undefined, unlisted: string): string {
		const last = this.lastVersion;
		if (last?.parsed === parsed && last.file === file && last.unlisted === unlisted) return last.version;
		const count = (last?.count ?? 0) + 1;
		// The run's random part keeps a version of an earlier server (before a restart) from matching.
		this.lastVersion = { parsed, file, unlisted, count, version: `${this.run}.${count}` };
		return this.lastVersion.version;
	}

	/** Reads the codebook into the index now, so that the next command finds it there. */
	async readAhead(): Promise<void> {
		const uri = this.uri();
		const text = uri && (await readFileText(this.options.fileSystem, uri));
		if (text === undefined) return;
		this.index.parse(text);
		// The edits' code run once on a small codebook, so that the first real one does not compile it.
		const warmUp = new (loadExchange().CodebookIndex)();
		const small = 'version: 1\ntags:\n  a:\n    description: A.\n    color: "#111111"\n  b:\n    color: "#222222"\n';
		const renamed = warmUp.renameTag(warmUp.addTag(small, { name: 'a/c', description: 'C.' }), 'a', 'd') ?? small;
		// And those of the codebook view (`codebookEntryEdits.ts`).
		warmUp.mergeTags(warmUp.removeTag(warmUp.setTagFields(renamed, 'b', { description: 'B.', color: '#333333' }), 'd/c'), 'd', 'b');
	}

	async addTag(args: AddCodebookTagArgs): Promise<CodebookTag> {
		const name = requireString(args?.tag, 'tag');
		const uri = this.uri();
		if (!uri) {
			throw new AnnotationCommandError('Open a workspace folder to keep a codebook.');
		}
		const tag = { name, ...(args.description ? { description: args.description } : {}), ...(args.color ? { color: args.color } : {}) };
		// Computed under the codebook's lock from its version on disk, so a tag another writer added stays.
		const updated = await withCommandErrors(() =>
			changeFileUnderLock(this.options.fileSystem, uri, this.options.workspaceFolders(), text => {
				try {
					return this.index.addTag(text ?? '', tag);
				} catch (error) {
					throw new AnnotationCommandError(`Cannot add ${name} to ${uri.fsPath}: ${(error as Error).message}`);
				}
			}),
		);
		const added = this.index.listedTag(updated ?? '', name)!;
		return {
			name,
			...(added.description !== undefined ? { description: added.description } : {}),
			...(added.color ? { color: added.color } : {}),
		};
	}
}
