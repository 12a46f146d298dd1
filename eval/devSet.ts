/**
 * The real-text development set (`eval/dev/gum/`): 84 documents of the GUM corpus, written and
 * annotated by other people, scored exactly like the own gold sets (exact span and kind). Predictions
 * that overlap a proper name of another type (works, products, nationalities: `misc-spans.json`)
 * are ignored, as CoNLL scoring ignores MISC. Gold offsets are UTF-16 code units inside a line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EntityDetector } from '../server/src/core/entities/detector';
import type { EntityKind } from '../server/src/core/entities/types';
import { parseSeed } from '../server/src/core/parser';
import type { ErrorsByRule } from './byRule';
import { countMatches, newCounts, type CountsByKind, type KindCounts, type ScoringError } from './matching';

export type DevSetCounts = CountsByKind;

/** `[line, start, end, kind]`: 0-based line, UTF-16 offsets in the line, end exclusive. */
type LineSpan = readonly [number, number, number, string];

export interface DevSetError {
	readonly document: string;
	readonly error: ScoringError;
	readonly kind: EntityKind;
	readonly surface: string;
	readonly start: number;
}

export interface DevSetResult {
	readonly documents: number;
	readonly counts: DevSetCounts;
	readonly errors: readonly DevSetError[];
}

export function devSetDirectory(root: string): string {
	return path.join(root, 'eval', 'dev', 'gum');
}

/** Scores the detector on every document of the development set; `byRule` also hears its errors by rule. */
export function scoreDevSet(directory: string, detector: EntityDetector, byRule?: ErrorsByRule): DevSetResult {
	const names = fs.readdirSync(directory).filter(name => /^GUM_.*\.txt$/.test(name)).sort();
	const misc = JSON.parse(fs.readFileSync(path.join(directory, 'misc-spans.json'), 'utf8')) as Record<string, readonly LineSpan[]>;
	const counts: DevSetCounts = newCounts();
	const errors: DevSetError[] = [];
	for (const name of names) {
		const document = name.slice(0, -'.txt'.length);
		const text = fs.readFileSync(path.join(directory, name), 'utf8');
		const lineStarts = startsOfLines(text);
		const absolute = ([line, start, end, kind]: LineSpan) => ({ start: lineStarts[line] + start, end: lineStarts[line] + end, kind });
		const gold = (JSON.parse(fs.readFileSync(path.join(directory, `${document}.json`), 'utf8')) as LineSpan[]).map(absolute);
		const ignored = (misc[document] ?? []).map(absolute);
		const predicted = detector.analyse(parseSeed(text)).mentions
			.filter(mention => !ignored.some(span => mention.start < span.end && span.start < mention.end));
		const spans = predicted.map(mention => ({
			start: mention.start, end: mention.end, kind: mention.entity.kind, surface: mention.surface,
		}));
		const goldSpans = gold.map(span => ({ ...span, kind: span.kind as EntityKind, surface: text.slice(span.start, span.end) }));
		byRule?.add(predicted, goldSpans);
		countMatches(spans, goldSpans, counts, (error, span) => {
			errors.push({ document, error, kind: span.kind, surface: span.surface, start: span.start });
		});
	}
	return { documents: names.length, counts, errors };
}

/** F1 of one kind, or of all kinds together when `kind` is undefined. */
export function f1(counts: DevSetCounts, kind?: EntityKind): number {
	const total: KindCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
	for (const [each, c] of counts) {
		if (kind !== undefined && each !== kind) {
			continue;
		}
		total.truePositives += c.truePositives;
		total.falsePositives += c.falsePositives;
		total.falseNegatives += c.falseNegatives;
	}
	const denominator = 2 * total.truePositives + total.falsePositives + total.falseNegatives;
	return denominator === 0 ? 0 : 2 * total.truePositives / denominator;
}

function startsOfLines(text: string): number[] {
	const starts = [0];
	for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
		starts.push(index + 1);
	}
	return starts;
}
