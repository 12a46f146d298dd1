/**
 * `seed export [paths…] --format csv|jsonl|w3c|brat|qdpx|qdc [--out FILE] [--codebook FILE]
 * [--no-formula-escape]`: the server's `seed.export` on the command line, from the same core and
 * from the files as saved. Without `--out` the text formats go to standard output; brat with
 * `--out FOLDER` writes each seed's `.txt` and `.ann` and `annotation.conf` (a folder brat opens as
 * it is); qdpx needs `--out`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseCodebook } from '../core/annotations/codebook';
import { bratFiles, exportDocument, isAnnotationExportFormat } from '../core/annotations/export/exportFormats';
import { toBrat } from '../core/annotations/export/brat';
import { readSavedSources } from '../core/annotations/export/savedSources';
import { NodeFileSystem } from '../node/nodeFileSystem';
import type { CommandOutput } from './commandOutput';
import { findCodebook, seedsToExport } from './exportSeeds';
import { writeOutputFile } from './outputFile';

export const exportUsage = `export [paths…] --format csv|jsonl|w3c|brat|qdpx|qdc [--out FILE]
        [--codebook FILE] [--no-formula-escape]
                                        annotations of the seeds as saved (files or folders;
                                        default: .); brat --out FOLDER writes .txt, .ann and
                                        annotation.conf; qdpx (REFI-QDA project) needs --out`;

export interface ExportCommandOptions {
	readonly paths: readonly string[];
	readonly format: string | undefined;
	readonly out?: string;
	readonly codebook?: string;
	readonly formulaEscape: boolean;
}

export function parseExportArguments(args: readonly string[]): ExportCommandOptions | string {
	const paths: string[] = [];
	let format: string | undefined;
	let out: string | undefined;
	let codebook: string | undefined;
	let formulaEscape = true;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--format' || arg === '--out' || arg === '--codebook') {
			const value = args[++i];
			if (value === undefined || value.startsWith('--')) {
				return `${arg} needs a value`;
			}
			if (arg === '--format') format = value;
			else if (arg === '--out') out = value;
			else codebook = value;
		} else if (arg === '--no-formula-escape') {
			formulaEscape = false;
		} else if (arg.startsWith('--')) {
			return `unknown option ${arg}`;
		} else {
			paths.push(arg);
		}
	}
	return { paths, format, ...(out !== undefined ? { out } : {}), ...(codebook !== undefined ? { codebook } : {}), formulaEscape };
}

export async function exportCommand(args: readonly string[], output: CommandOutput): Promise<number> {
	const options = parseExportArguments(args);
	if (typeof options === 'string') {
		output.error(`seed export: ${options}\n\nUsage: seed ${exportUsage}`);
		return 2;
	}
	const format = options.format;
	if (!isAnnotationExportFormat(format) && format !== 'qdpx' && format !== 'qdc') {
		output.error(`seed export: --format takes csv, jsonl, w3c, brat, qdpx or qdc${format ? `, not ${format}` : ''}`);
		return 2;
	}
	if (format === 'qdpx' && options.out === undefined) {
		output.error('seed export: a REFI-QDA project is a zip file: give --out FILE.qdpx');
		return 2;
	}
	const found = await seedsToExport(options.paths);
	let failed = found.problems.length > 0;
	found.problems.forEach(problem => output.error(`seed export: ${problem}`));
	let codebookText: string | undefined;
	try {
		const codebookFile = await findCodebook(options.codebook, options.paths);
		codebookText = codebookFile === undefined ? undefined : await fs.readFile(codebookFile, 'utf8');
	} catch (error) {
		output.error(`seed export: ${(error as Error).message}`);
		return 1;
	}
	const codebook = codebookText === undefined ? undefined : parseCodebook(codebookText);
	if (format === 'qdpx' || format === 'qdc') {
		const { exchangeExport } = await import('./exchangeCommands');
		return await exchangeExport(format, found.seeds, codebookText, options.out, output) === 0 && !failed ? 0 : 1;
	}
	const saved = await readSavedSources(new NodeFileSystem(), found.seeds);
	saved.problems.forEach(problem => output.error(`seed export: ${problem}`));
	failed ||= saved.problems.length > 0;
	if (saved.orphaned > 0) {
		const annotations = saved.orphaned === 1 ? '1 annotation was' : `${saved.orphaned} annotations were`;
		output.error(`seed export: ${annotations} left out: the passage is no longer in the saved text (orphaned-annotation)`);
	}
	if (format === 'brat') {
		const codebookTags = codebook?.tags.map(tag => tag.name) ?? [];
		if (options.out !== undefined) {
			const files = bratFiles(saved.sources, { codebookTags, withTexts: true });
			for (const [name, content] of files) {
				await writeOutputFile(path.join(options.out, safeRelative(name)), content);
			}
			const seeds = saved.sources.length === 1 ? '1 seed' : `${saved.sources.length} seeds`;
			output.error(`seed export: wrote ${seeds} and annotation.conf to ${options.out}`);
		} else if (saved.sources.length === 1) {
			output.write(toBrat(saved.sources[0]).replace(/\n$/, ''));
		} else {
			output.write(JSON.stringify(Object.fromEntries(bratFiles(saved.sources, { codebookTags })), undefined, 2));
		}
		return failed ? 1 : 0;
	}
	const content = exportDocument(format, saved.sources, { formulaEscape: options.formulaEscape });
	if (options.out !== undefined) {
		await writeOutputFile(options.out, content);
	} else if (output.raw) {
		output.raw(content);
	} else {
		output.write(content.replace(/\r?\n$/, ''));
	}
	return failed ? 1 : 0;
}

/** An export name as a path under the output folder: absolute names keep only their file name. */
function safeRelative(name: string): string {
	return name.startsWith('/') || /^[a-zA-Z]:/.test(name) ? path.basename(name) : name;
}
