/**
 * The Corpus Overview webview: filters, the codes table, the heat map (a cell lists its passages,
 * each opening the text there), co-occurrence, the timeline with the seeds that have no valid date,
 * entities and coders. Figures arrive from the extension (`seed.corpusStats`) on start, on every
 * filter change and, debounced, whenever the corpus changes.
 */
import type { CorpusStats } from '../../../server/src/core/stats/corpusStatsTypes';
import { coderLabel, statsTable, type StatsTable } from '../../../server/src/core/stats/statsTables';
import type { CellPassage, FromWebview, OverviewRequest, ToWebview } from '../../src/overview/overviewMessages';
import { codersChart, cooccurrenceMatrix, entitiesChart, heatCells, heatMap, svgOf, timelineChart, type HeatCell } from './charts';
import { button, element } from './dom';
import { exportCsv, exportPng, exportSvg, type Save } from './exporting';
import { enableGridNavigation } from './gridNavigation';
import { chartTable, sortableTable, type SortState } from './tables';
import { answerProbe, firstPaint } from './testProbe';
import { currentTheme, onThemeChange } from './theme';
import './overview.css';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

interface State {
	stats?: CorpusStats;
	request: OverviewRequest;
	/** Per table name: how the person sorted it. */
	readonly sorts: Map<string, SortState>;
	cooccurrenceMeasure: 'seeds' | 'overlapping';
	/** Every folder and coder seen, so the filters keep offering them while they narrow the figures. */
	readonly folders: Set<string>;
	readonly coders: Set<string>;
	passages?: { code: string; path: string; uri: string; list: readonly CellPassage[] };
	error?: string;
}

const vscode = acquireVsCodeApi();
const post = (message: FromWebview) => vscode.postMessage(message);
const save: Save = (fileName, content, encoding) => post({ type: 'export', fileName, content, encoding });
const root = document.getElementById('overview')!;
const state: State = {
	request: { filter: {}, granularity: 'month' },
	sorts: new Map(),
	cooccurrenceMeasure: 'seeds',
	folders: new Set(),
	coders: new Set(),
};

window.addEventListener('message', (event: MessageEvent<ToWebview | { type: 'probe'; id: number; probe: { action: string } }>) => {
	const message = event.data;
	if (message.type === 'stats') {
		state.stats = message.stats;
		state.request = message.request; // the extension may have set a filter (a code's Find Passages)
		state.error = undefined;
		remember(message.stats);
		if (firstPaint.at === undefined) {
			// The first figures go on screen at once (totals, filters, the codes table); the charts follow
			// in the next frame, so that a large corpus is readable before its charts are drawn.
			render('totals and codes');
			afterPaint(() => {
				firstPaint.at = Date.now();
				render();
				afterPaint(() => (firstPaint.complete = Date.now()));
			});
		} else render();
	} else if (message.type === 'passages') {
		state.passages = { code: message.code, path: message.path, uri: message.uri, list: message.passages };
		renderPassages();
	} else if (message.type === 'error') {
		state.error = message.message;
		render();
	} else if (message.type === 'probe') {
		void answerProbe(message.probe).then(answer => vscode.postMessage({ probeAnswer: message.id, answer }));
	}
});
onThemeChange(() => render());
post({ type: 'ready' });

/** Runs `then` once what is drawn now has been painted (after the next frame; a hidden webview gets no frames). */
function afterPaint(then: () => void): void {
	let ran = false;
	const run = () => {
		if (ran) return;
		ran = true;
		setTimeout(then);
	};
	requestAnimationFrame(run);
	setTimeout(run, 100);
}

function remember(stats: CorpusStats): void {
	for (const seed of [...stats.matrix.seeds, ...stats.timeline.undated]) {
		const parts = seed.path.split('/');
		for (let length = 1; length < parts.length; length++) state.folders.add(parts.slice(0, length).join('/'));
	}
	for (const row of stats.coders) state.coders.add(row.coder);
}

