/**
 * Measurements for `bench/run.ts`: detection on a text (cold, and again after a one-character
 * edit), hover lookups on a large seed, and indexing a generated workspace (time and peak RSS).
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseSeed } from '../server/src/core/parser';
import { EntityDetector } from '../server/src/core/entities/detector';
import { renderEntityHover } from '../server/src/core/entities/hover';
import type { RegistryEntry } from '../server/src/core/entities/registry';
import { EntityWorkspaceIndex } from '../server/src/core/entities/workspaceIndex';
import { indexSeeds } from '../server/src/core/entities/workspaceIndexer';
import { encodeEntityTokens } from '../server/src/core/entities/semanticTokens';
import { computeLineStarts, LineIndex } from '../server/src/core/lineIndex';
import { loadLexicon } from '../server/src/node/lexiconFiles';
import { repoRoot } from './inputs';

// Detection as the server runs it: with the lexicon data files.
const lexiconLoad = loadLexicon(path.join(repoRoot, 'server', 'data'));
if (lexiconLoad.problems.length > 0) throw new Error(`lexicon data: ${lexiconLoad.problems.join('; ')}`);

export interface DetectionTiming {
	readonly characters: number;
	readonly mentions: number;
	/** Parse + detection of the whole text, nothing cached (median of the runs). */
	readonly coldMs: number;
	/** Detection alone, nothing cached (median). */
	readonly detectionMs: number;
	/** Parse + detection after changing one character in the middle paragraph, reusing the previous analysis (median). */
	readonly afterEditMs: number;
	/** The floor in the same run: split into lines + one regular expression per line for capitalised words (median). */
	readonly floorMs: number;
}

export function benchDetection(text: string, registry: readonly RegistryEntry[] = [], runs = 5): DetectionTiming {
	const cold: number[] = [];
	const detection: number[] = [];
	const edited: number[] = [];
	const floor: number[] = [];
	let mentions = 0;
	for (let run = 0; run < runs; run++) {
		const detector = new EntityDetector(registry, lexiconLoad.lexicon);
		let started = performance.now();
		const document = parseSeed(text);
		const parsed = performance.now();
		const analysis = detector.analyse(document);
		const finished = performance.now();
		cold.push(finished - started);
		detection.push(finished - parsed);
		mentions = analysis.mentions.length;

		const middle = text.indexOf('\n', text.length >> 1) - 2;
		const changed = middle > 0 ? text.slice(0, middle) + (text[middle] === 'x' ? 'y' : 'x') + text.slice(middle + 1) : text;
		started = performance.now();
		const editedDocument = parseSeed(changed, document);
		detector.analyse(editedDocument, analysis);
		edited.push(performance.now() - started);

		started = performance.now();
		let capitalised = 0;
		for (const line of text.split('\n')) capitalised += (line.match(/\b[A-Z][a-z]+/g) ?? []).length;
		floor.push(performance.now() - started + (capitalised < 0 ? 1 : 0));
	}
	return {
		characters: text.length,
		mentions,
		coldMs: median(cold),
		detectionMs: median(detection),
		afterEditMs: median(edited),
		floorMs: median(floor),
	};
}

export interface HoverTiming {
	readonly lookups: number;
	readonly p50Ms: number;
	readonly p95Ms: number;
	readonly maxMs: number;
}

