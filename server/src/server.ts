/**
 * The Seed language server: LSP wiring only. Every handler is a few lines that call the core or
 * one of the services (annotations, entities), which hold no connection themselves.
 * Run it with `seed-language-server --stdio` (or `--node-ipc` from VS Code).
 */
import {
	CodeActionKind, createConnection, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ProposedFeatures, ResponseError,
	TextDocuments, TextDocumentSyncKind, type Hover, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { AnnotationCommandError, AnnotationService } from './annotationService';
import { computeDiagnostics } from './core/languageFeatures/diagnostics';
import { SeedLanguageService } from './core/languageService';
import { corpusStatsCommands } from './corpusStatsLoader';
import { parseSeed } from './core/parser';
import { ENTITY_SEMANTIC_TOKENS_LEGEND, EntityService } from './entityService';
import { findLexiconDirectory, lexiconCandidates, loadLexiconFiles } from './node/lexiconFiles';
import { NodeFileSystem } from './node/nodeFileSystem';
import { fileUri, findSeedFiles, readSeedFile, readTextFile, uriToPath } from './node/workspaceScanner';
import { annotationsChangedNotification, serverInfoRequest, ServerCommand } from './protocol/commands';
import { ServerSettings, writingCommands } from './serverSettings';

const connection = createConnection(ProposedFeatures.all);
// The large lexicons ship as data files beside the bundle; they are read once, before any detection.
const lexicon = loadLexiconFiles(findLexiconDirectory(lexiconCandidates(__dirname)));
// The update hook lets annotations follow each change before it is applied.
const documents = new TextDocuments({
	create: TextDocument.create,
	update: (document, changes, version) => {
		annotations.willChange(document.uri, document.getText(), changes);
		return TextDocument.update(document, changes, version);
	},
});
const service = new SeedLanguageService();
const settings = new ServerSettings();
const openText = (uri: string) => documents.get(uri)?.getText();

const entities: EntityService = new EntityService({
	readFile: readTextFile,
	registryUri: () => settings.registryPath && URI.file(settings.registryPath).toString(),
	openDocumentText: openText,
	tagsAt: (uri, range): string[] => annotations.annotationsAt(uri, range.start).map((annotation) => annotation.tag),
});

const annotations: AnnotationService = new AnnotationService({
	fileSystem: new NodeFileSystem(),
	workspaceFolders: () => settings.folders.map((folder) => URI.file(folder)),
	openDocumentText: openText,
	listSeeds: seedUris,
	codebookUri: () => settings.codebookUri(),
	mentionsOfEntityAt: (uri, offset): { start: number; end: number }[] | undefined => {
		const document = documents.get(uri);
		return document && entities.documentHighlights(uri, document.positionAt(offset))
			.map(({ range }) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) }));
	},
});
const corpusStats = corpusStatsCommands({
	seeds: service.workspace, entities: entities.index, openDocumentText: openText,
	folders: () => settings.folders, codebookPath: () => settings.codebookPath,
});
annotations.onDidChangeAnnotations((uri, cause) => {
	void connection.sendNotification(annotationsChangedNotification, { uri });
	const document = documents.get(uri);
	if (document && cause !== 'edit') publishDiagnostics(document); // edits publish through onDidChangeContent
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
	settings.initialize(params);
	return {
		capabilities: {
			textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
			documentSymbolProvider: { label: 'Seed' },
			foldingRangeProvider: true,
			workspaceSymbolProvider: true,
			codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
			hoverProvider: true,
			referencesProvider: true,
			documentHighlightProvider: true,
			definitionProvider: true,
			semanticTokensProvider: { legend: ENTITY_SEMANTIC_TOKENS_LEGEND, full: true },
			executeCommandProvider: { commands: [...AnnotationService.commands, ServerCommand.addToRegistry, ...corpusStats.commands] },
		},
		serverInfo: { name: 'seed-language-server', version: '0.1.0' },
	};
});

connection.onInitialized(async () => {
	for (const problem of lexicon.problems) connection.console.warn(`Seed entities: ${problem}`);
	if (settings.canWatchFiles) {
		const watchers = ['**/*.{txt,seed}', '**/*.tags.yaml', '**/*.{yaml,yml}'].map((globPattern) => ({ globPattern }));
		void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
	}
	await reloadRegistry();
	void indexWorkspace();
});

// Diagnostics are pushed on every change, without a debounce: the parse reuses unchanged lines.
documents.onDidChangeContent(({ document }) => {
	publishDiagnostics(document);
	indexOpenDocument(document);
});
documents.onDidOpen(({ document }) => void annotations.open(document.uri).then(() => publishSidecarDiagnostics(document.uri)));
documents.onDidSave(({ document }) => void annotations.saved(document.uri));
documents.onDidClose(({ document }) => {
	annotations.close(document.uri);
	entities.closeDocument(document.uri);
	service.forget(document.uri);
	void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
	if (settings.workspaceDiagnostics) void indexFile(document.uri); // the file on disk is what the workspace holds now
});

