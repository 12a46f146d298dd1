/**
 * What an import writes besides the seeds: sidecars made from imported selections and the
 * codebook with the imported codes merged in (same name = same tag; an existing entry is kept as it
 * is unless the import may overwrite).
 */
import { isScalar, parseDocument, type Pair } from 'yaml';
import { compareByPosition, type Annotation } from '../annotations/annotation';
import { codebookTagsMap, newCodebookText, parseCodebook } from '../annotations/codebook';
import { newSidecarText } from '../annotations/sidecar';
import { renderSlot } from '../annotations/sidecarSlot';

/** A sidecar as tagging would write it; `coder` puts the top-level `coder:` field in. */
export function importedSidecarText(seedFileName: string, annotations: readonly Annotation[], coder?: string): string {
	const template = newSidecarText(seedFileName);
	const sorted = [...annotations].sort(compareByPosition);
	const items = sorted.map(annotation => renderSlot(annotation, 2, '\n').text).join('');
	const list = sorted.length === 0 ? 'annotations: []\n' : `annotations:\n${items}`;
	const text = template.replace('annotations: []\n', list);
	return coder === undefined ? text : text.replace(/^version: /m, `coder: ${coder}\nversion: `);
}

export interface CodebookEntry {
	readonly name: string;
	readonly description?: string;
	/** `#rrggbb` */
	readonly color?: string;
}

export interface CodebookMerge {
	/** The new codebook text; undefined when nothing changes. */
	readonly text: string | undefined;
	readonly added: string[];
	/** Tags the codebook has already, with another description or colour, kept as they are. */
	readonly kept: string[];
	readonly replaced: string[];
}

export function mergeIntoCodebook(existing: string | undefined, entries: readonly CodebookEntry[], overwrite: boolean): CodebookMerge {
	const source = existing === undefined || existing.trim() === '' ? newCodebookText() : existing;
	const parsed = parseCodebook(source);
	const blocking = parsed.problems.find(problem => problem.severity === 'error');
	if (blocking) {
		throw new Error(`the codebook has an error and is left untouched: ${blocking.message} (line ${blocking.range.start.line + 1})`);
	}
	const known = new Map(parsed.tags.map(tag => [tag.name, tag]));
	const doc = parseDocument(source);
	const map = codebookTagsMap(doc);
	const added: string[] = [];
	const kept: string[] = [];
	const replaced: string[] = [];
	for (const entry of entries) {
		const value = {
			...(entry.description !== undefined ? { description: entry.description } : {}),
			...(entry.color ? { color: entry.color } : {}),
		};
		const current = known.get(entry.name);
		if (current) {
			const same = (current.description ?? undefined) === entry.description && (current.color ?? undefined) === entry.color;
			if (same || (entry.description === undefined && entry.color === undefined)) {
				continue;
			}
			if (!overwrite) {
				kept.push(entry.name);
				continue;
			}
			const keyOf = (item: Pair) => (isScalar(item.key) ? String(item.key.value) : String(item.key));
			const pair = (map.items as Pair[]).find(item => keyOf(item) === entry.name)!;
			pair.value = doc.createNode(value);
			replaced.push(entry.name);
			continue;
		}
		if (map.items.length === 0) {
			map.flow = false;
		}
		map.items.push(doc.createPair(entry.name, value));
		known.set(entry.name, { name: entry.name, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
		added.push(entry.name);
	}
	const changed = added.length > 0 || replaced.length > 0 || existing === undefined;
	const text = changed && (added.length > 0 || replaced.length > 0) ? doc.toString({ lineWidth: 0 }) : undefined;
	return { text, added, kept, replaced };
}