function request(change: Partial<OverviewRequest['filter']> | { granularity: OverviewRequest['granularity'] }): void {
	state.request =
		'granularity' in change
			? { ...state.request, granularity: change.granularity }
			: { ...state.request, filter: withoutEmpty({ ...state.request.filter, ...change }) };
	root.setAttribute('aria-busy', 'true');
	post({ type: 'request', request: state.request });
}

function withoutEmpty(filter: OverviewRequest['filter']): OverviewRequest['filter'] {
	return Object.fromEntries(
		Object.entries(filter).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
	);
}

function render(sections: 'all' | 'totals and codes' = 'all'): void {
	const stats = state.stats;
	const focusedId = document.activeElement?.id;
	root.replaceChildren();
	root.setAttribute('aria-busy', sections === 'all' ? 'false' : 'true');
	root.append(element('h1', {}, 'Corpus Overview'));
	if (state.error) root.append(element('p', { class: 'error', role: 'alert' }, state.error));
	if (!stats) return;
	if (sections !== 'all') {
		root.append(totalsLine(stats), filtersForm(stats), codesSection(stats));
		return;
	}
	root.append(
		totalsLine(stats),
		stats.problems?.length
			? element(
					'div',
					{ class: 'error', role: 'alert' },
					element('p', {}, 'Left out of these figures:'),
					element('ul', {}, ...stats.problems.map(problem => element('li', {}, problem))),
				)
			: '',
		filtersForm(stats),
		element(
			'nav',
			{ 'aria-label': 'Sections' },
			...[
				['codes', 'Codes'],
				['heatmap', 'Code × seed'],
				['cooccurrence', 'Co-occurrence'],
				['timeline', 'Timeline'],
				['entities', 'Entities'],
				['coders', 'Coders'],
			].map(([id, label]) => element('a', { href: `#${id}` }, label)),
		),
		codesSection(stats),
		heatMapSection(stats),
		cooccurrenceSection(stats),
		timelineSection(stats),
		entitiesSection(stats),
		codersSection(stats),
	);
	if (focusedId) document.getElementById(focusedId)?.focus();
}

function totalsLine(stats: CorpusStats): HTMLElement {
	return element(
		'p',
		{ id: 'totals', class: 'totals', 'aria-live': 'polite' },
		`${stats.totals.seeds} seeds, ${stats.totals.codedSeeds} coded · ${stats.totals.passages} passages · ` +
			`${stats.totals.characters} characters (code points)`,
	);
}

function filtersForm(stats: CorpusStats): HTMLElement {
	const filter = state.request.filter;
	const select = (id: string, label: string, options: readonly [string, string][], value: string, onChange: (value: string) => void) => {
		const control = element(
			'select',
			{ id },
			...options.map(([optionValue, text]) => element('option', { value: optionValue, selected: optionValue === value }, text)),
		);
		control.addEventListener('change', () => onChange(control.value));
		return element('label', {}, label, control);
	};
	const input = (
		id: string,
		label: string,
		type: string,
		value: string | undefined,
		onChange: (value: string) => void,
		list?: string,
	) => {
		const control = element('input', { id, type, value: value ?? '', list });
		control.addEventListener('change', () => onChange(control.value));
		return element('label', {}, label, control);
	};
	const codes: [string, string][] = [
		['', 'all codes'],
		...stats.codes.map((row): [string, string] => [row.code, row.hasChildren ? `${row.code}/*` : row.code]),
	];
	const coders: [string, string][] = [
		['\u0000', 'all coders'],
		...[...state.coders].sort().map((coder): [string, string] => [coder, coderLabel(coder)]),
	];
	return element(
		'form',
		{ class: 'filters', 'aria-label': 'Filters' },
		select('filter-code', 'Code', codes, filter.codes?.[0] ?? '', value => request({ codes: value ? [value] : undefined })),
		select('filter-coder', 'Coder', coders, filter.coders?.[0] ?? '\u0000', value =>
			request({ coders: value === '\u0000' ? undefined : [value] }),
		),
		input('filter-from', 'From', 'date', filter.from, value => request({ from: value || undefined })),
		input('filter-to', 'To', 'date', filter.to, value => request({ to: value || undefined })),
		input('filter-folder', 'Folder', 'text', filter.folder, value => request({ folder: value || undefined }), 'folders'),
		element('datalist', { id: 'folders' }, ...[...state.folders].sort().map(folder => element('option', { value: folder }))),
		select(
			'filter-granularity',
			'Timeline by',
			[
				['month', 'month'],
				['week', 'week'],
			],
			state.request.granularity,
			value => request({ granularity: value === 'week' ? 'week' : 'month' }),
		),
		button(
			'Clear filters',
			() => {
				state.request = { filter: {}, granularity: state.request.granularity };
				post({ type: 'request', request: state.request });
			},
			{ id: 'filter-clear' },
		),
	);
}

