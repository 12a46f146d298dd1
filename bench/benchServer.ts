/** The built server (`dist/server.js`) started over stdio for a bench, as an editor drives it. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repoRoot } from './inputs';

export interface BenchServer {
	readonly connection: MessageConnection;
	/** Resolves with `performance.now()` when the diagnostics of this version of `uri` arrive. */
	diagnosticsOf(uri: string, version: number): Promise<number>;
	/** Waits until the server has done what it had queued (indexing included): a request is answered after it. */
	settled(): Promise<unknown>;
	/** Resolves when the background indexing of the seeds on disk has ended. */
	readonly workspaceIndexed: Promise<void>;
	stop(): Promise<void>;
}

/** Starts the server on `folder` (the workspace folder) and initializes it. */
export async function startBenchServer(folder: string): Promise<BenchServer> {
	// SEED_BENCH_SERVER: another build of the server to compare with (an older commit's dist/server.js).
	const server = process.env.SEED_BENCH_SERVER ?? path.join(repoRoot, 'dist/server.js');
	const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const waiting = new Map<string, (at: number) => void>();
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		const key = `${params.uri} ${params.version}`;
		waiting.get(key)?.(performance.now());
		waiting.delete(key);
	});
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.onRequest('client/registerCapability', () => null);
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	let indexed: () => void = () => undefined;
	const workspaceIndexed = new Promise<void>((resolve) => (indexed = resolve));
	connection.onNotification('$/progress', ({ value }: { value?: { kind?: string } }) => value?.kind === 'end' && indexed());
	connection.listen();
	await connection.sendRequest('initialize', {
		processId: process.pid, rootUri: `file://${folder}`, workspaceFolders: [{ uri: `file://${folder}`, name: 'seeds' }],
		capabilities: { window: { workDoneProgress: true } },
	});
	await connection.sendNotification('initialized', {});
	return {
		connection,
		diagnosticsOf: (uri, version) => new Promise<number>((resolve) => waiting.set(`${uri} ${version}`, resolve)),
		settled: () => connection.sendRequest('seed/serverInfo'),
		workspaceIndexed,
		stop: async () => {
			await connection.sendRequest('shutdown').catch(() => undefined);
			await connection.sendNotification('exit').catch(() => undefined);
			connection.dispose();
			child.kill();
		},
	};
}
