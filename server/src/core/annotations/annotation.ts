/**
 * What a saved tag is. Offsets are UTF-16 code units into the text as the editor holds it (LSP's
 * unit; a BOM is not part of that text, and a CRLF line break counts as two), half-open `[start, end)`.
 */
import { clampToCodePoint } from './codePoints';

export interface Annotation {
	/** Stable for the annotation's whole life: `a-` followed by base-36 letters and digits. */
	readonly id: string;
	/** A codebook tag, hierarchical with `/`: `actor/state`. */
	readonly tag: string;
	/** The exact passage, `documentText.slice(start, end)` when it was last anchored. */
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** Up to `contextLength` code units just before the passage, to find it again after outside edits. */
	readonly before: string;
	/** Up to `contextLength` code units just after the passage. */
	readonly after: string;
	readonly note?: string;
	/** ISO 8601 time of tagging. */
	readonly created: string;
	/** In the consensus file (`name.tags.yaml` beside coders' files): the coder whose annotation adjudication accepted. */
	readonly coder?: string;
}

/** How much text around a passage is stored to re-anchor it. */
export const contextLength = 32;

export interface Context {
	readonly before: string;
	readonly after: string;
}

export function contextAround(documentText: string, start: number, end: number): Context {
	// Never cut an emoji in half at the outer edges of the context.
	return {
		before: documentText.slice(clampToCodePoint(documentText, Math.max(0, start - contextLength), 'forward'), start),
		after: documentText.slice(end, clampToCodePoint(documentText, end + contextLength, 'backward')),
	};
}

/** Re-reads passage and context from the text at the annotation's (new) position. */
export function withPosition(annotation: Annotation, documentText: string, start: number, end: number): Annotation {
	return { ...annotation, start, end, text: documentText.slice(start, end), ...contextAround(documentText, start, end) };
}

/** `a-` + 8 base-36 characters: short enough to read in a diff, 2.8e12 values so collisions are negligible. */
export function createAnnotationId(random: () => number = Math.random): string {
	let id = '';
	for (let i = 0; i < 8; i++) {
		id += Math.floor(random() * 36).toString(36);
	}
	return `a-${id}`;
}

export function compareByPosition(a: Annotation, b: Annotation): number {
	return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const tagSegment = /^[\p{L}\p{N}][\p{L}\p{N}_\-.]*$/u;

/**
 * Tags are `/`-separated segments of letters, digits, `_`, `-` and `.` (no spaces), so that they
 * read the same in YAML, CSV and brat. Returns why a name is refused, or undefined when it is fine.
 */
export function tagNameProblem(tag: string): string | undefined {
	if (tag.length === 0) {
		return 'a tag name cannot be empty';
	}
	if (tag.length > 200) {
		return 'a tag name is limited to 200 characters';
	}
	for (const segment of tag.split('/')) {
		if (!tagSegment.test(segment)) {
			return `"${tag}" is not a valid tag: use segments of letters, digits, "_", "-" or "." separated by "/" (e.g. "actor/state")`;
		}
	}
	return undefined;
}
