/**
 * Moves annotations with their words as the text is edited in the editor, change by change,
 * before anything is saved (LSP incremental sync: each change is a range and its new text, the
 * range given in the document as the previous changes left it).
 *
 * - An insertion before a passage, or exactly at its start, shifts it; one strictly inside grows
 *   it; one at or after its end leaves it alone.
 * - A change that overlaps one end trims the passage to what is left of its own words.
 * - A change that removes or replaces the whole passage orphans the annotation: it keeps its
 *   place in the sidecar and is reported as `orphaned-annotation`, so nothing is lost silently.
 *   Orphaning rather than deleting also means a replaced passage is never taken for the new words.
 * - An orphan made by an edit remembers where the removed text began and how far into it the
 *   passage stood. When later text is written over that place and the exact passage is there again
 *   (undo of a deletion however wide, or the same words typed again), it re-attaches.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A change in offsets: `[start, end)` of the text before it was replaced by `insertedLength` code units. */
export interface OffsetChange {
	readonly start: number;
	readonly end: number;
	readonly insertedLength: number;
}

export type TrackedAnchor =
	| { readonly kind: 'anchored'; readonly start: number; readonly end: number }
	/**
	 * `at`: where the text that removed the passage began, followed through later edits; `within`:
	 * how far into that removed text the passage began (absent when 0).
	 */
	| { readonly kind: 'orphaned'; readonly at: number; readonly within?: number };

/** Offsets of each change against the text as the changes before it left it, and the final text. */
export function toOffsetChanges(
	textBefore: string,
	changes: readonly TextDocumentContentChangeEvent[],
): { changes: OffsetChange[]; textAfter: string } {
	const document = TextDocument.create('seed:tracking', 'seed', 0, textBefore);
	const result: OffsetChange[] = [];
	let version = 1;
	for (const change of changes) {
		if ('range' in change) {
			const start = document.offsetAt(change.range.start);
			const end = document.offsetAt(change.range.end);
			result.push({ start, end, insertedLength: change.text.length });
		} else {
			result.push({ start: 0, end: document.getText().length, insertedLength: change.text.length });
		}
		TextDocument.update(document, [change], version++);
	}
	return { changes: result, textAfter: document.getText() };
}

export function mapAnchor(anchor: TrackedAnchor, change: OffsetChange): TrackedAnchor {
	const delta = change.insertedLength - (change.end - change.start);
	if (anchor.kind === 'orphaned') {
		return withinOf({ kind: 'orphaned', at: mapPoint(anchor.at, change, delta) }, anchor.within ?? 0);
	}
	const { start, end } = anchor;
	if (change.end <= start && !(change.start === start && change.end === start && change.insertedLength === 0)) {
		// Entirely before, or an insertion exactly at the start: shift.
		return { kind: 'anchored', start: start + delta, end: end + delta };
	}
	if (change.start >= end) {
		return anchor;
	}
	if (change.start <= start && change.end >= end) {
		// Undo puts the removed text back at change.start, the passage `within` it (checked by the caller).
		return withinOf({ kind: 'orphaned', at: change.start }, start - change.start);
	}
	if (change.start < start) {
		// Overlaps the head: what is left starts after the new text.
		return nonEmpty(change.start + change.insertedLength, end + delta, change.start);
	}
	if (change.end > end) {
		// Overlaps the tail: the passage ends where the change starts.
		return nonEmpty(start, change.start, start);
	}
	// Inside (including a replacement that starts at the passage's first character).
	return nonEmpty(start, end + delta, start);
}

/**
 * Maps anchors through a list of changes. An orphan is anchored again only when text written by a
 * change of this list lies inside its exact words, back where they were removed (at the start of
 * the removed text plus `within`, or at its start when only the passage was typed again) — never
 * because other, identical words happen to follow the place where it was deleted.
 */
export function followChanges(
	anchors: readonly TrackedAnchor[],
	passages: readonly string[],
	changes: readonly OffsetChange[],
	textAfter: string,
): TrackedAnchor[] {
	const written = writtenSpans(changes);
	return anchors.map((anchor, index) => {
		const passage = passages[index];
		let mapped = anchor;
		for (const change of changes) {
			mapped = mapAnchor(mapped, change);
		}
		if (mapped.kind === 'anchored' || passage.length === 0 || written.length === 0) {
			return mapped;
		}
		const candidates = [mapped.at + (mapped.within ?? 0), mapped.at];
		const start = candidates.find(
			candidate =>
				textAfter.startsWith(passage, candidate) &&
				written.some(span => span.start < candidate + passage.length && span.end > candidate),
		);
		return start === undefined ? mapped : { kind: 'anchored', start, end: start + passage.length };
	});
}

/** Where each change's new text stands in the text after all the changes (insertions only). */
function writtenSpans(changes: readonly OffsetChange[]): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	for (const change of changes) {
		const delta = change.insertedLength - (change.end - change.start);
		for (const span of spans) {
			span.start = mapPoint(span.start, change, delta);
			span.end = mapPoint(span.end, change, delta);
		}
		if (change.insertedLength > 0) {
			spans.push({ start: change.start, end: change.start + change.insertedLength });
		}
	}
	return spans.filter(span => span.end > span.start);
}

function withinOf(anchor: { kind: 'orphaned'; at: number }, within: number): TrackedAnchor {
	return within > 0 ? { ...anchor, within } : anchor;
}

function mapPoint(point: number, change: OffsetChange, delta: number): number {
	if (change.end <= point && change.start < point) {
		return point + delta;
	}
	return change.start < point ? change.start : point;
}

function nonEmpty(start: number, end: number, at: number): TrackedAnchor {
	return end > start ? { kind: 'anchored', start, end } : { kind: 'orphaned', at };
}
