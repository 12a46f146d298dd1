/**
 * Exports a generated large seed through the built server while another open seed is hovered, and
 * measures what a person would notice: how long each hover waits, how long the export takes, and the
 * server's peak memory (`VmHWM` of its process, Linux). Shared by `protocolLargeExport.test.ts` and
 * `npm run bench` (which uses a 50 MB seed).
 */
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { withPosition, type Annotation } from '../../src/core/annotations/annotation';
import { Sidecar } from '../../src/core/annotations/sidecar';
import { startServer } from './lspClient';
import { samples, seedsFolder } from './samples';

export interface LargeExportMeasure {
	readonly seedMb: number;
	readonly annotations: number;
	/** Data rows of the CSV export (one per annotation). */
	readonly exportedRows: number;
	readonly exportMs: number;
	/** Bytes of the export: the answer's text, or the .qdpx the server wrote. */
	readonly exportBytes: number;
	/** Hovers answered while the export ran. */
	readonly hovers: number;
	readonly slowestHoverMs: number;
	readonly medianHoverMs: number;
	readonly peakMemoryMb: number;
	/** From the server's start until the large seed was in the workspace index (hovers then count it). */
	readonly indexingMs: number;
}

const annotationCount = 200;

/**
 * `repeated`: the sample's paragraphs over and over (deflates to under 1 %); `prose`: its words in a
 * seeded random order, which deflates about as news text does (to about a third), so that a `.qdpx`
 * is as large as a real corpus's.
 */
export type LargeText = 'repeated' | 'prose';

/** `seed.export`'s formats, and `qdpx` for `seed.exportProject`. */
export type ExportFormat = 'csv' | 'jsonl' | 'w3c' | 'brat' | 'qdpx';

/** Fills `folder` (a new `seeds` folder) and measures; the caller removes it. */
export async function measureExportWhileHovering(
	folder: string,
	megabytes: number,
	format: ExportFormat = 'csv',
	text: LargeText = 'repeated',
): Promise<LargeExportMeasure> {
	mkdirSync(folder, { recursive: true });
	cpSync(path.join(seedsFolder, samples.s000), path.join(folder, samples.s000));
	const small = readFileSync(path.join(folder, samples.s000), 'utf8');
	const large = text === 'repeated' ? largeSeedText(small, megabytes) : shuffledProse(small, megabytes);
	writeFileSync(path.join(folder, 'large.txt'), large);
	writeFileSync(path.join(folder, 'large.tags.yaml'), sidecarOver(large, 'large.txt'));

	const opened = performance.now();
	const server = await startServer(folder);
	try {
		const smallUri = `file://${path.join(folder, samples.s000)}`;
		await server.connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri: smallUri, languageId: 'seed', version: 1, text: small },
		});
		await server.waitForDiagnostics(smallUri);
		const name = small.indexOf('Le Yucheng');
		const before = small.slice(0, name).split('\n');
		const position = { line: before.length - 1, character: before.at(-1)!.length + 2 };
		const hover = () =>
			server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position });
		// The workspace index reads a seed of up to 20 million characters in the background first (a larger
		// one it leaves out): the export is measured after that.
		const indexedBy = performance.now() + 120_000;
		let expected = JSON.stringify(await hover());
		while (large.length <= 20_000_000 && !expected.includes('large.txt')) {
			if (performance.now() > indexedBy) throw new Error(`the large seed was not indexed within 120 s: ${expected}`);
			await new Promise(resolve => setTimeout(resolve, 100));
			expected = JSON.stringify(await hover());
		}
		const indexingMs = performance.now() - opened;

		const started = performance.now();
		let done = false;
		const uris = [`file://${path.join(folder, 'large.txt')}`];
		// As the editor does: the server writes the .qdpx where the save dialog said (here beside the workspace).
		const target = `file://${path.join(path.dirname(folder), 'large.qdpx')}`;
		const exported = server.connection
			.sendRequest<string | { codings: number; bytes: number }>('workspace/executeCommand', {
				command: format === 'qdpx' ? 'seed.exportProject' : 'seed.export',
				arguments: [format === 'qdpx' ? { format, uris, target } : { format, uris }],
			})
			.finally(() => {
				done = true;
			});
		const waits: number[] = [];
		while (!done) {
			const sent = performance.now();
			const answer = JSON.stringify(await hover());
			if (done) break;
			if (answer !== expected) throw new Error(`a hover during the export answered ${answer}, not ${expected}`);
			waits.push(performance.now() - sent);
			await new Promise(resolve => setTimeout(resolve, 20));
		}
		const result = await exported;
		const exportMs = performance.now() - started;
		if (typeof result !== 'string' && statSync(fileURLToPath(target)).size !== result.bytes) {
			throw new Error(`the server answered ${result.bytes} bytes but wrote ${statSync(fileURLToPath(target)).size}`);
		}
		const sorted = [...waits].sort((a, b) => a - b);
		return {
			seedMb: megabytes,
			annotations: annotationCount,
			exportedRows: typeof result === 'string' ? exportedCount(format, result) : result.codings,
			exportMs: Math.round(exportMs),
			exportBytes: typeof result === 'string' ? Buffer.byteLength(result) : result.bytes,
			hovers: waits.length,
			slowestHoverMs: Math.round(sorted.at(-1) ?? 0),
			medianHoverMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
			peakMemoryMb: peakMemoryMb(server.process.pid!),
			indexingMs: Math.round(indexingMs),
		};
	} finally {
		await server.stop();
	}
}

