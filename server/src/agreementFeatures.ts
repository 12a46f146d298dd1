/**
 * The server side of several coders, in its own bundle (`dist/agreement.js`, loaded on first use
 * by `agreementLoader.ts`): the language server bundle is near its size budget and most sessions
 * never compare coders.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { agreementResult } from './core/agreement/agreementResult';
import type { CoderSeed } from './core/agreement/codedSeeds';
import { describeDisagreement, findDisagreements } from './core/agreement/disagreements';
import { coderNameProblem } from './core/annotations/coderSidecar';
import { loadCoderSeeds, type CoderFileCache, type SeedText } from './node/coderSeedFiles';
import { mapBounded } from './node/boundedParallel';
import { fileUri, findSeedFiles, readSeedFile, uriToPath } from './node/workspaceScanner';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	reportDisagreementLimit,
	type AgreementAnswer, type AgreementArgs, type OtherCoderAnnotation, type ReportedDisagreement, type SeedCoderAnnotations,
} from './protocol/agreement';

/**
 * What the server keeps between calls, so that reopening or refreshing the report reads, parses and
 * re-anchors only what changed (by size and modification time), and computes nothing again when
 * nothing changed.
 */
export interface AgreementCache {
	readonly coderFiles: CoderFileCache;
	readonly seedTexts: Map<string, { readonly size: number; readonly mtimeMs: number; readonly text: string | undefined }>;
	last?: { readonly args: string; readonly files: readonly CoderSeed[]; readonly answer: AgreementAnswer };
}

/** Files read or checked at once. */
const fileParallelism = 32;

export interface AgreementEnvironment {
	/** Workspace folders (paths): the default scope, and what seed names are relative to. */
	readonly folders: readonly string[];
	readonly cache?: AgreementCache;
	/** The text an editor holds for an open seed (by path), undefined when closed; disk text is used without it. */
	readonly openText?: (file: string) => string | undefined;
}

/**
 * A bad argument of `seed.agreement`. This bundle is loaded apart from the server's, so the server
 * recognises it by name (`instanceof` does not hold across bundles) and answers InvalidParams.
 */
export class AgreementArgumentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AgreementArgumentError';
	}
}

function stringList(value: unknown, name: string): string[] | undefined {
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value) || value.some(item => typeof item !== 'string')) {
		throw new AgreementArgumentError(`"${name}" must be a list of strings`);
	}
	return value as string[];
}

/** `seed.agreement`: the figures over the seeds and coders asked for. Throws AgreementArgumentError for bad arguments. */
export async function runAgreementCommand(args: unknown, environment: AgreementEnvironment): Promise<AgreementAnswer> {
	const given = (args ?? {}) as Partial<Record<keyof AgreementArgs, unknown>>;
	const uris = stringList(given.uris, 'uris');
	const coders = stringList(given.coders, 'coders');
	const codes = stringList(given.codes, 'codes');
	const limit = given.maxDisagreements;
	if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
		throw new AgreementArgumentError('"maxDisagreements" must be a whole number ≥ 0');
	}
	const badCoder = coders?.map(coderNameProblem).find(Boolean);
	if (badCoder) throw new AgreementArgumentError(badCoder);
	const roots = uris ? uris.map(uri => uriToPath(uri)).filter((file): file is string => file !== undefined) : [...environment.folders];
	const seeds = await readSeeds(roots, environment);
	const loaded = await loadCoderSeeds(seeds, environment.cache?.coderFiles);
	const argsKey = JSON.stringify([roots, coders, codes, limit, seeds.length]);
	const last = environment.cache?.last;
	if (last && last.args === argsKey && sameFiles(last.files, loaded.files)) return last.answer;
	const result = agreementResult(loaded.files, { ...(coders ? { coders } : {}), ...(codes ? { codes } : {}) });
	const uriOf = new Map(seeds.map(seed => [seed.seed, fileUri(seed.file)]));
	const reported = reportedDisagreements(loaded.files, result.seeds, result.coders, uriOf, codes, limit);
	const answer: AgreementAnswer = {
		...result,
		disagreements: reported.listed,
		disagreementCount: reported.count,
		seedUris: Object.fromEntries(seeds.map(seed => [seed.seed, fileUri(seed.file)])),
		problems: loaded.problems,
	};
	if (environment.cache) environment.cache.last = { args: argsKey, files: loaded.files, answer };
	return answer;
}

/** The seeds under `roots` (folders or files), each once, named relative to the first workspace folder. */
async function readSeeds(roots: readonly string[], environment: AgreementEnvironment): Promise<SeedText[]> {
	const files: string[] = [];
	const seen = new Set<string>();
	for (const root of roots) {
		const stat = await fs.stat(root).catch(() => undefined);
		const found: string[] = [];
		if (stat?.isDirectory()) {
			for await (const file of findSeedFiles(root)) found.push(file);
		} else if (stat?.isFile()) {
			found.push(root);
		}
		for (const file of found.sort()) {
			if (!seen.has(file)) files.push(file);
			seen.add(file);
		}
	}
	const base = environment.folders[0];
	const texts = await mapBounded(files, fileParallelism, file => seedText(file, environment.cache, environment.openText));
	const seeds: SeedText[] = files.flatMap((file, index) => {
		const text = texts[index];
		if (text === undefined) return [];
		return [{ file, seed: base ? path.relative(base, file).split(path.sep).join('/') : file, text }];
	});
	return seeds;
}

/**
 * Reads and anchors every coder file ahead, once the workspace is indexed, and computes the answer
 * the Compare Coders report asks for first, so that the first report of a session is answered from
 * the cache (reading 3,000 coder files takes seconds on a loaded machine, their figures a quarter of
 * a second quiet, two under load: more than the workbench takes to make the webview). Does nothing
 * where no seed has a coder's file, so that single-coder workspaces hold no extra copy of their texts.
 */
