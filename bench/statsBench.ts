/**
 * The Corpus Overview's figures for a large corpus (issue 18 §4): 10,000 seeds with 100,000
 * annotations, held in memory as the server holds them once indexed, against a bare pass that only
 * counts passages per tag over the same input (the floor of any statistic).
 */
import { computeCorpusStats } from '../server/src/core/stats/corpusStats';
import type { CodedPassage, CorpusInput, CorpusSeed, EntityMentionCount } from '../server/src/core/stats/corpusStatsTypes';
import { median } from './measure';

export interface StatsBenchResult {
	readonly seeds: number;
	readonly annotations: number;
	readonly statsMs: number;
	readonly floorMs: number;
	readonly jsonMs: number;
	readonly jsonBytes: number;
}

const codes = [
	'actor/state',
	'actor/official',
	'actor/organization',
	'actor/media',
	'frame/cooperation',
	'frame/conflict',
	'frame/sovereignty',
	'frame/order',
	'frame/economy',
	'claim/quote',
	'claim/evaluation',
	'claim/agreement',
];
const words =
	'the two sides agreed to deepen cooperation in trade energy and security while rejecting interference in internal affairs'.split(' ');

/** A deterministic corpus: `seeds` seeds in 20 folders over two years, `annotations` passages, one seed in ten with a second coder. */
export function buildCorpus(seeds: number, annotations: number): CorpusInput {
	let state = 42;
	const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const entities: EntityMentionCount[] = Array.from({ length: 500 }, (_, index) => ({
		id: `e${index}`,
		name: `Entity ${index}`,
		kind: index % 4 === 0 ? 'place' : 'person',
		mentions: 0,
	}));
	const perSeed = Math.round(annotations / seeds);
	const corpus: CorpusSeed[] = [];
	for (let index = 0; index < seeds; index++) {
		const passages: CodedPassage[] = [];
		let at = 0;
		for (let count = 0; count < perSeed; count++) {
			at += Math.floor(random() * 400);
			const length = 10 + Math.floor(random() * 60);
			const text = Array.from({ length: Math.ceil(length / 6) }, () => words[Math.floor(random() * words.length)])
				.join(' ')
				.slice(0, length);
			passages.push({ tag: codes[Math.floor(random() * codes.length)], start: at, end: at + text.length, text });
			if (random() < 0.3) at += 5;
			else at += text.length; // some passages overlap the next
		}
		const day = Math.floor(random() * 730);
		const date = random() < 0.03 ? undefined : new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
		corpus.push({
			uri: `file:///corpus/folder${index % 20}/seed${index}.txt`,
			path: `folder${index % 20}/seed${index}.txt`,
			...(date ? { date } : { dateProblem: 'missing' as const }),
			codings:
				index % 10 === 0
					? [
							{ coder: '', passages: passages.slice(0, perSeed / 2) },
							{ coder: 'alice', passages: passages.slice(perSeed / 2) },
						]
					: [{ coder: '', passages }],
			entities: Array.from({ length: 8 }, () => ({
				...entities[Math.floor(random() * random() * entities.length)],
				mentions: 1 + Math.floor(random() * 5),
			})),
		});
	}
	return { seeds: corpus, codebook: codes.map(name => ({ name })) };
}

export function benchCorpusStats(seeds = 10_000, annotations = 100_000, runs = 7): StatsBenchResult {
	const corpus = buildCorpus(seeds, annotations);
	const total = corpus.seeds.reduce((sum, seed) => sum + seed.codings.reduce((inner, coding) => inner + coding.passages.length, 0), 0);
	const time = (run: () => unknown) => {
		for (let warmup = 0; warmup < 2; warmup++) run();
		const times: number[] = [];
		for (let index = 0; index < runs; index++) {
			const started = performance.now();
			run();
			times.push(performance.now() - started);
		}
		return median(times);
	};
	const statsMs = time(() => computeCorpusStats(corpus, {}, { matrixSeedLimit: 60 }));
	const floorMs = time(() => {
		const counts = new Map<string, number>();
		for (const seed of corpus.seeds)
			for (const coding of seed.codings)
				for (const passage of coding.passages) counts.set(passage.tag, (counts.get(passage.tag) ?? 0) + 1);
		return counts;
	});
	const stats = computeCorpusStats(corpus, {}, { matrixSeedLimit: 60 });
	let json = '';
	const jsonMs = time(() => (json = JSON.stringify(stats)));
	return { seeds, annotations: total, statsMs, floorMs, jsonMs, jsonBytes: json.length };
}
