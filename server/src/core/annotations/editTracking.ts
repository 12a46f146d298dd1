/**
 * Moves annotations with their words as the text is edited in the editor, change by change,
 * before anything is saved (LSP incremental sync: each change is a range and its new text, the
 * range given in the document as the previous changes left it).
 *
 * - An insertion before a passage, or exactly at its start, shifts it; one strictly inside grows
 *   it; one at or after its end leaves it alone.
 * - A change that overlaps one end trims the passage to what is left of its own words.
 * - A change that removes or replaces the whole passage orphans the annotation: it keeps its
 *   place in the sidecar and is reported as `orphaned-annotation`, so nothing is lost silently,
 *   and undo (which puts the same words back at the same place) re-attaches it. Orphaning rather
 *   than deleting also means a replaced passage is never taken for the new words.
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
	/** `at`: where the passage stood when it was removed, followed through later edits. */
	| { readonly kind: 'orphaned'; readonly at: number };

/** Offsets of each change against the text as the changes before it left it, and the final text. */
export function toOffsetChanges(textBefore: string, changes: readonly TextDocumentContentChangeEvent[]): { changes: OffsetChange[]; textAfter: string } {
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
		return { kind: 'orphaned', at: mapPoint(anchor.at, change, delta) };
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
		// If the new text is as long, the same words may be back at the same place (checked by the caller).
		const at = start + (end - start) <= change.start + change.insertedLength ? start : change.start;
		return { kind: 'orphaned', at };
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
 * Maps anchors through a list of changes. An orphan is anchored again only when a change of this
 * list put its exact words back at its place (undo, or a replacement by the same text) — never
 * because other, identical words happen to follow the place where it was deleted.
 */
export function followChanges(anchors: readonly TrackedAnchor[], passages: readonly string[], changes: readonly OffsetChange[], textAfter: string): TrackedAnchor[] {
	return anchors.map((anchor, index) => {
		const length = passages[index].length;
		let mapped = anchor;
		let restoredByChange = false;
		for (const change of changes) {
			mapped = mapAnchor(mapped, change);
			if (mapped.kind === 'orphaned') {
				const inserted = change.start <= mapped.at && mapped.at + length <= change.start + change.insertedLength;
				restoredByChange = inserted || (restoredByChange && !(change.start < mapped.at + length && change.end > mapped.at));
			}
		}
		if (mapped.kind === 'orphaned' && restoredByChange && length > 0 && textAfter.startsWith(passages[index], mapped.at)) {
			return { kind: 'anchored', start: mapped.at, end: mapped.at + length };
		}
		return mapped;
	});
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
