/**
 * What every export reads: a text and its anchored annotations.
 *
 * Exports count positions in Unicode code points, not in the sidecar's UTF-16 code units: that is
 * what brat and the W3C model specify, and what Python's `str` (where most analysis happens)
 * indexes by, so `text[start:end]` works on the file read with `newline=''` (CRLF kept; a BOM, if
 * the file has one, is not part of the text).
 *
 * Exports read the seeds and sidecars as saved on disk (`savedSources.ts`), never an editor's
 * unsaved text: an export's offsets must fit the file a reader opens. Each format says so in its
 * header (`exportedTexts`).
 */
import type { Annotation } from '../annotation';
import { codePointCounter } from '../codePoints';

export interface ExportSource {
	/** How the seed is named in the export: a workspace-relative path such as `seeds/000_x.txt`. */
	readonly seed: string;
	/** The seed's URI, the W3C target's `source`. */
	readonly uri: string;
	/** The text as saved (UTF-8 decoded, a byte-order mark dropped). */
	readonly text: string;
	/** Annotations anchored in `text` (orphans left out by the caller); positions in UTF-16 code units. */
	readonly annotations: readonly Annotation[];
	/** Whose annotations these are (`seed.annotations.coder`); absent in single-coder mode. */
	readonly coder?: string;
}

/** What the exports say about the texts they were made from (in each format's header). */
export const exportedTexts = 'the seeds and sidecars as saved on disk (unsaved editor changes are not exported)';

/** How positions are counted, for the same headers. */
export const exportedPositions = 'Unicode code points counted from 0 (end exclusive)';

export interface ExportedAnnotation {
	readonly annotation: Annotation;
	/** Code-point offsets. */
	readonly start: number;
	readonly end: number;
}

/** The source's annotations in position order, with code-point offsets. */
export function inCodePoints(source: ExportSource): ExportedAnnotation[] {
	const toCodePoints = codePointCounter(source.text);
	return [...source.annotations]
		.sort((a, b) => a.start - b.start || a.end - b.end)
		.map(annotation => ({ annotation, start: toCodePoints(annotation.start), end: toCodePoints(annotation.end) }));
}