export async function warmUpCoderFiles(environment: AgreementEnvironment): Promise<boolean> {
	if (!(await anyCoderFile(environment.folders))) return false;
	await runAgreementCommand({ maxDisagreements: reportDisagreementLimit }, environment);
	return true;
}

async function anyCoderFile(folders: readonly string[]): Promise<boolean> {
	const listed = new Set<string>();
	for (const folder of folders) {
		for await (const file of findSeedFiles(folder)) {
			const directory = path.dirname(file);
			if (listed.has(directory)) continue;
			listed.add(directory);
			const names = await fs.readdir(directory).catch(() => [] as string[]);
			const seedNames = new Set(names.filter(name => name.endsWith('.txt') || name.endsWith('.seed')));
			if (names.some(name => isCoderFileOfSeed(name, seedNames))) return true;
		}
	}
	return false;
}

function isCoderFileOfSeed(name: string, seedNames: ReadonlySet<string>): boolean {
	const match = /^(.+)\.([^.]+)\.tags\.yaml$/.exec(name);
	if (!match || coderNameProblem(match[2]) !== undefined) return false;
	return seedNames.has(`${match[1]}.txt`) || seedNames.has(`${match[1]}.seed`);
}

/** `seed.workspaceCoderAnnotations`: every coder's annotations but `currentCoder`'s, seed by seed. */
export async function workspaceCoderAnnotations(
	currentCoder: string | undefined, environment: AgreementEnvironment,
): Promise<SeedCoderAnnotations[]> {
	const seeds = await readSeeds(environment.folders, environment);
	const loaded = await loadCoderSeeds(seeds, environment.cache?.coderFiles);
	const bySeed = new Map<string, { annotations: OtherCoderAnnotation[] }>();
	const fileOf = new Map(seeds.map(seed => [seed.seed, seed.file]));
	for (const file of loaded.files) {
		if (file.coder === currentCoder || file.annotations.length === 0) continue;
		let entry = bySeed.get(file.seed);
		if (!entry) bySeed.set(file.seed, entry = { annotations: [] });
		const document = TextDocument.create(file.seed, 'seed', 0, file.text);
		for (const { tag, start, end } of file.annotations) {
			const range = { start: document.positionAt(start), end: document.positionAt(end) };
			entry.annotations.push({ coder: file.coder, tag, text: file.text.slice(start, end), range });
		}
	}
	return [...bySeed].map(([seed, { annotations }]) => ({ uri: fileUri(fileOf.get(seed)!), annotations }));
}

/** A seed's text, read again only when its size or modification time changed. */
async function seedText(
	file: string, cache: AgreementCache | undefined, openText?: (file: string) => string | undefined,
): Promise<string | undefined> {
	const open = openText?.(file);
	if (open !== undefined) return open;
	if (!cache) return readSeedFile(file);
	const stat = await fs.stat(file).catch(() => undefined);
	if (!stat) return undefined;
	const cached = cache.seedTexts.get(file);
	if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.text;
	const text = await readSeedFile(file);
	cache.seedTexts.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, text });
	return text;
}

/**
 * The same coders' files with the same annotations in the same texts as last time: the cache hands
 * back the very same objects for files and texts that did not change, so identity says it.
 */
function sameFiles(before: readonly CoderSeed[], now: readonly CoderSeed[]): boolean {
	return before.length === now.length && before.every((file, index) => {
		const other = now[index];
		return file.seed === other.seed && file.coder === other.coder && file.text === other.text && file.annotations === other.annotations;
	});
}

export { adjudicate, coderAnnotations, seedDisagreements } from './adjudication';

/** The places where the compared coders differ, seed by seed, with LSP ranges for opening them. */
function reportedDisagreements(
	files: readonly CoderSeed[], seeds: readonly string[], coders: readonly string[],
	uriOf: ReadonlyMap<string, string>, codes: readonly string[] | undefined, limit: number | undefined,
): { listed: ReportedDisagreement[]; count: number } {
	const compared = new Set(seeds);
	const wantedCoders = new Set(coders);
	const wantedCodes = codes && new Set(codes);
	const bySeed = new Map<string, CoderSeed[]>();
	for (const file of files) {
		if (!compared.has(file.seed) || !wantedCoders.has(file.coder)) continue;
		bySeed.set(file.seed, [...bySeed.get(file.seed) ?? [], file]);
	}
	const reported: ReportedDisagreement[] = [];
	let count = 0;
	for (const seed of seeds) {
		const seedFiles = bySeed.get(seed) ?? [];
		const text = seedFiles[0]?.text ?? '';
		const units = seedFiles.flatMap(file => file.annotations
			.filter(annotation => !wantedCodes || wantedCodes.has(annotation.tag))
			.map(({ tag, start, end }, index) => ({ coder: file.coder, id: String(index), tag, start, end })));
		const found = findDisagreements(units, coders);
		count += found.length;
		// Past the limit they are only counted: their positions and descriptions are what costs.
		const listed = limit === undefined ? found : found.slice(0, Math.max(0, limit - reported.length));
		if (listed.length === 0) continue;
		const document = TextDocument.create(uriOf.get(seed) ?? seed, 'seed', 0, text);
		for (const disagreement of listed) {
			reported.push({
				seed,
				uri: document.uri,
				range: { start: document.positionAt(disagreement.start), end: document.positionAt(disagreement.end) },
				kind: disagreement.kind,
				message: describeDisagreement(disagreement, (start, end) => text.slice(start, end)),
			});
		}
	}
	return { listed: reported, count };
}
