/**
 * The shared model of the agreement measures: units coded by coders on seeds, in Unicode code
 * points, half-open `[start, end)`, and the continuum they lie on.
 *
 * Several seeds form one continuum: they are laid end to end in the order given, each occupying
 * as many positions as it has code points, which is how a unitizing study of several texts is
 * usually pooled. Before anything is measured, units of one code by one coder that overlap are
 * merged into one (the measures assume a coder does not overlap with themself), units are clipped
 * to their seed, and empty units are dropped: they carry no length, so no measure can weigh them.
 * Units that merely touch stay apart: where one unit ends and the next begins is itself a coding
 * decision that unitizing alpha compares.
 */

export interface CodedUnit {
	/** The seed's identifier, e.g. its workspace-relative path. */
	readonly seed: string;
	readonly coder: string;
	readonly code: string;
	/** Code-point offset into the seed's text. */
	readonly start: number;
	/** Code-point offset, exclusive. */
	readonly end: number;
}

export interface SeedExtent {
	readonly seed: string;
	/** The text's length in code points. */
	readonly length: number;
}

export interface AgreementInput {
	/** The seeds compared, in the order they are laid on the continuum. */
	readonly seeds: readonly SeedExtent[];
	/** Every coder who coded all of these seeds, whether or not they marked anything. */
	readonly coders: readonly string[];
	readonly units: readonly CodedUnit[];
}

/** A stretch of the continuum, half-open. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** What the measures read: for each code, each coder's disjoint spans in continuum order. */
export interface Continuum {
	readonly length: number;
	readonly coders: readonly string[];
	/** Codes used by any coder, sorted. */
	readonly codes: readonly string[];
	/** `spans.get(code)[coderIndex]`: sorted, disjoint (they may touch). */
	readonly spans: ReadonlyMap<string, readonly (readonly Span[])[]>;
}

export function buildContinuum(input: AgreementInput): Continuum {
	const seedOffsets = new Map<string, SeedExtent & { offset: number }>();
	let length = 0;
	for (const seed of input.seeds) {
		if (!seedOffsets.has(seed.seed)) {
			seedOffsets.set(seed.seed, { ...seed, offset: length });
			length += Math.max(0, seed.length);
		}
	}
	const coderIndex = new Map(input.coders.map((coder, index) => [coder, index]));
	const raw = new Map<string, Span[][]>();
	for (const unit of input.units) {
		const seed = seedOffsets.get(unit.seed);
		const coder = coderIndex.get(unit.coder);
		if (!seed || coder === undefined) {
			continue;
		}
		const start = Math.max(0, Math.min(unit.start, seed.length));
		const end = Math.max(0, Math.min(unit.end, seed.length));
		if (end <= start) {
			continue;
		}
		let byCoder = raw.get(unit.code);
		if (!byCoder) {
			byCoder = input.coders.map(() => []);
			raw.set(unit.code, byCoder);
		}
		byCoder[coder].push({ start: seed.offset + start, end: seed.offset + end });
	}
	const spans = new Map<string, readonly (readonly Span[])[]>();
	for (const code of [...raw.keys()].sort()) {
		spans.set(code, raw.get(code)!.map(mergeOverlapping));
	}
	return { length, coders: input.coders, codes: [...spans.keys()], spans };
}

/** Sorts spans and merges those that overlap (share at least one position); touching spans stay apart. */
export function mergeOverlapping(spans: readonly Span[]): Span[] {
	// Coders' files are kept in position order: usually there is nothing to sort or merge.
	if (spans.every((span, i) => i === 0 || spans[i - 1].end <= span.start)) return spans as Span[];
	const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: Span[] = [];
	for (const span of sorted) {
		const last = merged[merged.length - 1];
		if (last && span.start < last.end) {
			if (span.end > last.end) {
				merged[merged.length - 1] = { start: last.start, end: span.end };
			}
		} else {
			merged.push(span);
		}
	}
	return merged;
}

export function totalLength(spans: readonly Span[]): number {
	let sum = 0;
	for (const span of spans) {
		sum += span.end - span.start;
	}
	return sum;
}
