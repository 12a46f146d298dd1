/**
 * The Seed language server: LSP wiring only. Every handler is a few lines that call the core or
 * one of the services (annotations, entities), which hold no connection themselves.
 * `startServer` takes the connection and the file access from its caller, so tests can run it in
 * process over a pair of streams; `main.ts` starts it over stdio or IPC for editors.
 */
import {
	CodeActionKind, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, ResponseError,
	TextDocuments, TextDocumentSyncKind, type CancellationToken, type Connection, type FileEvent, type Hover, type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { loadAgreementFeatures } from './agreementLoader';
import { isAnnotationCommandError } from './annotationCommandError';
import { AnnotationService } from './annotationService';
import { DeferredIndexing } from './deferredIndexing';
import { runUntil, SLICE_MS, type Steps } from './core/steps';
import { DisagreementDiagnostics } from './disagreementDiagnostics';
import { exchangeCommandRunner, exchangeCommands } from './exchangeCommands';
import { computeDiagnostics } from './core/languageFeatures/diagnostics';
import { SeedLanguageService } from './core/languageService';
import { corpusStatsCommands } from './corpusStatsLoader';
import { parseSeedInSteps } from './core/parser';
import { ENTITY_SEMANTIC_TOKENS_LEGEND, EntityService } from './entityService';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';
import type { LexiconLoadResult } from './node/lexiconFiles';
import { quickFixOptions } from './quickFixEvidence';
import { removeStaleWriterFiles } from './node/staleWriterFiles';
import type { AgreementCache } from './agreementFeatures';
import { fileUri, findSeedFiles, readSeedFile, readTextFile, uriToPath } from './node/workspaceScanner';
import { checkCommand } from './protocol/commandArguments';
import { WorkspaceWatcher } from './node/workspaceWatcher';
import {
	adjudicateCommand, agreementCommand, coderAnnotationsCommand, showDisagreementsNotification, workspaceCoderAnnotationsCommand,
} from './protocol/agreement';
import { annotationsChangedNotification, serverInfoRequest, ServerCommand } from './protocol/commands';
import { guardedConnection } from './protocol/guardedConnection';
import { ServerSettings, writingCommands } from './serverSettings';
import { addEntityToRegistry } from './registryWriter';
import { REGISTRY_CODE_ACTION_KIND, registryCodeActions } from './registryCodeActions';
import { TAG_CODE_ACTION_KIND, TagCodeActions } from './tagCodeActions';

export interface ServerOptions {
	/** Where annotations, the codebook and the registry are read and written. */
	readonly fileSystem: AnnotationFileSystem;
	/** The large lexicons, read once before any detection (problems are logged after `initialized`). */
	readonly lexicon: LexiconLoadResult;
}

/** Wires every feature to `connection` and starts listening for documents; the caller calls `connection.listen()`. */
export function startServer(clientConnection: Connection, options: ServerOptions): void {
	// Every handler below sees only parameters that passed the protocol's checks, and cannot fail uncaught.
	const connection = guardedConnection(clientConnection);
	const { lexicon } = options;
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
		commandLinks: () => settings.commandLinks,
		lexicon: lexicon.lexicon,
		explain: () => settings.explainEntities,
		fileLabel: (uri) => settings.commandLinks ? URI.parse(uri).path.split('/').pop() ?? uri : settings.relativePath(uri),
	});

	const annotations: AnnotationService = new AnnotationService({
		fileSystem: options.fileSystem,
		workspaceFolders: () => settings.folders.map((folder) => URI.file(folder)),
		openDocumentText: openText,
		listSeeds: seedUris,
		codebookUri: () => settings.codebookUri(),
		sidecarUriFor: (seed) => settings.sidecarUriFor(seed),
		coder: () => settings.coder,
		mentionsOfEntityAt: (uri, offset): { start: number; end: number }[] | undefined => {
			const document = documents.get(uri);
			indexing.flush(uri);
			return document && entities.documentHighlights(uri, document.positionAt(offset))
				.map(({ range }) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) }));
		},
	});
	const disagreements = new DisagreementDiagnostics({
		document: (uri) => documents.get(uri),
		openUris: () => documents.keys(),
		workspaceFolders: () => settings.folders.map((folder) => URI.file(folder)),
		publish: (uri) => {
			const document = documents.get(uri);
			if (document) publishDiagnostics(document);
		},
	});
	// Seed texts, parsed and anchored coder files and the last answer of `seed.agreement` (filled on first use).
	const agreementCache: AgreementCache = { coderFiles: new Map(), seedTexts: new Map() };
	/** The coders' files read ahead after indexing; Compare Coders waits for a read-ahead under way instead of reading twice. */
	const coderFilesReadAhead: { done: boolean; running?: Promise<unknown> } = { done: false };
	connection.onNotification(showDisagreementsNotification, ({ enabled }: { enabled: boolean }) => disagreements.setEnabled(enabled));
	const corpusStats = corpusStatsCommands({
		seeds: service.workspace, entities: entities.index, openDocumentText: openText,
		folders: () => settings.folders, codebookPath: () => settings.codebookPath,
		codebookIndex: () => annotations.codebookIndex(),
	});
	const offeredCommands = [
		...AnnotationService.commands,
		...exchangeCommands,
		ServerCommand.addToRegistry,
		agreementCommand,
		adjudicateCommand,
		coderAnnotationsCommand,
		workspaceCoderAnnotationsCommand,
		...corpusStats.commands,
	];
	const runExchangeCommand = exchangeCommandRunner({
		fileSystem: options.fileSystem, workspaceFolders: () => settings.folders.map((folder) => URI.file(folder)),
		listSeeds: seedUris, codebookUri: () => settings.codebookUri(), trusted: () => settings.trusted,
	});
	const tagActions = new TagCodeActions({
		canWrite: () => settings.trusted,
		codebook: () => annotations.codebook(),
		annotations: (uri) => annotations.annotations({ uri }),
		stored: (uri) => annotations.stored(uri),
		listSeeds: seedUris,
	});
	const registryActionSource = { canWrite: () => settings.trusted, unregisteredEntityAt: entities.unregisteredEntityAt.bind(entities) };
	annotations.onDidChangeAnnotations((uri, cause) => {
		void connection.sendNotification(annotationsChangedNotification, { uri });
		if (cause !== 'edit') tagActions.annotationsChanged(uri);
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
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, TAG_CODE_ACTION_KIND, REGISTRY_CODE_ACTION_KIND] },
				hoverProvider: true,
				referencesProvider: true,
				documentHighlightProvider: true,
				definitionProvider: true,
				semanticTokensProvider: { legend: ENTITY_SEMANTIC_TOKENS_LEGEND, full: true },
				executeCommandProvider: { commands: [...offeredCommands] },
			},
			serverInfo: { name: 'seed-language-server', version: '0.1.0' },
		};
	});

	/** The server's own watcher, where the editor cannot watch files for it. */
	let watcher: WorkspaceWatcher | undefined;
	connection.onInitialized(async () => {
		for (const problem of lexicon.problems) connection.console.warn(`Seed entities: ${problem}`);
		// A notification, not window.showErrorMessage: that is a request, and a client without the method would reject it.
		if (settings.coderProblem) {
			const message = `Seed Annotator: seed.annotations.coder: ${settings.coderProblem}. Nothing is written until it is fixed.`;
			void connection.sendNotification('window/showMessage', { type: 1, message });
		}
		if (settings.canWatchFiles) {
			const watchers = ['**/*.{txt,seed}', '**/*.tags.yaml', '**/*.{yaml,yml}'].map((globPattern) => ({ globPattern }));
			void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
		} else {
			const files = [settings.registryPath, settings.codebookPath].filter((file): file is string => file !== undefined);
			watcher = new WorkspaceWatcher({ folders: settings.folders, files }, {
				accept: (file) => /\.(txt|seed|tags\.yaml)$/.test(file) || files.includes(file),
				onChanges: (events) => void watchedFilesChanged(events).catch(logError),
			});
		}
		// Temporary and lock files left by a writer that died (kill -9) between write and rename.
		if (settings.trusted) void removeStaleWriterFiles(settings.folders).catch(() => undefined);
		await reloadRegistry();
		void indexWorkspace();
		if (settings.showDisagreements) await disagreements.setEnabled(true);
	});

	// Diagnostics are pushed on every change, without a debounce: the parse reuses unchanged lines.
	// Entities and titles follow in a later turn, so the diagnostics are written out first.
	const indexing = new DeferredIndexing(indexOpenDocument);
	documents.onDidChangeContent(({ document }) => {
		disagreements.edited(document.uri);
		publishDiagnostics(document);
		indexing.schedule(document);
	});
	documents.onDidOpen(({ document }) => void annotations.open(document.uri)
		.then(() => publishSidecarDiagnostics(document.uri))
		.then(() => disagreements.refresh(document.uri)));
	documents.onDidSave(({ document }) => {
		void annotations.saved(document.uri).then(() => disagreements.refresh(document.uri));
		// Without the editor's watcher, a saved registry or sidecar is read again at once.
		if (!settings.canWatchFiles) void watchedFilesChanged([{ uri: document.uri, type: FileChangeType.Changed }]).catch(logError);
	});
	connection.onShutdown(() => watcher?.close());
	documents.onDidClose(({ document }) => {
		indexing.forget(document.uri);
		annotations.close(document.uri);
		entities.closeDocument(document.uri);
		service.forget(document.uri);
		void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
		if (settings.workspaceDiagnostics) void indexFile(document.uri); // the file on disk is what the workspace holds now
	});

	function publishDiagnostics(document: TextDocument): void {
		const diagnostics = settings.diagnosticsEnabled
			? [
					...service.getDiagnostics(document),
					...annotations.orphanDiagnostics(document.uri),
					...disagreements.diagnostics(document.uri),
				]
			: [];
		void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
	}

	/** Once per version of an open seed, after its diagnostics are out, in steps: entities, then the title. */
	function* indexOpenDocument(document: TextDocument): Steps<void> {
		// The editor's line offsets, computed once here rather than when the first edit is applied (5 ms for 1 MB).
		void document.lineCount;
		const model = service.getModel(document);
		yield* entities.updateDocumentInSteps(document.uri, model);
		service.workspace.update(document.uri, model);
	}

	connection.onDocumentSymbol((params, token) =>
		withDocument(params.textDocument.uri, document => service.getDocumentSymbols(document, token)),
	);
	connection.onFoldingRanges((params) => withDocument(params.textDocument.uri, (document) => service.getFoldingRanges(document)));
	connection.onCodeAction(async (params, token) => {
		indexed(params.textDocument.uri);
		const options = await quickFixOptions(
			params.textDocument.uri,
			params.context.diagnostics,
			service.workspace,
			settings.snippetEdits,
		);
		return withDocument(params.textDocument.uri, async (document) => [
			...service.getQuickFixes(document, params.context.diagnostics, token, options),
			...params.context.diagnostics.flatMap((diagnostic) => annotations.orphanQuickFixes(document.uri, diagnostic, params.range)),
			...disagreements.codeActions(document.uri, params.context.diagnostics),
			...await tagActions.provide(document.uri, params.range, document.getText(params.range), params.context.only),
			...registryCodeActions(registryActionSource, document.uri, params.range.start, params.context.only),
		]);
	});
	// A seed whose tags are still loading (in slices) is answered once they are, with them.
	connection.onHover(async ({ textDocument: { uri }, position }, token) => {
		await annotations.opened(uri);
		return indexed(uri) && combineHovers(entities.hover(uri, position, token), annotations.hoverMarkdown(uri, position));
	});
	connection.onReferences(({ textDocument, position, context }, token) => indexed() &&
		entities.references(textDocument.uri, position, context.includeDeclaration, token));
	connection.onDocumentHighlight(({ textDocument, position }, token) =>
		indexed(textDocument.uri) && entities.documentHighlights(textDocument.uri, position, token));
	connection.onDefinition(({ textDocument, position }) => indexed(textDocument.uri) && entities.definition(textDocument.uri, position));
	connection.languages.semanticTokens.on(({ textDocument }, token) =>
		indexed(textDocument.uri) && entities.semanticTokens(textDocument.uri, token));
	connection.onWorkspaceSymbol((params, token) => indexed() &&
		[...service.getWorkspaceSymbols(params.query, token), ...entities.workspaceSymbols(params.query, token)]);
	connection.onExecuteCommand(({ command, arguments: args }, token) => executeCommand(command, args, token));
	connection.onRequest(serverInfoRequest, () => indexed() &&
		({ pid: process.pid, indexedSeeds: service.workspace.size, overviewReadAhead: corpusStats.warm,
		coderFilesReadAhead: coderFilesReadAhead.done }));

	connection.onDidChangeWatchedFiles(({ changes }) => watchedFilesChanged(changes));

	/** Files changed on disk, as the editor's watcher reports them or, where it cannot, the server's own. */
	async function watchedFilesChanged(changes: readonly FileEvent[]): Promise<void> {
		for (const { uri, type } of changes) {
			if (uri === settings.codebookUri()?.toString()) void annotations.readCodebookAhead().catch(logError);
			if (/\.(tags|adjudication)\.yaml$/.test(uri)) void disagreements.fileChanged(uri);
			if (uri.endsWith('.tags.yaml')) {
				tagActions.sidecarChanged(uri);
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
	}

	async function executeCommand(command: string, args: unknown[] | undefined, token?: CancellationToken): Promise<unknown> {
		checkCommand(command, args, offeredCommands);
		indexing.flush();
		if (!settings.trusted && writingCommands.has(command)) {
			throw new ResponseError(
				ErrorCodes.InvalidRequest,
				'Seed Annotator writes nothing in an untrusted workspace: trust the workspace to tag or edit the registry.',
			);
		}
		if (settings.coderProblem && writingCommands.has(command)) {
			throw new ResponseError(ErrorCodes.InvalidRequest, `seed.annotations.coder: ${settings.coderProblem}`);
		}
		if (command === ServerCommand.addToRegistry) return addToRegistry(args);
		try {
			const stats = corpusStats.execute(command, args);
			if (stats) return await stats;
			if (command === agreementCommand) {
				await coderFilesReadAhead.running;
				return await loadAgreementFeatures().runAgreementCommand(args?.[0], { folders: settings.folders, cache: agreementCache });
			}
			if (command === adjudicateCommand) return await disagreements.adjudicate(args);
			if (command === coderAnnotationsCommand) return await disagreements.otherCoders(args, settings.coder);
			if (command === workspaceCoderAnnotationsCommand) {
				const openFileText = (file: string) => openText(URI.file(file).toString());
				return await loadAgreementFeatures().workspaceCoderAnnotations(
					settings.coder, { folders: settings.folders, cache: agreementCache, openText: openFileText });
			}
			return await (exchangeCommands.includes(command)
				? runExchangeCommand(command, args, token)
				: annotations.executeCommand(command, args));
		} catch (error) {
			if (isAnnotationCommandError(error)) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
			// Thrown by the lazily loaded agreement bundle, whose classes are its own copies: known by name.
			if (error instanceof Error && error.name === 'AgreementArgumentError')
				throw new ResponseError(ErrorCodes.InvalidParams, error.message);
			throw error;
		}
	}

	/** Versioned edit when the registry is open in the editor, else a locked write on disk (see registryWriter.ts). */
	async function addToRegistry(args: unknown[] | undefined): Promise<boolean> {
		const entry = entities.registryEntry(args);
		if (!entry || !settings.registryPath) {
			throw new ResponseError(
				ErrorCodes.InvalidRequest,
				'Could not add the entity to the registry: the registry is malformed, missing a location, or already lists it.',
			);
		}
		try {
			const added = await addEntityToRegistry({
				fileSystem: options.fileSystem,
				workspaceFolders: () => settings.folders.map((folder) => URI.file(folder)),
				openDocument: (uri) => documents.get(uri) && { text: documents.get(uri)!.getText(), version: documents.get(uri)!.version },
				applyEdit: async (edit) => (await connection.workspace.applyEdit({ label: 'Add to entity registry', edit })).applied,
			}, URI.file(settings.registryPath), entry);
			if (added && !documents.get(URI.file(settings.registryPath).toString())) await reloadRegistry();
			return added;
		} catch (error) {
			if (
				error instanceof Error &&
				['RegistryRefusal', 'OutsideWorkspaceError', 'FileWriteError', 'LockTimeoutError'].includes(error.name)
			) {
				throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
			}
			throw error;
		}
	}

	/** Brings the index up to date before a request reads it (for one document, or all of them); always true. */
	function indexed(uri?: string): true {
		indexing.flush(uri);
		return true;
	}

	/** For work no request waits on: its failure is logged, and the server goes on. */
	function logError(error: unknown): void {
		connection.console.error(`Seed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
	}

	function combineHovers(entityHover: Hover | null, annotationMarkdown: string | undefined): Hover | null {
		if (!annotationMarkdown) return entityHover;
		const entityMarkdown =
			entityHover && typeof entityHover.contents === 'object' && 'value' in entityHover.contents
				? entityHover.contents.value
				: undefined;
		return {
			contents: { kind: 'markdown', value: [entityMarkdown, annotationMarkdown].filter(Boolean).join('\n\n---\n\n') },
			range: entityHover?.range,
		};
	}

	async function publishSidecarDiagnostics(seedUri: string): Promise<void> {
		const { uri, diagnostics } = await annotations.sidecarDiagnostics(seedUri);
		void connection.sendDiagnostics({ uri, diagnostics });
	}

	async function reloadRegistry(): Promise<void> {
		const loaded = await entities.loadRegistry();
		if (loaded) void connection.sendDiagnostics(loaded);
		for (const document of documents.all()) indexing.schedule(document);
	}

	function withDocument<T>(uri: string, run: (document: TextDocument) => T): T | null {
		const document = documents.get(uri);
		return document ? run(document) : null;
	}

	async function* seedUris(): AsyncGenerator<string> {
		for (const folder of settings.folders) for await (const file of findSeedFiles(folder)) yield fileUri(file);
	}

	/** How long after an open or a change someone counts as editing. */
	const EDITING_PAUSE_MS = 200;
	/**
	 * While someone edits, the files on disk get one slice in this many milliseconds: at most a fifth of
	 * the loop, so the editor's own work goes first and an edit waits for one slice at most, and yet
	 * the indexing ends however fast someone types (a pause until the typing stopped never ended).
	 */
	const EDITING_SLICE_GAP_MS = 4 * SLICE_MS;

	/** Reads and parses a seed on disk once, for both the title index and the entity index. */
	async function indexFile(uri: string): Promise<void> {
		const file = uriToPath(uri);
		const text = file ? await readSeedFile(file) : undefined;
		if (text === undefined) return forgetFile(uri);
		if (documents.get(uri)) return; // opened meanwhile: the editor's version wins over the disk
		// In slices, like an open seed's: a large file on disk never holds up an edit's diagnostics.
		const steps = indexFileSteps(uri, text);
		for (let deadline = performance.now() + SLICE_MS; runUntil(steps, deadline) === 'pending';) {
			await new Promise((resolve) => setImmediate(resolve));
			// The editor first: while seeds are being opened or edited, the files on disk go slower.
			if (indexing.activeWithin(EDITING_PAUSE_MS)) await new Promise((resolve) => setTimeout(resolve, EDITING_SLICE_GAP_MS));
			if (documents.get(uri)) {
				steps.return(); // opened meanwhile: the editor's version is indexed instead
				return;
			}
			deadline = performance.now() + SLICE_MS;
		}
	}

	function* indexFileSteps(uri: string, text: string): Steps<void> {
		const model = yield* parseSeedInSteps(text);
		if (settings.workspaceDiagnostics) {
			void connection.sendDiagnostics({ uri, diagnostics: settings.diagnosticsEnabled ? computeDiagnostics(model) : [] });
		}
		yield* entities.updateDocumentInSteps(uri, model, { open: false });
		service.workspace.update(uri, model);
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
		// The overview's first opening then finds the sidecars read (in slices that let requests through).
		if (count > 0) void corpusStats.warmUp().catch(logError);
		void annotations.readCodebookAhead().catch(logError);
		// Likewise the coders' files for Compare Coders, where there are any.
		if (count > 0) {
			coderFilesReadAhead.running = loadAgreementFeatures().warmUpCoderFiles({ folders: settings.folders, cache: agreementCache })
				.then(found => (coderFilesReadAhead.done = found), logError)
				.finally(() => (coderFilesReadAhead.running = undefined));
		}
	}

	documents.listen(connection);
}
