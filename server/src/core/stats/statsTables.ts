/**
 * The overview's figures as named tables (header row + rows of cells), the one shape that the CLI's
 * text and CSV output and the webview's CSV export and screen-reader tables all print.
 */
import type { CorpusStats } from './corpusStatsTypes';

export type Cell = string | number;

export interface StatsTable {
	/** `codes`, `matrix`, `cooccurrence`, `timeline`, `undated`, `entities`, `entitiesOverTime`, `coders` */
	readonly name: StatsTableName;
	readonly title: string;
	readonly columns: readonly string[];
	readonly rows: readonly (readonly Cell[])[];
}

export const statsTableNames = [
	'codes',
	'matrix',
	'cooccurrence',
	'timeline',
	'undated',
	'entities',
	'entitiesOverTime',
	'coders',
] as const;
export type StatsTableName = (typeof statsTableNames)[number];

/** A parent code with codes under it reads `frame/*`: its counts include theirs. */
export function codeLabel(code: string, hasChildren: boolean): string {
	return hasChildren ? `${code}/*` : code;
}

export function coderLabel(coder: string): string {
	return coder === '' ? '(plain sidecar)' : coder;
}

export function statsTable(stats: CorpusStats, name: StatsTableName): StatsTable {
	switch (name) {
		case 'codes':
			return {
				name,
				title: 'Codes',
				columns: ['code', 'passages', 'seeds', 'characters', 'own passages', 'own seeds', 'own characters'],
				rows: stats.codes.map(row => [
					codeLabel(row.code, row.hasChildren),
					row.passages,
					row.seeds,
					row.characters,
					row.own.passages,
					row.own.seeds,
					row.own.characters,
				]),
			};
		case 'matrix': {
			const codes = stats.codes.map(row => row.code);
			const grid = new Map(stats.matrix.cells.map(cell => [`${cell.code}\n${cell.seed}`, cell.passages]));
			return {
				name,
				title: 'Code × seed (passages)',
				columns: ['code', ...stats.matrix.seeds.map(seed => seed.path)],
				rows: stats.codes.map((row, index) => [
					codeLabel(row.code, row.hasChildren),
					...stats.matrix.seeds.map((_, seed) => grid.get(`${codes[index]}\n${seed}`) ?? 0),
				]),
			};
		}
		case 'cooccurrence':
			return {
				name,
				title: 'Co-occurrence',
				columns: ['code a', 'code b', 'overlapping passages', 'seeds with both'],
				rows: stats.cooccurrence.pairs.map(pair => [pair.a, pair.b, pair.overlapping, pair.seeds]),
			};
		case 'timeline':
			return {
				name,
				title: `Timeline (per ${stats.timeline.granularity}, by header date)`,
				columns: [stats.timeline.granularity, 'from', 'seeds', 'coded seeds', 'passages'],
				rows: stats.timeline.buckets.map(bucket => [bucket.key, bucket.start, bucket.seeds, bucket.codedSeeds, bucket.passages]),
			};
		case 'undated':
			return {
				name,
				title: 'Seeds without a valid date',
				columns: ['seed', 'problem', 'passages'],
				rows: stats.timeline.undated.map(seed => [
					seed.path,
					seed.problem === 'missing' ? 'no date header' : 'invalid date',
					seed.passages,
				]),
			};
		case 'entities':
			return {
				name,
				title: 'Most mentioned entities',
				columns: ['entity', 'kind', 'mentions', 'seeds'],
				rows: stats.entities.top.map(entity => [entity.name, entity.kind, entity.mentions, entity.seeds]),
			};
		case 'entitiesOverTime': {
			const names = new Map(stats.entities.top.map(entity => [entity.id, entity.name]));
			return {
				name,
				title: `Entity mentions per ${stats.timeline.granularity}`,
				columns: [stats.timeline.granularity, ...stats.entities.overTime.ids.map(id => names.get(id) ?? id)],
				rows: stats.entities.overTime.buckets.map(bucket => [bucket.key, ...bucket.mentions]),
			};
		}
		case 'coders':
			return {
				name,
				title: 'Coders',
				columns: ['coder', 'seeds', 'passages'],
				rows: stats.coders.map(row => [coderLabel(row.coder), row.seeds, row.passages]),
			};
	}
}

/** RFC 4180 CSV with CRLF line ends; a cell that starts with `=`, `+`, `-` or `@` is left as it is. */
export function tableToCsv(table: StatsTable): string {
	return [table.columns, ...table.rows].map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(cell: Cell): string {
	const text = String(cell);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns padded for a terminal; numbers right-aligned. */
export function tableToText(table: StatsTable): string {
	const widths = table.columns.map((column, index) => Math.max(column.length, ...table.rows.map(row => String(row[index]).length)));
	const line = (row: readonly Cell[]) =>
		row
			.map((cell, index) => (typeof cell === 'number' ? String(cell).padStart(widths[index]) : String(cell).padEnd(widths[index])))
			.join('  ')
			.trimEnd();
	return [table.title, line(table.columns), ...table.rows.map(line)].join('\n');
}
