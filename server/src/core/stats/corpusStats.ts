/**
 * The corpus overview's figures (issue 18 §1), computed in one pass over the seeds: codes with the
 * hierarchy rolled up, the code × seed matrix, co-occurrence, the timeline by header date, the
 * most mentioned entities and the coders. Pure: the server and the CLI gather the input.
 */
import { isWithin, parentOf, selfAndAncestors } from './codeHierarchy';
import { CooccurrenceCounter } from './cooccurrence';
import type {
	CodeCounts, CodeRow, CodedPassage, CoderRow, CorpusInput, CorpusSeed, CorpusStats, CorpusStatsFilter, CorpusStatsOptions, EntityRow,
	MatrixCell, SeedRow, TimelineBucket, TimelineGranularity, UndatedSeed,
} from './corpusStatsTypes';
import { coveredCodePoints } from './passageCoverage';
import { bucketOf, nextBucket, type Bucket } from './timelineBuckets';

/** Gaps between dated buckets are filled with empty buckets up to this many, so the timeline reads evenly. */
const maxFilledBuckets = 2000;

interface MutableCounts {
	passages: number;
	seeds: number;
	characters: number;
	/** The last seed counted, so each seed counts once. */
	lastSeed: number;
}

interface BucketTotals {
	readonly bucket: Bucket;
	seeds: number;
	codedSeeds: number;
	passages: number;
	readonly entityMentions: Map<string, number>;
}

