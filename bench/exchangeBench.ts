/**
 * REFI-QDA export and import of a corpus of `seeds` texts with `perSeed` annotations each (DESIGN
 * §7, issue 17 §8: 1,000 seeds and 20,000 annotations, ≤ 3 s each way). Export reads through the
 * file-system interface from memory and builds the .qdpx; import plans from the .qdpx and writes
 * every seed, sidecar and the codebook into a temporary folder on disk. The baseline, measured in
 * the same run, zips and unzips the same texts with fflate and nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { URI } from 'vscode-uri';
import { contextAround, type Annotation } from '../server/src/core/annotations/annotation';
import { MemoryFileSystem } from '../server/src/core/annotations/memoryFileSystem';
import { newSidecarText } from '../server/src/core/annotations/sidecar';
import { renderSlot } from '../server/src/core/annotations/sidecarSlot';
import { readExchangeProject, writeQdpx } from '../server/src/core/exchange/projectExport';
import { planImport } from '../server/src/core/exchange/projectImport';
import { existingFilesIn, writeImportPlan } from '../server/src/node/importPlanWriter';
import { median } from './measure';

export interface ExchangeBenchResult {
	readonly seeds: number;
	readonly annotations: number;
	readonly qdpxBytes: number;
	readonly exportMs: number;
	readonly importMs: number;
	readonly zipBaselineMs: number;
}

const paragraph = [
	'BEIJING, Feb. 5 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin 🇨🇳🇷🇺 on Friday.',
	'The two sides agreed to deepen cooperation in trade, energy and technology, 双方同意深化合作,',
	'and to coordinate on international affairs.',
].join(' ') + '\r\n\r\n';

export async function benchExchange(seeds = 1000, perSeed = 20, runs = 3): Promise<ExchangeBenchResult> {
	const fileSystem = new MemoryFileSystem();
	const encoder = new TextEncoder();
	const list: { uri: URI; name: string; sidecars: { uri: URI }[] }[] = [];
	const texts: Record<string, Uint8Array> = {};
	for (let i = 0; i < seeds; i++) {
		const text = ` date 2022-02-${String(1 + (i % 28)).padStart(2, '0')} Seed ${i}\r\n\r\n` + paragraph.repeat(12);
		const uri = URI.file(`/bench/seeds/${String(i).padStart(4, '0')}.txt`);
		const sidecar = URI.file(`/bench/seeds/${String(i).padStart(4, '0')}.tags.yaml`);
		const annotations: Annotation[] = [];
		for (let n = 0; n < perSeed; n++) {
			const start = text.indexOf('Xi Jinping', (n * text.length) / perSeed) >= 0 ? text.indexOf('Xi Jinping',
				(n * text.length) / perSeed) : text.indexOf('Putin');
			annotations.push({
				id: `a-${(i * perSeed + n).toString(36).padStart(8, '0')}`, tag: ['actor/state', 'frame/cooperation',
					'claim/quote'][n % 3], text: text.slice(start, start + 10),
				start, end: start + 10, ...contextAround(text, start,
					start + 10), ...(n % 5 === 0 ? { note: `note ${n}` } : {}), created: '2026-11-21T06:22:49.475Z',
			});
		}
		annotations.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
		await fileSystem.writeFile(uri, encoder.encode(text));
		await fileSystem.writeFile(sidecar, encoder.encode(newSidecarText('x.txt').replace('annotations: []\n',
			'annotations:\n' + annotations.map(a => renderSlot(a, 2, '\n').text).join(''))));
		list.push({ uri, name: `seeds/${String(i).padStart(4, '0')}.txt`, sidecars: [{ uri: sidecar }] });
		texts[`sources/${i}.txt`] = encoder.encode(text);
	}
	const codebook = 'version: 1\ntags:\n  actor/state:\n    color: "#1f77b4"\n  frame/cooperation:\n    color: "#2ca02c"\n  ' +
		'claim/quote:\n    color: "#7f7f7f"\n';
	const exportTimes: number[] = [];
	const importTimes: number[] = [];
	const baselineTimes: number[] = [];
	let qdpx: Uint8Array = new Uint8Array();
	let annotations = 0;
	for (let run = 0; run < runs; run++) {
		let start = performance.now();
		const read = await readExchangeProject(fileSystem, list, codebook);
		qdpx = writeQdpx(read.project);
		exportTimes.push(performance.now() - start);
		annotations = read.project.sources.reduce((total, source) => total + source.selections.length, 0);
		const folder = mkdtempSync(path.join(tmpdir(), 'seed-bench-import-'));
		try {
			start = performance.now();
			const plan = await planImport(qdpx, 'bench.qdpx', existingFilesIn(folder));
			await writeImportPlan(folder, plan.files);
			importTimes.push(performance.now() - start);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
		start = performance.now();
		unzipSync(zipSync(texts, { level: 6 }));
		baselineTimes.push(performance.now() - start);
	}
	return { seeds, annotations, qdpxBytes: qdpx.length, exportMs: median(exportTimes), importMs: median(importTimes),
		zipBaselineMs: median(baselineTimes) };
}