/** How many annotations an export holds: CSV data rows, JSON lines, W3C annotations or brat T lines. */
function exportedCount(format: string, exported: string): number {
	switch (format) {
		case 'csv':
			return exported.split('\n').filter(line => line !== '' && !line.startsWith('#')).length - 1;
		case 'jsonl':
			return exported.split('\n').filter(line => line.includes('"id":"a-')).length;
		case 'brat':
			return exported.split('\n').filter(line => /^T\d+\t/.test(line)).length;
		default:
			return (exported.match(/"type":\s*"Annotation"/g) ?? []).length;
	}
}

/** News paragraphs repeated to `megabytes` MB. */
function largeSeedText(sample: string, megabytes: number): string {
	const paragraphs = sample.split(/\n\s*\n/).slice(1).join('\n\n') + '\n\n';
	return sample.split('\n')[0] + '\n\n' + paragraphs.repeat(Math.ceil((megabytes * 1024 * 1024) / paragraphs.length));
}

/** The sample's words in paragraphs of 40–120, in an order drawn from a seeded generator (mulberry32): the same text every run. */
function shuffledProse(sample: string, megabytes: number): string {
	const words = sample.split(/\s+/).filter(word => word !== '');
	let state = 14;
	const random = () => {
		state = (state + 0x6d2b79f5) | 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
	const paragraphs: string[] = [sample.split('\n')[0]];
	for (let length = 0; length < megabytes * 1024 * 1024;) {
		const count = 40 + Math.floor(random() * 80);
		const paragraph = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
		paragraphs.push(paragraph);
		length += paragraph.length + 2;
	}
	return paragraphs.join('\n\n') + '\n';
}

/** A sidecar with annotations spread over the whole text, in the layout the server writes. */
function sidecarOver(text: string, seedName: string): string {
	let sidecar = Sidecar.empty(seedName);
	const step = Math.floor(text.length / annotationCount);
	for (let index = 0; index < annotationCount; index++) {
		// A word or a few, never across a line end (a CSV row per annotation).
		const start = text.indexOf(' ', index * step) + 1;
		const lineEnd = text.indexOf('\n', start);
		const end = Math.min(text.indexOf(' ', start + 5), lineEnd < 0 ? text.length : lineEnd);
		const annotation: Annotation = {
			id: `a-${index.toString(36).padStart(8, '0')}`,
			tag: index % 2 === 0 ? 'actor/state' : 'frame/cooperation',
			text: '',
			start: 0,
			end: 0,
			before: '',
			after: '',
			created: '2026-01-01T00:00:00.000Z',
		};
		sidecar = sidecar.add(withPosition(annotation, text, start, end));
	}
	return sidecar.text;
}

/** The process's peak resident memory in MB (Linux `/proc`); 0 where there is none. */
function peakMemoryMb(pid: number): number {
	try {
		const kilobytes = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kilobytes ? Math.round(Number(kilobytes) / 1024) : 0;
	} catch {
		return 0;
	}
}
