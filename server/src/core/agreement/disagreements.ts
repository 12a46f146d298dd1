/**
 * Where coders differ in one text, for the `coder-disagreement` diagnostics and the report's list.
 * Annotations of all coders that overlap (directly or through one another) form a place; a place
 * is a disagreement when some coder has nothing there ("uncoded"), when the coders' codes differ
 * ("code"), or when the same codes' boundaries are further apart than a few characters
 * ("boundary"). Offsets are the editor's (UTF-16), as the diagnostics need them.
 */

export interface CoderAnnotation {
	readonly coder: string;
	readonly id: string;
	readonly tag: string;
	readonly start: number;
	readonly end: number;
}

export type DisagreementKind = 'uncoded' | 'code' | 'boundary';

export interface Disagreement {
	/** The place: from the first start to the last end of its annotations. */
	readonly start: number;
	readonly end: number;
	readonly kind: DisagreementKind;
	readonly annotations: readonly CoderAnnotation[];
	/** Coders with nothing at this place. */
	readonly uncoded: readonly string[];
}

/** Boundaries this close (in UTF-16 code units) count as the same: a space or a punctuation mark apart. */
export const boundaryTolerance = 3;

function sameUnits(a: readonly CoderAnnotation[], b: readonly CoderAnnotation[], tolerance: number): boolean {
	if (a.length !== b.length) return false;
	const order = (x: CoderAnnotation, y: CoderAnnotation) => (x.tag < y.tag ? -1 : x.tag > y.tag ? 1 : x.start - y.start);
	const left = [...a].sort(order);
	const right = [...b].sort(order);
	return left.every((unit, i) => unit.tag === right[i].tag
		&& Math.abs(unit.start - right[i].start) <= tolerance && Math.abs(unit.end - right[i].end) <= tolerance);
}

function tagsOf(units: readonly CoderAnnotation[]): string {
	return [...new Set(units.map(unit => unit.tag))].sort().join('\n');
}

/**
 * `settled`: places already decided by adjudication (in the same offsets); a place overlapping
 * one is not reported again.
 */
export function findDisagreements(
	annotations: readonly CoderAnnotation[],
	coders: readonly string[],
	settled: readonly { readonly start: number; readonly end: number }[] = [],
	tolerance = boundaryTolerance,
): Disagreement[] {
	const sorted = annotations.filter(unit => unit.end > unit.start).sort((a, b) => a.start - b.start || a.end - b.end);
	const places: CoderAnnotation[][] = [];
	let placeEnd = -1;
	for (const unit of sorted) {
		if (places.length > 0 && unit.start < placeEnd) {
			places[places.length - 1].push(unit);
			placeEnd = Math.max(placeEnd, unit.end);
		} else {
			places.push([unit]);
			placeEnd = unit.end;
		}
	}
	const disagreements: Disagreement[] = [];
	for (const place of places) {
		const start = place[0].start;
		const end = Math.max(...place.map(unit => unit.end));
		if (settled.some(span => span.start < end && start < span.end)) continue;
		const byCoder = coders.map(coder => place.filter(unit => unit.coder === coder));
		const uncoded = coders.filter((_, index) => byCoder[index].length === 0);
		let kind: DisagreementKind | undefined;
		if (uncoded.length > 0) kind = 'uncoded';
		else if (byCoder.some(units => tagsOf(units) !== tagsOf(byCoder[0]))) kind = 'code';
		else if (byCoder.some(units => !sameUnits(units, byCoder[0], tolerance))) kind = 'boundary';
		if (kind) disagreements.push({ start, end, kind, annotations: place, uncoded });
	}
	return disagreements;
}

/** One line for a person: who coded what here. */
export function describeDisagreement(disagreement: Disagreement, textOf: (start: number, end: number) => string): string {
	const byCoder = new Map<string, string[]>();
	for (const unit of disagreement.annotations) {
		const list = byCoder.get(unit.coder) ?? [];
		list.push(`${unit.tag} "${textOf(unit.start, unit.end)}"`);
		byCoder.set(unit.coder, list);
	}
	const parts = [...byCoder].map(([coder, units]) => `${coder}: ${units.join(', ')}`);
	parts.push(...disagreement.uncoded.map(coder => `${coder}: nothing`));
	const what = { uncoded: 'coded by some coders only', code: 'different codes', boundary: 'boundaries differ' }[disagreement.kind];
	return `Coders disagree (${what}): ${parts.join('; ')}`;
}