/** Hover at `lookups` random mentions of `text` once it is indexed: lookup + corpus facts + Markdown. */
export function benchHover(text: string, registry: readonly RegistryEntry[] = [], lookups = 500): HoverTiming {
	const detector = new EntityDetector(registry, lexiconLoad.lexicon);
	const document = parseSeed(text);
	const { mentions } = detector.analyse(document);
	const index = new EntityWorkspaceIndex();
	const uri = 'file:///bench/seed.txt';
	index.update(uri, mentions, document);
	const times: number[] = [];
	let seed = 12345;
	const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
	for (let lookup = 0; lookup < lookups && mentions.length > 0; lookup++) {
		const target = mentions[Math.floor(random() * mentions.length)];
		const started = performance.now();
		const mention = index.mentionAt(uri, target.start + 1);
		if (mention) {
			renderEntityHover({
				entity: mention.entity,
				registryEntry: registry.find(entry => entry.id === mention.entity.id),
				mentionsInDocument: index.mentionsOfEntity(uri, mention.entity.id).length,
				corpus: index.corpusFacts(mention.entity.id),
			});
		}
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { lookups: times.length, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times[times.length - 1] ?? 0 };
}

export interface IndexingTiming {
	readonly seeds: number;
	readonly totalMs: number;
	readonly mentions: number;
	readonly peakRssMb: number;
	readonly heapUsedAfterMb: number;
}

/**
 * Indexes `count` generated seeds (names varied so entities differ between seeds) from an
 * in-memory reader and reports time and the process's peak resident memory during the run.
 */
export async function benchIndexing(count = 10_000, registry: readonly RegistryEntry[] = []): Promise<IndexingTiming> {
	const reader = { readFile: async (uri: string) => generatedSeed(Number(uri.slice(uri.lastIndexOf('/') + 1, -4))) };
	const uris = Array.from({ length: count }, (_, index) => `file:///bench/workspace/${index}.txt`);
	const index = new EntityWorkspaceIndex();
	const detector = new EntityDetector(registry, lexiconLoad.lexicon);
	let peak = process.memoryUsage().rss;
	const started = performance.now();
	await indexSeeds(uris, reader, detector, index, {
		progress: {
			report: () => {
				peak = Math.max(peak, process.memoryUsage().rss);
			},
		},
		batchSize: 100,
	});
	const totalMs = performance.now() - started;
	peak = Math.max(peak, process.memoryUsage().rss);
	let mentions = 0;
	for (const uri of uris) mentions += index.mentions(uri).length;
	return { seeds: count, totalMs, mentions, peakRssMb: peak / 1048576, heapUsedAfterMb: process.memoryUsage().heapUsed / 1048576 };
}

const GIVEN = ['Amina', 'Carlos', 'Elena', 'Hiroshi', 'Kofi', 'Lars', 'Maria', 'Olga', 'Rahul', 'Sofia', 'Wang', 'Zhang'];
const FAMILY = ['Okafor', 'Mendes', 'Petrova', 'Tanaka', 'Mensah', 'Berg', 'Rossi', 'Ivanova', 'Sharma', 'Costa', 'Mwangi', 'Novak'];
const CITIES = ['Nairobi', 'Lagos', 'Lima', 'Hanoi', 'Oslo', 'Kyiv', 'Dhaka', 'Quito', 'Accra', 'Riga', 'Tunis', 'Baku'];

/** A ~3 KB news text whose people, places and organisations depend on `n`. */
export function generatedSeed(n: number): string {
	const person = `${GIVEN[n % GIVEN.length]} ${FAMILY[(n * 7) % FAMILY.length]}${n % 97}`;
	const surname = `${FAMILY[(n * 7) % FAMILY.length]}${n % 97}`;
	const city = CITIES[(n * 5) % CITIES.length];
	const agency = `${FAMILY[(n * 3) % FAMILY.length]} Development Agency`;
	const paragraph = (i: number) =>
		`Foreign Minister ${person} told reporters in ${city} on Monday that the ${agency} would open ${i + 2} offices ` +
		`across Africa and Asia. ` +
		`"We are ready to work with the United Nations and the G20," ${surname} said, ` +
		`adding that the Summit of the Future was a chance to act.`;
	const body = Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n\n');
	return ` date 2024-0${1 + (n % 9)}-1${n % 10} ${surname} visits ${city}\n\n` +
		`${city.toUpperCase()}, Jan. ${1 + (n % 28)} (Reuters) -- ${body}\n`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[sorted.length >> 1] ?? 0;
}

function percentile(sorted: readonly number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export interface ShapeTiming {
	readonly analysisMs: number;
	readonly scanMs: number;
	/** The longest step of the analysis run in steps, as the server runs it (median over the runs). */
	readonly longestStepMs: number;
}

/** Entity detection of a seed whose body is one paragraph (`body`), against the bare scan of the same text (medians). */
export function benchOneParagraph(body: string, registry: readonly RegistryEntry[] = [], runs = 5): ShapeTiming {
	const text = ` date 2024-03-01 One paragraph\n\n${body}\n`;
	const document = parseSeed(text);
	const detector = new EntityDetector(registry, lexiconLoad.lexicon);
	const analysis: number[] = [];
	const scan: number[] = [];
	const longest: number[] = [];
	for (let run = 0; run <= runs; run++) {
		// A new detector each run: nothing cached from the run before.
		let started = performance.now();
		new EntityDetector(detector.entries, detector.lexicon).analyse(document);
		const analysed = performance.now() - started;
		started = performance.now();
		let capitalised = 0;
		for (const line of text.split('\n')) capitalised += (line.match(/\b[A-Z][a-z]+/g) ?? []).length;
		const scanned = performance.now() - started + (capitalised < 0 ? 1 : 0);
		const { steps } = new EntityDetector(detector.entries, detector.lexicon).analyseInSteps(document);
		let longestStep = 0;
		for (let done = false; !done;) {
			started = performance.now();
			done = steps.next().done === true;
			longestStep = Math.max(longestStep, performance.now() - started);
		}
		if (run > 0) {
			analysis.push(analysed);
			scan.push(scanned);
			longest.push(longestStep);
		}
	}
	return { analysisMs: median(analysis), scanMs: median(scan), longestStepMs: median(longest) };
}

/** Semantic tokens of `text` as the server computes them: detection with `registry` (built once), then encoding. */
export function benchSemanticTokens(text: string, registry: readonly RegistryEntry[], runs = 5): number {
	const detector = new EntityDetector(registry, lexiconLoad.lexicon);
	const document = parseSeed(text);
	const times: number[] = [];
	for (let run = 0; run <= runs; run++) {
		const started = performance.now();
		const { mentions } = detector.analyse(document);
		const lines = new LineIndex(text, computeLineStarts(text));
		encodeEntityTokens(
			mentions.map(mention => ({
				range: { start: lines.positionAt(mention.start), end: lines.positionAt(mention.end) },
				entity: mention.entity,
			})),
		);
		if (run > 0) times.push(performance.now() - started);
	}
	return median(times);
}
