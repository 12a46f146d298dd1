/**
 * The codebook view's edits (describe, recolour, delete, merge; `codebookEdits.ts`) made on the text
 * of a codebook whose layout is indexed (`codebookIndex.ts`), instead of printing a `yaml` Document
 * of the whole file (about 2 s for 30,000 tags). The entries concerned are parsed and printed by
 * `yaml` as a small document of their own, with the very function the Document path applies to the
 * whole file, so the bytes are the same; where that is plainly the case without `yaml` — an entry
 * dropped or a plain key renamed, with no comment or blank line before it that `yaml` would attach to
 * the key — the text is cut or spliced directly. Undefined when the entries around an edit are not
 * recognised: the caller then goes the Document path. `codebookEntryEdits.test.ts` compares both.
 */
import type { Document, Scalar, YAMLMap } from 'yaml';
import type { CodebookTag } from './codebook';
import { mergeTagsIn, removeTagIn, setTagFieldsIn, type TagFields } from './codebookEdits';
import {
	editWindow,
	followsContent,
	indexedOf,
	isCoreKeyword,
	lineCount,
	type EditedWindow,
	type Edited,
	type TagsLayout,
} from './codebookIndex';

type Change = (doc: Document, tags: YAMLMap) => void;

/** `setTagFields` on the entry of `name` (appended at the end when it is not listed). */
export function setFieldsOfEntry(text: string, layout: TagsLayout, name: string, fields: TagFields): Edited | undefined {
	const count = layout.tags.length;
	const index = layout.tags.findIndex(tag => tag.name === name);
	const first = windowStart(text, layout, index < 0 ? count - 1 : index);
	const end = index < 0 ? count : windowEnd(text, layout, index + 1);
	return applyEdits(text, layout, [{ kind: 'window', first, end }], (doc, tags) => setTagFieldsIn(doc, tags, name, fields));
}

/** `removeTagFromCodebook`: 'none' when `name` is not listed. */
export function removeEntry(text: string, layout: TagsLayout, name: string): Edited | 'none' | undefined {
	const index = layout.tags.findIndex(tag => tag.name === name);
	if (index < 0) {
		return 'none';
	}
	return applyEdits(text, layout, [dropOf(text, layout, index)], (_doc, tags) => void removeTagIn(tags, name));
}

/** `mergeTagsInCodebook`: 'none' when no entry is `from` or under it. */
export function mergeEntries(text: string, layout: TagsLayout, from: string, into: string): Edited | 'none' | undefined {
	const fromPrefix = from + '/';
	const listed = new Set<string>();
	const affected: number[] = [];
	layout.tags.forEach((tag, i) => {
		listed.add(tag.name);
		if (tag.name === from || tag.name.startsWith(fromPrefix)) affected.push(i);
	});
	if (affected.length === 0) {
		return 'none';
	}
	const edits: Edit[] = affected.map(i => {
		const name = into + layout.tags[i].name.slice(from.length);
		return listed.has(name) ? dropOf(text, layout, i) : renameOf(text, layout, i, name);
	});
	return applyEdits(text, layout, edits, (doc, tags) => mergeTagsIn(doc, tags, from, into, listed));
}

/**
 * One change in the entries: entries `first` to `end` through `yaml` (with the operation's change), an
 * entry cut out, or a plain key replaced by `keyText`.
 */
type Edit =
	| { readonly kind: 'window'; readonly first: number; readonly end: number }
	| { readonly kind: 'drop'; readonly index: number }
	| { readonly kind: 'key'; readonly index: number; readonly name: string; readonly keyText: string };

/**
 * An entry removed from the mapping takes its lines with it: cut directly when it and the next
 * entry each follow a line of content (nothing `yaml` attaches either way lies around it).
 */
function dropOf(text: string, layout: TagsLayout, index: number): Edit {
	const count = layout.tags.length;
	if (index + 1 < count && followsContent(text, layout.lineStarts[index]) && followsContent(text, layout.lineStarts[index + 1])) {
		return { kind: 'drop', index };
	}
	// In a window with a neighbour, so that the small document keeps an entry.
	const neighbour = index > 0 ? index - 1 : index + 1;
	const first = windowStart(text, layout, Math.min(index, neighbour));
	return { kind: 'window', first, end: windowEnd(text, layout, Math.max(index, neighbour) + 1) };
}

/**
 * A key renamed as `pair.key = doc.createNode(name)` does: a new key node, printed plain when the
 * name can be, without what the old node held (a comment or blank line before it, which only a
 * window through `yaml` reproduces).
 */
function renameOf(text: string, layout: TagsLayout, index: number, name: string): Edit {
	const keyStart = layout.keyStarts[index];
	const keyEnd = layout.keyEnds[index];
	const plain =
		layout.keyTypes[index] === 'PLAIN' &&
		text.slice(keyStart, keyEnd) === layout.tags[index].name &&
		text.startsWith(':\n', keyEnd) &&
		followsContent(text, layout.lineStarts[index]) &&
		/^[\p{L}_][\p{L}\p{N}_./-]*$/u.test(name) &&
		!isCoreKeyword(name);
	return plain
		? { kind: 'key', index, name, keyText: name }
		: { kind: 'window', first: windowStart(text, layout, index), end: windowEnd(text, layout, index + 1) };
}

/** The first entry of a window holding entry `index`: back to one that follows a line of content. */
function windowStart(text: string, layout: TagsLayout, index: number): number {
	let first = Math.max(0, index);
	while (first > 0 && !followsContent(text, layout.lineStarts[first])) first--;
	return first;
}

