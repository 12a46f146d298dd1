/**
 * The server side of entities (issue 4): hover, references, document highlights, go to the
 * registry entry, semantic tokens, workspace symbols, background indexing, registry diagnostics
 * and the add-to-registry command. It holds no connection: `server.ts` constructs it with a file
 * reader and a few callbacks and calls it from one-line handlers.
 *
 * Hovers and the other requests read the workspace index, which is updated file by file; they
 * never wait for the background indexing.
 */
import {
	DiagnosticSeverity, DocumentHighlightKind, SymbolKind, type Diagnostic, type DocumentHighlight, type Hover, type Location,
	type Position, type Range, type SemanticTokens, type SymbolInformation, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { EntityDetector, type EntityAnalysis, type PartialAnalysis } from './core/entities/detector';
import { renderEntityHover } from './core/entities/hover';
import type { Lexicon } from './core/entities/lexicon/lexicon';
import { EMPTY_REGISTRY, parseRegistry, type EntityRegistry, type RegistryEntry } from './core/entities/registry';
import { addToRegistryEdit, type NewRegistryEntry } from './core/entities/registryEdit';
import { encodeEntityTokens, ENTITY_TOKEN_LEGEND } from './core/entities/semanticTokens';
import { isEntityKind, type EntityKind } from './core/entities/types';
import { EntityWorkspaceIndex, type IndexedMention } from './core/entities/workspaceIndex';
import { computeLineStarts, LineIndex } from './core/lineIndex';
import type { CancellationToken } from './core/cancellation';
import type { SeedDocument } from './core/model';
import { runToEnd, type Steps } from './core/steps';

export const ENTITY_SEMANTIC_TOKENS_LEGEND = ENTITY_TOKEN_LEGEND;

export interface EntityServiceOptions {
	/** Reads a file by URI; undefined when it does not exist, an error saying why when it cannot be read. */
	readonly readFile: (uri: string) => Promise<string | undefined>;
	/** The registry's URI (setting `seed.entities.registry`, default `seeds/entities.yaml` in the first folder). */
	readonly registryUri: () => string | undefined;
	/** The editor's text of an open document, which wins over the disk. */
	readonly openDocumentText?: (uri: string) => string | undefined;
	/** Tags attached at a range of a seed (from the annotation service); none by default. */
	readonly tagsAt?: (uri: string, range: Range) => readonly string[];
	/** How a seed is named in hover file lists; the file name by default. */
	readonly fileLabel?: (uri: string) => string;
	/** Whether the editor follows `command:` links in hovers (VS Code); true by default. */
	readonly commandLinks?: () => boolean;
	/** `seed.entities.explain`: hovers name the rules that produced the mention; off by default. */
	readonly explain?: () => boolean;
	/** The lexicon every detector of this service uses, built once by the host. */
	readonly lexicon: Lexicon;
}

const SYMBOL_KIND: Readonly<Record<EntityKind, SymbolKind>> = {
	person: SymbolKind.Variable,
	place: SymbolKind.EnumMember,
	organization: SymbolKind.Class,
	event: SymbolKind.Event,
};

export class EntityService {
	readonly index = new EntityWorkspaceIndex();
	private registry: EntityRegistry = EMPTY_REGISTRY;
	private registryById = new Map<string, RegistryEntry>();
	private loadedRegistryUri: string | undefined;
	private detector: EntityDetector;
	/** Per open document, its last analysis (or the one in progress), whose paragraphs the next version reuses. */
	private readonly analyses = new Map<string, EntityAnalysis | PartialAnalysis>();

	constructor(private readonly options: EntityServiceOptions) {
		this.detector = new EntityDetector([], options.lexicon);
	}

	// ---- registry ------------------------------------------------------------------------------

	/**
	 * (Re)reads the registry and rebuilds the detector. Returns the registry's diagnostics, to
	 * publish for `registryUri()`. Open documents must then be re-analysed (`updateDocument`) and
	 * the workspace re-indexed (the server's background indexing), since names may have changed kind or identity.
	 */
	async loadRegistry(): Promise<{ uri: string; diagnostics: Diagnostic[] } | undefined> {
		const uri = this.options.registryUri();
		this.loadedRegistryUri = uri;
		try {
			const text = uri ? this.options.openDocumentText?.(uri) ?? await this.options.readFile(uri) : undefined;
			this.registry = text === undefined ? EMPTY_REGISTRY : parseRegistry(text);
		} catch (error) {
			// A registry that cannot be read (a folder, no permission, a FIFO) is reported on itself; detection goes on without it.
			this.registry = unreadableRegistry(error instanceof Error ? error.message : `Cannot read ${uri}`);
		}
		this.registryById = new Map(this.registry.entries.map(entry => [entry.id, entry]));
		this.detector = new EntityDetector(this.registry.entries, this.options.lexicon);
		this.analyses.clear();
		return uri ? { uri, diagnostics: this.registryDiagnostics() } : undefined;
	}

	isRegistry(uri: string): boolean {
		return uri === this.loadedRegistryUri;
	}

	registryDiagnostics(): Diagnostic[] {
		return this.registry.problems.map(problem => ({
			range: problem.range,
			severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
			code: problem.code,
			source: 'seed',
			message: problem.message,
		}));
	}

	// ---- documents and indexing ----------------------------------------------------------------

	/** Analyses an open (or changed) seed and updates the index; reuses unchanged paragraphs. */
	updateDocument(uri: string, model: SeedDocument): void {
		runToEnd(this.updateDocumentInSteps(uri, model));
	}

	/**
	 * The same in steps of about a paragraph (see `core/steps.ts`); the index changes at the last
	 * step. Abandoned for a newer version, its paragraphs are reused. A seed that is not open
	 * (`open: false`) keeps no paragraphs.
	 */
	*updateDocumentInSteps(uri: string, model: SeedDocument, { open = true } = {}): Steps<void> {
		if (this.isRegistry(uri)) return;
		const analysis = this.detector.analyseInSteps(model, open ? this.analyses.get(uri) : undefined);
		if (open) this.analyses.set(uri, analysis.partial);
		const result = yield* analysis.steps;
		if (open) this.analyses.set(uri, result);
		yield* this.index.updateInSteps(uri, result.mentions, model);
	}

	/** A closed editor keeps its file in the index; only the paragraph cache is dropped. */
	closeDocument(uri: string): void {
		this.analyses.delete(uri);
	}

	/** A file deleted on disk. */
	removeFile(uri: string): void {
		this.analyses.delete(uri);
		this.index.remove(uri);
	}

	// ---- requests --------------------------------------------------------------------------------

	hover(uri: string, position: Position, token?: CancellationToken): Hover | null {
		const mention = this.index.mentionAtPosition(uri, position);
		if (!mention) return null;
		const id = mention.entity.id;
		const inDocument = this.index.mentionsOfEntity(uri, id, token);
		if (token?.isCancellationRequested) return null;
		const tags = this.options.tagsAt ? [...new Set(inDocument.flatMap(item => this.options.tagsAt!(uri, item.range)))].sort() : [];
		const value = renderEntityHover({
			entity: mention.entity,
			registryEntry: this.registryById.get(id),
			mentionsInDocument: inDocument.length,
			corpus: this.index.corpusFacts(id),
			tags,
			fileLabel: this.options.fileLabel,
			commandLinks: this.options.commandLinks?.() ?? true,
			registryLabel: this.loadedRegistryUri && (this.options.fileLabel?.(this.loadedRegistryUri) ?? this.loadedRegistryUri),
			rules: this.options.explain?.() ? this.rulesOf(uri, mention) : undefined,
		});
		return { contents: { kind: 'markdown', value }, range: mention.range };
	}

	/** The rules that produced the mention at the same place in the document's last complete analysis. */
	private rulesOf(uri: string, mention: { readonly start: number; readonly end: number }): readonly string[] | undefined {
		const analysis = this.analyses.get(uri);
		if (!analysis || !('mentions' in analysis)) return undefined;
		return analysis.mentions.find(item => item.start === mention.start && item.end === mention.end)?.rules;
	}

	/** The detected entity at a position, when the registry does not list it (for the "Add to registry" code action). */
	unregisteredEntityAt(uri: string, position: Position): { name: string; kind: EntityKind } | undefined {
		const entity = this.index.mentionAtPosition(uri, position)?.entity;
		return entity && !this.registryById.has(entity.id) ? { name: entity.name, kind: entity.kind } : undefined;
	}

	/** All mentions of the entity under the cursor across the workspace; with the declaration, the registry entry too. */
	references(uri: string, position: Position, includeDeclaration: boolean, token?: CancellationToken): Location[] {
		const mention = this.index.mentionAtPosition(uri, position);
		if (!mention) return [];
		const locations = this.index.references(mention.entity.id, token).map(toLocation);
		const definition = includeDeclaration ? this.definitionOf(mention) : undefined;
		return definition ? [definition, ...locations] : locations;
	}

	documentHighlights(uri: string, position: Position, token?: CancellationToken): DocumentHighlight[] {
		const mention = this.index.mentionAtPosition(uri, position);
		if (!mention) return [];
		return this.index.mentionsOfEntity(uri, mention.entity.id, token)
			.map(item => ({ range: item.range, kind: DocumentHighlightKind.Text }));
	}

	/** The registry entry of the entity under the cursor (its `name` value). */
	definition(uri: string, position: Position): Location | null {
		const mention = this.index.mentionAtPosition(uri, position);
		return mention ? this.definitionOf(mention) ?? null : null;
	}

	semanticTokens(uri: string, token?: CancellationToken): SemanticTokens {
		return { data: encodeEntityTokens(this.index.mentions(uri, token), id => this.registryById.has(id), token) };
	}

	workspaceSymbols(query: string, token?: CancellationToken): SymbolInformation[] {
		return this.index.querySymbols(query, undefined, token).map(mention => ({
			name: mention.entity.name,
			kind: SYMBOL_KIND[mention.entity.kind],
			containerName: mention.entity.kind,
			location: toLocation(mention),
		}));
	}

	// ---- add to registry -------------------------------------------------------------------------

	/**
	 * The workspace edit that adds the entity of `args` (`[{ name, kind }]`, as the hover's command
	 * link sends them) to the registry; the server applies it with `workspace/applyEdit`.
	 * Undefined when the arguments are wrong, there is no registry location, the name is already
	 * there, or the registry is malformed (it is never rewritten then).
	 */
	async addToRegistry(args: readonly unknown[] | undefined): Promise<WorkspaceEdit | undefined> {
		const entry = this.registryEntry(args);
		const uri = this.options.registryUri();
		if (!entry || !uri) return undefined;
		const existing = this.options.openDocumentText?.(uri) ?? await this.options.readFile(uri);
		const text = existing ?? '';
		const edit = addToRegistryEdit(text, entry);
		if (!edit) return undefined;
		const range = new LineIndex(text, computeLineStarts(text)).rangeOf(edit);
		const textEdit = { range, newText: edit.newText };
		if (existing === undefined) {
			return {
				documentChanges: [
					{ kind: 'create', uri, options: { ignoreIfExists: true } },
					{ textDocument: { uri, version: null }, edits: [textEdit] },
				],
			};
		}
		return { changes: { [uri]: [textEdit] } };
	}

	/** The registry entry the hover's command arguments (`[{ name, kind }]`) ask for, with what the corpus knows of it. */
	registryEntry(args: readonly unknown[] | undefined): NewRegistryEntry | undefined {
		const request = args?.[0] as { name?: unknown; kind?: unknown } | undefined;
		if (!request || typeof request.name !== 'string' || request.name.trim() === '' || !isEntityKind(request.kind)) return undefined;
		const facts = this.index.corpusFacts(`auto:${request.kind}:${request.name}`);
		const topTitle = facts ? [...facts.titles].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
		const aliases = facts ? [...facts.aliases.keys()].filter(alias => alias !== request.name) : [];
		return { name: request.name.trim(), kind: request.kind, aliases, description: topTitle ?? '' };
	}

	private definitionOf(mention: IndexedMention): Location | undefined {
		const entry = this.registryById.get(mention.entity.id);
		const uri = this.loadedRegistryUri;
		return entry && uri ? { uri, range: entry.nameRange } : undefined;
	}
}

function unreadableRegistry(message: string): EntityRegistry {
	const origin = { line: 0, character: 0 };
	const range = { start: origin, end: origin };
	return { entries: [], problems: [{ code: 'registry-structure', severity: 'error', message, start: 0, end: 0, range }] };
}

function toLocation(mention: IndexedMention): Location {
	return { uri: mention.uri, range: mention.range };
}
