/**
 * The Seed language server: LSP wiring only. Every handler is a few lines that call the core.
 * Run it with `seed-language-server --stdio` (or `--node-ipc` from VS Code).
 */
import {
	CodeActionKind, createConnection, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures,
	TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SeedLanguageService } from './core/languageService';
import { parseSeed } from './core/parser';
import { fileUri, findSeedFiles, readSeedFile, uriToPath } from './node/workspaceScanner';
import { serverInfoRequest } from './protocol/commands';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = new SeedLanguageService();
let workspaceFolders: string[] = [];
let diagnosticsEnabled = true;
let canWatchFiles = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
	workspaceFolders = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri)).filter((p): p is string => p !== undefined);
	if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [uriToPath(params.rootUri)].filter((p): p is string => p !== undefined);
	diagnosticsEnabled = params.initializationOptions?.diagnostics !== false;
	canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
	return {
		capabilities: {
			textDocumentSync: TextDocumentSyncKind.Incremental,
			documentSymbolProvider: { label: 'Seed' },
			foldingRangeProvider: true,
			workspaceSymbolProvider: true,
			codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
		},
		serverInfo: { name: 'seed-language-server', version: '0.1.0' },
	};
});

connection.onInitialized(() => {
	if (canWatchFiles) {
		void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,seed}' }] });
	}
	void indexWorkspace();
});

// Diagnostics are pushed on every change, without a debounce: the parse reuses unchanged lines.
documents.onDidChangeContent(({ document }) => publishDiagnostics(document));
documents.onDidClose(({ document }) => {
	service.forget(document.uri);
	void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

function publishDiagnostics(document: TextDocument): void {
	const diagnostics = diagnosticsEnabled ? service.getDiagnostics(document) : [];
	void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
	service.workspace.update(document.uri, service.getModel(document));
}

connection.onDocumentSymbol((params, token) => withDocument(params.textDocument.uri, (document) => service.getDocumentSymbols(document, token)));
connection.onFoldingRanges((params) => withDocument(params.textDocument.uri, (document) => service.getFoldingRanges(document)));
connection.onCodeAction((params, token) => withDocument(params.textDocument.uri, (document) => service.getQuickFixes(document, params.context.diagnostics, token)));
connection.onWorkspaceSymbol((params, token) => service.getWorkspaceSymbols(params.query, token));
connection.onRequest(serverInfoRequest, () => ({ pid: process.pid, indexedSeeds: service.workspace.size }));

connection.onDidChangeWatchedFiles(async ({ changes }) => {
	for (const change of changes) {
		if (documents.get(change.uri)) continue; // the editor's version wins
		if (change.type === FileChangeType.Deleted) service.workspace.remove(change.uri);
		else await indexFile(change.uri);
	}
});

function withDocument<T>(uri: string, run: (document: TextDocument) => T): T | null {
	const document = documents.get(uri);
	return document ? run(document) : null;
}

async function indexFile(uri: string): Promise<void> {
	const file = uriToPath(uri);
	const text = file ? await readSeedFile(file) : undefined;
	if (text === undefined) service.workspace.remove(uri);
	else service.workspace.update(uri, parseSeed(text));
}

/** Indexes every seed on disk in the background, one file per turn so requests are never blocked. */
async function indexWorkspace(): Promise<void> {
	const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
	progress?.begin('Indexing seeds', 0, undefined, false);
	let count = 0;
	for (const folder of workspaceFolders) {
		for await (const file of findSeedFiles(folder)) {
			const uri = fileUri(file);
			if (!documents.get(uri)) await indexFile(uri);
			if (++count % 50 === 0) progress?.report(`${count} files`);
			await new Promise((resolve) => setImmediate(resolve));
		}
	}
	progress?.done();
}

documents.listen(connection);
connection.listen();
