/**
 * Stable GUIDs for REFI-QDA exports: the same annotation, code, user, source or note gets the same
 * GUID on every export, so two exports of the same corpus diff cleanly. Each is a name-based UUID
 * (RFC 9562 version 5: SHA-1 of a namespace and a name) of what identifies the thing in Seed
 * Annotator: `code:actor/state`, `user:alice`, `source:seeds/a.txt`, `selection:seeds/a.txt:a-8mvfbdl3`.
 *
 * A selection's GUID also carries the annotation id back: for the ids Seed Annotator makes (`a-`
 * and eight base-36 characters, 41 bits), the last 12 hex digits are the id's number and the rest
 * is the hash, so an import finds the id again (`annotationIdFromGuid`) and checks it against the
 * hash — a GUID from another tool never passes for one of ours.
 */
import { createHash } from 'node:crypto';

/** The namespace of Seed Annotator's name-based UUIDs (a UUID of its own, fixed forever). */
const namespace = Buffer.from('6f1d7c1e5b2a4d8e9c3f0a7b2e4d6c81', 'hex');

export function stableGuid(name: string): string {
	const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	return formatGuid(hash.subarray(0, 16).toString('hex'));
}

const standardId = /^a-[0-9a-z]{8}$/;

/** Ids the selection GUID carries itself; others travel in the selection's name (`qdeWriter.ts`). */
export function isReversibleId(id: string): boolean {
	return standardId.test(id);
}

/** The GUID of an annotation's selection in a source; reversible for standard ids. */
export function selectionGuid(sourceName: string, annotationId: string): string {
	const hashed = stableGuid(`selection:${sourceName}:${annotationId}`);
	if (!standardId.test(annotationId)) {
		return hashed;
	}
	const number = parseInt(annotationId.slice(2), 36).toString(16).padStart(12, '0');
	return hashed.slice(0, 24) + number;
}

/**
 * The annotation id a selection GUID of ours carries; undefined for any other GUID. `label` (the
 * selection's name) may name an id the GUID cannot carry, `… [id: x]`, which the GUID then confirms.
 */
export function annotationIdFromGuid(sourceName: string, guid: string, label?: string): string | undefined {
	const normal = normalizeGuid(guid);
	const named = label && / \[id: ([A-Za-z0-9_-]+)\]$/.exec(label)?.[1];
	if (named && selectionGuid(sourceName, named) === normal) {
		return named;
	}
	const number = parseInt(normal.slice(24), 16);
	if (!Number.isSafeInteger(number) || number >= 36 ** 8) {
		return undefined;
	}
	const id = `a-${number.toString(36).padStart(8, '0')}`;
	return selectionGuid(sourceName, id) === normal ? id : undefined;
}

/** A GUID as compared and written here: lower case, no braces (`{…}` is the schema's other form). */
export function normalizeGuid(guid: string): string {
	if (guid.length === 36 && isNormalGuid(guid)) {
		return guid;
	}
	return guid.trim().replace(/^\{(.*)\}$/, '$1').toLowerCase();
}

/**
 * The GUID normalized, or undefined when `value` is not one (by `guidPattern`). A GUID already in
 * the normal form, as Seed Annotator and most suites write it, is checked without a regular
 * expression or a copy: a project holds tens of thousands.
 */
export function readGuid(value: string): string | undefined {
	if (value.length === 36 && isNormalGuid(value)) {
		return value;
	}
	return guidPattern.test(value) ? normalizeGuid(value) : undefined;
}

function isNormalGuid(value: string): boolean {
	for (let i = 0; i < 36; i++) {
		const code = value.charCodeAt(i);
		if (i === 8 || i === 13 || i === 18 || i === 23) {
			if (code !== 0x2d) {
				return false;
			}
		} else if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66))) {
			return false;
		}
	}
	return true;
}

export const guidPattern = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

function formatGuid(hex: string): string {
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
