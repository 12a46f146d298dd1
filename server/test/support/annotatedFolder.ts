/** A temporary workspace of seeds with sidecars written through the real sidecar code, for export tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { contextAround, type Annotation } from '../../src/core/annotations/annotation';
import { Sidecar } from '../../src/core/annotations/sidecar';

export interface PlannedAnnotation {
	readonly id: string;
	readonly tag: string;
	/** The passage: its first occurrence (after `from`, when given) in the text. */
	readonly passage: string;
	readonly from?: number;
	readonly note?: string;
	readonly created?: string;
}

/** The annotation of a planned passage in `text` (UTF-16 offsets, as sidecars keep them). */
export function annotationOf(text: string, plan: PlannedAnnotation): Annotation {
	const start = text.indexOf(plan.passage, plan.from ?? 0);
	if (start < 0) {
		throw new Error(`"${plan.passage}" is not in the text`);
	}
	const end = start + plan.passage.length;
	return {
		id: plan.id, tag: plan.tag, text: plan.passage, start, end, ...contextAround(text, start, end),
		...(plan.note !== undefined ? { note: plan.note } : {}), created: plan.created ?? '2026-11-21T06:00:00.000Z',
	};
}

/** The sidecar text for these annotations, as tagging writes it; `coder` adds the top-level field. */
export function sidecarText(seedFileName: string, annotations: readonly Annotation[], coder?: string): string {
	const text = annotations.reduce((sidecar, annotation) => sidecar.add(annotation), Sidecar.empty(seedFileName)).text;
	return coder === undefined ? text : text.replace(/^version: /m, `coder: ${coder}\nversion: `);
}

export interface FolderSeed {
	/** Relative to the folder: `seeds/a.txt`. */
	readonly file: string;
	/** Written as UTF-8; `bom` puts a byte-order mark in front. */
	readonly text: string;
	readonly bom?: boolean;
	readonly annotations?: readonly PlannedAnnotation[];
	/** Per-coder sidecars `name.<coder>.tags.yaml`. */
	readonly coders?: Readonly<Record<string, readonly PlannedAnnotation[]>>;
}

export function makeAnnotatedFolder(seeds: readonly FolderSeed[], codebook?: string, prefix = 'seed-export-'): string {
	const folder = mkdtempSync(path.join(tmpdir(), prefix));
	for (const seed of seeds) {
		const file = path.join(folder, seed.file);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, (seed.bom ? '\ufeff' : '') + seed.text);
		const base = file.replace(/\.[^./]*$/, '');
		if (seed.annotations) {
			writeFileSync(`${base}.tags.yaml`, sidecarText(path.basename(file), seed.annotations.map(plan => annotationOf(seed.text,
				plan))));
		}
		for (const [coder, plans] of Object.entries(seed.coders ?? {})) {
			writeFileSync(`${base}.${coder}.tags.yaml`, sidecarText(path.basename(file), plans.map(plan => annotationOf(seed.text, plan)),
				coder));
		}
	}
	if (codebook !== undefined) {
		mkdirSync(path.join(folder, 'seeds'), { recursive: true });
		writeFileSync(path.join(folder, 'seeds', 'codebook.yaml'), codebook);
	}
	return folder;
}
