/**
 * REFI-QDA export: reads the seeds and every sidecar of theirs as saved (the plain
 * `name.tags.yaml` and the coders' `name.<coder>.tags.yaml`), and writes a `.qdpx` (a zip of
 * `project.qde` and `sources/<guid>.txt`, each seed's bytes exactly) or a `.qdc` codebook.
 */
import type { URI } from 'vscode-uri';
import { parseCodebook } from '../annotations/codebook';
import { codePointCounter } from '../annotations/codePoints';
import { anchoredIn, readSavedAnnotations } from '../annotations/export/savedSources';
import { exportedTexts } from '../annotations/export/exportSource';
import type { AnnotationFileSystem } from '../annotations/fileSystem';
import { runInSlices } from '../steps';
import { decodeUtf8InSteps } from '../utf8Steps';
import { writeArchive } from './archive';
import type { ExchangeProject, ExchangeSelection, ExchangeSource } from './exchangeModel';
import { sourceGuid, writeCodebookXml, writeProjectXml } from './qdeWriter';

export interface SidecarOfSeed {
	readonly uri: URI;
	/** From the file name `name.<coder>.tags.yaml`; the plain sidecar's comes from its `coder:` field. */
	readonly coder?: string;
}

export interface SeedForExchange {
	readonly uri: URI;
	/** The seed's path relative to the exported folder, with `/`. */
	readonly name: string;
	readonly sidecars: readonly SidecarOfSeed[];
}

export interface ReadProject {
	readonly project: ExchangeProject;
	readonly problems: string[];
	/** Annotations whose passage is no longer in the saved text, left out. */
	readonly orphaned: number;
}

/** What the project's `Description` says about its contents. */
export const projectDescription = `Exported by Seed Annotator from ${exportedTexts}. Text positions are Unicode code points `
	+ 'counted from 0 (end exclusive) in each source file without its byte-order mark; a CRLF line break counts 2.';

export async function readExchangeProject(fileSystem: AnnotationFileSystem, seeds: readonly SeedForExchange[],
	codebookText: string | undefined, name = 'Seed Annotator project'): Promise<ReadProject> {
	const problems: string[] = [];
	let orphaned = 0;
	const sources: ExchangeSource[] = [];
	for (const seed of seeds) {
		let bytes: Uint8Array;
		let text: string;
		try {
			bytes = await fileSystem.readFile(seed.uri);
			// In slices: other requests get their turn while a very large seed is decoded.
			text = await runInSlices(decodeUtf8InSteps(bytes));
		} catch (error) {
			problems.push((error as { code?: string }).code === 'ENOENT' ? `${seed.uri.fsPath} does not exist`
				: `${seed.uri.fsPath} is not valid UTF-8`);
			continue;
		}
		if (text.charCodeAt(0) === 0xfeff) {
			text = text.slice(1);
		}
		// Other requests get their turn between the steps that take long on a very large seed.
		await nextTurn();
		const toCodePoints = codePointCounter(text);
		const selections: ExchangeSelection[] = [];
		for (const sidecar of seed.sidecars) {
			try {
				const saved = await readSavedAnnotations(fileSystem, sidecar.uri);
				const coder = sidecar.coder ?? await coderField(fileSystem, sidecar.uri);
				const anchored = anchoredIn(text, saved);
				await nextTurn();
				orphaned += anchored.orphaned;
				for (const annotation of anchored.annotations) {
					selections.push({
						id: annotation.id, tag: annotation.tag, passage: annotation.text,
						start: toCodePoints(annotation.start), end: toCodePoints(annotation.end),
						...(coder !== undefined ? { coder } : {}),
						...(annotation.note !== undefined ? { note: annotation.note } : {}),
						created: annotation.created,
					});
				}
			} catch (error) {
				problems.push((error as Error).message);
			}
		}
		sources.push({ name: seed.name, bytes, text, selections });
	}
	const codebook = codebookText === undefined ? [] : parseCodebook(codebookText).tags.map(tag => ({
		name: tag.name,
		...(tag.description !== undefined ? { description: tag.description } : {}),
		...(tag.color ? { color: tag.color } : {}),
	}));
	return { project: { name, sources, codebook }, problems, orphaned };
}

/** The `.qdpx` bytes: `project.qde` first, then each source under `sources/`. */
export function writeQdpx(project: ExchangeProject): Uint8Array {
	return writeArchive(qdpxFiles(project));
}

function nextTurn(): Promise<void> {
	return new Promise(resolve => setImmediate(resolve));
}

/** The entries of the `.qdpx` in their order; the server zips them on a worker thread (`node/archiveOnWorker.ts`). */
export function qdpxFiles(project: ExchangeProject): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = { 'project.qde': new TextEncoder().encode(writeProjectXml(project, projectDescription)) };
	for (const source of [...project.sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		files[`sources/${sourceGuid(source)}.txt`] = source.bytes;
	}
	return files;
}

export function writeQdc(project: ExchangeProject): string {
	return writeCodebookXml(project);
}

/** The top-level `coder:` of a plain sidecar, when it has one. */
async function coderField(fileSystem: AnnotationFileSystem, uri: URI): Promise<string | undefined> {
	if (!await fileSystem.stat(uri)) {
		return undefined;
	}
	const text = new TextDecoder().decode(await fileSystem.readFile(uri));
	const head = text.slice(0, Math.max(0, text.search(/^annotations:/m)) || 4096);
	const match = /^coder:[ \t]*(["']?)([^"'\r\n#]*?)\1[ \t]*(?:#.*)?$/m.exec(head);
	return match?.[2] ? match[2] : undefined;
}
