/**
 * The large-export rows of `npm run bench` alone, for every export format:
 * `npm run build && npm run compile-tests && node out/bench/largeExportOnly.js [MB] [formats…]`.
 * Prints, per format, the export's time, the slowest and median hover on another seed meanwhile,
 * the server's peak memory and the load average before and after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measureExportWhileHovering, type ExportFormat } from '../server/test/support/largeExport';

const allFormats: readonly ExportFormat[] = ['csv', 'jsonl', 'w3c', 'brat', 'qdpx'];

void (async () => {
	const megabytes = Number(process.argv[2] ?? 50);
	const formats = process.argv.length > 3 ? process.argv.slice(3) as ExportFormat[] : allFormats;
	for (const format of formats) {
		const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'seed-bench-export-')), 'seeds');
		const load = os.loadavg()[0];
		try {
			const measure = await measureExportWhileHovering(folder, megabytes, format);
			console.log(`${format.padEnd(5)} ${megabytes} MB: export ${measure.exportMs} ms, slowest of ${measure.hovers} hovers `
				+ `${measure.slowestHoverMs} ms (median ${measure.medianHoverMs} ms), peak ${measure.peakMemoryMb} MB, `
				+ `${measure.exportedRows} rows; load average ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`);
		} finally {
			rmSync(path.dirname(folder), { recursive: true, force: true });
		}
	}
})();
