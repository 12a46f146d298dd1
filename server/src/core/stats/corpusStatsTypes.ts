/**
 * What the corpus overview counts, and what it is counted from. The input is plain data (seeds with
 * their header dates, the sidecars' passages, entity mention counts) so that the language server,
 * the `seed stats` CLI and the tests feed the same computation.
 *
 * Units: `characters` are Unicode code points (what Python's `len()` counts) of the passages, with
 * overlapping passages of one code in one sidecar counted once. Passage offsets in the input are
 * UTF-16 code units, as the sidecars store them.
 */

/** One passage of a sidecar: its tag and where it is (UTF-16 offsets, half-open). */
export interface CodedPassage {
	readonly tag: string;
	readonly start: number;
	readonly end: number;
	/** The exact passage, as the sidecar stores it. */
	readonly text: string;
}

/** The passages of one sidecar: `coder` is '' for the plain `name.tags.yaml`. */
export interface SeedCoding {
	readonly coder: string;
	readonly passages: readonly CodedPassage[];
}

export interface EntityMentionCount {
	readonly id: string;
	readonly name: string;
	readonly kind: string;
	readonly mentions: number;
}

export type DateProblem = 'missing' | 'invalid';

export interface CorpusSeed {
	/** Identity (a `file:` URI in the server, a path in the CLI). */
	readonly uri: string;
	/** Path relative to the workspace (or the folder given), with `/`: for display and the folder filter. */
	readonly path: string;
	readonly title?: string;
	/** The header's date when it is a real calendar date, `YYYY-MM-DD`. */
	readonly date?: string;
	/** Why there is no date: no header, or a header whose date is not a real date. */
	readonly dateProblem?: DateProblem;
	readonly codings: readonly SeedCoding[];
	readonly entities?: readonly EntityMentionCount[];
}

export interface CodebookEntry {
	readonly name: string;
	readonly color?: string;
	readonly description?: string;
}

export interface CorpusInput {
	readonly seeds: readonly CorpusSeed[];
	/** Codes listed in the codebook appear in the codes table even when unused. */
	readonly codebook?: readonly CodebookEntry[];
}

export interface CorpusStatsFilter {
	/** Only these codes and the codes under them (`frame` keeps `frame/cooperation`). */
	readonly codes?: readonly string[];
	/** Only these coders' sidecars; '' is the plain sidecar. */
	readonly coders?: readonly string[];
	/** Header dates from and to (inclusive, `YYYY-MM-DD`); seeds without a date are left out when either is set. */
	readonly from?: string;
	readonly to?: string;
	/** Only seeds under this folder (relative, with `/`). */
	readonly folder?: string;
}

export type TimelineGranularity = 'week' | 'month';

export interface CorpusStatsOptions {
	readonly granularity?: TimelineGranularity;
	/** How many entities the entity table lists (20 by default). */
	readonly topEntities?: number;
	/** How many entities the entity timeline follows (8 by default). */
	readonly entitiesOverTime?: number;
	/** The heat map's columns: the seeds with the most passages, at most this many (all by default). */
	readonly matrixSeedLimit?: number;
}

export interface CodeCounts {
	readonly passages: number;
	readonly seeds: number;
	readonly characters: number;
}

export interface CodeRow extends CodeCounts {
	/** `frame/cooperation`; a parent code such as `frame` counts itself and every code under it. */
	readonly code: string;
	readonly parent?: string;
	readonly depth: number;
	/** Whether codes sit under it (then its counts are rolled up: `frame/*`). */
	readonly hasChildren: boolean;
	/** Passages tagged with exactly this code. */
	readonly own: CodeCounts;
	readonly color?: string;
	readonly description?: string;
	/** Listed in the codebook. */
	readonly listed: boolean;
}

export interface SeedRow {
	readonly uri: string;
	readonly path: string;
	readonly title?: string;
	readonly date?: string;
	readonly passages: number;
}

export interface MatrixCell {
	readonly code: string;
	/** Index into `matrix.seeds`. */
	readonly seed: number;
	/** Passages of the code (and the codes under it) in that seed. */
	readonly passages: number;
}

export interface CooccurrencePair {
	readonly a: string;
	readonly b: string;
	/** Pairs of overlapping passages, one of each code, in the same sidecar. */
	readonly overlapping: number;
	/** Seeds where both codes occur. */
	readonly seeds: number;
}

export interface TimelineBucket {
	/** `2022-02` or `2022-W05` (ISO week). */
	readonly key: string;
	/** The first day of the bucket, `YYYY-MM-DD` (a Monday for weeks). */
	readonly start: string;
	readonly seeds: number;
	readonly codedSeeds: number;
	readonly passages: number;
}

export interface UndatedSeed {
	readonly uri: string;
	readonly path: string;
	readonly problem: DateProblem;
	readonly passages: number;
}

export interface EntityRow {
	readonly id: string;
	readonly name: string;
	readonly kind: string;
	readonly mentions: number;
	readonly seeds: number;
}

export interface CoderRow {
	/** '' is the plain sidecar. */
	readonly coder: string;
	readonly seeds: number;
	readonly passages: number;
}

export interface CorpusStats {
	readonly filter: CorpusStatsFilter;
	readonly totals: {
		/** Seeds in scope (after the folder and date filters; with a code or coder filter, those with a matching passage). */
		readonly seeds: number;
		readonly codedSeeds: number;
		readonly passages: number;
		readonly characters: number;
	};
	readonly codes: readonly CodeRow[];
	readonly matrix: {
		readonly seeds: readonly SeedRow[];
		/** Coded seeds in scope; `seeds` holds the `matrixSeedLimit` with the most passages. */
		readonly seedsTotal: number;
		readonly cells: readonly MatrixCell[];
	};
	readonly cooccurrence: {
		/** The codes tagged on passages, in name order. */
		readonly codes: readonly string[];
		readonly pairs: readonly CooccurrencePair[];
	};
	readonly timeline: {
		readonly granularity: TimelineGranularity;
		readonly buckets: readonly TimelineBucket[];
		readonly undated: readonly UndatedSeed[];
	};
	readonly entities: {
		readonly top: readonly EntityRow[];
		/** Mentions of the first `entitiesOverTime` entities of `top`, per timeline bucket (aligned with `ids`). */
		readonly overTime: {
			readonly ids: readonly string[];
			readonly buckets: readonly { readonly key: string; readonly mentions: readonly number[] }[];
		};
	};
	readonly coders: readonly CoderRow[];
	/** Sidecars left out (malformed or unreadable), each with its reason; absent when there are none. */
	readonly problems?: readonly string[];
}
