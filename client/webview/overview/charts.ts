/**
 * The overview's charts, drawn as SVG with Observable Plot (chosen for webviews under a strict
 * Content-Security-Policy: no eval, no remote resources, SVG that exports as it is; see the README).
 * Colours come from the workbench theme; every chart has a title and description for screen readers
 * and its data table beside it (`tables.ts`).
 */
import * as Plot from '@observablehq/plot';
import type { CorpusStats } from '../../../server/src/core/stats/corpusStatsTypes';
import { codeLabel } from '../../../server/src/core/stats/statsTables';
import type { Theme } from './theme';

export interface HeatCell {
	readonly code: string;
	readonly label: string;
	readonly path: string;
	readonly uri: string;
	readonly passages: number;
}

const cellSize = 26;

function baseStyle(theme: Theme): Partial<CSSStyleDeclaration> {
	return { background: 'transparent', color: theme.foreground, fontFamily: theme.fontFamily, fontSize: '11px', overflow: 'visible' };
}

/** The plot's <svg> (Plot wraps it in a <figure> when it draws a legend). */
export function svgOf(chart: Element): SVGSVGElement {
	// A chart with a legend is a <figure> whose swatches are small SVGs of their own: the chart is its own child.
	const svg = chart instanceof SVGSVGElement ? chart : (chart.querySelector(':scope > svg') ?? chart.querySelector('svg'));
	if (!svg) throw new Error('the chart has no SVG');
	return svg as SVGSVGElement;
}

export function seedName(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return name.length > 22 ? name.slice(0, 21) + '…' : name;
}

export function heatCells(stats: CorpusStats): HeatCell[] {
	const grid = new Map(stats.matrix.cells.map(cell => [`${cell.code}\n${cell.seed}`, cell.passages]));
	return stats.codes.flatMap(row =>
		stats.matrix.seeds.map((seed, index) => ({
			code: row.code,
			label: codeLabel(row.code, row.hasChildren),
			path: seed.path,
			uri: seed.uri,
			passages: grid.get(`${row.code}\n${index}`) ?? 0,
		})),
	);
}

/** Codes down, seeds across; a cell's shade is its passage count. Cells are in `cells` order in the SVG. */
export function heatMap(stats: CorpusStats, cells: readonly HeatCell[], theme: Theme): SVGSVGElement | HTMLElement {
	const codes = stats.codes.map(row => codeLabel(row.code, row.hasChildren));
	const seeds = stats.matrix.seeds.map(seed => seed.path);
	const max = Math.max(1, ...cells.map(cell => cell.passages));
	return Plot.plot({
		ariaLabel: 'Code × seed heat map',
		ariaDescription:
			`Passages of each code (rows, parents rolled up) in each seed (columns); ` +
			`${seeds.length} of ${stats.matrix.seedsTotal} coded seeds shown.`,
		width: 190 + seeds.length * cellSize,
		height: 130 + codes.length * cellSize,
		marginLeft: 180,
		marginBottom: 120,
		marginTop: 10,
		marginRight: 10,
		style: baseStyle(theme),
		x: { domain: seeds, tickRotate: -50, tickFormat: seedName, label: null },
		y: { domain: codes, label: null },
		color: { type: 'linear', domain: [0, max], range: [theme.background, theme.accent] },
		marks: [
			Plot.cell(cells, { x: 'path', y: 'label', fill: 'passages', inset: 1, stroke: theme.muted, strokeOpacity: 0.25 }),
			Plot.text(cells, {
				x: 'path',
				y: 'label',
				text: (cell: HeatCell) => (cell.passages ? String(cell.passages) : ''),
				fill: (cell: HeatCell) => (cell.passages > max / 2 ? theme.background : theme.foreground),
			}),
		],
	});
}

export interface PairCell {
	readonly a: string;
	readonly b: string;
	readonly value: number;
	readonly overlapping: number;
	readonly seeds: number;
}

/** Both halves of the symmetric code × code matrix; the diagonal stays empty. */
export function cooccurrenceMatrix(stats: CorpusStats, measure: 'seeds' | 'overlapping', theme: Theme): SVGSVGElement | HTMLElement {
	const codes = stats.cooccurrence.codes;
	const cells: PairCell[] = stats.cooccurrence.pairs.flatMap(pair => [
		{ a: pair.a, b: pair.b, value: pair[measure], overlapping: pair.overlapping, seeds: pair.seeds },
		{ a: pair.b, b: pair.a, value: pair[measure], overlapping: pair.overlapping, seeds: pair.seeds },
	]);
	const max = Math.max(1, ...cells.map(cell => cell.value));
	return Plot.plot({
		ariaLabel: 'Co-occurrence matrix',
		ariaDescription: 'For each pair of codes, '
			+ `${measure === 'seeds' ? 'the seeds where both occur' : 'the pairs of overlapping passages'}.`,
		width: 190 + codes.length * 34,
		height: 130 + codes.length * 34,
		marginLeft: 180,
		marginBottom: 120,
		marginTop: 10,
		marginRight: 10,
		style: baseStyle(theme),
		x: { domain: codes, tickRotate: -50, label: null },
		y: { domain: codes, label: null },
		color: { type: 'linear', domain: [0, max], range: [theme.background, theme.secondAccent] },
		marks: [
			Plot.cell(
				codes.map(code => ({ code })),
				{ x: 'code', y: 'code', fill: theme.muted, fillOpacity: 0.15 },
			),
			Plot.cell(cells, {
				x: 'a',
				y: 'b',
				fill: 'value',
				inset: 1,
				stroke: theme.muted,
				strokeOpacity: 0.25,
				title: (cell: PairCell) => `${cell.a} + ${cell.b}: ${cell.overlapping} overlapping passages, ${cell.seeds} seeds with both`,
			}),
			Plot.text(cells, {
				x: 'a',
				y: 'b',
				text: (cell: PairCell) => (cell.value ? String(cell.value) : ''),
				fill: (cell: PairCell) => (cell.value > max / 2 ? theme.background : theme.foreground),
			}),
		],
	});
}