function section(id: string, title: string, description: string, ...content: (Node | null)[]): HTMLElement {
	return element(
		'section',
		{ id, 'aria-labelledby': `${id}-title` },
		element('h2', { id: `${id}-title` }, title),
		element('p', { class: 'description' }, description),
		...content.filter((node): node is Node => node !== null),
	);
}

function toolbar(name: string, tables: readonly StatsTable[], chart?: { svg: () => SVGSVGElement; table?: HTMLTableElement }): HTMLElement {
	const theme = currentTheme();
	const buttons: HTMLElement[] = tables.map(table =>
		button(tables.length > 1 ? `CSV: ${table.title}` : 'CSV', () => exportCsv(table, save), {
			id: `${name}-csv${tables.length > 1 ? '-' + table.name : ''}`,
		}),
	);
	if (chart) {
		buttons.push(button('SVG', () => exportSvg(chart.svg(), name, theme, save), { id: `${name}-svg` }));
		buttons.push(
			button('PNG', () => void exportPng(chart.svg(), name, theme, save).catch(showExportError), { id: `${name}-png` }),
		);
		if (chart.table) {
			const table = chart.table;
			const toggle = button(
				'Show table',
				() => {
					const shown = table.classList.toggle('visually-hidden') === false;
					toggle.textContent = shown ? 'Hide table' : 'Show table';
					toggle.setAttribute('aria-expanded', String(shown));
				},
				{ id: `${name}-table-toggle`, 'aria-expanded': 'false' },
			);
			buttons.push(toggle);
		}
	}
	return element('div', { class: 'toolbar', role: 'toolbar', 'aria-label': `Export ${name}` }, ...buttons);
}

function showExportError(error: unknown): void {
	state.error = `The chart could not be exported: ${error instanceof Error ? error.message : String(error)}`;
	render();
}

function sortable(table: StatsTable, decorate?: Parameters<typeof sortableTable>[3]): HTMLTableElement {
	return sortableTable(
		table,
		state.sorts.get(table.name) ?? { column: -1, descending: false },
		sort => {
			state.sorts.set(table.name, sort);
			render();
		},
		decorate,
	);
}

function codesSection(stats: CorpusStats): HTMLElement {
	const table = statsTable(stats, 'codes');
	const rendered = sortable(table, (_, index, cell) => {
		const row = stats.codes[index];
		cell.classList.add(`depth-${Math.min(row.depth, 4)}`);
		const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
		if (row.color) swatch.style.background = row.color;
		cell.prepend(swatch);
		if (row.description) cell.title = row.description;
	});
	return section(
		'codes',
		'Codes',
		'Passages, seeds and characters (Unicode code points, overlaps counted once) per code. ' +
			'A parent such as frame/* counts every code under it; "own" counts the code alone.',
		toolbar('codes', [table]),
		element('div', { class: 'scroll' }, rendered),
	);
}

function heatMapSection(stats: CorpusStats): HTMLElement {
	const cells = heatCells(stats);
	const theme = currentTheme();
	const table = statsTable(stats, 'matrix');
	if (stats.matrix.seeds.length === 0) return section('heatmap', 'Code × seed', 'No coded seed matches the filters.');
	const chart = heatMap(stats, cells, theme);
	const svg = svgOf(chart);
	makeCellsInteractive(svg, cells);
	const shown =
		stats.matrix.seeds.length < stats.matrix.seedsTotal
			? ` The ${stats.matrix.seeds.length} seeds with the most passages of ${stats.matrix.seedsTotal} are shown.`
			: '';
	const screenTable = chartTable(table);
	return section(
		'heatmap',
		'Code × seed',
		`Passages per code and seed. Select a cell (click, or arrow keys and Enter) to list its passages.${shown}`,
		toolbar('heatmap', [table], { svg: () => svg, table: screenTable }),
		element('div', { class: 'scroll chart' }, chart),
		screenTable,
		element('div', { id: 'passages', 'aria-live': 'polite' }),
	);
}

