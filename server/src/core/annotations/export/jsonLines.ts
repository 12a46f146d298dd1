/**
 * JSON Lines export: a first line that describes the export (`{"export": "Seed Annotator", …}`),
 * then one JSON object per annotation and line. `start`/`end` are code points (see
 * `exportSource.ts`); `coder` is null in single-coder mode; `utf16Start`/`utf16End` are the sidecar's offsets, for JavaScript readers.
 */
import { exportedPositions, exportedTexts, inCodePoints, type ExportSource } from './exportSource';

/** The first line of every JSON Lines export; records are the lines that have a `seed`. */
export const jsonLinesHeader = { export: 'Seed Annotator', texts: exportedTexts, positions: exportedPositions };

export function toJsonLines(sources: readonly ExportSource[]): string {
	let output = JSON.stringify(jsonLinesHeader) + '\n';
	for (const source of sources) {
		for (const { annotation, start, end } of inCodePoints(source)) {
			output += JSON.stringify({
				seed: source.seed,
				id: annotation.id,
				tag: annotation.tag,
				text: annotation.text,
				start,
				end,
				utf16Start: annotation.start,
				utf16End: annotation.end,
				note: annotation.note ?? null,
				created: annotation.created || null,
				coder: source.coder ?? null,
			}) + '\n';
		}
	}
	return output;
}
