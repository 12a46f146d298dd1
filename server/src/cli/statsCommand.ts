/**
 * `seed stats [paths…] [--format text|json|csv] [--table NAME] [--by week|month] [--code C]…
 * [--coder NAME]… [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--folder F] [--top N]`: the corpus
 * overview's figures (the server's `seed.corpusStats`) for seeds on disk.
 * Paths in the output are relative to the one folder given, else to the current folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseCodebook } from '../core/annotations/codebook';
import { EntityDetector } from '../core/entities/detector';
import type { Lexicon } from '../core/entities/lexicon/lexicon';
import { parseRegistry } from '../core/entities/registry';
import { parseSeed } from '../core/parser';
import { computeCorpusStats } from '../core/stats/corpusStats';
import type { CorpusSeed, CorpusStatsFilter, CorpusStatsOptions, EntityMentionCount } from '../core/stats/corpusStatsTypes';
import { statsTable, statsTableNames, tableToCsv, tableToText, type StatsTableName } from '../core/stats/statsTables';
import { CorpusSidecarReader } from '../node/corpusReader';
import type { CommandOutput } from './commandOutput';
import { readSeedInputs } from './seedInput';
import { findBesideSeeds } from './workspaceFiles';

interface StatsArguments {
	readonly paths: string[];
	readonly format: 'text' | 'json' | 'csv';
	readonly table?: StatsTableName;
	readonly filter: CorpusStatsFilter;
	readonly options: CorpusStatsOptions;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export async function statsCommand(
	argv: readonly string[],
	output: CommandOutput,
	cwd: string,
	lexicon: Lexicon,
): Promise<number> {
	const parsed = parseStatsArguments(argv);
	if (typeof parsed === 'string') {
		output.error(`seed stats: ${parsed}`);
		return 2;
	}
	let problems = 0;
	const report = (file: string, message: string) => {
		output.error(`${file}: ${message}`);
		problems++;
	};
	const inputs = await readSeedInputs(parsed.paths, problem => report(problem.file, problem.message));
	const base = await baseFolder(parsed.paths, cwd);
	const detector = new EntityDetector(await registryEntries(parsed.paths, cwd, report), lexicon);
	const codingsByFile = await new CorpusSidecarReader().codingsOf(
		inputs.map(input => input.file),
		problem => report(problem.file, problem.message),
	);
	const seeds: CorpusSeed[] = inputs.map(input => {
		const document = parseSeed(input.text);
		const header = document.header;
		return {
			uri: input.file,
			path: path.relative(base, path.resolve(cwd, input.file)).split(path.sep).join('/'),
			title: document.title,
			...(header?.date ? { date: header.dateText } : { dateProblem: header ? ('invalid' as const) : ('missing' as const) }),
			codings: codingsByFile.get(input.file) ?? [],
			entities: entityCounts(detector, document),
		};
	});
	const codebookFile = await findBesideSeeds(parsed.paths, cwd, 'codebook.yaml');
	const codebook = codebookFile ? parseCodebook(await fs.readFile(codebookFile, 'utf8')).tags : [];
	const stats = computeCorpusStats({ seeds, codebook }, parsed.filter, parsed.options);
	if (parsed.format === 'json') {
		output.write(JSON.stringify(stats, null, 2));
	} else if (parsed.format === 'csv') {
		// `write` ends the line with \n: the CSV's last \r\n is completed by it.
		output.write(tableToCsv(statsTable(stats, parsed.table ?? 'codes')).slice(0, -1));
	} else {
		const tables = parsed.table ? [parsed.table] : statsTableNames;
		output.write(
			`${stats.totals.seeds} seeds, ${stats.totals.codedSeeds} coded, ${stats.totals.passages} passages, ` +
				`${stats.totals.characters} characters (code points)`,
		);
		for (const name of tables) output.write('\n' + tableToText(statsTable(stats, name)));
	}
	return problems > 0 && inputs.length === 0 ? 2 : 0;
}

/** The options of `seed stats`, or a message saying what is wrong. */
export function parseStatsArguments(argv: readonly string[]): StatsArguments | string {
	const paths: string[] = [];
	let format: StatsArguments['format'] = 'text';
	let table: StatsTableName | undefined;
	const codes: string[] = [];
	const coders: string[] = [];
	const filter: { from?: string; to?: string; folder?: string } = {};
	const options: { granularity?: 'week' | 'month'; topEntities?: number } = {};
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index];
		if (!arg.startsWith('--')) {
			paths.push(arg);
			continue;
		}
		const value = argv[++index];
		if (value === undefined) return `${arg} needs a value`;
		switch (arg) {
			case '--format':
				if (value !== 'text' && value !== 'json' && value !== 'csv') return `--format takes text, json or csv, not ${value}`;
				format = value;
				break;
			case '--table':
				if (!(statsTableNames as readonly string[]).includes(value))
					return `--table takes one of ${statsTableNames.join(', ')}, not ${value}`;
				table = value as StatsTableName;
				break;
			case '--by':
				if (value !== 'week' && value !== 'month') return `--by takes week or month, not ${value}`;
				options.granularity = value;
				break;
			case '--code':
				codes.push(value);
				break;
			case '--coder':
				coders.push(value);
				break;
			case '--from':
			case '--to':
				if (!isoDate.test(value)) return `${arg} takes a date YYYY-MM-DD, not ${value}`;
				filter[arg === '--from' ? 'from' : 'to'] = value;
				break;
			case '--folder':
				filter.folder = value;
				break;
			case '--top':
				if (!/^\d+$/.test(value)) return `--top takes a number, not ${value}`;
				options.topEntities = Number(value);
				break;
			default:
				return `unknown option ${arg}`;
		}
	}
	return {
		paths,
		format,
		...(table ? { table } : {}),
		options,
		filter: { ...filter, ...(codes.length ? { codes } : {}), ...(coders.length ? { coders } : {}) },
	};
}

async function baseFolder(paths: readonly string[], cwd: string): Promise<string> {
	if (
		paths.length === 1 &&
		(await fs.stat(path.resolve(cwd, paths[0])).then(
			stat => stat.isDirectory(),
			() => false,
		))
	)
		return path.resolve(cwd, paths[0]);
	return cwd;
}

async function registryEntries(paths: readonly string[], cwd: string, report: (file: string, message: string) => void) {
	const file = await findBesideSeeds(paths, cwd, 'entities.yaml');
	if (!file) return [];
	const registry = parseRegistry(await fs.readFile(file, 'utf8'));
	for (const problem of registry.problems)
		report(file, `${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`);
	return registry.entries;
}

function entityCounts(detector: EntityDetector, document: ReturnType<typeof parseSeed>): EntityMentionCount[] {
	const counts = new Map<string, { id: string; name: string; kind: string; mentions: number }>();
	for (const mention of detector.analyse(document).mentions) {
		const entry = counts.get(mention.entity.id) ?? {
			id: mention.entity.id,
			name: mention.entity.name,
			kind: mention.entity.kind,
			mentions: 0,
		};
		entry.mentions++;
		counts.set(mention.entity.id, entry);
	}
	return [...counts.values()];
}
