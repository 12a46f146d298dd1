/**
 * Measured through the real server over stdio, as an editor drives it: a one-character edit in a
 * 1 MB seed until fresh diagnostics arrive (the first edit after opening, then the median of
 * many), and `textDocument/documentSymbol` on the same seed (time and size of the answer).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startBenchServer } from './benchServer';
import { median } from './measure';

export interface ProtocolTiming {
	/** The median over `opens` documents of the first edit after each is opened. */
	readonly firstEditMs: number;
	readonly editMedianMs: number;
	readonly edits: number;
	readonly documentSymbolMs: number;
	readonly documentSymbolBytes: number;
}

export async function benchProtocol(text: string, edits = 21, opens = 5): Promise<ProtocolTiming> {
	const folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-bench-')), 'seeds');
	mkdirSync(folder);
	const uris = Array.from({ length: opens }, (_, index) => {
		const file = path.join(folder, `large-${index}.txt`);
		writeFileSync(file, text);
		return `file://${file}`;
	});
	const server = await startBenchServer(folder);
	const { connection, diagnosticsOf, settled } = server;
	try {
		/** From a one-character change until the diagnostics of that version arrive. */
		const edit = async (document: TextDocument, index: number): Promise<[TextDocument, number]> => {
			const at = document.positionAt(Math.floor(document.getText().length * ((index * 37) % 100) / 100));
			const change = { range: { start: at, end: at }, text: index % 2 ? '"' : 'x' };
			const changed = TextDocument.update(document, [change], document.version + 1);
			const fresh = diagnosticsOf(changed.uri, changed.version);
			const started = performance.now();
			await connection.sendNotification('textDocument/didChange', {
				textDocument: { uri: changed.uri, version: changed.version },
				contentChanges: [change],
			});
			const elapsed = (await fresh) - started;
			await settled();
			return [changed, elapsed];
		};
		const firstEdits: number[] = [];
		let document: TextDocument | undefined;
		for (const uri of uris) {
			document = TextDocument.create(uri, 'seed', 1, text);
			const opened = diagnosticsOf(uri, 1);
			await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });
			await opened;
			await settled();
			let elapsed: number;
			[document, elapsed] = await edit(document, 0);
			firstEdits.push(elapsed);
		}
		const times: number[] = [];
		for (let index = 1; index <= edits; index++) {
			let elapsed: number;
			[document, elapsed] = await edit(document!, index);
			times.push(elapsed);
		}
		const uri = document!.uri;
		const started = performance.now();
		const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		const documentSymbolMs = performance.now() - started;
		const documentSymbolBytes = Buffer.byteLength(JSON.stringify(symbols));
		return { firstEditMs: median(firstEdits), editMedianMs: median(times), edits: times.length, documentSymbolMs, documentSymbolBytes };
	} finally {
		await server.stop();
		rmSync(path.dirname(folder), { recursive: true, force: true });
	}
}
