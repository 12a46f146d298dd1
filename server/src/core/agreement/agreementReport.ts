/**
 * Every agreement figure for a set of seeds and coders, per code and over all codes, with the
 * counts beside them. The one entry point the CLI, the server command and the report share.
 */
import { cohenKappa } from './cohenKappa';
import { digitise, pool, type DigitisedTally } from './digitised';
import { fleissKappa } from './fleissKappa';
import { undefinedMeasure, type Measure } from './measure';
import { nominalAlpha } from './nominalAlpha';
import { scottPi } from './scottPi';
import { addMatches, exactMatches, noMatches, overlapMatches, spanF1, type SpanMatchCounts } from './spanF1';
import { overallUnitizingAlpha, unitizingAlpha, type UnitizingAlpha } from './unitizingAlpha';
import { buildContinuum, totalLength, type AgreementInput, type Continuum, type Span } from './units';

export interface CoderCount {
	readonly coder: string;
	/** After overlapping units of one code were merged. */
	readonly units: number;
	/** Code points coded. */
	readonly characters: number;
}

export interface PairAgreement {
	readonly first: string;
	readonly second: string;
	readonly spanF1Exact: Measure;
	readonly spanF1Overlap: Measure;
}

export interface CodeAgreement {
	/** Null for the figures over all codes. */
	readonly code: string | null;
	readonly unitizingAlpha: Measure;
	readonly observedDisagreement?: number;
	readonly expectedDisagreement?: number;
	/** Cohen's kappa for two coders, Fleiss' kappa for more. */
	readonly kappa: Measure;
	readonly kappaKind: 'cohen' | 'fleiss';
	readonly scottPi: Measure;
	readonly nominalAlpha: Measure;
	/** Micro-averaged over every pair of coders. */
	readonly spanF1Exact: Measure;
	readonly spanF1Overlap: Measure;
	readonly pairs: readonly PairAgreement[];
	readonly counts: readonly CoderCount[];
}

export interface AgreementReport {
	readonly coders: readonly string[];
	readonly seeds: readonly string[];
	/** Code points on the continuum. */
	readonly length: number;
	readonly overall: CodeAgreement;
	readonly codes: readonly CodeAgreement[];
}

export interface AgreementOptions {
	/** Only these codes (all when absent). */
	readonly codes?: readonly string[];
}

interface CodeParts {
	readonly tally: DigitisedTally;
	readonly exact: readonly SpanMatchCounts[];
	readonly overlap: readonly SpanMatchCounts[];
	readonly counts: readonly CoderCount[];
}

function pairsOf(coders: readonly string[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let a = 0; a < coders.length; a++) {
		for (let b = a + 1; b < coders.length; b++) pairs.push([a, b]);
	}
	return pairs;
}

function partsOf(byCoder: readonly (readonly Span[])[], continuum: Continuum): CodeParts {
	const pairs = pairsOf(continuum.coders);
	return {
		tally: digitise(byCoder, continuum.length),
		exact: pairs.map(([a, b]) => exactMatches(byCoder[a], byCoder[b])),
		overlap: pairs.map(([a, b]) => overlapMatches(byCoder[a], byCoder[b])),
		counts: continuum.coders.map((coder, index) => ({ coder, units: byCoder[index].length, characters: totalLength(byCoder[index]) })),
	};
}

function assemble(code: string | null, alpha: UnitizingAlpha, parts: CodeParts, coders: readonly string[]): CodeAgreement {
	const pairs = pairsOf(coders);
	return {
		code,
		unitizingAlpha: alpha.alpha,
		...(alpha.observed !== undefined ? { observedDisagreement: alpha.observed } : {}),
		...(alpha.expected !== undefined ? { expectedDisagreement: alpha.expected } : {}),
		kappa: coders.length > 2 ? fleissKappa(parts.tally) : cohenKappa(parts.tally),
		kappaKind: coders.length > 2 ? 'fleiss' : 'cohen',
		scottPi: scottPi(parts.tally),
		nominalAlpha: nominalAlpha(parts.tally),
		spanF1Exact: spanF1(parts.exact.reduce(addMatches, noMatches)),
		spanF1Overlap: spanF1(parts.overlap.reduce(addMatches, noMatches)),
		pairs: pairs.map(([a, b], index) => ({
			first: coders[a],
			second: coders[b],
			spanF1Exact: spanF1(parts.exact[index]),
			spanF1Overlap: spanF1(parts.overlap[index]),
		})),
		counts: parts.counts,
	};
}

