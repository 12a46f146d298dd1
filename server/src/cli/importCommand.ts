/**
 * `seed import FILE.qdpx --into DIR [--overwrite] [--positions codepoints|utf16] [--codebook FILE]`:
 * a REFI-QDA project becomes seeds, sidecars and codebook entries in DIR, all or nothing, with a
 * report of what was imported and what was skipped and why.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ExchangeError } from '../core/exchange/archive';
import { formatImportReport, planImport } from '../core/exchange/projectImport';
import { existingFilesIn, writeImportPlan } from '../node/importPlanWriter';
import type { CommandOutput } from './commandOutput';

export const importUsage = `import FILE.qdpx --into DIR [--overwrite] [--positions codepoints|utf16]
        [--codebook FILE] [--json]      a REFI-QDA project into seeds, sidecars and the codebook
                                        (nothing is overwritten without --overwrite)`;

export async function importCommand(args: readonly string[], output: CommandOutput): Promise<number> {
	const files: string[] = [];
	let into: string | undefined;
	let codebook: string | undefined;
	let positions: 'codepoints' | 'utf16' = 'codepoints';
	let overwrite = false;
	let json = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--into' || arg === '--codebook' || arg === '--positions') {
			const value = args[++i];
			if (value === undefined || value.startsWith('--')) {
				output.error(`seed import: ${arg} needs a value`);
				return 2;
			}
			if (arg === '--into') into = value;
			else if (arg === '--codebook') codebook = value;
			else if (value === 'codepoints' || value === 'utf16') positions = value;
			else {
				output.error(`seed import: --positions takes codepoints or utf16, not ${value}`);
				return 2;
			}
		} else if (arg === '--overwrite') {
			overwrite = true;
		} else if (arg === '--json') {
			json = true;
		} else if (arg.startsWith('--')) {
			output.error(`seed import: unknown option ${arg}\n\nUsage: seed ${importUsage}`);
			return 2;
		} else {
			files.push(arg);
		}
	}
	if (files.length !== 1 || into === undefined) {
		output.error(`seed import: give one project file and --into DIR\n\nUsage: seed ${importUsage}`);
		return 2;
	}
	const [file] = files;
	const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
		output.error(`seed import: cannot read ${file}: ${error.code ?? error.message}`);
		return undefined;
	});
	if (!bytes) {
		return 1;
	}
	const target = path.resolve(into);
	const codebookPath = codebook === undefined ? undefined : path.relative(target, path.resolve(codebook)).split(path.sep).join('/');
	if (codebookPath !== undefined && (codebookPath.startsWith('..') || path.isAbsolute(codebookPath))) {
		output.error(`seed import: the codebook ${codebook} must be inside ${into}`);
		return 2;
	}
	try {
		const options = { overwrite, positions, ...(codebookPath ? { codebookPath } : {}) };
		const plan = await planImport(bytes, path.basename(file), existingFilesIn(target), options);
		const written = await writeImportPlan(target, plan.files);
		if (json) {
			output.write(JSON.stringify({ ...plan.report, written }, undefined, 2));
		} else {
			output.write(formatImportReport(plan.report, written));
		}
		return 0;
	} catch (error) {
		const message = error instanceof ExchangeError ? error.message : `${(error as Error).message}; nothing was imported`;
		output.error(`seed import: ${message}`);
		return 1;
	}
}
