/**
 * The overview test corpus (`server/test/fixtures/overview/seeds`): five seeds in two folders, one
 * without a date header and one with an impossible date, plain sidecars, a coder's sidecar
 * (`one.alice.tags.yaml`) and a codebook. Tests copy it into a temporary folder first.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startServer, type ServerSession } from './lspClient';
import { repoRoot } from './samples';

export const overviewFixture = path.join(repoRoot, 'server', 'test', 'fixtures', 'overview');

/** A fresh copy of the fixture; its `seeds/` folder holds the corpus. */
export function copyOverviewFixture(): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'seed-overview-'));
	cpSync(overviewFixture, folder, { recursive: true });
	return folder;
}

/** A server on a fresh copy of the fixture, answering once the background index holds its five seeds. */
export async function startServerOnOverviewFixture(folder: string): Promise<ServerSession> {
	const server = await startServer(folder);
	const deadline = Date.now() + 20_000;
	while ((await server.connection.sendRequest<{ indexedSeeds: number }>('seed/serverInfo')).indexedSeeds < 5) {
		if (Date.now() > deadline) throw new Error('the fixture was not indexed in 20 s');
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	return server;
}