/** Each cell with passages becomes a button: click or Enter lists its passages; arrow keys move between cells. */
function makeCellsInteractive(svg: SVGSVGElement, cells: readonly HeatCell[]): void {
	const rects = [...svg.querySelectorAll<SVGRectElement>('g[aria-label="cell"] rect')];
	const columns = new Set(cells.map(cell => cell.path)).size;
	rects.forEach((rect, index) => {
		const cell = cells[index];
		if (!cell) return;
		rect.dataset.code = cell.code;
		rect.dataset.path = cell.path;
		rect.setAttribute('role', 'button');
		rect.setAttribute('aria-label', `${cell.label} in ${cell.path}: ${cell.passages} passage${cell.passages === 1 ? '' : 's'}`);
		rect.classList.add('heat-cell');
		const open = () => {
			if (cell.passages > 0) post({ type: 'cellPassages', code: cell.code, uri: cell.uri, path: cell.path });
		};
		rect.addEventListener('click', open);
		rect.addEventListener('keydown', event => {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				open();
			}
		});
	});
	enableGridNavigation(rects, columns);
}

function renderPassages(): void {
	const target = document.getElementById('passages');
	const shown = state.passages;
	if (!target || !shown) return;
	const items = shown.list.map((passage, index) =>
		element(
			'li',
			{},
			passage.range
				? button(`“${passage.text}”`, () => post({ type: 'openPassage', uri: shown.uri, range: passage.range }), {
						class: 'passage',
						id: `passage-${index}`,
						title: `Open ${shown.path} at line ${passage.range.start.line + 1}`,
					})
				: element('span', { class: 'orphan' }, `“${passage.text}” (can no longer be found in the text)`),
			element('span', { class: 'tag' }, ` ${passage.tag}${passage.coder ? ` (${passage.coder})` : ''}`),
		),
	);
	target.replaceChildren(
		element('h3', {}, `${shown.code} in ${shown.path}: ${shown.list.length} passage${shown.list.length === 1 ? '' : 's'}`),
		element('ol', { class: 'passages' }, ...items),
	);
	document.getElementById('passage-0')?.focus();
}

function cooccurrenceSection(stats: CorpusStats): HTMLElement {
	const table = statsTable(stats, 'cooccurrence');
	if (stats.cooccurrence.codes.length < 2)
		return section('cooccurrence', 'Co-occurrence', 'Fewer than two codes are in use under these filters.');
	const chart = cooccurrenceMatrix(stats, state.cooccurrenceMeasure, currentTheme());
	const measure = element(
		'select',
		{ id: 'cooccurrence-measure' },
		element('option', { value: 'seeds', selected: state.cooccurrenceMeasure === 'seeds' }, 'seeds where both occur'),
		element('option', { value: 'overlapping', selected: state.cooccurrenceMeasure === 'overlapping' }, 'overlapping passages'),
	);
	measure.addEventListener('change', () => {
		state.cooccurrenceMeasure = measure.value === 'overlapping' ? 'overlapping' : 'seeds';
		render();
	});
	const screenTable = chartTable(table);
	return section(
		'cooccurrence',
		'Co-occurrence',
		'For each pair of codes: the seeds where both occur, or the pairs of passages (one of each, in the same sidecar) that overlap.',
		element('label', { class: 'inline' }, 'Shade by ', measure),
		toolbar('cooccurrence', [table], { svg: () => svgOf(chart), table: screenTable }),
		element('div', { class: 'scroll chart' }, chart),
		screenTable,
	);
}

