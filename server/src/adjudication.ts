/**
 * Disagreements between coders in one seed and their adjudication, for the language server (in
 * the lazily loaded agreement bundle). Coders' files are only read. Accepted annotations are
 * copied into the consensus file `name.tags.yaml`, keeping the original coder and time; every
 * decision is logged in `name.adjudication.yaml` (the sidecar schema: the decided passage with its
 * context, `tag` accepted or rejected, `note` saying what was decided), so a decided place is not
 * flagged again and the log re-anchors after edits like any tag. Both files go through the same
 * SidecarStore as tags: atomic writes inside the workspace, malformed files never overwritten.
 */
import { promises as fs } from 'node:fs';
import { URI, Utils } from 'vscode-uri';
import { findDisagreements, describeDisagreement, type CoderAnnotation, type Disagreement } from './core/agreement/disagreements';
import { contextAround, createAnnotationId, type Annotation } from './core/annotations/annotation';
import { coderSidecarUri, codersOfSeed } from './core/annotations/coderSidecar';
import { reanchorAll } from './core/annotations/reanchor';
import { Sidecar } from './core/annotations/sidecar';
import { defaultSidecarUri, SidecarStore } from './core/annotations/sidecarStore';
import { NodeFileSystem } from './node/nodeFileSystem';
import { withoutByteOrderMark } from './node/workspaceScanner';
import type { AdjudicateArgs } from './protocol/agreement';

export interface AdjudicationEnvironment {
	readonly workspaceFolders: () => readonly URI[];
	readonly now?: () => Date;
}

/** `name.txt` → `name.adjudication.yaml`: the log of adjudication decisions. */
export function adjudicationLogUri(seed: URI): URI {
	const name = Utils.basename(seed);
	const dot = name.lastIndexOf('.');
	return Utils.joinPath(Utils.dirname(seed), `${dot > 0 ? name.slice(0, dot) : name}.adjudication.yaml`);
}

export interface SeedDisagreements {
	readonly coders: readonly string[];
	readonly disagreements: readonly (Disagreement & { readonly message: string })[];
}

/** One store per file family; created per call so this module keeps no state of its own. */
function stores(environment: AdjudicationEnvironment) {
	const fileSystem = new NodeFileSystem();
	return {
		consensus: new SidecarStore(fileSystem, { workspaceFolders: environment.workspaceFolders, sidecarUriFor: defaultSidecarUri }),
		log: new SidecarStore(fileSystem, { workspaceFolders: environment.workspaceFolders, sidecarUriFor: adjudicationLogUri }),
	};
}

/** Every coder's annotations of the seed, found again in `text` (orphans left out). */
export async function coderAnnotations(
	seed: URI, text: string,
): Promise<{ coders: string[]; annotations: (Annotation & { coder: string })[] }> {
	const names = await fs.readdir(Utils.dirname(seed).fsPath).catch(() => [] as string[]);
	const coders = codersOfSeed(seed, names);
	const annotations: (Annotation & { coder: string })[] = [];
	for (const coder of coders) {
		const fileText = await fs.readFile(coderSidecarUri(seed, coder).fsPath, 'utf8').catch(() => undefined);
		const parsed = fileText === undefined ? undefined : Sidecar.parse(withoutByteOrderMark(fileText));
		if (!parsed?.ok) continue; // a malformed coder file is reported when that coder opens the seed
		const found = reanchorAll(text, parsed.sidecar.annotations);
		parsed.sidecar.annotations.forEach((annotation, index) => {
			const anchor = found[index];
			if (anchor.status !== 'orphaned') {
				const { start, end } = anchor;
				annotations.push({ ...annotation, start, end, text: text.slice(start, end), ...contextAround(text, start, end), coder });
			}
		});
	}
	return { coders, annotations };
}

/** The places where the seed's coders differ and that no decision settled, in `text` (the open text). */
export async function seedDisagreements(seedUri: string, text: string, environment: AdjudicationEnvironment): Promise<SeedDisagreements> {
	const seed = URI.parse(seedUri);
	const { coders, annotations } = await coderAnnotations(seed, text);
	if (coders.length < 2) return { coders, disagreements: [] };
	const logState = await stores(environment).log.load(seed);
	const decisions = logState.kind === 'ok' ? logState.sidecar.annotations : [];
	const settled = reanchorAll(text, decisions)
		.flatMap(anchor => (anchor.status === 'orphaned' ? [] : [{ start: anchor.start, end: anchor.end }]));
	const units: CoderAnnotation[] = annotations.map(({ coder, id, tag, start, end }) => ({ coder, id, tag, start, end }));
	return {
		coders,
		disagreements: findDisagreements(units, coders, settled).map(disagreement => ({
			...disagreement,
			message: describeDisagreement(disagreement, (start, end) => text.slice(start, end)),
		})),
	};
}

/** `seed.adjudicate`: copies the accepted annotations into the consensus file and logs the decision. */
export async function adjudicate(args: AdjudicateArgs, text: string, environment: AdjudicationEnvironment): Promise<number> {
	const seed = URI.parse(args.uri);
	const { annotations } = await coderAnnotations(seed, text);
	const accepted = args.accept.map(choice => {
		const found = annotations.find(annotation => annotation.coder === choice.coder && annotation.id === choice.id);
		if (!found) throw new Error(`${choice.coder}'s annotation ${choice.id} is no longer in this text`);
		return found;
	});
	const { consensus, log } = stores(environment);
	const existing = new Set((await consensus.annotations(seed)).map(annotation => annotation.id));
	const copies = accepted.map(annotation => {
		// Ids are unique per file; two coders' ids could meet in the consensus file.
		const id = existing.has(annotation.id) ? createAnnotationId() : annotation.id;
		existing.add(id);
		return { ...annotation, id };
	});
	if (copies.length > 0) await consensus.addMany(seed, copies);
	const start = Math.max(0, Math.min(args.start, text.length));
	const end = Math.max(start, Math.min(args.end, text.length));
	const decided = accepted.length === 0
		? 'rejected'
		: `accepted ${accepted.map(annotation => `${annotation.coder}'s ${annotation.tag}`).join(' and ')}`;
	await log.add(seed, {
		id: createAnnotationId(),
		tag: accepted.length === 0 ? 'rejected' : 'accepted',
		text: text.slice(start, end),
		start,
		end,
		...contextAround(text, start, end),
		note: decided,
		created: (environment.now?.() ?? new Date()).toISOString(),
	});
	return copies.length;
}
