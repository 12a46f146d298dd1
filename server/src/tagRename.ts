/** `seed.renameTag`: a tag and the tags under it renamed in every sidecar and in the codebook, all or nothing. */
import { URI } from 'vscode-uri';
import { AnnotationCommandError, requireString, requireTagName, withCommandErrors } from './annotationCommandError';
import type { CodebookCommands } from './codebookCommands';
import type { Annotation } from './core/annotations/annotation';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';
import { prepareFileChange, type PreparedFileChange } from './core/annotations/lockedFileChange';
import type { SidecarStore } from './core/annotations/sidecarStore';
import type { RenameTagArgs, RenameTagResult } from './protocol/commands';

export interface TagRenameContext {
	readonly store: SidecarStore;
	readonly codebook: CodebookCommands;
	readonly fileSystem: AnnotationFileSystem;
	readonly workspaceFolders: () => readonly URI[];
	/** Every seed of the workspace (URI strings). */
	readonly listSeeds: () => AsyncIterable<string>;
	/** After a seed's sidecar was renamed in: brings its open text up to date. */
	readonly renamedIn: (uri: string) => Promise<void>;
}

/**
 * Renames a tag (and the tags under it: `frame` → `framing` also renames `frame/x`) in every
 * sidecar and in the codebook. All or nothing: every file is checked (not malformed, inside the
 * workspace once links are resolved, writable, no name conflict in the codebook) before the first
 * one is written. Each sidecar is then changed under its lock on its version on disk at that moment;
 * the codebook under its lock, held from its check to its write.
 */
export async function renameTagEverywhere(args: RenameTagArgs, context: TagRenameContext): Promise<RenameTagResult> {
	const from = requireString(args?.from, 'from');
	const to = requireTagName(args?.to, 'to');
	const renames = (annotation: Annotation) => annotation.tag === from || annotation.tag.startsWith(from + '/');
	const codebook = context.codebook.uri();
	// The codebook's lock is taken and its rename computed while the sidecars are looked through; it is
	// held until the codebook is written, so the codebook is read once and stays as it was checked.
	const codebookChange = codebook && prepareFileChange(context.fileSystem, codebook, context.workspaceFolders(), text =>
		context.codebook.index.renameTag(text ?? '', from, to),
	).then(
		prepared => ({ prepared }),
		(error: unknown) => ({
			refusal: error instanceof Error && /^(Refusing|Cannot write|.* is read-only)/.test(error.message)
				? error.message
				: `Cannot rename ${from} in ${codebook.fsPath}: ${(error as Error).message}`,
		}),
	);
	const seeds: string[] = [];
	const refusals: string[] = [];
	let prepared: PreparedFileChange | undefined;
	try {
		try {
			for await (const uri of context.listSeeds()) {
				const state = await context.store.load(URI.parse(uri));
				if (state.kind === 'malformed') {
					// A malformed sidecar might hold the tag too.
					refusals.push(`${context.store.sidecarUri(URI.parse(uri)).fsPath} is malformed; fix it first`);
				} else if (state.kind === 'ok' && state.sidecar.annotations.some(renames)) {
					seeds.push(uri);
					await context.store.assertWritable(URI.parse(uri)).catch((error: Error) => refusals.push(error.message));
				}
			}
		} finally {
			const outcome = await codebookChange;
			if (outcome && 'refusal' in outcome) {
				refusals.push(outcome.refusal);
			}
			prepared = outcome && 'prepared' in outcome ? outcome.prepared : undefined;
		}
		if (refusals.length > 0) {
			throw new AnnotationCommandError(
				`Cannot rename ${from} across the workspace: ${refusals.map(refusal => refusal.replace(/\.$/, '')).join('; ')} (nothing was changed).`,
			);
		}
		let renamed = 0;
		let files = 0;
		for (const uri of seeds) {
			const count = await withCommandErrors(() =>
				context.store.updateMatching(URI.parse(uri), annotation =>
					renames(annotation) ? { tag: to + annotation.tag.slice(from.length) } : undefined,
				),
			);
			renamed += count;
			files += count > 0 ? 1 : 0;
			await context.renamedIn(uri);
		}
		const codebookChanges = prepared?.changes === true;
		if (codebookChanges) {
			await withCommandErrors(() => prepared!.commit());
		}
		return { renamed, files, codebook: codebookChanges };
	} finally {
		await prepared?.release();
	}
}
