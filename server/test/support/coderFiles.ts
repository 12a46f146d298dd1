/** Writing coders' sidecars (`name.<coder>.tags.yaml`) into a scratch folder, for agreement tests. */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { contextAround, type Annotation } from '../../src/core/annotations/annotation';
import { Sidecar } from '../../src/core/annotations/sidecar';

/** `[passage, tag, occurrence?]`: the passage's n-th occurrence in the text. */
export type Tagging = readonly [string, string, number?];

export function annotationsFor(text: string, taggings: readonly Tagging[], idPrefix: string): Annotation[] {
	return taggings.map(([passage, tag, occurrence = 0], index) => {
		let start = -1;
		for (let i = 0; i <= occurrence; i++) start = text.indexOf(passage, start + 1);
		if (start < 0) throw new Error(`"${passage}" is not in the text`);
		const end = start + passage.length;
		const created = '2026-12-07T10:00:00.000Z';
		return { id: `a-${idPrefix}${index}`, tag, text: passage, start, end, ...contextAround(text, start, end), created };
	});
}

/** Writes `name.<coder>.tags.yaml` beside `seedFile` with these taggings. */
export function writeCoderSidecar(seedFile: string, text: string, coder: string, taggings: readonly Tagging[]): string {
	const base = path.basename(seedFile).replace(/\.[^.]+$/, '');
	const empty = Sidecar.empty(path.basename(seedFile), undefined, coder);
	const sidecar = annotationsFor(text, taggings, coder).reduce((current, annotation) => current.add(annotation), empty);
	const file = path.join(path.dirname(seedFile), `${base}.${coder}.tags.yaml`);
	writeFileSync(file, sidecar.text);
	return file;
}
