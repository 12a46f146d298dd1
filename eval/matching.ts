/**
 * How a detector's mentions are scored against gold, the same for every set `npm run eval` reads:
 * a mention counts when its span and kind are both exact. Counts are kept per kind.
 */
import { ENTITY_KINDS, type EntityKind } from '../server/src/core/entities/types';

export interface KindCounts { truePositives: number; falsePositives: number; falseNegatives: number }
export type CountsByKind = Map<EntityKind, KindCounts>;

/** A span of a text, predicted or gold; offsets are UTF-16 code units, end exclusive. */
export interface ScoredSpan {
	readonly start: number;
	readonly end: number;
	readonly kind: EntityKind;
	readonly surface: string;
}

export type ScoringError = 'false positive' | 'missed';

export function newCounts(): CountsByKind {
	return new Map(ENTITY_KINDS.map(kind => [kind, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
}

/** Adds one text's true and false positives and misses to `counts`; `onError` hears each error. */
export function countMatches(
	predicted: readonly ScoredSpan[],
	gold: readonly ScoredSpan[],
	counts: CountsByKind,
	onError?: (error: ScoringError, span: ScoredSpan) => void,
): void {
	const key = (span: ScoredSpan) => `${span.start}:${span.end}:${span.kind}`;
	const goldKeys = new Set(gold.map(key));
	const predictedKeys = new Set(predicted.map(key));
	for (const span of predicted) {
		const hit = goldKeys.has(key(span));
		counts.get(span.kind)![hit ? 'truePositives' : 'falsePositives']++;
		if (!hit) onError?.('false positive', span);
	}
	for (const span of gold) {
		if (predictedKeys.has(key(span))) continue;
		counts.get(span.kind)!.falseNegatives++;
		onError?.('missed', span);
	}
}
