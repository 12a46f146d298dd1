/**
 * Tagging as code actions (issue 15 §3.1), for editors that cannot pass arguments of their own to
 * `workspace/executeCommand` (Helix) or have no picker of ours (Neovim, Zed, Emacs, Kate): on a
 * selection, "Tag as <tag>" for the last tag used and then the workspace's most used tags; inside a
 * tagged passage, "Remove tag <tag>". Each action carries a `seed.tag` / `seed.untag` command with
 * every argument filled in, so the editor only has to send it back as it is.
 *
 * The kind is `source.seed.tag`: other editors list it with their code actions, and VS Code, which
 * has its own tag picker, keeps it out of the light bulb (it shows under *Source Action…*).
 */
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { Annotation } from './core/annotations/annotation';
import { ServerCommand, type AnnotationInfo, type CodebookInfo, type TagArgs, type UntagArgs } from './protocol/commands';

export const TAG_CODE_ACTION_KIND = 'source.seed.tag';

/** Tags offered after the last one used: enough to code with, few enough for a menu. */
const MAX_OFFERED_TAGS = 10;

export interface StoredAnnotations {
	readonly sidecarUri: string;
	readonly annotations: readonly Pick<Annotation, 'tag' | 'created'>[];
}

export interface TagCodeActionSource {
	/** False in an untrusted workspace: nothing is offered that would write. */
	readonly canWrite: () => boolean;
	readonly codebook: () => Promise<CodebookInfo>;
	/** A seed's annotations with their current ranges (throws for a malformed sidecar). */
	readonly annotations: (uri: string) => Promise<readonly AnnotationInfo[]>;
	/** A seed's annotations as stored, without anchoring them: for counting tags. */
	readonly stored: (uri: string) => Promise<StoredAnnotations>;
	/** Every seed of the workspace. */
	readonly listSeeds: () => AsyncIterable<string>;
}

/** How one seed uses tags: counts, and its most recent annotation. */
interface SeedTagUsage {
	readonly sidecarUri: string;
	readonly counts: ReadonlyMap<string, number>;
	readonly latest?: { readonly tag: string; readonly created: string };
}

export class TagCodeActions {
	/** Per seed, read once from every sidecar on the first request, then kept up to date seed by seed. */
	private usage: Promise<Map<string, SeedTagUsage>> | undefined;

	constructor(private readonly source: TagCodeActionSource) {}

	/** The annotations of a seed changed (a command, or its sidecar reloaded): count its tags again. */
	annotationsChanged(uri: string): void {
		this.usage = this.usage?.then(async (usage) => {
			usage.set(uri, await this.usageOf(uri));
			return usage;
		});
	}

	/** A sidecar changed on disk; when its seed is unknown (a new seed), everything is counted again. */
	sidecarChanged(sidecarUri: string): void {
		const changed = URI.parse(sidecarUri).toString();
		this.usage = this.usage?.then(async (usage) => {
			const seed = [...usage].find(([, entry]) => entry.sidecarUri === changed)?.[0];
			if (seed === undefined) return this.countAll();
			usage.set(seed, await this.usageOf(seed));
			return usage;
		});
	}

	/**
	 * The tagging actions for `range` of the seed `uri`; `selectedText` is the text of `range`.
	 * `only` is the client's filter of kinds (`context.only`).
	 */
	async provide(uri: string, range: Range, selectedText: string, only?: readonly string[]): Promise<CodeAction[]> {
		const wanted = !only || only.some((kind) => TAG_CODE_ACTION_KIND === kind || TAG_CODE_ACTION_KIND.startsWith(kind + '.'));
		if (!this.source.canWrite() || !wanted) {
			return [];
		}
		let here: readonly AnnotationInfo[];
		try {
			here = await this.source.annotations(uri);
		} catch {
			return []; // a malformed sidecar: every tag command on this text is refused, so none is offered
		}
		const actions = selectedText.trim() === '' ? [] : await this.tagActions(uri, range);
		for (const annotation of here) {
			if (annotation.range && overlaps(annotation.range, range)) {
				actions.push({
					title: `Remove tag ${annotation.tag} from "${shorten(annotation.text)}"`,
					kind: TAG_CODE_ACTION_KIND,
					command: {
						title: 'Remove tag',
						command: ServerCommand.untag,
						arguments: [{ uri, id: annotation.id } satisfies UntagArgs],
					},
				});
			}
		}
		return actions;
	}

