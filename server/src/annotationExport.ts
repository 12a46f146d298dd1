/** `seed.export`: annotations as CSV, JSONL, W3C Web Annotations or brat, from the files as saved. */
import { URI } from 'vscode-uri';
import { AnnotationCommandError } from './annotationCommandError';
import { annotationExportFormats, type AnnotationExportFormat } from './core/annotations/export/exportFormatNames';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';
import type { SidecarLimits } from './core/annotations/sidecar';
import type { SidecarStore } from './core/annotations/sidecarStore';
import { loadExchange } from './exchangeLoader';
import type { ExportArgs } from './protocol/commands';

export interface AnnotationExportContext {
	readonly store: SidecarStore;
	readonly fileSystem: AnnotationFileSystem;
	readonly limits?: SidecarLimits;
	/** Every seed of the workspace (URI strings): exported when `uris` is not given. */
	readonly listSeeds: () => AsyncIterable<string>;
	/** A seed's path relative to its workspace folder, as exports name it. */
	readonly relativePath: (uri: string) => string;
	/** The current coder, whose files the store reads; every format says whose they are. */
	readonly coder?: () => string | undefined;
	/** The codebook's tag names, for brat's annotation.conf. */
	readonly codebookTags: () => Promise<string[]>;
}

/**
 * The exported content, read from the seeds and sidecars as saved on disk (`savedSources.ts`).
 * brat is one `.ann` per text: for one text the `.ann` content, for several a JSON object mapping
 * each `.ann` path (relative to the workspace) and `annotation.conf` to its content.
 * Orphaned annotations are left out (they have no position).
 */
export async function exportAnnotations(args: ExportArgs, context: AnnotationExportContext): Promise<string> {
	const format = args?.format;
	if (!annotationExportFormats.includes(format as AnnotationExportFormat)) {
		throw new AnnotationCommandError(`Unknown export format ${String(format)}: use csv, jsonl, w3c or brat.`);
	}
	const uris: string[] = [];
	if (args.uris) {
		uris.push(...args.uris);
	} else {
		for await (const uri of context.listSeeds()) {
			const state = await context.store.load(URI.parse(uri));
			if (state.kind === 'ok' && state.sidecar.annotations.length > 0) {
				uris.push(uri);
			}
		}
	}
	const seeds = uris.map(uri => ({ uri: URI.parse(uri), name: context.relativePath(uri) }));
	const { readSavedSources, exportDocument, toBrat, bratFiles } = loadExchange();
	const saved = await readSavedSources(context.fileSystem, seeds, {
		sidecarUriFor: uri => context.store.sidecarUri(uri),
		...(context.limits ? { limits: context.limits } : {}),
	});
	if (saved.problems.length > 0) {
		throw new AnnotationCommandError(`Cannot export: ${saved.problems.join('; ')}`);
	}
	// The current coder's own files were read (the store names them); every format says whose they are.
	const coder = context.coder?.();
	const sources = coder ? saved.sources.map(source => ({ ...source, coder })) : saved.sources;
	if (format !== 'brat') {
		return exportDocument(format, sources, { formulaEscape: args.formulaEscape ?? true });
	}
	if (sources.length === 1 && !args.bratConf) {
		return toBrat(sources[0]);
	}
	const codebookTags = await context.codebookTags();
	return JSON.stringify(Object.fromEntries(bratFiles(sources, { codebookTags })), undefined, 2);
}
