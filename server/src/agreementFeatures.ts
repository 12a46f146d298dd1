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
import { fileUri, findSeedFiles, readSeedFile, uriToPath } from './node/workspaceScanner';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AgreementAnswer, AgreementArgs, ReportedDisagreement } from './protocol/agreement';

export interface AgreementEnvironment {
	/** Workspace folders (paths): the default scope, and what seed names are relative to. */
	readonly folders: readonly string[];
	/** Kept between calls by the server, so a refresh parses only changed coder files. */
	readonly cache?: CoderFileCache;
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
	const badCoder = coders?.map(coderNameProblem).find(Boolean);
	if (badCoder) throw new AgreementArgumentError(badCoder);
	const roots = uris ? uris.map(uri => uriToPath(uri)).filter((file): file is string => file !== undefined) : [...environment.folders];
	const seeds: SeedText[] = [];
	const seen = new Set<string>();
	const base = environment.folders[0];
	for (const root of roots) {
		const stat = await fs.stat(root).catch(() => undefined);
		const files: string[] = [];
		if (stat?.isDirectory()) {
			for await (const file of findSeedFiles(root)) files.push(file);
		} else if (stat?.isFile()) {
			files.push(root);
		}
		for (const file of files.sort()) {
			if (seen.has(file)) continue;
			seen.add(file);
			const text = await readSeedFile(file);
			if (text === undefined) continue;
			const seed = base ? path.relative(base, file).split(path.sep).join('/') : file;
			seeds.push({ file, seed, text });
		}
	}
	const loaded = await loadCoderSeeds(seeds, environment.cache);
	const result = agreementResult(loaded.files, { ...(coders ? { coders } : {}), ...(codes ? { codes } : {}) });
	const uriOf = new Map(seeds.map(seed => [seed.seed, fileUri(seed.file)]));
	return {
		...result,
		disagreements: reportedDisagreements(loaded.files, result.seeds, result.coders, uriOf, codes),
		seedUris: Object.fromEntries(seeds.map(seed => [seed.seed, fileUri(seed.file)])),
		problems: loaded.problems,
	};
}

export { adjudicate, coderAnnotations, seedDisagreements } from './adjudication';

/** The places where the compared coders differ, seed by seed, with LSP ranges for opening them. */
function reportedDisagreements(
	files: readonly CoderSeed[], seeds: readonly string[], coders: readonly string[],
	uriOf: ReadonlyMap<string, string>, codes?: readonly string[],
): ReportedDisagreement[] {
	const compared = new Set(seeds);
	const wantedCoders = new Set(coders);
	const wantedCodes = codes && new Set(codes);
	const bySeed = new Map<string, CoderSeed[]>();
	for (const file of files) {
		if (!compared.has(file.seed) || !wantedCoders.has(file.coder)) continue;
		bySeed.set(file.seed, [...bySeed.get(file.seed) ?? [], file]);
	}
	const reported: ReportedDisagreement[] = [];
	for (const seed of seeds) {
		const seedFiles = bySeed.get(seed) ?? [];
		const text = seedFiles[0]?.text ?? '';
		const document = TextDocument.create(uriOf.get(seed) ?? seed, 'seed', 0, text);
		const units = seedFiles.flatMap(file => file.annotations
			.filter(annotation => !wantedCodes || wantedCodes.has(annotation.tag))
			.map(({ tag, start, end }, index) => ({ coder: file.coder, id: String(index), tag, start, end })));
		for (const disagreement of findDisagreements(units, coders)) {
			reported.push({
				seed,
				uri: document.uri,
				range: { start: document.positionAt(disagreement.start), end: document.positionAt(disagreement.end) },
				kind: disagreement.kind,
				message: describeDisagreement(disagreement, (start, end) => text.slice(start, end)),
			});
		}
	}
	return reported;
}