export function computeCorpusStats(input: CorpusInput, filter: CorpusStatsFilter = {}, options: CorpusStatsOptions = {}): CorpusStats {
	const granularity: TimelineGranularity = options.granularity ?? 'month';
	const totalCounts = new Map<string, MutableCounts>();
	const ownCounts = new Map<string, MutableCounts>();
	const cooccurrence = new CooccurrenceCounter();
	const taggedCodes = new Set<string>();
	const coders = new Map<string, { seeds: number; passages: number }>();
	const buckets = new Map<string, BucketTotals>();
	const undated: UndatedSeed[] = [];
	const entities = new Map<string, { row: { id: string; name: string; kind: string }; mentions: number; seeds: number }>();
	const seedRows: SeedRow[] = [];
	const seedCells: MatrixCell[][] = [];
	let seedsInScope = 0;
	let passagesInScope = 0;
	let charactersInScope = 0;

	input.seeds.forEach((seed, seedIndex) => {
		if (!seedPassesFilter(seed, filter)) return;
		const perCode = new Map<string, number>();
		const codesOfSeed = new Set<string>();
		let passagesOfSeed = 0;
		for (const coding of seed.codings) {
			if (filter.coders && !filter.coders.includes(coding.coder)) continue;
			const passages = filter.codes ? coding.passages.filter(passage => filter.codes!.some(code => isWithin(passage.tag, code))) : coding.passages;
			if (passages.length === 0) continue;
			passagesOfSeed += passages.length;
			const coder = coders.get(coding.coder) ?? { seeds: 0, passages: 0 };
			coder.seeds++;
			coder.passages += passages.length;
			coders.set(coding.coder, coder);
			// Passages grouped by every code they count for, to count characters once per code.
			const byCode = new Map<string, CodedPassage[]>();
			const ownByCode = new Map<string, CodedPassage[]>();
			for (const passage of passages) {
				codesOfSeed.add(passage.tag);
				taggedCodes.add(passage.tag);
				pushTo(ownByCode, passage.tag, passage);
				for (const code of selfAndAncestors(passage.tag)) {
					pushTo(byCode, code, passage);
					perCode.set(code, (perCode.get(code) ?? 0) + 1);
				}
			}
			for (const [code, list] of byCode) add(totalCounts, code, seedIndex, list.length, coveredCodePoints(list));
			for (const [code, list] of ownByCode) add(ownCounts, code, seedIndex, list.length, coveredCodePoints(list));
			charactersInScope += coveredCodePoints(passages);
			cooccurrence.addCoding(passages);
		}
		if ((filter.codes || filter.coders) && passagesOfSeed === 0) return;
		seedsInScope++;
		passagesInScope += passagesOfSeed;
		cooccurrence.addSeed(codesOfSeed);
		if (passagesOfSeed > 0) {
			seedRows.push({ uri: seed.uri, path: seed.path, ...(seed.title ? { title: seed.title } : {}), ...(seed.date ? { date: seed.date } : {}), passages: passagesOfSeed });
			seedCells.push([...perCode].map(([code, passages]) => ({ code, seed: seedRows.length - 1, passages })));
		}
		let bucket: BucketTotals | undefined;
		if (seed.date) {
			const found = bucketOf(seed.date, granularity);
			bucket = buckets.get(found.key);
			if (!bucket) {
				bucket = { bucket: found, seeds: 0, codedSeeds: 0, passages: 0, entityMentions: new Map() };
				buckets.set(found.key, bucket);
			}
			bucket.seeds++;
			if (passagesOfSeed > 0) bucket.codedSeeds++;
			bucket.passages += passagesOfSeed;
		} else {
			undated.push({ uri: seed.uri, path: seed.path, problem: seed.dateProblem ?? 'missing', passages: passagesOfSeed });
		}
		// One row per name and kind: a registered entity and a detected one of the same name are one to a reader.
		const seenHere = new Set<string>();
		for (const entity of seed.entities ?? []) {
			if (entity.mentions <= 0) continue;
			const key = `${entity.kind}\n${entity.name}`;
			const known = entities.get(key) ?? { row: { id: entity.id, name: entity.name, kind: entity.kind }, mentions: 0, seeds: 0 };
			known.mentions += entity.mentions;
			if (!seenHere.has(key)) known.seeds++;
			seenHere.add(key);
			entities.set(key, known);
			if (bucket) bucket.entityMentions.set(known.row.id, (bucket.entityMentions.get(known.row.id) ?? 0) + entity.mentions);
		}
	});

	const timeline = timelineBuckets([...buckets.values()], granularity);
	const topEntities: EntityRow[] = [...entities.values()]
		.sort((a, b) => b.mentions - a.mentions || b.seeds - a.seeds || a.row.name.localeCompare(b.row.name))
		.slice(0, options.topEntities ?? 20)
		.map(({ row, mentions, seeds }) => ({ ...row, mentions, seeds }));
	const followed = topEntities.slice(0, options.entitiesOverTime ?? 8).map(entity => entity.id);
	const matrix = matrixOf(seedRows, seedCells, options.matrixSeedLimit);

	return {
		filter,
		totals: { seeds: seedsInScope, codedSeeds: seedRows.length, passages: passagesInScope, characters: charactersInScope },
		codes: codeRows(input, totalCounts, ownCounts, filter),
		matrix,
		cooccurrence: { codes: [...taggedCodes].sort(), pairs: cooccurrence.pairs() },
		timeline: {
			granularity,
			buckets: timeline.map(({ bucket, seeds, codedSeeds, passages }): TimelineBucket => ({ key: bucket.key, start: bucket.start, seeds, codedSeeds, passages })),
			undated: undated.sort((a, b) => a.path.localeCompare(b.path)),
		},
		entities: {
			top: topEntities,
			overTime: {
				ids: followed,
				buckets: timeline.map(({ bucket, entityMentions }) => ({ key: bucket.key, mentions: followed.map(id => entityMentions.get(id) ?? 0) })),
			},
		},
		coders: [...coders].map(([coder, counts]): CoderRow => ({ coder, ...counts })).sort((a, b) => a.coder.localeCompare(b.coder)),
	};
}

function seedPassesFilter(seed: CorpusSeed, filter: CorpusStatsFilter): boolean {
	if (filter.folder) {
		const folder = filter.folder.replace(/^\.?\/+|\/+$/g, '');
		if (folder && !seed.path.startsWith(folder + '/')) return false;
	}
	if (filter.from || filter.to) {
		if (!seed.date) return false;
		if (filter.from && seed.date < filter.from) return false;
		if (filter.to && seed.date > filter.to) return false;
	}
	return true;
}