	private async tagActions(uri: string, range: Range): Promise<CodeAction[]> {
		this.usage ??= this.countAll();
		const usage = await this.usage.catch(() => {
			this.usage = undefined; // counted again next time; meanwhile the codebook's order
			return new Map<string, SeedTagUsage>();
		});
		const counts = new Map<string, number>();
		let latest: SeedTagUsage['latest'];
		for (const entry of usage.values()) {
			for (const [tag, count] of entry.counts) counts.set(tag, (counts.get(tag) ?? 0) + count);
			if (entry.latest && (!latest || entry.latest.created > latest.created)) latest = entry.latest;
		}
		const names = offeredTags((await this.source.codebook()).tags, counts, latest?.tag);
		const tagAction = (tag: string, title: string): CodeAction => ({
			title,
			kind: TAG_CODE_ACTION_KIND,
			command: { title: 'Tag', command: ServerCommand.tag, arguments: [{ uri, range, tag } satisfies TagArgs] },
		});
		return [
			...(latest ? [tagAction(latest.tag, `Tag as ${latest.tag} (last used)`)] : []),
			...names.map((name) => tagAction(name, `Tag as ${name}`)),
		];
	}

	private async countAll(): Promise<Map<string, SeedTagUsage>> {
		const usage = new Map<string, SeedTagUsage>();
		for await (const uri of this.source.listSeeds()) usage.set(uri, await this.usageOf(uri));
		return usage;
	}

	private async usageOf(uri: string): Promise<SeedTagUsage> {
		const { sidecarUri, annotations } = await this.source.stored(uri);
		const counts = new Map<string, number>();
		let latest: SeedTagUsage['latest'];
		for (const { tag, created } of annotations) {
			counts.set(tag, (counts.get(tag) ?? 0) + 1);
			if (!latest || created > latest.created) latest = { tag, created };
		}
		return { sidecarUri: URI.parse(sidecarUri).toString(), counts, ...(latest ? { latest } : {}) };
	}
}

/** Whether a passage meets the selection; an empty selection (a cursor) must stand inside it. */
function overlaps(passage: Range, selection: Range): boolean {
	const empty = compare(selection.start, selection.end) === 0;
	return empty
		? compare(passage.start, selection.start) <= 0 && compare(selection.start, passage.end) < 0
		: compare(passage.start, selection.end) < 0 && compare(selection.start, passage.end) < 0;
}

function compare(a: Range['start'], b: Range['start']): number {
	return a.line - b.line || a.character - b.character;
}

function shorten(text: string): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > 30 ? flat.slice(0, 29) + '…' : flat;
}

/**
 * The tags offered: most used first, the codebook's order among equals, then tags in use it lacks,
 * `skip` left out. Only the used ones are sorted: a codebook may list 30,000 tags.
 */
function offeredTags(listed: readonly { readonly name: string }[], counts: ReadonlyMap<string, number>, skip?: string): string[] {
	const used: { name: string; order: number; count: number }[] = [];
	const unused: string[] = [];
	const found = new Set<string>();
	const add = (name: string, order: number) => {
		const count = counts.get(name) ?? 0;
		if (count > 0) used.push({ name, order, count });
		else if (unused.length <= MAX_OFFERED_TAGS) unused.push(name);
	};
	listed.forEach(({ name }, order) => {
		add(name, order);
		if (counts.has(name)) found.add(name);
	});
	[...counts.keys()].filter(name => !found.has(name)).forEach((name, order) => add(name, listed.length + order));
	used.sort((a, b) => b.count - a.count || a.order - b.order);
	return [...used.map(({ name }) => name), ...unused].filter(name => name !== skip).slice(0, MAX_OFFERED_TAGS);
}
