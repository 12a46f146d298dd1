/**
 * Tables in the overview: every table a person reads and every chart's data table (kept in the page
 * for screen readers, shown on demand) come from the same `StatsTable` the CSV export writes.
 */
import type { Cell, StatsTable } from '../../../server/src/core/stats/statsTables';
import { button, element } from './dom';

export interface SortState {
	/** Column index, or -1 for the table's own order. */
	column: number;
	descending: boolean;
}

/**
 * A table whose headers sort it (numbers largest first on the first click); the table's own order
 * comes back on the third click. `decorate` may add to a row's first cell (a colour swatch).
 */
export function sortableTable(
	table: StatsTable,
	sort: SortState,
	onSort: (sort: SortState) => void,
	decorate?: (row: readonly Cell[], index: number, cell: HTMLTableCellElement) => void,
): HTMLTableElement {
	const order = table.rows.map((_, index) => index);
	if (sort.column >= 0) {
		const column = sort.column;
		order.sort((a, b) => compareCells(table.rows[a][column], table.rows[b][column]) * (sort.descending ? -1 : 1) || a - b);
	}
	const header = element(
		'tr',
		{},
		...table.columns.map((column, index) => {
			const active = sort.column === index;
			const th = element('th', { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' });
			th.append(
				button(
					column + (active ? (sort.descending ? ' ▼' : ' ▲') : ''),
					() => {
						const numeric = typeof table.rows[0]?.[index] === 'number';
						if (!active) onSort({ column: index, descending: numeric });
						else if (sort.descending === numeric) onSort({ column: index, descending: !numeric });
						else onSort({ column: -1, descending: false });
					},
					{ class: 'sort', title: `Sort by ${column}` },
				),
			);
			return th;
		}),
	);
	const body = element('tbody', {}, ...order.map(index => rowOf(table.rows[index], index, decorate)));
	return element(
		'table',
		{ class: 'data', 'data-table': table.name },
		element('caption', { class: 'visually-hidden' }, table.title),
		element('thead', {}, header),
		body,
	);
}

/** A plain table (a chart's data), hidden from sight until `Show table` but always there for screen readers. */
export function chartTable(table: StatsTable): HTMLTableElement {
	const header = element('tr', {}, ...table.columns.map(column => element('th', { scope: 'col' }, column)));
	return element(
		'table',
		{ class: 'data chart-table visually-hidden', 'data-table': table.name },
		element('caption', {}, `${table.title} (the chart's data)`),
		element('thead', {}, header),
		element('tbody', {}, ...table.rows.map((row, index) => rowOf(row, index))),
	);
}

function rowOf(
	row: readonly Cell[],
	index: number,
	decorate?: (row: readonly Cell[], index: number, cell: HTMLTableCellElement) => void,
): HTMLTableRowElement {
	return element(
		'tr',
		{},
		...row.map((cell, column) => {
			const td = column === 0 ? element('th', { scope: 'row' }) : element('td', { class: typeof cell === 'number' ? 'number' : '' });
			td.textContent = String(cell);
			if (column === 0 && decorate) decorate(row, index, td);
			return td;
		}),
	);
}

function compareCells(a: Cell | undefined, b: Cell | undefined): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a ?? '').localeCompare(String(b ?? ''));
}
