/**
 * Opening a seed whose sidecar holds many annotations, through the real server over stdio: from
 * `didOpen` until the server says its annotations are loaded and anchored (`seed/annotationsChanged`),
 * and meanwhile hovers on another open seed, one after another, to find the longest any request waits.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startBenchServer } from './benchServer';
import { median } from './measure';
import { taggedSeed } from './taggedSeed';

export interface SidecarLoadTiming {
	readonly annotations: number;
	/** Median over the opens: `didOpen` until the annotations are loaded and anchored. */
	readonly loadMs: number;
	/** The longest a hover on another seed waited during any of the loads. */
	readonly longestHoverWaitMs: number;
	readonly hovers: number;
}

const OTHER_SEED = ' date 2022-02-06 Other seed\n\nChinese President Xi Jinping met Russian President Vladimir Putin in Beijing.\n';

export async function benchSidecarLoad(annotations = 10_000, textBytes = 300_000, opens = 5): Promise<SidecarLoadTiming> {
	const folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-bench-')), 'seeds');
	mkdirSync(folder);
	const tagged = taggedSeed(textBytes, annotations);
	// One seed per open: a sidecar read once stays cached, and each open must read and parse its own.
	const uris = Array.from({ length: opens }, (_, index) => {
		writeFileSync(path.join(folder, `tagged-${index}.txt`), tagged.text);
		writeFileSync(path.join(folder, `tagged-${index}.tags.yaml`), tagged.sidecarText.replace('seed.txt', `tagged-${index}.txt`));
		return `file://${path.join(folder, `tagged-${index}.txt`)}`;
	});
	const other = `file://${path.join(folder, 'other.txt')}`;
	writeFileSync(path.join(folder, 'other.txt'), OTHER_SEED);
	const server = await startBenchServer(folder);
	const { connection } = server;
	const loaded = new Map<string, () => void>();
	connection.onNotification('seed/annotationsChanged', ({ uri }: { uri: string }) => loaded.get(uri)?.());
	try {
		const opened = server.diagnosticsOf(other, 1);
		const document = { uri: other, languageId: 'seed', version: 1, text: OTHER_SEED };
		await connection.sendNotification('textDocument/didOpen', { textDocument: document });
		await opened;
		await server.workspaceIndexed;
		await server.settled();
		const hover = { textDocument: { uri: other }, position: { line: 2, character: 28 } };
		const answer = await connection.sendRequest<{ contents?: { value?: string } } | null>('textDocument/hover', hover);
		if (!answer?.contents?.value?.includes('Xi Jinping')) throw new Error('the bench hover found no entity');
		const loads: number[] = [];
		let longest = 0;
		let hovers = 0;
		for (const uri of uris) {
			// Let the server finish indexing what the previous open left.
			await server.settled();
			let done = false;
			const finished = new Promise<number>((resolve) => loaded.set(uri, () => {
				done = true;
				resolve(performance.now());
			}));
			const started = performance.now();
			await connection.sendNotification('textDocument/didOpen', {
				textDocument: { uri, languageId: 'seed', version: 1, text: tagged.text },
			});
			while (!done) {
				const sent = performance.now();
				await connection.sendRequest('textDocument/hover', hover);
				longest = Math.max(longest, performance.now() - sent);
				hovers++;
			}
			loads.push((await finished) - started);
		}
		return { annotations, loadMs: median(loads), longestHoverWaitMs: longest, hovers };
	} finally {
		await server.stop();
		rmSync(path.dirname(folder), { recursive: true, force: true });
	}
}
