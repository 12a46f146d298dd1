/**
 * One annotation's stretch of sidecar text: the comment lines just above its list item and the
 * item's own lines. Changing an annotation rewrites only the values that change inside its slot,
 * so a person's comments and formatting everywhere else stay byte for byte.
 */
import { isScalar, isMap, isAlias, parseDocument, type Document, type YAMLMap, type Scalar, type Pair } from 'yaml';
import type { Annotation } from './annotation';
import { doubleQuoted, plainOrQuoted } from './yamlScalars';

export const annotationFields = ['id', 'tag', 'text', 'start', 'end', 'before', 'after', 'note', 'created', 'coder'] as const;
export type AnnotationField = typeof annotationFields[number];

/** Offsets relative to the slot's text; a block scalar's (`|`) value range includes its final line break. */
export interface FieldLocation {
	readonly keyStart: number;
	readonly valueStart: number;
	readonly valueEnd: number;
}

export interface Slot {
	readonly text: string;
	readonly annotation: Annotation;
	readonly fields: Readonly<Partial<Record<AnnotationField, FieldLocation>>>;
	/** Column of the item's keys (`id`, `tag`, …), where an added field goes. */
	readonly keyIndent: number;
	/** Written as a flow mapping (`- {id: …, tag: …}`): fields cannot be added as lines. */
	readonly flow?: boolean;
}

/** A problem with one item, at an absolute offset of the sidecar text. */
export interface ItemProblem {
	readonly message: string;
	readonly offset: number;
	readonly length: number;
}

export function renderValue(field: AnnotationField, value: string | number): string {
	if (typeof value === 'number') {
		return String(value);
	}
	return field === 'id' || field === 'tag' ? plainOrQuoted(value) : doubleQuoted(value);
}

export function fieldValues(annotation: Annotation): [AnnotationField, string | number][] {
	const values: [AnnotationField, string | number][] = [
		['id', annotation.id], ['tag', annotation.tag], ['text', annotation.text],
		['start', annotation.start], ['end', annotation.end],
		['before', annotation.before], ['after', annotation.after],
	];
	if (annotation.note !== undefined) {
		values.push(['note', annotation.note]);
	}
	values.push(['created', annotation.created]);
	if (annotation.coder !== undefined) {
		values.push(['coder', annotation.coder]);
	}
	return values;
}

/** A new list item, `- id: …` at `dashIndent`, its keys two columns further. */
export function renderSlot(annotation: Annotation, dashIndent: number, eol: string): Slot {
	const keyIndent = dashIndent + 2;
	const fields: Partial<Record<AnnotationField, FieldLocation>> = {};
	let text = '';
	for (const [field, value] of fieldValues(annotation)) {
		const lead = text === '' ? ' '.repeat(dashIndent) + '- ' : ' '.repeat(keyIndent);
		const keyStart = text.length + lead.length;
		const rendered = renderValue(field, value);
		const valueStart = keyStart + field.length + 2;
		fields[field] = { keyStart, valueStart, valueEnd: valueStart + rendered.length };
		text += `${lead}${field}: ${rendered}${eol}`;
	}
	return { text, annotation, fields, keyIndent };
}

/**
 * Reads an annotation and its field locations from a parsed list item; `base` is the absolute
 * offset of the slot's first character. Aliases are resolved for scalar values only.
 */
