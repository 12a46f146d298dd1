/**
 * The large-export rows of `npm run bench` alone, for every export format:
 * `npm run build && npm run compile-tests && node out/bench/largeExportOnly.js [MB] [formats…] [--prose]`.
 * `--prose`: a seed that deflates as news text does (see `LargeText`). Prints, per format, the export's
 * time, the slowest and median hover on another seed meanwhile,
 * the server's peak memory and the load average before and after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureExportWhileHovering, type ExportFormat, type LargeText } from '../server/test/support/largeExport';

const allFormats: readonly ExportFormat[] = ['csv', 'jsonl', 'w3c', 'brat', 'qdpx'];

void (async () => {
	const megabytes = Number(process.argv[2] ?? 50);
	const text: LargeText = process.argv.includes('--prose') ? 'prose' : 'repeated';
	const named = process.argv.slice(3).filter(argument => argument !== '--prose') as ExportFormat[];
	const formats = named.length > 0 ? named : allFormats;
	for (const format of formats) {
		const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'seed-bench-export-')), 'seeds');
		const load = os.loadavg()[0];
		try {
			const measure = await measureExportWhileHovering(folder, megabytes, format, text);
			const size = `${(measure.exportBytes / 1e6).toFixed(2)} MB`;
			console.log(`${format.padEnd(5)} ${megabytes} MB (${text}): export ${measure.exportMs} ms (${size}), `
				+ `slowest of ${measure.hovers} hovers `
				+ `${measure.slowestHoverMs} ms (median ${measure.medianHoverMs} ms), peak ${measure.peakMemoryMb} MB, `
				+ `${measure.exportedRows} rows; load average ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
		} finally {
			rmSync(path.dirname(folder), { recursive: true, force: true });
		}
	}
})();
