/**
 * Issue 14 §5: exporting a very large seed must not stop the server answering about other documents,
 * nor take more than 1 GB. The built server, over stdio, exports a generated seed (24 MB here, over
 * the size the workspace index reads; `npm run bench` measures 50 MB in every format) while hovers
 * are sent on another open seed: as CSV (the content in the answer) and as a REFI-QDA project (zipped on
 * a worker thread and written by the server to the file the editor names).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { measureExportWhileHovering, type ExportFormat } from './support/largeExport';

for (const format of ['csv', 'qdpx'] as const satisfies readonly ExportFormat[]) {
	test(`while a 24 MB seed is exported as ${format}, hovers on another seed answer within 500 ms and memory stays under 1 GB`,
		async () => {
			const folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-large-export-')), 'seeds');
			try {
				const result = await measureExportWhileHovering(folder, 24, format);
				// The export really ran while the hovers were answered, and exported the annotations.
				// A fast export (on a quiet machine, about 0.1 s) leaves time for one or two hovers only.
				assert.ok(result.hovers >= 1, `no hover was answered while the export ran (${result.exportMs} ms)`);
				assert.equal(result.exportedRows, result.annotations);
				assert.ok(result.slowestHoverMs < 500, `a hover took ${result.slowestHoverMs} ms during the export`);
				assert.ok(result.peakMemoryMb > 0 && result.peakMemoryMb < 1024, `the server peaked at ${result.peakMemoryMb} MB`);
			} finally {
				rmSync(path.dirname(folder), { recursive: true, force: true });
			}
		});
}
