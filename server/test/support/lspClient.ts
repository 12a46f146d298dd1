/** Spawns the built language server and speaks LSP to it over stdio, as another editor would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before } from 'node:test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { applyEdits, repoRoot, seedsFolder } from './samples';

export interface ServerSession {
	readonly connection: MessageConnection;
	readonly process: ChildProcess;
	/** The diagnostics last published for a URI. */
	readonly diagnostics: Map<string, Diagnostic[]>;
	/** What the server answered to `initialize`. */
	readonly initializeResult: InitializeResult;
	waitForDiagnostics(uri: string, predicate?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
	stop(): Promise<void>;
}

/** How the test client presents itself: by default a VS Code–like client that can watch files. */
export interface ClientOptions {
	/** `capabilities` of `initialize`, replacing the default ones. */
	readonly capabilities?: object;
	/** `clientInfo` of `initialize`; VS Code's by default. */
	readonly clientInfo?: { readonly name: string; readonly version?: string };
}

export async function startServer(
	workspaceFolder?: string, initializationOptions?: object, client: ClientOptions = {},
): Promise<ServerSession> {
	const child = spawn(process.execPath, [path.join(repoRoot, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const diagnostics = new Map<string, Diagnostic[]>();
	const waiters: (() => void)[] = [];
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		diagnostics.set(params.uri, params.diagnostics);
		waiters.splice(0).forEach((wake) => wake());
	});
	// Requests the server makes of the client: answer like a minimal editor.
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.onRequest('client/registerCapability', () => null);
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	// Like an editor that saves at once: edits the server asks for are applied to the files on disk.
	connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => ({ applied: applyToDisk(params.edit) }));
	connection.onNotification('$/progress', () => undefined);
	connection.listen();
	// A server that is gone answers nothing: its connection is closed, so a request still waiting on
	// it fails instead of waiting for ever (and holding up the test file).
	child.once('close', () => {
		try {
			connection.dispose();
		} catch {
			// already disposed by stop()
		}
	});

	const folderUri = workspaceFolder ? `file://${workspaceFolder}` : null;
	const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
		processId: process.pid,
		rootUri: folderUri,
		workspaceFolders: folderUri ? [{ uri: folderUri, name: 'seeds' }] : null,
		capabilities: client.capabilities ?? {
			workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true }, window: { workDoneProgress: true },
		},
		clientInfo: client.clientInfo ?? { name: 'Visual Studio Code', version: '1.100.0' },
		initializationOptions,
	});
	await connection.sendNotification('initialized', {});

	return {
		connection,
		process: child,
		diagnostics,
		initializeResult,
		async waitForDiagnostics(uri, predicate = () => true, timeoutMs = 5000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const current = diagnostics.get(uri);
				if (current && predicate(current)) return current;
				const remaining = deadline - Date.now();
				if (remaining <= 0)
					throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current)}`);
				await new Promise<void>((resolve) => {
					const timer = setTimeout(resolve, remaining);
					waiters.push(() => { clearTimeout(timer); resolve(); });
				});
			}
		},
		async stop() {
			// Bounded: a server that hangs or died meanwhile must not hold up the test.
			await Promise.race([
				connection.sendRequest('shutdown').catch(() => undefined),
				new Promise<void>((resolve) => setTimeout(resolve, 5000).unref()),
			]);
			await connection.sendNotification('exit').catch(() => undefined);
			connection.dispose();
			if (child.exitCode === null) {
				await new Promise<void>((resolve) => {
					const timer = setTimeout(() => { child.kill(); resolve(); }, 2000);
					child.once('exit', () => { clearTimeout(timer); resolve(); });
				});
			}
		},
	};
}

export interface SeedWorkspace {
	/** A throw-away copy of `seeds/`, in a folder named `seeds` so its .txt files are seeds. */
	readonly folder: string;
	readonly server: ServerSession;
	uriOf(name: string): string;
	dispose(): Promise<void>;
}

/**
 * Copies the sample seeds to a temporary workspace and starts a server on it: `client` says which
 * editor the server talks to, `prepare` changes the copy first.
 */
export async function startServerOnSeedsCopy(
	initializationOptions?: object,
	client?: ClientOptions,
	prepare?: (folder: string) => void,
): Promise<SeedWorkspace> {
	const folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-workspace-')), 'seeds');
	cpSync(seedsFolder, folder, { recursive: true });
	prepare?.(folder);
	const server = await startServer(folder, initializationOptions, client);
	return {
		folder,
		server,
		uriOf: (name) => `file://${path.join(folder, name)}`,
		async dispose() {
			await server.stop();
			rmSync(path.dirname(folder), { recursive: true, force: true });
		},
	};
}

function applyToDisk(edit: WorkspaceEdit): boolean {
	const apply = (uri: string, edits: readonly TextEdit[]) => {
		const file = URI.parse(uri).fsPath;
		writeFileSync(file, applyEdits(existsSync(file) ? readFileSync(file, 'utf8') : '', edits));
	};
	for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
	for (const change of edit.documentChanges ?? []) {
		if ('kind' in change) {
			if (change.kind === 'create' && !existsSync(URI.parse(change.uri).fsPath)) writeFileSync(URI.parse(change.uri).fsPath, '');
		} else {
			apply(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'range' in e));
		}
	}
	return true;
}

/**
 * For a test file: a copied seeds workspace with a server, started before its tests and disposed
 * after them. Read `folder` and `server` inside tests (they exist once `before` has run).
 */
export function useSeedWorkspace(): Omit<SeedWorkspace, 'dispose'> {
	let workspace: SeedWorkspace | undefined;
	before(async () => {
		workspace = await startServerOnSeedsCopy();
	});
	after(() => workspace?.dispose());
	const started = () => {
		if (!workspace) throw new Error('the seed workspace starts in before()');
		return workspace;
	};
	return {
		get folder() {
			return started().folder;
		},
		get server() {
			return started().server;
		},
		uriOf: (name) => started().uriOf(name),
	};
}
