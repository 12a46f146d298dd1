/**
 * CSV export (RFC 4180): a comment line saying what was exported, a header row, then one row per
 * annotation: seed, tag, text, start, end, note, coder (empty in single-coder mode). Positions are
 * code points (see `exportSource.ts`).
 * Records end with CRLF; a field is quoted when it holds a comma, a quote, CR or LF, with quotes
 * doubled — a passage spanning paragraphs stays one field.
 *
 * CSV injection: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return as a formula (`=HYPERLINK(…)` in a scraped article is enough). Such cells get a leading
 * `'` (OWASP's advice), which spreadsheets hide; `formulaEscape: false` turns this off for readers
 * that are not spreadsheets (pandas, R), so passages stay exactly as in the text.
 */
import { exportedPositions, exportedTexts, inCodePoints, type ExportSource } from './exportSource';

export const csvColumns = ['seed', 'tag', 'text', 'start', 'end', 'note', 'coder'] as const;

export interface CsvOptions {
	/** Prefix cells a spreadsheet would run as a formula with `'` (default true). */
	readonly formulaEscape?: boolean;
}

/** The first line of every CSV export; readers skip it (`pandas.read_csv(f, skiprows=1)`). */
export function csvHeaderComment(formulaEscape: boolean): string {
	return `# Seed Annotator export of ${exportedTexts}; start/end in ${exportedPositions}`
		+ (formulaEscape ? '; cells starting with = + - @ TAB or CR are prefixed with \' against spreadsheet formulas' : '');
}

export function toCsv(sources: readonly ExportSource[], options: CsvOptions = {}): string {
	const formulaEscape = options.formulaEscape ?? true;
	const field = (value: string) => csvField(formulaEscape ? withoutFormula(value) : value);
	const rows = [csvField(csvHeaderComment(formulaEscape)), csvColumns.join(',')];
	for (const source of sources) {
		for (const { annotation, start, end } of inCodePoints(source)) {
			const cells = [
				source.seed,
				annotation.tag,
				annotation.text,
				String(start),
				String(end),
				annotation.note ?? '',
				source.coder ?? '',
			];
			rows.push(cells.map(field).join(','));
		}
	}
	return rows.join('\r\n') + '\r\n';
}

/** A cell a spreadsheet would evaluate, made inert by a leading apostrophe. */
export function withoutFormula(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