function timelineSection(stats: CorpusStats): HTMLElement {
	const table = statsTable(stats, 'timeline');
	const undatedTable = statsTable(stats, 'undated');
	const chart = stats.timeline.buckets.length > 0 ? timelineChart(stats, currentTheme()) : null;
	const screenTable = chartTable(table);
	const undated =
		stats.timeline.undated.length === 0
			? element('p', {}, 'Every seed in scope has a valid date header.')
			: element(
					'div',
					{},
					element(
						'h3',
						{},
						`${stats.timeline.undated.length} seed${stats.timeline.undated.length === 1 ? '' : 's'} without a valid date`
							+ ' (not in the timeline)',
					),
					button('CSV', () => exportCsv(undatedTable, save), { id: 'undated-csv' }),
					element(
						'ul',
						{ class: 'undated' },
						...stats.timeline.undated.map(seed =>
							element(
								'li',
								{},
								button(seed.path, () => post({ type: 'openSeed', uri: seed.uri }), {
									class: 'link',
									title: 'Open the seed',
								}),
								` — ${seed.problem === 'missing' ? 'no date header' : "the header's date is not a real date"}, ` +
									`${seed.passages} passage${seed.passages === 1 ? '' : 's'} `,
								seed.problem === 'missing'
									? button(
											'Insert date header…',
											() => post({ type: 'openSeed', uri: seed.uri, insertDateHeader: true }),
											{
												class: 'link',
											},
										)
									: null,
							),
						),
					),
				);
	return section(
		'timeline',
		'Timeline',
		`Passages (bars) and seeds (line) per ${stats.timeline.granularity}, by the seeds' header dates.`,
		chart
			? toolbar('timeline', [table], { svg: () => svgOf(chart), table: screenTable })
			: element('p', {}, 'No seed in scope has a valid date.'),
		chart ? element('div', { class: 'scroll chart' }, chart) : null,
		chart
			? legend([
					['passages', currentTheme().accent, 'bar'],
					['seeds', currentTheme().secondAccent, 'line'],
				])
			: null,
		chart ? screenTable : null,
		undated,
	);
}

function legend(entries: readonly [string, string, 'bar' | 'line'][]): HTMLElement {
	return element(
		'p',
		{ class: 'legend', 'aria-hidden': 'true' },
		...entries.map(([label, color, shape]) => {
			const mark = element('span', { class: `legend-${shape}` });
			mark.style.background = color;
			return element('span', { class: 'legend-entry' }, mark, label);
		}),
	);
}

function entitiesSection(stats: CorpusStats): HTMLElement {
	const table = statsTable(stats, 'entities');
	const overTime = statsTable(stats, 'entitiesOverTime');
	if (stats.entities.top.length === 0)
		return section('entities', 'Entities', 'No entity is mentioned in the seeds in scope (or the workspace is still being indexed).');
	const chart = stats.entities.overTime.buckets.length > 0 ? entitiesChart(stats, currentTheme()) : null;
	const screenTable = chartTable(overTime);
	return section(
		'entities',
		'Entities',
		'The most mentioned people, places, organisations and events (from the entity index), and their mentions over time.',
		toolbar('entities', [table, overTime], chart ? { svg: () => svgOf(chart), table: screenTable } : undefined),
		element('div', { class: 'scroll' }, sortable(table)),
		chart ? element('div', { class: 'scroll chart' }, chart) : null,
		chart ? screenTable : null,
	);
}

function codersSection(stats: CorpusStats): HTMLElement {
	const table = statsTable(stats, 'coders');
	const named = stats.coders.some(row => row.coder !== '');
	const note = named
		? 'Seeds and passages per coder (name.<coder>.tags.yaml); the plain sidecar name.tags.yaml counts as its own row.'
		: "No coder's sidecar (name.<coder>.tags.yaml) in scope: every passage is in the plain sidecars.";
	const chart = stats.coders.length > 0 ? codersChart(stats, coderLabel, currentTheme()) : null;
	const screenTable = chartTable(table);
	return section(
		'coders',
		'Coders',
		note,
		toolbar('coders', [table], chart ? { svg: () => svgOf(chart), table: screenTable } : undefined),
		element('div', { class: 'scroll' }, sortable(table)),
		chart ? element('div', { class: 'scroll chart' }, chart) : null,
		chart ? screenTable : null,
	);
}
