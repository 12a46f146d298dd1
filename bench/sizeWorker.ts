/**
 * Measures the bare scan and the full analysis of one seed size in a process of its own, as the
 * measured anchors were taken, so the garbage of one size does not weigh on the next. Prints JSON.
 */
import { computeDiagnostics } from '../server/src/core/languageFeatures/diagnostics';
import { computeDocumentSymbols } from '../server/src/core/languageFeatures/documentSymbols';
import { parseSeed } from '../server/src/core/parser';
import { buildSeed } from './inputs';
import { medianMs, timesMs } from './measure';

/** The floor: split into lines and run one regex per line (quotes, brackets, capitalised words). */
export function bareScan(text: string): number {
	const pattern = /["“”‘’「」()[\]]|\b[A-Z][a-z]+/g;
	let hits = 0;
	for (const line of text.split('\n')) hits += line.match(pattern)?.length ?? 0;
	return hits;
}

function fullAnalysis(text: string): number {
	const document = parseSeed(text);
	return computeDiagnostics(document).length + computeDocumentSymbols(document).length;
}

export interface SizeTiming {
	readonly scanMs: number;
	readonly fullRunsMs: readonly number[];
}

if (require.main === module) {
	const bytes = Number(process.argv[2]);
	const text = buildSeed(bytes);
	const runs = bytes >= 10_000_000 ? { runs: 5, warmups: 2 } : bytes >= 1_000_000 ? { runs: 7, warmups: 3 } : { runs: 51, warmups: 10 };
	const result: SizeTiming = { scanMs: medianMs(() => bareScan(text), runs), fullRunsMs: timesMs(() => fullAnalysis(text), runs) };
	process.stdout.write(JSON.stringify(result));
}
