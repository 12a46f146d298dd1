/**
 * A fast reader for sidecars in the layout Seed Annotator writes: comment lines, `version: 1`, a
 * coder's `coder: NAME`, `annotations:`, then one block item per annotation with plain ids and
 * tags, whole numbers and double-quoted text. It finds the same slots as the `yaml` parse (a sidecar of 10,000
 * annotations in a few tens of milliseconds instead of a second) and gives up — undefined — on
 * anything else: comments between items, other keys, aliases, CRLF, flow style, any value or
 * character it does not read exactly as YAML would. The full parse then reads the file, and
 * reports its problems; a sidecar this reader accepts holds no problem the full parse would find.
 */
import type { Annotation } from './annotation';
import { annotationFields, type AnnotationField, type FieldLocation, type Slot } from './sidecarSlot';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps';

export interface FastSidecarParts {
	readonly prefix: string;
	readonly slots: readonly Slot[];
	readonly colonEnd: number;
	readonly dashIndent: number;
}

const ITEM_START = '  - ';
const KEY_INDENT = '    ';
/** Characters a YAML reader refuses or reads otherwise than JSON does (controls but tab, DEL, C1, BOM, non-characters, line separators). */
const UNREAD_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** A plain scalar every YAML reader reads as this string (as `plainOrQuoted` writes it). */
const PLAIN = /^[A-Za-z][A-Za-z0-9_\-.]*(\/[A-Za-z0-9_\-.]+)*$/;
const RESERVED = /^(y|n|yes|no|on|off|true|false|null)$/i;
const WHOLE_NUMBER = /^(0|[1-9][0-9]{0,15})$/;
const ID = /^[A-Za-z0-9_-]+$/;
/** Each field's bit, to tell a repeated field cheaply. */
const FIELD_BITS: ReadonlyMap<string, number> = new Map(annotationFields.map((field, index) => [field, 1 << index]));

/** `coder: NAME` as a coder's sidecar starts (`name.<coder>.tags.yaml`), with a name YAML reads as a plain string. */
function isCoderLine(line: string): boolean {
	const name = /^coder: ([A-Za-z0-9_-]+)$/.exec(line)?.[1];
	return name !== undefined && PLAIN.test(name) && !RESERVED.test(name);
}

export function readCanonicalSidecar(text: string): FastSidecarParts | undefined {
	return runToEnd(readCanonicalSidecarInSteps(text));
}

/** The same, pausing every few hundred items (see `core/steps.ts`). */
export function* readCanonicalSidecarInSteps(text: string): Steps<FastSidecarParts | undefined> {
	if (text.includes('\r') || UNREAD_CHARACTERS.test(text) || !text.endsWith('\n')) return undefined;
	// The part before the list: comment lines, `version: 1`, and `annotations:` last.
	let offset = 0;
	let version = false;
	let coder = false;
	let colonEnd = -1;
	while (colonEnd < 0) {
		const lineEnd = text.indexOf('\n', offset);
		if (lineEnd < 0) return undefined;
		const line = text.slice(offset, lineEnd);
		if (line === 'version: 1' && !version) version = true;
		else if (version && !coder && isCoderLine(line)) coder = true;
		else if (line === 'annotations:' && version) colonEnd = lineEnd;
		else if (!line.startsWith('#')) return undefined;
		offset = lineEnd + 1;
	}
	const prefixEnd = offset;
	const slots: Slot[] = [];
	const ids = new Set<string>();
	while (offset < text.length) {
		if (slots.length % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
		const slot = readItem(text, offset);
		if (!slot || ids.has(slot.annotation.id)) return undefined;
		ids.add(slot.annotation.id);
		slots.push(slot);
		offset += slot.text.length;
	}
	if (slots.length === 0) return undefined;
	return { prefix: text.slice(0, prefixEnd), slots, colonEnd, dashIndent: 2 };
}

/** One item from `start` (a `  - ` line) through its last field line. */
function readItem(text: string, start: number): Slot | undefined {
	if (!text.startsWith(ITEM_START, start)) return undefined;
	const fields: Partial<Record<AnnotationField, FieldLocation>> = {};
	const values: Partial<Record<AnnotationField, string | number>> = {};
	let offset = start;
	let seen = 0;
	for (let first = true; first || text.startsWith(KEY_INDENT, offset); first = false) {
		const lineEnd = text.indexOf('\n', offset);
		const keyStart = offset + 4;
		// `key: value`, the key one of the fields (all lower-case letters), read without a regular expression.
		const colon = text.indexOf(': ', keyStart);
		if (colon < 0 || colon > lineEnd) return undefined;
		const key = text.slice(keyStart, colon);
		const bit = FIELD_BITS.get(key);
		if (bit === undefined || (seen & bit) !== 0) return undefined;
		seen |= bit;
		const field = key as AnnotationField;
		const value = readValue(field, text.slice(colon + 2, lineEnd));
		if (value === undefined) return undefined;
		values[field] = value;
		const valueStart = keyStart + field.length + 2;
		fields[field] = { keyStart: keyStart - start, valueStart: valueStart - start, valueEnd: lineEnd - start };
		offset = lineEnd + 1;
	}
	const annotation = annotationOf(values);
	return annotation && { text: text.slice(start, offset), annotation, fields, keyIndent: 4, flow: false };
}

function readValue(field: AnnotationField, written: string): string | number | undefined {
	if (field === 'start' || field === 'end') return WHOLE_NUMBER.test(written) ? Number(written) : undefined;
	if (written.startsWith('"')) {
		if (!written.endsWith('"') || written.length < 2) return undefined;
		const inner = written.slice(1, -1);
		// Nothing to unescape (no backslash, quote or tab, which JSON refuses raw): the characters themselves.
		if (!/["\\\t]/.test(inner)) return inner;
		try {
			const value: unknown = JSON.parse(written);
			return typeof value === 'string' ? value : undefined;
		} catch {
			return undefined;
		}
	}
	return (field === 'id' || field === 'tag') && PLAIN.test(written) && !RESERVED.test(written) ? written : undefined;
}

/** The annotation, when every field the full reader checks is there and right; else undefined (the full reader says why). */
function annotationOf(values: Partial<Record<AnnotationField, string | number>>): Annotation | undefined {
	const { id, tag, text, start, end, before, after, note, created } = values;
	if (typeof id !== 'string' || !ID.test(id) || typeof tag !== 'string' || tag === '' || typeof text !== 'string') return undefined;
	if (typeof start !== 'number' || typeof end !== 'number' || !Number.isSafeInteger(end) || end < start) return undefined;
	for (const value of [before, after, note, created]) if (value !== undefined && typeof value !== 'string') return undefined;
	return {
		id, tag, text, start, end,
		before: (before as string | undefined) ?? '',
		after: (after as string | undefined) ?? '',
		...(note !== undefined ? { note: note as string } : {}),
		created: (created as string | undefined) ?? '',
	};
}