function add(counts: Map<string, MutableCounts>, code: string, seedIndex: number, passages: number, characters: number): void {
	let entry = counts.get(code);
	if (!entry) {
		entry = { passages: 0, seeds: 0, characters: 0, lastSeed: -1 };
		counts.set(code, entry);
	}
	entry.passages += passages;
	entry.characters += characters;
	if (entry.lastSeed !== seedIndex) {
		entry.seeds++;
		entry.lastSeed = seedIndex;
	}
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Every code used or listed (and every code above one), in name order so children follow their parent. */
function codeRows(input: CorpusInput, totals: Map<string, MutableCounts>, own: Map<string, MutableCounts>, filter: CorpusStatsFilter): CodeRow[] {
	const listed = new Map((input.codebook ?? []).map(entry => [entry.name, entry]));
	const names = new Set<string>();
	for (const name of [...totals.keys(), ...listed.keys()]) {
		if (filter.codes && !filter.codes.some(code => isWithin(name, code) || isWithin(code, name))) continue;
		for (const code of selfAndAncestors(name)) names.add(code);
	}
	const parents = new Set([...names].map(parentOf).filter((parent): parent is string => parent !== undefined));
	return [...names].sort(compareCodes).map(code => {
		const entry = listed.get(code);
		const parent = parentOf(code);
		return {
			code,
			...(parent ? { parent } : {}),
			depth: code.split('/').length - 1,
			hasChildren: parents.has(code),
			...countsOf(totals.get(code)),
			own: countsOf(own.get(code)),
			...(entry?.color ? { color: entry.color } : {}),
			...(entry?.description !== undefined ? { description: entry.description } : {}),
			listed: entry !== undefined,
		};
	});
}

/** Name order segment by segment, so `frame/x` follows `frame` and precedes `frame-2`. */
function compareCodes(a: string, b: string): number {
	const left = a.split('/');
	const right = b.split('/');
	for (let index = 0; index < Math.min(left.length, right.length); index++) {
		if (left[index] !== right[index]) return left[index] < right[index] ? -1 : 1;
	}
	return left.length - right.length;
}

function countsOf(counts: MutableCounts | undefined): CodeCounts {
	return { passages: counts?.passages ?? 0, seeds: counts?.seeds ?? 0, characters: counts?.characters ?? 0 };
}

/** The heat map's columns: all coded seeds, or the `limit` with the most passages, in path order. */
function matrixOf(seeds: readonly SeedRow[], cells: readonly MatrixCell[][], limit: number | undefined): CorpusStats['matrix'] {
	let chosen = seeds.map((_, index) => index);
	if (limit !== undefined && seeds.length > limit) {
		chosen = chosen.sort((a, b) => seeds[b].passages - seeds[a].passages || seeds[a].path.localeCompare(seeds[b].path)).slice(0, Math.max(0, limit));
	}
	chosen.sort((a, b) => seeds[a].path.localeCompare(seeds[b].path));
	return {
		seeds: chosen.map(index => seeds[index]),
		seedsTotal: seeds.length,
		cells: chosen.flatMap((index, column) => cells[index].map(cell => ({ ...cell, seed: column }))).sort((a, b) => a.seed - b.seed || compareCodes(a.code, b.code)),
	};
}

/** Dated buckets in time order, gaps filled with empty buckets (unless the span is very long). */
function timelineBuckets(found: BucketTotals[], granularity: TimelineGranularity): BucketTotals[] {
	const sorted = found.sort((a, b) => a.bucket.start.localeCompare(b.bucket.start));
	if (sorted.length < 2) return sorted;
	const filled: BucketTotals[] = [];
	let current = sorted[0].bucket;
	for (const next of sorted) {
		while (current.start < next.bucket.start && filled.length < maxFilledBuckets) {
			filled.push({ bucket: current, seeds: 0, codedSeeds: 0, passages: 0, entityMentions: new Map() });
			current = nextBucket(current, granularity);
		}
		if (filled.length >= maxFilledBuckets) return sorted;
		filled.push(next);
		current = nextBucket(next.bucket, granularity);
	}
	return filled;
}