/** The end (exclusive) of a window whose last entry is before `end`: on to an entry that follows content, or the end. */
function windowEnd(text: string, layout: TagsLayout, end: number): number {
	const count = layout.tags.length;
	let stop = end;
	while (stop < count && !followsContent(text, layout.lineStarts[stop])) stop++;
	return stop;
}

/**
 * Applies `edits` (in the order of their entries) in one pass over the text and the layout; windows
 * that overlap are joined, and a direct edit inside a window is left to the window's `change`.
 */
function applyEdits(text: string, layout: TagsLayout, edits: readonly Edit[], change: Change): Edited | undefined {
	const planned = joinWindows(edits);
	const count = layout.tags.length;
	const pieces: string[] = [];
	const tags: CodebookTag[] = [];
	const lineShifts: number[] = [];
	const lineStarts: number[] = [];
	const keyStarts: number[] = [];
	const keyEnds: number[] = [];
	const keyTypes: Scalar.Type[] = [];
	let copied = 0;
	let shift = 0;
	let lines = 0;
	let next = 0;
	/** Entry `i` of `from` (the old layout, or an edited window's), moved by what was edited before it. */
	const copyEntry = (from: EditedWindow['entries'], i: number) => {
		tags.push(from.tags[i]);
		lineShifts.push(from.lineShifts[i] + lines);
		lineStarts.push(from.lineStarts[i] + shift);
		keyStarts.push(from.keyStarts[i] + shift);
		keyEnds.push(from.keyEnds[i] + shift);
		keyTypes.push(from.keyTypes[i]);
	};
	for (const edit of planned) {
		const first = edit.kind === 'window' ? edit.first : edit.index;
		for (; next < first; next++) copyEntry(layout, next);
		if (edit.kind === 'key') {
			const keyStart = layout.keyStarts[next];
			const keyEnd = layout.keyEnds[next];
			pieces.push(text.slice(copied, keyStart), edit.keyText);
			copied = keyEnd;
			const grown = edit.keyText.length - (keyEnd - keyStart);
			tags.push(renamedTag(layout.tags[next], edit.name, grown));
			lineShifts.push(layout.lineShifts[next] + lines);
			lineStarts.push(layout.lineStarts[next] + shift);
			keyStarts.push(keyStart + shift);
			keyEnds.push(keyEnd + shift + grown);
			keyTypes.push('PLAIN');
			shift += grown;
			next++;
			continue;
		}
		const window: EditedWindow | undefined =
			edit.kind === 'drop' ? droppedEntry(text, layout, edit.index) : editWindow(text, layout, edit.first, edit.end, change);
		if (!window) {
			return undefined;
		}
		pieces.push(text.slice(copied, window.start), window.replacement);
		copied = window.stop;
		for (let j = 0; j < window.entries.tags.length; j++) copyEntry(window.entries, j);
		shift += window.replacement.length - (window.stop - window.start);
		lines += window.lines;
		next = edit.kind === 'drop' ? edit.index + 1 : edit.end;
	}
	for (; next < count; next++) copyEntry(layout, next);
	if (tags.length === 0) {
		return undefined;
	}
	pieces.push(text.slice(copied));
	const edited: TagsLayout = {
		itemsStart: layout.itemsStart,
		itemsStartLine: layout.itemsStartLine,
		tags,
		lineShifts: Int32Array.from(lineShifts),
		lineStarts: Int32Array.from(lineStarts),
		keyStarts: Int32Array.from(keyStarts),
		keyEnds: Int32Array.from(keyEnds),
		keyTypes,
	};
	return { text: pieces.join(''), indexed: indexedOf(edited) };
}

/** The edits with overlapping or touching windows joined, and direct edits inside a window dropped. */
function joinWindows(edits: readonly Edit[]): Edit[] {
	const windows: { first: number; end: number }[] = [];
	const ordered = edits.filter(edit => edit.kind === 'window').sort((a, b) => a.first - b.first);
	for (const edit of ordered) {
		const last = windows[windows.length - 1];
		if (last && edit.first < last.end) last.end = Math.max(last.end, edit.end);
		else windows.push({ first: edit.first, end: edit.end });
	}
	const direct = edits.filter(edit => edit.kind !== 'window' && !windows.some(w => edit.index >= w.first && edit.index < w.end));
	return [...direct, ...windows.map(w => ({ kind: 'window' as const, ...w }))].sort((a, b) => firstOf(a) - firstOf(b));
}

function firstOf(edit: Edit): number {
	return edit.kind === 'window' ? edit.first : edit.index;
}

/** Entry `index` cut out: its lines, from its key to the next entry's key. */
function droppedEntry(text: string, layout: TagsLayout, index: number): EditedWindow {
	const start = layout.lineStarts[index];
	const stop = layout.lineStarts[index + 1];
	const none = new Int32Array(0);
	return {
		start,
		stop,
		replacement: '',
		lines: -lineCount(text.slice(start, stop)),
		entries: { tags: [], lineShifts: none, lineStarts: none, keyStarts: none, keyEnds: none, keyTypes: [] },
	};
}

/** The tag under its new name, its key `grown` characters longer. */
function renamedTag(old: CodebookTag, name: string, grown: number): CodebookTag {
	const slash = name.lastIndexOf('/');
	return {
		name,
		...(slash > 0 ? { parent: name.slice(0, slash) } : {}),
		...(old.description !== undefined ? { description: old.description } : {}),
		...(old.color ? { color: old.color } : {}),
		range: { start: old.range.start, end: { ...old.range.end, character: old.range.end.character + grown } },
	};
}
