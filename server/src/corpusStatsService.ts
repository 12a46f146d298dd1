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
import type { EntityWorkspaceIndex } from './core/entities/workspaceIndex';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isWithin } from './core/stats/codeHierarchy';
import { computeCorpusStats } from './core/stats/corpusStats';
import type { CorpusSeed, CorpusStats, DateProblem } from './core/stats/corpusStatsTypes';
import type { WorkspaceIndex } from './core/workspace/workspaceIndex';
import { CorpusSidecarReader } from './node/corpusReader';
import { readSeedFile, uriToPath } from './node/workspaceScanner';
import {
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
}

export class CorpusStatsService {
	private readonly sidecars = new CorpusSidecarReader();
	private readonly codebookEditor: CodebookEditor;

	constructor(private readonly sources: CorpusStatsSources) {
		this.codebookEditor = new CodebookEditor({
			seedFiles: () => [...sources.seeds.all()].flatMap(summary => uriToPath(summary.uri) ?? []),
			codebookPath: sources.codebookPath,
			folders: sources.folders,
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
		const summaries = [...this.sources.seeds.all()].flatMap(summary => {
			const file = uriToPath(summary.uri);
			return file ? [{ summary, file }] : [];
		});
		const problems: string[] = [];
		const codings = await this.sidecars.codingsOf(
			summaries.map(({ file }) => file),
			problem => problems.push(`${this.relativePath(problem.file)}: ${problem.message}`),
		);
		const seeds: CorpusSeed[] = [];
		for (const { summary, file } of summaries)
			seeds.push({
				uri: summary.uri,
				path: this.relativePath(file),
				title: summary.title,
				...(summary.date ? { date: summary.date } : { dateProblem: await this.dateProblemOf(summary.uri, file) }),
				codings: codings.get(file) ?? [],
				entities: this.sources.entities
					.entityCounts(summary.uri)
					.map(({ entity, mentions }) => ({ id: entity.id, name: entity.name, kind: entity.kind, mentions })),
			});
		seeds.sort((a, b) => a.path.localeCompare(b.path));
		const stats = computeCorpusStats({ seeds, codebook: await this.codebook() }, args?.filter ?? {}, {
			...(args?.granularity === 'week' || args?.granularity === 'month' ? { granularity: args.granularity } : {}),
			...(typeof args?.topEntities === 'number' ? { topEntities: args.topEntities } : {}),
			...(typeof args?.matrixSeedLimit === 'number' ? { matrixSeedLimit: args.matrixSeedLimit } : {}),
		});
		return problems.length > 0 ? { ...stats, problems } : stats;
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
	 * only valid dates, so the few undated seeds are looked at again here.
	 */
	private async dateProblemOf(uri: string, file: string): Promise<DateProblem> {
		const text = this.sources.openDocumentText?.(uri) ?? (await readSeedFile(file)) ?? '';
		return /^\s?date\s+\S/m.test(text) ? 'invalid' : 'missing';
	}

	private async codebook() {
		const file = this.sources.codebookPath();
		const text = file ? await fs.readFile(file, 'utf8').catch(() => undefined) : undefined;
		return text === undefined ? [] : parseCodebook(text).tags;
	}

	private relativePath(file: string): string {
		const folder = this.sources.folders().find(candidate => file.startsWith(candidate.replace(/[\\/]$/, '') + path.sep));
		return (folder ? path.relative(folder, file) : file).split(path.sep).join('/');
	}
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