/** Passages as bars and seeds as a line, per week or month. */
export function timelineChart(stats: CorpusStats, theme: Theme): SVGSVGElement | HTMLElement {
	const buckets = stats.timeline.buckets;
	const step = Math.max(1, Math.ceil(buckets.length / 24));
	return Plot.plot({
		ariaLabel: 'Timeline',
		ariaDescription: `Passages (bars) and seeds (line) per ${stats.timeline.granularity}, by the seeds' header dates.`,
		width: Math.max(480, 80 + buckets.length * 36),
		height: 260,
		marginLeft: 50,
		marginBottom: 60,
		style: baseStyle(theme),
		x: {
			domain: buckets.map(bucket => bucket.key),
			tickRotate: -40,
			label: null,
			tickFormat: (key: string, index: number) => (index % step === 0 ? key : ''),
		},
		y: { grid: true, label: 'count' },
		marks: [
			Plot.barY(buckets, {
				x: 'key',
				y: 'passages',
				fill: theme.accent,
				title: (bucket: (typeof buckets)[number]) => `${bucket.key}: ${bucket.passages} passages in ${bucket.seeds} seeds`,
			}),
			Plot.lineY(buckets, { x: 'key', y: 'seeds', stroke: theme.secondAccent, strokeWidth: 2, marker: 'circle' }),
			Plot.ruleY([0], { stroke: theme.muted }),
		],
	});
}

/** Mentions per bucket of the most mentioned entities, one line each, with a legend. */
export function entitiesChart(stats: CorpusStats, theme: Theme): SVGSVGElement | HTMLElement {
	const names = new Map(stats.entities.top.map(entity => [entity.id, entity.name]));
	const points = stats.entities.overTime.buckets.flatMap(bucket =>
		stats.entities.overTime.ids.map((id, index) => ({ key: bucket.key, name: names.get(id) ?? id, mentions: bucket.mentions[index] })),
	);
	const step = Math.max(1, Math.ceil(stats.entities.overTime.buckets.length / 24));
	return Plot.plot({
		ariaLabel: 'Entity mentions over time',
		ariaDescription: `Mentions per ${stats.timeline.granularity} of the ${stats.entities.overTime.ids.length} most mentioned entities.`,
		width: Math.max(480, 200 + stats.entities.overTime.buckets.length * 36),
		height: 260,
		marginLeft: 50,
		marginRight: 130,
		marginBottom: 60,
		style: baseStyle(theme),
		x: {
			domain: stats.entities.overTime.buckets.map(bucket => bucket.key),
			tickRotate: -40,
			label: null,
			tickFormat: (key: string, index: number) => (index % step === 0 ? key : ''),
		},
		y: { grid: true, label: 'mentions' },
		color: { legend: true, scheme: theme.highContrast ? 'set1' : 'tableau10' },
		marks: [
			Plot.lineY(points, { x: 'key', y: 'mentions', stroke: 'name', strokeWidth: 2, marker: 'circle' }),
			// Each line named at its end too: the legend is HTML beside the chart, and an exported SVG or PNG has only the chart.
			Plot.text(
				points,
				Plot.selectLast({ x: 'key', y: 'mentions', z: 'name', text: 'name', fill: 'name', textAnchor: 'start', dx: 6 }),
			),
			Plot.ruleY([0], { stroke: theme.muted }),
		],
	});
}

/** Seeds coded per coder. */
export function codersChart(stats: CorpusStats, labelOf: (coder: string) => string, theme: Theme): SVGSVGElement | HTMLElement {
	const rows = stats.coders.map(row => ({ ...row, label: labelOf(row.coder) }));
	return Plot.plot({
		ariaLabel: 'Seeds per coder',
		ariaDescription: 'How many seeds each coder coded (the plain sidecar counts as its own row).',
		width: 520,
		height: 50 + rows.length * 30,
		marginLeft: 140,
		style: baseStyle(theme),
		x: { grid: true, label: 'seeds' },
		y: { label: null, domain: rows.map(row => row.label) },
		marks: [Plot.barX(rows, { y: 'label', x: 'seeds', fill: theme.accent }), Plot.ruleX([0], { stroke: theme.muted })],
	});
}