export function computeAgreement(input: AgreementInput, options: AgreementOptions = {}): AgreementReport {
	if (input.seeds.length === 0) {
		return noSeeds(input.coders);
	}
	const wanted = options.codes ? new Set(options.codes) : undefined;
	const continuum = buildContinuum(wanted ? { ...input, units: input.units.filter(unit => wanted.has(unit.code)) } : input);
	const coders = continuum.coders;
	const codeParts = continuum.codes.map(code => partsOf(continuum.spans.get(code)!, continuum));
	const alphas = continuum.codes.map(code => unitizingAlpha(continuum.spans.get(code)!, continuum.length, code));
	const codes = continuum.codes.map((code, index) => assemble(code, alphas[index], codeParts[index], coders));
	const pairCount = pairsOf(coders).length;
	const overallParts: CodeParts = {
		// With no code at all, the pooled items are the bare continuum, so the reason reads "nothing was coded".
		tally:
			codeParts.length > 0
				? pool(
						codeParts.map(parts => parts.tally),
						coders.length,
					)
				: digitise(
						coders.map(() => []),
						continuum.length,
					),
		exact: Array.from({ length: pairCount }, (_, p) => codeParts.reduce((sum, parts) => addMatches(sum, parts.exact[p]), noMatches)),
		overlap: Array.from({ length: pairCount }, (_, p) =>
			codeParts.reduce((sum, parts) => addMatches(sum, parts.overlap[p]), noMatches),
		),
		counts: coders.map((coder, c) => ({
			coder,
			units: codeParts.reduce((sum, parts) => sum + parts.counts[c].units, 0),
			characters: codeParts.reduce((sum, parts) => sum + parts.counts[c].characters, 0),
		})),
	};
	return {
		coders,
		seeds: input.seeds.map(seed => seed.seed),
		length: continuum.length,
		overall: assemble(null, overallUnitizingAlpha(continuum, alphas), overallParts, coders),
		codes,
	};
}

/** The figures of each seed on its own, for the per-seed table. */
export function computeSeedAgreements(input: AgreementInput, options: AgreementOptions = {}): { seed: string; agreement: CodeAgreement }[] {
	const unitsBySeed = new Map<string, AgreementInput['units'][number][]>();
	for (const unit of input.units) {
		let list = unitsBySeed.get(unit.seed);
		if (!list) unitsBySeed.set(unit.seed, list = []);
		list.push(unit);
	}
	return input.seeds.map(seed => ({
		seed: seed.seed,
		agreement: computeAgreement({ seeds: [seed], coders: input.coders, units: unitsBySeed.get(seed.seed) ?? [] }, options).overall,
	}));
}

/** With no seed in common there is nothing to compare: every figure is n/a, never 1.0. */
function noSeeds(coders: readonly string[]): AgreementReport {
	const none = undefinedMeasure('no seed was coded by every chosen coder');
	const overall: CodeAgreement = {
		code: null,
		unitizingAlpha: none,
		kappa: none,
		kappaKind: coders.length > 2 ? 'fleiss' : 'cohen',
		scottPi: none,
		nominalAlpha: none,
		spanF1Exact: none,
		spanF1Overlap: none,
		pairs: [],
		counts: coders.map(coder => ({ coder, units: 0, characters: 0 })),
	};
	return { coders, seeds: [], length: 0, overall, codes: [] };
}
