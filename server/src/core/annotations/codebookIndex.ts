/**
 * A codebook read once per content (issue 14 §4): parsing a 1.7 MB codebook of 30,000 tags into a
 * comment-keeping `yaml` Document takes seconds, so each version of the file is read once, looked up
 * by its content, and its layout indexed: where each tag's entry starts, its key's offsets and style.
 * A codebook of the regular shape is read by a line scan in milliseconds (`codebookFastRead.ts`),
 * which gives the same codebook and layout as the `yaml` Document; any other goes through `yaml`.
 *
 * Adding and renaming a tag then edit the text around the entries concerned instead of printing the
 * whole Document again. The result is the same, byte for byte, as the Document path
 * (`addTagToCodebook`, `renameTagInCodebook`), because the layout is only indexed when the file is
 * exactly as `yaml` prints it (printing its Document gives back the text), and the few entries around
 * an insertion are still parsed and printed by `yaml` as a small document of their own. Any layout
 * this does not recognise (a file not as `yaml` prints it, CRLF, flow style, explicit keys,
 * comments at the edge of the window) goes the Document path; `codebookIndex.test.ts` compares both.
 */
import { isMap, isScalar, parseDocument, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import {
	addTagToCodebook,
	assertEditableCodebook,
	insertionIndex,
	missingColorProblem,
	newCodebookEntry,
	parseCodebookDocument,
	renameTagInCodebook,
	type Codebook,
	type CodebookTag,
	type NewCodebookTag,
} from './codebook';
import { mergeEntries, removeEntry, setFieldsOfEntry } from './codebookEntryEdits';
import { assertTagFields, mergeTagsInCodebook, removeTagFromCodebook, setTagFields, type TagFields } from './codebookEdits';
import { readRegularCodebook } from './codebookFastRead';

/**
 * The entries of the `tags` mapping as they sit in the text, one array element per entry. Offsets
 * are kept in typed arrays so that an edit shifts those after it without allocating per entry.
 */
export interface TagsLayout {
	/** Offset of the line after `tags:`, where the entries begin. */
	readonly itemsStart: number;
	readonly itemsStartLine: number;
	/** The tags as parsed; their ranges are `lineShifts[i]` lines above where they now are. */
	readonly tags: readonly CodebookTag[];
	readonly lineShifts: Int32Array;
	/** Offset of the line each key is on (the entry's first line when nothing comes before it). */
	readonly lineStarts: Int32Array;
	readonly keyStarts: Int32Array;
	readonly keyEnds: Int32Array;
	readonly keyTypes: readonly Scalar.Type[];
}

export interface IndexedCodebook {
	readonly codebook: Codebook;
	/** Undefined when the text-level edits do not apply to this file. */
	readonly layout?: TagsLayout;
}

export type Edited = { readonly text: string; readonly indexed: IndexedCodebook };

/** Entries around an insertion are parsed on their own; beyond this many the Document path is used. */
const maxWindowEntries = 64;
const maxWindowLength = 64 * 1024;
const remembered = 4;
const windowHeader = 'tags:\n';
const printOptions = { lineWidth: 0 } as const;

/** The codebook versions last read or written, by content; one per workspace. */
export class CodebookIndex {
	/** Keyed by the text itself: a lookup compares contents, like a hash of them, without hashing. */
	private readonly recent = new Map<string, IndexedCodebook>();
	private textLevelEdits = 0;
	private lastRename: { readonly text: string; readonly from: string; readonly to: string; readonly renamed?: string } | undefined;

	/** How many edits were made on the text through the index (the others went the Document path). */
	get textEdits(): number {
		return this.textLevelEdits;
	}

	/** The parsed codebook (what `parseCodebook` gives), parsed once per content. */
	parse(text: string): Codebook {
		return this.indexed(text).codebook;
	}

	/** The tag `name` as `text` lists it, without building the whole codebook when its layout is known (the range may be stale). */
	listedTag(text: string, name: string): CodebookTag | undefined {
		const { layout } = this.indexed(text);
		return (layout ? layout.tags : this.parse(text).tags).find(tag => tag.name === name);
	}

	/** What `addTagToCodebook` gives. */
	addTag(text: string, tag: NewCodebookTag): string {
		if (text.trim() === '') {
			return addTagToCodebook(text, tag);
		}
		const { layout, codebook } = this.indexed(text);
		const { name, value } = newCodebookEntry(layout ? layout.tags : assertEditableCodebook(codebook).tags, tag);
		return this.keep(layout && insertEntry(text, layout, name, value)) ?? this.remember(addTagToCodebook(text, tag));
	}

	/** What `renameTagInCodebook` gives. */
	renameTag(text: string, from: string, to: string): string | undefined {
		// A rename is computed to check it, then again under the file's lock from the same text.
		const last = this.lastRename;
		if (last && last.from === from && last.to === to && last.text === text) {
			return last.renamed;
		}
		const renamed = this.renameTagOnce(text, from, to);
		this.lastRename = { text, from, to, renamed };
		return renamed;
	}

	/** What `setTagFields` gives (describe, recolour). */
	setTagFields(text: string, name: string, fields: TagFields): string {
		assertTagFields(fields);
		const layout = this.editableLayout(text);
		return this.keep(layout && setFieldsOfEntry(text, layout, name, fields)) ?? this.remember(setTagFields(text, name, fields));
	}

	/** What `removeTagFromCodebook` gives. */
	removeTag(text: string, name: string): string {
		const layout = this.editableLayout(text);
		const edited = layout && removeEntry(text, layout, name);
		return edited === 'none' ? text : this.keep(edited) ?? this.remember(removeTagFromCodebook(text, name));
	}

	/** What `mergeTagsInCodebook` gives. */
	mergeTags(text: string, from: string, into: string): string {
		const layout = this.editableLayout(text);
		const edited = layout && mergeEntries(text, layout, from, into);
		return edited === 'none' ? text : this.keep(edited) ?? this.remember(mergeTagsInCodebook(text, from, into));
	}

	/** The layout, when the text-level edits apply: an empty codebook or one with an error goes the Document path (which refuses it). */
	private editableLayout(text: string): TagsLayout | undefined {
		if (text.trim() === '') {
			return undefined;
		}
		const { layout, codebook } = this.indexed(text);
		return layout && !codebook.problems.some(problem => problem.severity === 'error') ? layout : undefined;
	}

	private renameTagOnce(text: string, from: string, to: string): string | undefined {
		const { layout, codebook } = this.indexed(text);
		if (!layout) {
			assertEditableCodebook(codebook);
		}
		const edited = layout && renameEntries(text, layout, from, to);
		if (edited === 'none') {
			return undefined;
		}
		const kept = this.keep(edited);
		if (kept !== undefined) {
			return kept;
		}
		const renamed = renameTagInCodebook(text, from, to);
		return renamed === undefined ? undefined : this.remember(renamed);
	}

	private indexed(text: string): IndexedCodebook {
		const known = this.recent.get(text);
		if (known) {
			this.recent.delete(text);
			this.recent.set(text, known);
			return known;
		}
		return this.store(text, indexCodebook(text));
	}

	private keep(edited: Edited | undefined): string | undefined {
		if (!edited) {
			return undefined;
		}
		this.textLevelEdits++;
		this.store(edited.text, edited.indexed);
		return edited.text;
	}

	/** A text written by the Document path is indexed now, so that reading it back costs nothing more. */
	private remember(text: string): string {
		this.indexed(text);
		return text;
	}

	private store(text: string, indexed: IndexedCodebook): IndexedCodebook {
		this.recent.set(text, indexed);
		for (const key of this.recent.keys()) {
			if (this.recent.size <= remembered) break;
			this.recent.delete(key);
		}
		return indexed;
	}
}

/** The codebook and, when the file is exactly as `yaml` prints it, the layout of its entries. */
export function indexCodebook(text: string): IndexedCodebook {
	return readRegularCodebook(text) ?? indexCodebookWithYaml(text);
}

/** What `indexCodebook` gives, from the `yaml` Document of the whole file (seconds for 30,000 tags). */
export function indexCodebookWithYaml(text: string): IndexedCodebook {
	const { codebook, doc } = parseCodebookDocument(text);
	if (!doc || /^%/m.test(text) || text.includes('\r') || doc.toString(printOptions) !== text) {
		return { codebook };
	}
	const tags = tagsMapOf(doc);
	if (!tags || tags.items.length === 0) {
		return { codebook };
	}
	const tagsKey = (doc.contents as YAMLMap).items.find(pair => isScalar(pair.key) && pair.key.value === 'tags')?.key as Scalar;
	const itemsStart = text.indexOf('\n', tagsKey.range![1]) + 1;
	if (itemsStart === 0) {
		return { codebook };
	}
	const layout = layoutOf(text, tags, codebook, 0, 0);
	return layout ? { codebook, layout: { ...layout, itemsStart, itemsStartLine: lineCount(text.slice(0, itemsStart)) } } : { codebook };
}

/** Inserts the new entry where `addTagToCodebook` would; undefined when the entries around it are not recognised. */
function insertEntry(text: string, layout: TagsLayout, name: string, value: object): Edited | undefined {
	const count = layout.tags.length;
	const index = insertionIndex(
		layout.tags.map(tag => tag.name),
		name,
	);
	// The window runs from an entry whose line follows a line of content (no comment or blank line that
	// `yaml` could attach either way) to the next such entry, or to the end of the file.
	let first = Math.max(0, index - 1);
	while (first > 0 && !followsContent(text, layout.lineStarts[first])) first--;
	let end = index;
	while (end < count && !followsContent(text, layout.lineStarts[end])) end++;
	if (end - first > maxWindowEntries) {
		return undefined;
	}
	return replaceWindow(text, layout, first, end, (doc, tags) => {
		tags.items.splice(index - first, 0, doc.createPair(name, value));
	});
}

/** Renames keys in place, as `renameTagInCodebook` would; 'none' when no entry has the name. */
function renameEntries(text: string, layout: TagsLayout, from: string, to: string): Edited | 'none' | undefined {
	// The new names all start with `to`: only the listed names that do can be in the way (gathered in the
	// same pass, checked after it: one loop over 30,000 entries instead of two).
	const toPrefix = to + '/';
	const fromPrefix = from + '/';
	const listed = new Set<string>();
	const newNames: string[] = [];
	const pieces: string[] = [];
	const tags = layout.tags.slice();
	const lineStarts = layout.lineStarts.slice();
	const keyStarts = layout.keyStarts.slice();
	const keyEnds = layout.keyEnds.slice();
	let copied = 0;
	let shift = 0;
	for (let i = 0; i < tags.length; i++) {
		lineStarts[i] += shift;
		keyStarts[i] += shift;
		keyEnds[i] += shift;
		const key = tags[i].name;
		if (key === to || key.startsWith(toPrefix)) {
			listed.add(key);
		}
		if (key !== from && !key.startsWith(fromPrefix)) {
			continue;
		}
		const name = to + key.slice(from.length);
		newNames.push(name);
		const keyStart = layout.keyStarts[i];
		const keyEnd = layout.keyEnds[i];
		const keyText = printedKey(text.slice(keyStart, keyEnd), layout.keyTypes[i], key, name);
		if (keyText === undefined) {
			return undefined;
		}
		pieces.push(text.slice(copied, keyStart), keyText);
		copied = keyEnd;
		const grown = keyText.length - (keyEnd - keyStart);
		const slash = name.lastIndexOf('/');
		const old = tags[i];
		const range = { start: old.range.start, end: { ...old.range.end, character: old.range.end.character + grown } };
		tags[i] = {
			name,
			...(slash > 0 ? { parent: name.slice(0, slash) } : {}),
			...(old.description !== undefined ? { description: old.description } : {}),
			...(old.color ? { color: old.color } : {}),
			range,
		};
		keyEnds[i] += grown;
		shift += grown;
	}
	if (pieces.length === 0) {
		return 'none';
	}
	const taken = newNames.find(name => listed.has(name));
	if (taken !== undefined) {
		throw new Error(`the codebook already has a tag ${taken}`);
	}
	pieces.push(text.slice(copied));
	const renamed: TagsLayout = { ...layout, tags, lineStarts, keyStarts, keyEnds };
	return { text: pieces.join(''), indexed: indexedOf(renamed) };
}

/** The entries `first` to `end` (exclusive) of a layout, as `yaml` prints them after a change. */
export interface EditedWindow {
	/** Where the entries were in the text (`start`, `stop`), and what replaces them. */
	readonly start: number;
	readonly stop: number;
	readonly replacement: string;
	/** How many lines the replacement has more than what it replaces. */
	readonly lines: number;
	/** The new entries' layout, positioned as if nothing before `start` changed. */
	readonly entries: Omit<TagsLayout, 'itemsStart' | 'itemsStartLine'>;
}

/**
 * Parses the entries `first` to `end` (exclusive) as a document of their own, applies `change` to it
 * and puts what `yaml` prints back in their place. Undefined when that small document does not read
 * back as those entries or does not print as it was written.
 */
function replaceWindow(
	text: string,
	layout: TagsLayout,
	first: number,
	end: number,
	change: (doc: Document, tags: YAMLMap) => void,
): Edited | undefined {
	const edited = editWindow(text, layout, first, end, change);
	if (!edited) {
		return undefined;
	}
	const { start, stop, replacement, lines, entries: window } = edited;
	const count = layout.tags.length;
	const grown = replacement.length - (stop - start);
	const joined = <T extends Int32Array>(head: T, middle: T, tail: T, shift: number): Int32Array => {
		const result = new Int32Array(first + middle.length + (count - end));
		result.set(head.subarray(0, first));
		result.set(middle, first);
		const tailStart = first + middle.length;
		for (let i = end; i < count; i++) result[tailStart + i - end] = tail[i] + shift;
		return result;
	};
	const result: TagsLayout = {
		...layout,
		tags: [...layout.tags.slice(0, first), ...window.tags, ...layout.tags.slice(end)],
		lineShifts: joined(layout.lineShifts, window.lineShifts, layout.lineShifts, lines),
		lineStarts: joined(layout.lineStarts, window.lineStarts, layout.lineStarts, grown),
		keyStarts: joined(layout.keyStarts, window.keyStarts, layout.keyStarts, grown),
		keyEnds: joined(layout.keyEnds, window.keyEnds, layout.keyEnds, grown),
		keyTypes: [...layout.keyTypes.slice(0, first), ...window.keyTypes, ...layout.keyTypes.slice(end)],
	};
	return { text: text.slice(0, start) + replacement + text.slice(stop), indexed: indexedOf(result) };
}

/** What `replaceWindow` puts in place of the entries `first` to `end`, without joining it to the rest. */
export function editWindow(
	text: string,
	layout: TagsLayout,
	first: number,
	end: number,
	change: (doc: Document, tags: YAMLMap) => void,
): EditedWindow | undefined {
	const count = layout.tags.length;
	const start = first === 0 ? layout.itemsStart : layout.lineStarts[first];
	const stop = end === count ? text.length : layout.lineStarts[end];
	if (end - first > maxWindowEntries || stop - start > maxWindowLength) {
		return undefined;
	}
	const before = windowHeader + text.slice(start, stop);
	const doc = parseDocument(before, { uniqueKeys: false });
	const tags = doc.errors.length === 0 ? tagsMapOf(doc) : undefined;
	if (
		!tags ||
		tags.items.length !== end - first ||
		tags.items.some((pair, i) => !isScalar(pair.key) || pair.key.value !== layout.tags[first + i].name) ||
		doc.toString(printOptions) !== before
	) {
		return undefined;
	}
	change(doc, tags);
	const after = doc.toString(printOptions);
	if (!after.startsWith(windowHeader)) {
		return undefined;
	}
	// The new entries, indexed from what was printed (which must itself read back unchanged).
	const parsed = parseCodebookDocument(after);
	const afterTags = parsed.doc && parsed.doc.toString(printOptions) === after ? tagsMapOf(parsed.doc) : undefined;
	const startLine = first === 0 ? layout.itemsStartLine : layout.tags[first].range.start.line + layout.lineShifts[first];
	const entries = afterTags && layoutOf(after, afterTags, parsed.codebook, start - windowHeader.length, startLine - 1);
	if (!entries) {
		return undefined;
	}
	const replacement = after.slice(windowHeader.length);
	return { start, stop, replacement, lines: lineCount(replacement) - lineCount(before.slice(windowHeader.length)), entries };
}

/**
 * The layout of `tags`' entries in `text` (a whole codebook, or a window of one whose offsets and
 * lines are shifted by `offsetShift` and `lineShift`); undefined for a key the edits do not handle.
 */
function layoutOf(
	text: string,
	tags: YAMLMap,
	codebook: Codebook,
	offsetShift: number,
	lineShift: number,
): Omit<TagsLayout, 'itemsStart' | 'itemsStartLine'> | undefined {
	const count = tags.items.length;
	if (tags.flow || count !== codebook.tags.length) {
		return undefined;
	}
	const lineStarts = new Int32Array(count);
	const keyStarts = new Int32Array(count);
	const keyEnds = new Int32Array(count);
	const keyTypes: Scalar.Type[] = [];
	for (let i = 0; i < count; i++) {
		const key = (tags.items[i] as Pair).key;
		if (!isScalar(key) || !key.range || !(key.type === 'PLAIN' || key.type === 'QUOTE_SINGLE' || key.type === 'QUOTE_DOUBLE')) {
			return undefined;
		}
		const [keyStart, keyEnd] = key.range;
		const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
		// Entries are printed two spaces in, one key per line.
		if (text.slice(lineStart, keyStart) !== '  ' || text.slice(keyStart, keyEnd).includes('\n')) {
			return undefined;
		}
		lineStarts[i] = lineStart + offsetShift;
		keyStarts[i] = keyStart + offsetShift;
		keyEnds[i] = keyEnd + offsetShift;
		keyTypes.push(key.type);
	}
	return { tags: codebook.tags, lineShifts: new Int32Array(count).fill(lineShift), lineStarts, keyStarts, keyEnds, keyTypes };
}

/** The layout with the codebook it describes, built when first asked for. */
export function indexedOf(layout: TagsLayout): IndexedCodebook {
	let codebook: Codebook | undefined;
	return {
		layout,
		get codebook(): Codebook {
			codebook ??= codebookOf(layout);
			return codebook;
		},
	};
}

/**
 * How `yaml` prints the key `name` in the style of `keyText` (which spells `oldName`): for a plain
 * key that stays plain, the name itself; otherwise a one-line document of that key, renamed.
 */
function printedKey(keyText: string, keyType: Scalar.Type, oldName: string, name: string): string | undefined {
	if (keyType === 'PLAIN' && keyText === oldName && /^[\p{L}_][\p{L}\p{N}_./-]*$/u.test(name) && !isCoreKeyword(name)) {
		return name;
	}
	const suffix = ': 0\n';
	const doc = parseDocument(keyText + suffix);
	const pair = isMap(doc.contents) ? (doc.contents.items[0] as Pair) : undefined;
	if (doc.errors.length > 0 || !pair || !isScalar(pair.key) || pair.key.value !== oldName) {
		return undefined;
	}
	pair.key.value = name;
	const printed = doc.toString(printOptions);
	return printed.endsWith(suffix) && !printed.slice(0, -suffix.length).includes('\n') ? printed.slice(0, -suffix.length) : undefined;
}

/** Plain words the YAML 1.2 core schema reads as something other than a string. */
export function isCoreKeyword(name: string): boolean {
	return /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/.test(name);
}

function codebookOf(layout: TagsLayout): Codebook {
	const tags = layout.tags.map((tag, i) =>
		layout.lineShifts[i] === 0 ? tag : { ...tag, range: shiftLines(tag.range, layout.lineShifts[i]) },
	);
	return { tags, problems: tags.filter(tag => !tag.color).map(tag => missingColorProblem(tag.name, tag.range)) };
}

function shiftLines(range: Range, lines: number): Range {
	return {
		start: { line: range.start.line + lines, character: range.start.character },
		end: { line: range.end.line + lines, character: range.end.character },
	};
}

/** Whether the line before `lineStart` holds content (not blank, not only a comment). */
export function followsContent(text: string, lineStart: number): boolean {
	const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
	return previous !== '' && !previous.startsWith('#');
}

function tagsMapOf(doc: Document): YAMLMap | undefined {
	const tags = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined;
	return isMap(tags) && !tags.flow ? tags : undefined;
}

export function lineCount(text: string): number {
	let count = 0;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
	return count;
}
