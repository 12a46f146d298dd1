/**
 * One entry point for the annotation exports, shared by the server's `seed.export` command and
 * the `seed export` command line: the same sources give the same bytes in both.
 */
import { bratAnnotationConf, toBrat } from './brat';
import { toCsv } from './csv';
import type { ExportSource } from './exportSource';
import { toJsonLines } from './jsonLines';
import { toWebAnnotations } from './webAnnotation';

import { annotationExportFormats, type AnnotationExportFormat } from './exportFormatNames';

export { annotationExportFormats, type AnnotationExportFormat };

export interface AnnotationExportOptions {
	/** CSV: prefix cells a spreadsheet would run as formulas (default true; see `csv.ts`). */
	readonly formulaEscape?: boolean;
	/** brat: the codebook's tag names, declared in `annotation.conf` with the tags in use. */
	readonly codebookTags?: readonly string[];
}

export function isAnnotationExportFormat(format: unknown): format is AnnotationExportFormat {
	return (annotationExportFormats as readonly unknown[]).includes(format);
}

/** The content of a single-file format (csv, jsonl, w3c). */
export function exportDocument(format: Exclude<AnnotationExportFormat, 'brat'>, sources: readonly ExportSource[],
	options: AnnotationExportOptions = {}): string {
	switch (format) {
		case 'csv': return toCsv(sources, { formulaEscape: options.formulaEscape ?? true });
		case 'jsonl': return toJsonLines(sources);
		case 'w3c': return toWebAnnotations(sources);
	}
}

/**
 * brat's files, by path relative to the export folder: `name.ann` (and `name.txt`, the saved text
 * without a byte-order mark, which brat would count as a character) beside each other under the
 * seed's path, and `annotation.conf` at the top.
 */
export function bratFiles(sources: readonly ExportSource[],
	options: AnnotationExportOptions & { withTexts?: boolean } = {}): Map<string, string> {
	const files = new Map<string, string>();
	const tags = new Set(options.codebookTags ?? []);
	for (const source of sources) {
		const base = source.seed.replace(/\.[^./]*$/, '');
		files.set(`${base}.ann`, toBrat(source));
		if (options.withTexts) {
			files.set(`${base}.txt`, source.text);
		}
		for (const annotation of source.annotations) {
			tags.add(annotation.tag);
		}
	}
	files.set('annotation.conf', bratAnnotationConf(tags));
	return files;
}