export function readItem(
	item: unknown,
	doc: Document,
	slotStart: number,
	problems: ItemProblem[],
): { annotation: Annotation; fields: Partial<Record<AnnotationField, FieldLocation>> } | undefined {
	if (!isMap(item)) {
		const range = (item as { range?: [number, number, number] } | null)?.range;
		problems.push({
			message: 'an annotation must be a mapping with id, tag, text, start, end',
			offset: range?.[0] ?? 0,
			length: range ? range[1] - range[0] : 0,
		});
		return undefined;
	}
	const map = item as YAMLMap;
	const fields: Partial<Record<AnnotationField, FieldLocation>> = {};
	const values: Partial<Record<AnnotationField, unknown>> = {};
	for (const pair of map.items as Pair[]) {
		if (
			!isScalar(pair.key) ||
			typeof pair.key.value !== 'string' ||
			!(annotationFields as readonly string[]).includes(pair.key.value)
		) {
			continue; // keys a person added are kept as they are
		}
		const field = pair.key.value as AnnotationField;
		const keyStart = pair.key.range![0];
		let valueNode: unknown = pair.value;
		if (isAlias(valueNode)) {
			valueNode = valueNode.resolve(doc);
			if (valueNode === undefined) {
				// Never read as empty: the file is refused (see yamlHazards), this is a second guard.
				const range = (pair.value as { range?: [number, number, number] }).range ?? pair.key.range!;
				problems.push({ message: `"${field}" is an alias to no anchor`, offset: range[0], length: range[1] - range[0] });
				return undefined;
			}
		}
		if (valueNode !== null && valueNode !== undefined && !isScalar(valueNode)) {
			const range = (valueNode as { range?: [number, number, number] }).range ?? pair.key.range!;
			problems.push({ message: `"${field}" must be a single value`, offset: range[0], length: range[1] - range[0] });
			return undefined;
		}
		const scalar = valueNode as Scalar | null;
		// A missing value (`note:`) has no node; its empty range sits after the colon.
		const own = isScalar(pair.value)
			? pair.value.range!
			: isAlias(pair.value)
				? pair.value.range!
				: [pair.key.range![1] + 1, pair.key.range![1] + 1, 0];
		values[field] = scalar?.value ?? null;
		fields[field] = { keyStart: keyStart - slotStart, valueStart: own[0] - slotStart, valueEnd: own[1] - slotStart };
	}
	const at = (field: AnnotationField) => {
		const location = fields[field];
		return location ? { offset: slotStart + location.keyStart, length: field.length } : { offset: map.range![0], length: 1 };
	};
	const fail = (field: AnnotationField, message: string) => {
		problems.push({ message, ...at(field) });
		return undefined;
	};
	const str = (field: AnnotationField): string | undefined => (typeof values[field] === 'string' ? (values[field] as string) : undefined);
	const id = str('id');
	if (!id || !/^[A-Za-z0-9_-]+$/.test(id)) {
		return fail('id', 'an annotation needs an "id" of letters, digits, "-" or "_"');
	}
	const tag = str('tag');
	if (!tag) {
		return fail('tag', `annotation ${id} needs a "tag"`);
	}
	const text = str('text');
	if (text === undefined) {
		return fail('text', `annotation ${id} needs its passage as "text"`);
	}
	const start = values.start;
	const end = values.end;
	if (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0) {
		return fail('start', `annotation ${id}: "start" must be a whole number ≥ 0`);
	}
	if (typeof end !== 'number' || !Number.isSafeInteger(end) || end < start) {
		return fail('end', `annotation ${id}: "end" must be a whole number ≥ start`);
	}
	for (const field of ['before', 'after', 'note', 'created', 'coder'] as const) {
		const value = values[field];
		if (value !== undefined && value !== null && typeof value !== 'string') {
			return fail(field, `annotation ${id}: "${field}" must be text`);
		}
	}
	const note = str('note');
	const coder = str('coder');
	const annotation: Annotation = {
		id,
		tag,
		text,
		start,
		end,
		before: str('before') ?? '',
		after: str('after') ?? '',
		...(note !== undefined ? { note } : {}),
		created: str('created') ?? '',
		...(coder !== undefined ? { coder } : {}),
	};
	return { annotation, fields };
}

export type SlotChanges = Partial<{ [K in Exclude<AnnotationField, 'id'>]: Annotation[K] | undefined }>;

interface TextEdit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly field: AnnotationField;
	readonly kind: 'replace' | 'remove';
}

