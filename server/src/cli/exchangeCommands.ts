/** `seed export --format qdpx|qdc` (and `seed import`, see `importCommand.ts`): REFI-QDA on the command line. */
import type { SeedToExport } from '../core/annotations/export/savedSources';
import { readExchangeProject, writeQdc, writeQdpx } from '../core/exchange/projectExport';
import { withCoderSidecars } from '../node/coderSidecars';
import { NodeFileSystem } from '../node/nodeFileSystem';
import type { CommandOutput } from './commandOutput';
import { writeOutputFile } from './outputFile';

export async function exchangeExport(format: 'qdpx' | 'qdc', seeds: readonly SeedToExport[], codebookText: string | undefined,
	out: string | undefined, output: CommandOutput): Promise<number> {
	const read = await readExchangeProject(new NodeFileSystem(), await withCoderSidecars(seeds), codebookText);
	read.problems.forEach(problem => output.error(`seed export: ${problem}`));
	if (read.orphaned > 0) {
		const annotations = read.orphaned === 1 ? '1 annotation was' : `${read.orphaned} annotations were`;
		output.error(`seed export: ${annotations} left out: the passage is no longer in the saved text`);
	}
	if (format === 'qdc') {
		let xml: string;
		try {
			xml = writeQdc(read.project);
		} catch (error) {
			output.error(`seed export: ${(error as Error).message}`);
			return 1;
		}
		if (out !== undefined) {
			await writeOutputFile(out, xml);
		} else if (output.raw) {
			output.raw(xml);
		} else {
			output.write(xml);
		}
		return read.problems.length > 0 ? 1 : 0;
	}
	const bytes = writeQdpx(read.project);
	await writeOutputFile(out!, bytes);
	const selections = read.project.sources.reduce((total, source) => total + source.selections.length, 0);
	output.error(`seed export: wrote ${out}: ${read.project.sources.length} sources, ${selections} codings`);
	return read.problems.length > 0 ? 1 : 0;
}
