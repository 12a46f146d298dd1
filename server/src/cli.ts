/**
 * The `seed` command line, on the same core as the language server.
 *   seed check [paths…] [--format text|json]
 *   seed outline PATH… [--format json|text]
 *   seed entities [paths…] [--format json|text] [--explain]
 *   seed export [paths…] --format csv|jsonl|w3c|brat|qdpx|qdc [--out FILE]
 *   seed import FILE.qdpx --into DIR [--overwrite]
 *   seed agreement [paths…] [--coders a,b] [--codes x,y] [--format text|json|csv] [--min-alpha X] [--per-code]
 *   seed stats [paths…] [--format text|json|csv] [filters]
 */
import { agreementCommand, agreementUsage } from './cli/agreementCommand';
import { checkCommand } from './cli/checkCommand';
import { processOutput, type CommandOutput } from './cli/commandOutput';
import { entitiesCommand } from './cli/entitiesCommand';
import { exportCommand, exportUsage } from './cli/exportCommand';
import { importCommand, importUsage } from './cli/importCommand';
import { outlineCommand } from './cli/outlineCommand';
import { statsCommand } from './cli/statsCommand';
import { createLexicon, type Lexicon } from './core/entities/lexicon/lexicon';
import { findLexiconDirectory, lexiconCandidates, loadCues, loadLexicon, type LexiconLoadResult } from './node/lexiconFiles';

const usage = `Usage: seed <command> [options]

Commands:
  check [paths…] [--format text|json]   check seeds (files or folders; default: .)
                                        exit status 1 when any error is found,
                                        2 when a path does not exist
  outline PATH… [--format json|text]    the outline of a seed (LSP DocumentSymbol[] as JSON);
                                        for a folder or several paths, [{file, symbols}] per seed
  entities [paths…] [--format json|text] [--explain]
                                        people, places, organisations and events per seed,
                                        with kind, canonical name and mention ranges;
                                        --explain adds each mention's rules (why it was found
                                        and got its kind), in text with a legend of the rules
  ${exportUsage}
  ${importUsage}
  ${agreementUsage}
  stats [paths…] [--format text|json|csv] [--table NAME] [--by week|month]
        [--code CODE]… [--coder NAME]… [--from DATE] [--to DATE] [--folder F] [--top N]
                                        the corpus overview: codes (hierarchy rolled up),
                                        code × seed matrix, co-occurrence, timeline by header
                                        date, seeds without a date, entities, coders; CSV prints
                                        one table (--table, default codes)

Options:
  --format text|json   output format
  -h, --help           show this help
  -v, --version        show the version`;

/**
 * `lexicon`: the one the entity commands detect with (the cue words alone, no names, places, demonyms or frequent words,
 * unless the caller loads the data files).
 */
export async function main(argv: readonly string[], output: CommandOutput = processOutput,
	lexicon: Lexicon = createLexicon({ cues: loadCues(findLexiconDirectory(lexiconCandidates(__dirname))) })): Promise<number> {
	const args = [...argv];
	if (args.includes('-v') || args.includes('--version')) {
		output.write('0.1.0');
		return 0;
	}
	const command = args.shift();
	if (!command || command === '-h' || command === '--help' || args.includes('--help') || args.includes('-h')) {
		output.write(usage);
		return command ? 0 : 2;
	}
	if (command === 'export') {
		return exportCommand(args, output); // its own options (--format csv|…, --out)
	}
	if (command === 'import') {
		return importCommand(args, output);
	}
	// agreement has options of its own (and a csv format).
	if (command === 'agreement') return agreementCommand(args, output);
	if (command === 'stats') return statsCommand(args, output, process.cwd(), lexicon); // its own options
	// `seed entities --explain`: the rules behind each mention.
	const explainIndex = command === 'entities' ? args.indexOf('--explain') : -1;
	if (explainIndex >= 0) args.splice(explainIndex, 1);
	const formatIndex = args.indexOf('--format');
	let format: string | undefined;
	if (formatIndex >= 0) {
		format = args[formatIndex + 1];
		args.splice(formatIndex, 2);
		if (format !== 'text' && format !== 'json') {
			output.error(`seed: --format takes text or json, not ${format ?? 'nothing'}`);
			return 2;
		}
	}
	const unknown = args.find((arg) => arg.startsWith('--'));
	if (unknown) {
		output.error(`seed: unknown option ${unknown}\n\n${usage}`);
		return 2;
	}
	switch (command) {
		case 'check':
			return checkCommand(args, (format as 'text' | 'json') ?? 'text', output);
		case 'outline':
			return outlineCommand(args, (format as 'text' | 'json') ?? 'json', output);
		case 'entities':
			return entitiesCommand(args, (format as 'text' | 'json') ?? 'json', output, process.cwd(), lexicon, explainIndex >= 0);
		default:
			output.error(`seed: unknown command ${command}\n\n${usage}`);
			return 2;
	}
}

if (require.main === module) {
	// `seed check seeds | head -3`: the reader is gone, so there is nobody to tell; stop quietly.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		process.exit(process.exitCode ?? 0);
	});
	let lexicon: LexiconLoadResult;
	try {
		lexicon = loadLexicon(findLexiconDirectory(lexiconCandidates(__dirname)));
	} catch (error) {
		// No cue words: the data files do not lie beside the bundle, so the installation is incomplete.
		process.stderr.write(`seed: ${(error as Error).message}\n`);
		process.exit(3);
	}
	for (const problem of lexicon.problems) process.stderr.write(`seed: ${problem}\n`);
	main(process.argv.slice(2), processOutput, lexicon.lexicon).then(
		(code) => { process.exitCode = code; },
		(error: unknown) => {
			process.stderr.write(`seed: ${error instanceof Error ? error.stack : String(error)}\n`);
			process.exitCode = 3;
		},
	);
}
