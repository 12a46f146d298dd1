/**
 * Measurements for `bench/run.ts`: tagging into a large sidecar, and re-anchoring many
 * annotations after an outside edit. Both run in memory, so they measure this code, not a disk.
 */
import { URI } from 'vscode-uri';
import { contextAround, type Annotation } from '../server/src/core/annotations/annotation';
import { MemoryFileSystem } from '../server/src/core/annotations/memoryFileSystem';
import { reanchorAll, type AnchorQuery } from '../server/src/core/annotations/reanchor';
import { newSidecarText } from '../server/src/core/annotations/sidecar';
import { renderSlot } from '../server/src/core/annotations/sidecarSlot';
import { SidecarStore } from '../server/src/core/annotations/sidecarStore';

export interface TaggingBenchResult {
	readonly annotations: number;
	readonly sidecarBytes: number;
	/** Reading and parsing the sidecar once (when a text is opened). */
	readonly loadMs: number;
	/** Median time to add one annotation and write the sidecar atomically. */
	readonly tagAndWriteMs: number;
	/** The sidecar before the additions, for baselines measured on the same text. */
	readonly sidecarText: string;
}

export interface ReanchorBenchResult {
	readonly annotations: number;
	readonly textLength: number;
	readonly ms: number;
	readonly unchanged: number;
	readonly moved: number;
	readonly fuzzy: number;
	readonly orphaned: number;
}

/** Builds a sidecar of `n` annotations, then adds one more `runs` times; reports the median. */
export async function benchTagging(n: number, runs = 7): Promise<TaggingBenchResult> {
	const folder = URI.file('/bench');
	const seed = URI.file('/bench/seed.txt');
	const fileSystem = new MemoryFileSystem();
	const items: string[] = [];
	for (let i = 0; i < n; i++) {
		items.push(renderSlot(sampleAnnotation(i, i * 100), 2, '\n').text);
	}
	const text = newSidecarText('seed.txt').replace('annotations: []\n', 'annotations:\n' + items.join(''));
	fileSystem.setText(URI.file('/bench/seed.tags.yaml'), text);
	const store = new SidecarStore(fileSystem, { workspaceFolders: () => [folder] });
	let started = performance.now();
	await store.load(seed);
	const loadMs = performance.now() - started;
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		started = performance.now();
		await store.add(seed, sampleAnnotation(n + run, (run * 7919 % n) * 100 + 50));
		times.push(performance.now() - started);
	}
	return { annotations: n, sidecarBytes: new TextEncoder().encode(text).length, loadMs, tagAndWriteMs: median(times), sidecarText: text };
}

/**
 * Tags `count` passages in a text of about `textLength` code units (built from `paragraphs`, or
 * from generated news-like sentences), edits it outside the editor — a paragraph inserted near the
 * top, one deleted in the middle, words changed inside a few passages, a few passages deleted —
 * and times re-anchoring them all.
 */
export function benchReanchor(count = 1000, textLength = 1_000_000, paragraphs?: readonly string[]): ReanchorBenchResult {
	const random = seededRandom(42);
	const source = paragraphs && paragraphs.length > 0 ? paragraphs : generatedParagraphs(random, 200);
	let text = '';
	for (let i = 0; text.length < textLength; i++) {
		text += source[i % source.length] + '\n\n';
	}
	const queries: AnchorQuery[] = [];
	const step = Math.floor(text.length / (count + 1));
	for (let i = 1; queries.length < count; i++) {
		let start = i * step;
		while (start > 0 && /\S/.test(text[start - 1])) {
			start--;
		}
		let end = start;
		for (let words = 1 + (i % 3); words > 0 && end < text.length; words--) {
			end = text.indexOf(' ', end + 1);
			if (end < 0) {
				end = text.length;
			}
		}
		queries.push({ text: text.slice(start, end), start, end, ...contextAround(text, start, end) });
	}
	// The outside edit, applied from the end so earlier offsets stay valid while editing.
	const edits: { start: number; end: number; text: string }[] = [];
	for (let i = 25; i < count; i += 50) {
		const q = queries[i];
		edits.push({ start: q.start + 1, end: q.start + 2, text: 'x' }); // a typo fixed inside the passage
	}
	for (let i = 40; i < count; i += 100) {
		const q = queries[i];
		edits.push({ start: q.start, end: q.end, text: '' }); // passage deleted
	}
	const middle = text.indexOf('\n\n', text.length >> 1);
	edits.push({ start: middle, end: text.indexOf('\n\n', middle + 2), text: '' });
	edits.push({ start: 0, end: 0, text: source[3 % source.length] + '\n\n' });
	edits.sort((a, b) => b.start - a.start);
	let edited = text;
	let lastStart = Infinity;
	for (const edit of edits) {
		if (edit.end <= lastStart) {
			edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end);
			lastStart = edit.start;
		}
	}
	const started = performance.now();
	const results = reanchorAll(edited, queries);
	const ms = performance.now() - started;
	const counts = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
	for (const result of results) {
		counts[result.status]++;
	}
	return { annotations: count, textLength: edited.length, ms, ...counts };
}

function sampleAnnotation(i: number, start: number): Annotation {
	return {
		id: `a-${i.toString(36).padStart(8, '0')}`,
		tag: ['actor/state', 'frame/cooperation', 'claim/quote'][i % 3],
		text: 'President Xi Jinping',
		start,
		end: start + 20,
		before: 'BEIJING, Feb. 5 (Xinhua) -- Chin',
		after: ' held talks with Russian Preside',
		...(i % 10 === 0 ? { note: 'check the translation' } : {}),
		created: '2026-11-21T06:00:00.000Z',
	};
}

function generatedParagraphs(random: () => number, count: number): string[] {
	const subjects = [
		'Xi Jinping',
		'Vladimir Putin',
		'The two sides',
		'Le Yucheng',
		'The Foreign Ministry',
		'Sergei Lavrov',
		'Beijing',
		'Moscow',
	];
	const verbs = [
		'held talks on',
		'agreed to deepen',
		'stressed the importance of',
		'signed documents on',
		'exchanged views on',
		'reaffirmed support for',
	];
	const objects = [
		'energy cooperation',
		'the Winter Olympics',
		'a new era of partnership',
		'trade and investment',
		'regional security',
		'global governance',
		'people-to-people exchanges',
	];
	const pick = (words: readonly string[]) => words[Math.floor(random() * words.length)];
	return Array.from({ length: count }, () =>
		Array.from(
			{ length: 3 + Math.floor(random() * 4) },
			() => `${pick(subjects)} ${pick(verbs)} ${pick(objects)} on ${1 + Math.floor(random() * 28)} February.`,
		).join(' '),
	);
}

function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[sorted.length >> 1];
}
