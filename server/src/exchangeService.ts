/**
 * The server's REFI-QDA commands (`seed.exportProject`, `seed.importProject`): the workspace's seeds
 * as saved, with every sidecar and the codebook, as a `.qdpx` or `.qdc`; and a `.qdpx` imported into
 * a workspace folder, all or nothing. It lives in the lazily loaded exchange bundle; the server
 * reaches it through `exchangeCommands.ts`. Refusals are `ExchangeError`s, whose messages are for people.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';
import { isInsideFolder } from './core/annotations/workspaceGuard';
import { ExchangeError } from './core/exchange/archive';
import { assertWritable, replaceFile } from './core/annotations/atomicWrite';
import { qdpxFiles, readExchangeProject, writeQdc } from './core/exchange/projectExport';
import { CancelledError, writeArchiveOnWorker } from './node/archiveOnWorker';
import { formatImportReport, planImport } from './core/exchange/projectImport';
import { withCoderSidecars } from './node/coderSidecars';
import { existingFilesIn, writeImportPlan } from './node/importPlanWriter';
import { ServerCommand, type ExportProjectArgs, type ExportProjectResult, type ImportProjectArgs,
	type ImportProjectResult } from './protocol/commands';

export interface ExchangeServiceOptions {
	readonly fileSystem: AnnotationFileSystem;
	readonly workspaceFolders: () => readonly URI[];
	readonly listSeeds: () => AsyncIterable<string>;
	readonly codebookUri: () => URI | undefined;
	readonly trusted: () => boolean;
}

export class ExchangeService {
	constructor(private readonly options: ExchangeServiceOptions) { }

	/** `signal`: the request was cancelled; an export then stops (`CancelledError`) and writes nothing. */
	async execute(command: string, args: readonly unknown[] | undefined, signal?: AbortSignal): Promise<unknown> {
		const arg = (args ?? [])[0] as never;
		return command === ServerCommand.exportProject ? this.exportProject(arg, signal) : this.importProject(arg);
	}

	async exportProject(args: ExportProjectArgs, signal?: AbortSignal): Promise<ExportProjectResult> {
		if (args?.format !== 'qdpx' && args?.format !== 'qdc') {
			throw new ExchangeError(`Unknown project format ${String(args?.format)}: use qdpx or qdc.`);
		}
		const target = args.target === undefined ? undefined : this.exportTarget(args.target);
		const uris = args.uris ? [...args.uris] : await collect(this.options.listSeeds());
		const seeds = uris.sort().map(uri => ({ uri: URI.parse(uri), name: this.relativePath(URI.parse(uri)) }));
		const codebook = this.options.codebookUri();
		const codebookText = codebook && await this.options.fileSystem.readFile(codebook).then(bytes => new TextDecoder().decode(bytes),
			() => undefined);
		const read = await readExchangeProject(this.options.fileSystem, await withCoderSidecars(seeds), codebookText, this.projectName());
		throwIfCancelled(signal);
		const problems = [...read.problems];
		if (read.orphaned > 0) {
			const annotations = read.orphaned === 1 ? '1 annotation was' : `${read.orphaned} annotations were`;
			problems.push(`${annotations} left out: the passage is no longer in the saved text`);
		}
		const sources = read.project.sources.length;
		const codings = read.project.sources.reduce((total, source) => total + source.selections.length, 0);
		const summary = { sources, codings, problems };
		if (args.format === 'qdc') {
			let xml: string;
			try {
				xml = writeQdc(read.project);
			} catch (error) {
				throw new ExchangeError(`Cannot export the codebook: ${(error as Error).message}.`);
			}
			return target ? { ...await this.writeExport(target, new TextEncoder().encode(xml), signal), ...summary }
				: { content: xml, encoding: 'utf8', ...summary };
		}
		const archive = await writeArchiveOnWorker(qdpxFiles(read.project), signal);
		return target ? { ...await this.writeExport(target, archive, signal), ...summary }
			: { content: Buffer.from(archive).toString('base64'), encoding: 'base64', ...summary };
	}

	/**
	 * Where the person chose to save the export (its save dialog, or the command's argument): inside the
	 * workspace or not, as when the editor wrote it; but, like every write, never in an untrusted workspace.
	 */
	private exportTarget(target: unknown): URI {
		if (!this.options.trusted()) {
			throw new ExchangeError('Seed Annotator writes nothing in an untrusted workspace: leave out "target" to get the content.');
		}
		const uri = typeof target === 'string' ? URI.parse(target) : undefined;
		if (uri?.scheme !== 'file' || !path.isAbsolute(uri.fsPath)) {
			throw new ExchangeError(`"target" must be a file: URI of the file to write, not ${JSON.stringify(target)}.`);
		}
		return uri;
	}

	/** Replaces `target` whole (temporary file, then rename), with the refusals of every other write. */
	private async writeExport(target: URI, content: Uint8Array, signal: AbortSignal | undefined): Promise<{ written: string;
		bytes: number; }> {
		const fileSystem = this.options.fileSystem;
		try {
			const real = fileSystem.realPath ? await fileSystem.realPath(target) : target;
			await assertWritable(fileSystem, real, target);
			throwIfCancelled(signal);
			await replaceFile(fileSystem, real, content, target);
		} catch (error) {
			throw error instanceof CancelledError ? error : new ExchangeError((error as Error).message);
		}
		return { written: target.toString(), bytes: content.length };
	}

	async importProject(args: ImportProjectArgs): Promise<ImportProjectResult> {
		if (!this.options.trusted()) {
			throw new ExchangeError('Seed Annotator writes nothing in an untrusted workspace: trust the workspace to import a project.');
		}
		if (typeof args?.file !== 'string' || typeof args.folder !== 'string') {
			throw new ExchangeError('The command needs "file" (the .qdpx) and "folder" (where to import).');
		}
		const folder = URI.parse(args.folder);
		const workspace = this.options.workspaceFolders();
		if (!workspace.some(candidate => isInsideFolder(folder, candidate) || sameFolder(folder, candidate))) {
			throw new ExchangeError(`Refusing to import into ${folder.fsPath}: it is outside the workspace folders.`);
		}
		const file = URI.parse(args.file).fsPath;
		const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
			throw new ExchangeError(`Cannot read ${file}: ${error.code ?? error.message}.`);
		});
		const codebook = this.options.codebookUri();
		const codebookPath = codebook && isInsideFolder(codebook, folder) ? path.relative(folder.fsPath,
			codebook.fsPath).split(path.sep).join('/') : undefined;
		const plan = await planImport(bytes, path.basename(file), existingFilesIn(folder.fsPath), {
			overwrite: args.overwrite === true, positions: args.positions === 'utf16' ? 'utf16' : 'codepoints', ...(codebookPath
				? { codebookPath } : {}),
		});
		const written = await writeImportPlan(folder.fsPath, plan.files).catch((error: Error) => {
			throw new ExchangeError(`The import failed and was undone, nothing changed in ${folder.fsPath}: ${error.message}`);
		});
		const report = plan.report;
		return {
			summary: formatImportReport(report, written), sources: report.sources, codings: report.codings, written,
			skipped: report.skippedSources.length + report.skippedSelections.length,
		};
	}

	private relativePath(uri: URI): string {
		const folder = this.options.workspaceFolders().find(candidate => isInsideFolder(uri, candidate));
		return folder ? uri.path.slice(folder.path.replace(/\/$/, '').length + 1) : uri.path.replace(/^\//, '');
	}

	private projectName(): string {
		const folder = this.options.workspaceFolders()[0];
		return folder ? path.basename(folder.fsPath) : 'Seed Annotator project';
	}
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
	if (signal?.aborted) {
		throw new CancelledError();
	}
}

async function collect(items: AsyncIterable<string>): Promise<string[]> {
	const all: string[] = [];
	for await (const item of items) {
		all.push(item);
	}
	return all;
}

function sameFolder(a: URI, b: URI): boolean {
	return a.scheme === b.scheme && a.path.replace(/\/+$/, '') === b.path.replace(/\/+$/, '');
}