function publishDiagnostics(document: TextDocument): void {
	const diagnostics = settings.diagnosticsEnabled ? [...service.getDiagnostics(document), ...annotations.orphanDiagnostics(document.uri)] : [];
	void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

/** Once per version of an open seed, after its diagnostics are out: titles and entities. */
function indexOpenDocument(document: TextDocument): void {
	const model = service.getModel(document);
	service.workspace.update(document.uri, model);
	entities.updateDocument(document.uri, model);
}

connection.onDocumentSymbol((params, token) => withDocument(params.textDocument.uri, (document) => service.getDocumentSymbols(document, token)));
connection.onFoldingRanges((params) => withDocument(params.textDocument.uri, (document) => service.getFoldingRanges(document)));
connection.onCodeAction((params, token) => withDocument(params.textDocument.uri, (document) => [
	...service.getQuickFixes(document, params.context.diagnostics, token),
	...params.context.diagnostics.flatMap((diagnostic) => annotations.orphanQuickFixes(document.uri, diagnostic, params.range)),
]));
connection.onHover(({ textDocument, position }) => combineHovers(entities.hover(textDocument.uri, position), annotations.hoverMarkdown(textDocument.uri, position)));
connection.onReferences(({ textDocument, position, context }) => entities.references(textDocument.uri, position, context.includeDeclaration));
connection.onDocumentHighlight(({ textDocument, position }) => entities.documentHighlights(textDocument.uri, position));
connection.onDefinition(({ textDocument, position }) => entities.definition(textDocument.uri, position));
connection.languages.semanticTokens.on(({ textDocument }) => entities.semanticTokens(textDocument.uri));
connection.onWorkspaceSymbol((params, token) => [...service.getWorkspaceSymbols(params.query, token), ...entities.workspaceSymbols(params.query)]);
connection.onExecuteCommand(({ command, arguments: args }) => executeCommand(command, args));
connection.onRequest(serverInfoRequest, () => ({ pid: process.pid, indexedSeeds: service.workspace.size }));

connection.onDidChangeWatchedFiles(async ({ changes }) => {
	for (const { uri, type } of changes) {
		if (uri.endsWith('.tags.yaml')) {
			const seed = await annotations.sidecarChangedOnDisk(uri);
			if (seed) await publishSidecarDiagnostics(seed);
		} else if (entities.isRegistry(uri)) {
			await reloadRegistry();
			void indexWorkspace();
		} else if (/\.(txt|seed)$/.test(uri) && !documents.get(uri)) {
			// An open document's editor version wins over the disk.
			if (type === FileChangeType.Deleted) forgetFile(uri);
			else await indexFile(uri);
		}
	}
});

async function executeCommand(command: string, args: unknown[] | undefined): Promise<unknown> {
	if (!settings.trusted && writingCommands.has(command)) {
		throw new ResponseError(ErrorCodes.InvalidRequest, 'Seed Annotator writes nothing in an untrusted workspace: trust the workspace to tag or edit the registry.');
	}
	const stats = corpusStats.execute(command, args);
	if (stats) return stats;
	if (command === ServerCommand.addToRegistry) {
		const edit = await entities.addToRegistry(args);
		if (!edit) throw new ResponseError(ErrorCodes.InvalidRequest, 'Could not add the entity to the registry: the registry is malformed, missing a location, or already lists it.');
		return (await connection.workspace.applyEdit({ label: 'Add to entity registry', edit })).applied;
	}
	try {
		return await annotations.executeCommand(command, args);
	} catch (error) {
		if (error instanceof AnnotationCommandError) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
		throw error;
	}
}

function combineHovers(entityHover: Hover | null, annotationMarkdown: string | undefined): Hover | null {
	if (!annotationMarkdown) return entityHover;
	const entityMarkdown = entityHover && typeof entityHover.contents === 'object' && 'value' in entityHover.contents ? entityHover.contents.value : undefined;
	return { contents: { kind: 'markdown', value: [entityMarkdown, annotationMarkdown].filter(Boolean).join('\n\n---\n\n') }, range: entityHover?.range };
}

async function publishSidecarDiagnostics(seedUri: string): Promise<void> {
	const { uri, diagnostics } = await annotations.sidecarDiagnostics(seedUri);
	void connection.sendDiagnostics({ uri, diagnostics });
}

async function reloadRegistry(): Promise<void> {
	const loaded = await entities.loadRegistry();
	if (loaded) void connection.sendDiagnostics(loaded);
	for (const document of documents.all()) entities.updateDocument(document.uri, service.getModel(document));
}

function withDocument<T>(uri: string, run: (document: TextDocument) => T): T | null {
	const document = documents.get(uri);
	return document ? run(document) : null;
}

async function* seedUris(): AsyncGenerator<string> {
	for (const folder of settings.folders) for await (const file of findSeedFiles(folder)) yield fileUri(file);
}

/** Reads and parses a seed on disk once, for both the title index and the entity index. */
async function indexFile(uri: string): Promise<void> {
	const file = uriToPath(uri);
	const text = file ? await readSeedFile(file) : undefined;
	if (text === undefined) return forgetFile(uri);
	const model = parseSeed(text);
	// A seed reopened meanwhile shows the editor's diagnostics, not the disk's.
	if (settings.workspaceDiagnostics && !documents.get(uri)) {
		void connection.sendDiagnostics({ uri, diagnostics: settings.diagnosticsEnabled ? computeDiagnostics(model) : [] });
	}
	service.workspace.update(uri, model);
	entities.updateDocument(uri, model);
	entities.closeDocument(uri); // keeps the index entry, drops the paragraph cache of a file nobody edits
}

function forgetFile(uri: string): void {
	void connection.sendDiagnostics({ uri, diagnostics: [] });
	service.workspace.remove(uri);
	entities.removeFile(uri);
}

/** Indexes every seed on disk in the background, a few files per turn so requests are never blocked. */
async function indexWorkspace(): Promise<void> {
	const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
	progress?.begin('Indexing seeds', 0, undefined, false);
	let count = 0;
	for await (const uri of seedUris()) {
		if (!documents.get(uri)) await indexFile(uri);
		if (++count % 25 === 0) {
			progress?.report(`${count} seeds`);
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
	progress?.done();
}

documents.listen(connection);
connection.listen();