/** Applies changed values to a slot, touching only those values (and adding or removing `note`'s line). */
export function editSlot(slot: Slot, changes: SlotChanges, eol: string): Slot {
	const annotation = { ...slot.annotation, ...changes } as Annotation & { note?: string };
	if (annotation.note === undefined) {
		delete annotation.note;
	}
	const edits: TextEdit[] = [];
	let appended = '';
	for (const field of Object.keys(changes) as (keyof SlotChanges)[]) {
		const value = changes[field];
		const location = slot.fields[field];
		if (value !== undefined && location) {
			const old = slot.text.slice(location.valueStart, location.valueEnd);
			if (old !== renderValue(field, value)) {
				// A value written as a block scalar (`|`) ends with its line break: keep that break.
				const keepBreak = /(\r?\n)+$/.exec(old)?.[0] ?? '';
				const gap = location.valueStart === location.valueEnd && slot.text[location.valueStart - 1] === ':' ? ' ' : '';
				edits.push({
					start: location.valueStart,
					end: location.valueEnd - keepBreak.length,
					text: gap + renderValue(field, value),
					field,
					kind: 'replace',
				});
			}
		} else if (value !== undefined) {
			appended += `${' '.repeat(slot.keyIndent)}${field}: ${renderValue(field, value)}${eol}`;
		} else if (location) {
			const lineStart = slot.text.lastIndexOf('\n', location.keyStart - 1) + 1;
			const breakAt = slot.text.indexOf('\n', Math.max(location.valueEnd - 1, location.keyStart));
			edits.push({ start: lineStart, end: breakAt < 0 ? slot.text.length : breakAt + 1, text: '', field, kind: 'remove' });
		}
	}
	if (edits.length === 0 && appended === '') {
		return { ...slot, annotation };
	}
	if (slot.flow && (appended !== '' || edits.some(edit => edit.kind === 'remove'))) {
		return rewriteFlowSlot(slot, changes, annotation);
	}
	edits.sort((a, b) => a.start - b.start);
	let text = '';
	let cursor = 0;
	for (const edit of edits) {
		text += slot.text.slice(cursor, edit.start) + edit.text;
		cursor = edit.end;
	}
	text += slot.text.slice(cursor);
	if (appended !== '') {
		text += (text === '' || text.endsWith('\n') ? '' : eol) + appended;
	}
	if (appended !== '' || edits.some(edit => edit.kind === 'remove')) {
		return reindexSlot(text, annotation, slot.keyIndent, false);
	}
	return { ...slot, text, annotation, fields: shiftedFields(slot.fields, edits) };
}

/** Field locations after value replacements, by adding up the length changes before each offset. */
function shiftedFields(fields: Slot['fields'], edits: readonly TextEdit[]): Slot['fields'] {
	const shift = (offset: number) => {
		let delta = 0;
		for (const edit of edits) {
			if (edit.start < offset && edit.end <= offset) {
				delta += edit.text.length - (edit.end - edit.start);
			}
		}
		return offset + delta;
	};
	const result: Partial<Record<AnnotationField, FieldLocation>> = {};
	for (const [field, location] of Object.entries(fields) as [AnnotationField, FieldLocation][]) {
		const replaced = edits.find(edit => edit.field === field);
		const valueStart = shift(location.valueStart);
		result[field] = replaced
			? {
					keyStart: shift(location.keyStart),
					valueStart: valueStart + (replaced.text.startsWith(' ') && location.valueStart === location.valueEnd ? 1 : 0),
					valueEnd: valueStart + replaced.text.length + (location.valueEnd - replaced.end),
				}
			: { keyStart: shift(location.keyStart), valueStart, valueEnd: shift(location.valueEnd) };
	}
	return result;
}

/** Re-reads field locations after a structural change of one slot, by parsing that slot alone. */
function reindexSlot(text: string, annotation: Annotation, keyIndent: number, flow: boolean): Slot {
	const doc = parseDocument(text);
	const item = (doc.contents as { items?: unknown[] } | null)?.items?.[0];
	const problems: ItemProblem[] = [];
	const read = readItem(item, doc, 0, problems);
	if (!read || doc.errors.length > 0) {
		throw new Error(`internal error: an edited sidecar item does not parse: ${doc.errors[0]?.message ?? problems[0]?.message}`);
	}
	return { text, annotation, fields: read.fields, keyIndent, flow };
}

/** Adds or removes a field of a flow-style item through the Document API, on this item's text alone. */
function rewriteFlowSlot(slot: Slot, changes: SlotChanges, annotation: Annotation): Slot {
	const doc = parseDocument(slot.text);
	const item = (doc.contents as { items?: unknown[] } | null)?.items?.[0];
	if (!isMap(item)) {
		throw new Error('internal error: a sidecar slot holds no mapping');
	}
	for (const [field, value] of Object.entries(changes)) {
		if (value === undefined) {
			item.delete(field);
		} else {
			// Double-quoted like every value the sidecar writes: a plain `:` or `#` would not read back.
			const node = doc.createNode(value) as Scalar;
			if (typeof value === 'string' && field !== 'tag') {
				node.type = 'QUOTE_DOUBLE';
			}
			item.set(field, node);
		}
	}
	const indent = /^( *)- /m.exec(slot.text)?.[1] ?? '';
	const eol = slot.text.includes('\r\n') ? '\r\n' : '\n';
	const text = doc.toString({ lineWidth: 0 }).split('\n').map(line => line === '' ? line : indent + line).join(eol);
	return reindexSlot(text, annotation, slot.keyIndent, true);
}
