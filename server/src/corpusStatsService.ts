/**
 * `seed.corpusStats` in the language server: gathers what the server already holds (every indexed
 * seed's header date and entity counts) and the sidecars on disk (the plain one and each coder's),
 * and computes the overview's figures in the core; and edits the codebook (`codebookEditor.ts`).
 * Bundled apart (`dist/corpusStats.js`) and loaded on the first request by `corpusStatsLoader.ts`,
 * so the server bundle stays small.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CodebookEditor } from './codebookEditor';
import { parseCodebook } from './core/annotations/codebook';
import type { CodebookIndex } from './core/annotations/codebookIndex';
import type { EntityWorkspaceIndex } from './core/entities/workspaceIndex';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isWithin } from './core/stats/codeHierarchy';
import { computeCorpusStats } from './core/stats/corpusStats';
import type { CorpusSeed, CorpusStats, DateProblem, SeedCoding } from './core/stats/corpusStatsTypes';
import type { SeedSummary, WorkspaceIndex } from './core/workspace/workspaceIndex';
import { CorpusSidecarReader } from './node/corpusReader';
import { readSeedFile, uriToPath } from './node/workspaceScanner';
import {
	overviewOpeningArgs,
	ServerCommand,
	type CodebookEditArgs,
	type CorpusPassage,
	type CorpusPassagesArgs,
	type CorpusStatsArgs,
} from './protocol/commands';

export interface CorpusStatsSources {
	readonly seeds: WorkspaceIndex;
	readonly entities: EntityWorkspaceIndex;
	/** Workspace folders (absolute paths): seed paths are shown relative to the one holding them. */
	readonly folders: () => readonly string[];
	readonly codebookPath: () => string | undefined;
	/** The text an editor holds for an open seed (passages are placed in it), undefined when closed. */
	readonly openDocumentText?: (uri: string) => string | undefined;
	/** The server's codebook index, which holds the codebook read ahead (codebook edits use it). */
	readonly codebookIndex?: () => CodebookIndex;
}

export class CorpusStatsService {
	private readonly sidecars = new CorpusSidecarReader();
	private readonly codebookEditor: CodebookEditor;
	/** The last figures and what they were computed from. */
	private lastStats: { readonly inputs: StatsInputs; readonly stats: CorpusStats } | undefined;
	/** The read-ahead after indexing, while it runs. */
	private warming: Promise<void> | undefined;
	/** Why each undated seed has no date, by the index's summary of it. */
	private readonly dateProblems = new WeakMap<SeedSummary, DateProblem>();
	/** The order of `localeCompare`, without building a collator for each of 10,000 comparisons. */
	private readonly collator = new Intl.Collator();

	constructor(private readonly sources: CorpusStatsSources) {
		this.codebookEditor = new CodebookEditor({
			seedFiles: () => [...sources.seeds.all()].flatMap(summary => uriToPath(summary.uri) ?? []),
			codebookPath: sources.codebookPath,
			folders: sources.folders,
			...(sources.codebookIndex ? { codebookIndex: sources.codebookIndex } : {}),
		});
	}

	/**
	 * Runs `seed.corpusStats`, `seed.corpusPassages` or `seed.editCodebook`. A refused edit throws its
	 * reason, which the connection answers as an LSP error with that message.
	 */
	execute(command: string, args: unknown): Promise<unknown> | undefined {
		switch (command) {
			case ServerCommand.corpusStats:
				return this.corpusStats(args as CorpusStatsArgs | undefined);
			case ServerCommand.corpusPassages:
				return this.passages(args as CorpusPassagesArgs | undefined);
			case ServerCommand.editCodebook:
				return this.codebookEditor.edit(args as CodebookEditArgs | undefined);
			default:
				return undefined;
		}
	}

	async corpusStats(args: CorpusStatsArgs | undefined): Promise<CorpusStats> {
		// An overview opened while the warm-up runs waits for it rather than reading every file a second time.
		await this.warming;
		return this.computeStats(args);
	}

	private async computeStats(args: CorpusStatsArgs | undefined): Promise<CorpusStats> {
		const summaries = [...this.sources.seeds.all()].flatMap(summary => {
			const file = uriToPath(summary.uri);
			return file ? [{ summary, file }] : [];
		});
		const problems: string[] = [];
		const codings = await this.sidecars.codingsOf(
			summaries.map(({ file }) => file),
			problem => problems.push(`${this.relativePath(problem.file)}: ${problem.message}`),
		);
		const codebookText = await this.codebookText();
		// The figures are asked for again whenever anything may have changed (and by every overview
		// opened): when nothing did, the last answer stands.
		const inputs: StatsInputs = {
			request: JSON.stringify([args?.filter ?? {}, args?.granularity ?? 'month', args?.topEntities, args?.matrixSeedLimit]),
			summaries: summaries.map(({ summary }) => summary),
			codings: summaries.flatMap(({ file }) => codings.get(file) ?? []),
			entityChanges: this.sources.entities.changeCount,
			codebookText,
			problems,
		};
		if (this.lastStats && sameInputs(this.lastStats.inputs, inputs)) return this.lastStats.stats;
		const seeds: CorpusSeed[] = [];
		for (const { summary, file } of summaries)
			seeds.push({
				uri: summary.uri,
				path: this.relativePath(file),
				title: summary.title,
				...(summary.date ? { date: summary.date } : { dateProblem: await this.dateProblemOf(summary, file) }),
				codings: codings.get(file) ?? [],
				entities: this.sources.entities
					.entityCounts(summary.uri)
					.map(({ entity, mentions }) => ({ id: entity.id, name: entity.name, kind: entity.kind, mentions })),
			});
		seeds.sort((a, b) => this.collator.compare(a.path, b.path));
		const codebook = codebookText === undefined ? [] : parseCodebook(codebookText).tags;
		const computed = computeCorpusStats({ seeds, codebook }, args?.filter ?? {}, {
			...(args?.granularity === 'week' || args?.granularity === 'month' ? { granularity: args.granularity } : {}),
			...(typeof args?.topEntities === 'number' ? { topEntities: args.topEntities } : {}),
			...(typeof args?.matrixSeedLimit === 'number' ? { matrixSeedLimit: args.matrixSeedLimit } : {}),
		});
		const stats = problems.length > 0 ? { ...computed, problems } : computed;
		this.lastStats = { inputs, stats };
		return stats;
	}

