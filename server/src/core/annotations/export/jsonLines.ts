/**
 * JSON Lines export: one JSON object per annotation and line. `start`/`end` are code points (see
 * `exportSource.ts`); `coder` is null in single-coder mode; `utf16Start`/`utf16End` are the sidecar's offsets, for JavaScript readers.
 */
import { inCodePoints, type ExportSource } from './exportSource';

export function toJsonLines(sources: readonly ExportSource[]): string {
	let output = '';
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
