/**
 * The server side of several coders, in its own bundle (`dist/agreement.js`, loaded on first use
 * by `agreementLoader.ts`): the language server bundle is near its size budget and most sessions
 * never compare coders.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { agreementResult } from './core/agreement/agreementResult';
import { coderNameProblem } from './core/annotations/coderSidecar';
import { loadCoderSeeds, type SeedText } from './node/coderSeedFiles';
import { fileUri, findSeedFiles, readSeedFile, uriToPath } from './node/workspaceScanner';
import type { AgreementAnswer, AgreementArgs } from './protocol/agreement';

export interface AgreementEnvironment {
	/** Workspace folders (paths): the default scope, and what seed names are relative to. */
	readonly folders: readonly string[];
}

function stringList(value: unknown, name: string): string[] | undefined {
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value) || value.some(item => typeof item !== 'string')) throw new Error(`"${name}" must be a list of strings`);
	return value as string[];
}

/** `seed.agreement`: the figures over the seeds and coders asked for. Throws Error with a message for bad arguments. */
export async function runAgreementCommand(args: unknown, environment: AgreementEnvironment): Promise<AgreementAnswer> {
	const given = (args ?? {}) as Partial<Record<keyof AgreementArgs, unknown>>;
	const uris = stringList(given.uris, 'uris');
	const coders = stringList(given.coders, 'coders');
	const codes = stringList(given.codes, 'codes');
	const badCoder = coders?.map(coderNameProblem).find(Boolean);
	if (badCoder) throw new Error(badCoder);
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
	const loaded = await loadCoderSeeds(seeds);
	const result = agreementResult(loaded.files, { ...(coders ? { coders } : {}), ...(codes ? { codes } : {}) });
	return {
		...result,
		seedUris: Object.fromEntries(seeds.map(seed => [seed.seed, fileUri(seed.file)])),
		problems: loaded.problems,
	};
}

export { adjudicate, seedDisagreements } from './adjudication';