	/**
	 * The passages behind a heat-map cell: `code` and the codes under it in one seed, from every
	 * sidecar the coder filter keeps, in text order. A passage whose words are no longer at its
	 * stored offsets is looked for nearby; one that cannot be found has no range.
	 */
	async passages(args: CorpusPassagesArgs | undefined): Promise<CorpusPassage[]> {
		const uri = typeof args?.uri === 'string' ? args.uri : '';
		const file = uriToPath(uri);
		if (!file || typeof args?.code !== 'string') return [];
		const codings = (await this.sidecars.codingsOf([file], () => undefined)).get(file) ?? [];
		const text = this.sources.openDocumentText?.(uri) ?? (await readSeedFile(file)) ?? '';
		const positions = TextDocument.create(uri, 'seed', 0, text);
		const coders = args.coders;
		return codings
			.filter(coding => !coders || coders.includes(coding.coder))
			.flatMap(coding =>
				coding.passages
					.filter(passage => isWithin(passage.tag, args.code))
					.map((passage): CorpusPassage => {
						const start = placeOf(text, passage.text, passage.start);
						return {
							tag: passage.tag,
							coder: coding.coder,
							text: passage.text,
							...(start === undefined
								? {}
								: {
										range: {
											start: positions.positionAt(start),
											end: positions.positionAt(start + passage.text.length),
										},
									}),
						};
					}),
			)
			.sort(
				(a, b) =>
					(a.range?.start.line ?? Infinity) - (b.range?.start.line ?? Infinity) ||
					(a.range?.start.character ?? 0) - (b.range?.start.character ?? 0),
			);
	}

	/**
	 * Why an indexed seed has no date: a date header whose date is not real, or none. The index keeps
	 * only valid dates, so the few undated seeds are looked at again here, once per version of the
	 * seed (the index makes a new summary for every version).
	 */
	private async dateProblemOf(summary: SeedSummary, file: string): Promise<DateProblem> {
		let problem = this.dateProblems.get(summary);
		if (!problem) {
			const text = this.sources.openDocumentText?.(summary.uri) ?? (await readSeedFile(file)) ?? '';
			problem = /^\s?date\s+\S/m.test(text) ? 'invalid' : 'missing';
			this.dateProblems.set(summary, problem);
		}
		return problem;
	}

	/**
	 * Reads every indexed seed's sidecars into the cache, in slices between requests, and computes the
	 * figures an overview asks for on opening, so that the first overview opened after the workspace
	 * is indexed does not wait for thousands of files.
	 */
	warmUp(): Promise<void> {
		this.warming = this.readAhead().finally(() => (this.warming = undefined));
		return this.warming;
	}

	private async readAhead(): Promise<void> {
		const files = [...this.sources.seeds.all()].flatMap(summary => uriToPath(summary.uri) ?? []);
		await this.sidecars.codingsOf(files, () => undefined);
		// And the figures an overview shows on opening (one block of about 0.1–0.3 s for 10,000 seeds).
		await new Promise(resolve => setImmediate(resolve));
		await this.computeStats(overviewOpeningArgs);
	}

	private async codebookText(): Promise<string | undefined> {
		const file = this.sources.codebookPath();
		return file ? await fs.readFile(file, 'utf8').catch(() => undefined) : undefined;
	}

	private relativePath(file: string): string {
		const folder = this.sources.folders().find(candidate => file.startsWith(candidate.replace(/[\\/]$/, '') + path.sep));
		return (folder ? path.relative(folder, file) : file).split(path.sep).join('/');
	}
}

/**
 * What one answer of `seed.corpusStats` is computed from. Index summaries and parsed sidecars are
 * new objects whenever they change, so comparing them by identity is exact and cheap.
 */
interface StatsInputs {
	readonly request: string;
	readonly summaries: readonly SeedSummary[];
	readonly codings: readonly SeedCoding[];
	readonly entityChanges: number;
	readonly codebookText: string | undefined;
	readonly problems: readonly string[];
}

function sameInputs(a: StatsInputs, b: StatsInputs): boolean {
	return (
		a.request === b.request &&
		a.entityChanges === b.entityChanges &&
		a.codebookText === b.codebookText &&
		sameItems(a.summaries, b.summaries) &&
		sameItems(a.codings, b.codings) &&
		a.problems.join('\n') === b.problems.join('\n')
	);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Where a passage's words are: at the stored offset, else the nearest occurrence; undefined when gone. */
function placeOf(text: string, passage: string, stored: number): number | undefined {
	if (passage === '') return undefined;
	if (text.startsWith(passage, stored)) return stored;
	const before = text.lastIndexOf(passage, stored);
	const after = text.indexOf(passage, stored);
	if (before < 0) return after < 0 ? undefined : after;
	return after < 0 || stored - before <= after - stored ? before : after;
}

/** The entry point of `dist/corpusStats.js`. */
export function createCorpusStatsService(sources: CorpusStatsSources): CorpusStatsService {
	return new CorpusStatsService(sources);
}
