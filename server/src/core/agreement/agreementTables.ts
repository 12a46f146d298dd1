/**
 * The agreement figures as tables (one row per code, plus one for all codes, or one per seed),
 * rendered as aligned text, CSV (RFC 4180) or Markdown. The CLI, the server command and the
 * Compare Coders report all print the same rows. Undefined figures read "n/a" everywhere (pandas
 * reads that as missing by default).
 */
import type { CodeAgreement } from './agreementReport';
import { formatMeasure } from './measure';

export interface AgreementTable {
	readonly header: readonly string[];
	readonly rows: readonly (readonly string[])[];
}

function disagreement(value: number | undefined): string {
	// Four significant digits: over long texts D_o and D_e are small (they scale with 1/length).
	return value === undefined ? 'n/a' : String(Number(value.toPrecision(4)));
}

/** `label` heads the first column (code or seed); `labelOf` fills it. */
export function agreementTable(
	entries: readonly CodeAgreement[],
	coders: readonly string[],
	label = 'code',
	labelOf: (entry: CodeAgreement, index: number) => string = entry => entry.code ?? '(all codes)',
): AgreementTable {
	const kappaName = coders.length > 2 ? 'fleiss_kappa' : 'cohen_kappa';
	return {
		header: [
			label,
			'u_alpha',
			kappaName,
			'scott_pi',
			'nominal_alpha',
			'f1_exact',
			'f1_overlap',
			'observed_disagreement',
			'expected_disagreement',
			...coders.flatMap(coder => [`units ${coder}`, `characters ${coder}`]),
		],
		rows: entries.map((entry, index) => [
			labelOf(entry, index),
			formatMeasure(entry.unitizingAlpha),
			formatMeasure(entry.kappa),
			formatMeasure(entry.scottPi),
			formatMeasure(entry.nominalAlpha),
			formatMeasure(entry.spanF1Exact),
			formatMeasure(entry.spanF1Overlap),
			disagreement(entry.observedDisagreement),
			disagreement(entry.expectedDisagreement),
			...coders.flatMap((_, c) => [String(entry.counts[c]?.units ?? 0), String(entry.counts[c]?.characters ?? 0)]),
		]),
	};
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToCsv(table: AgreementTable): string {
	return [table.header, ...table.rows].map(row => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function tableToMarkdown(table: AgreementTable): string {
	const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
	const numeric = (column: number) => column > 0;
	return [
		`| ${table.header.map(cell).join(' | ')} |`,
		`| ${table.header.map((_, column) => (numeric(column) ? '---:' : '---')).join(' | ')} |`,
		...table.rows.map(row => `| ${row.map(cell).join(' | ')} |`),
	].join('\n') + '\n';
}

/** Columns padded to line up in a terminal; numbers right-aligned. */
export function tableToText(table: AgreementTable): string {
	const all = [table.header, ...table.rows];
	const widths = table.header.map((_, column) => Math.max(...all.map(row => [...row[column]].length)));
	return all.map(row => row.map((value, column) => {
		const pad = ' '.repeat(widths[column] - [...value].length);
		return column === 0 ? value + pad : pad + value;
	}).join('  ').trimEnd()).join('\n') + '\n';
}
