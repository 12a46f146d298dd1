/**
 * CSV export (RFC 4180): a header row, then one row per annotation: seed, tag, text, start, end,
 * note, coder (empty in single-coder mode). Positions are code points (see `exportSource.ts`). Records end with CRLF; a field is
 * quoted when it holds a comma, a quote, CR or LF, with quotes doubled — a passage spanning
 * paragraphs stays one field.
 */
import { inCodePoints, type ExportSource } from './exportSource';

export const csvColumns = ['seed', 'tag', 'text', 'start', 'end', 'note', 'coder'] as const;

export function toCsv(sources: readonly ExportSource[]): string {
	const rows = [csvColumns.join(',')];
	for (const source of sources) {
		for (const { annotation, start, end } of inCodePoints(source)) {
			const fields = [source.seed, annotation.tag, annotation.text, String(start), String(end), annotation.note ?? '', source.coder ?? ''];
			rows.push(fields.map(csvField).join(','));
		}
	}
	return rows.join('\r\n') + '\r\n';
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
