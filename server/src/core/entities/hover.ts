/**
 * The hover of an entity, as Markdown: who or what it is (registry), how the corpus names it
 * (titles and aliases seen), where it is mentioned, the tags on its mentions, and for a name
 * that is not in the registry a link that adds it.
 */
import { ServerCommand } from '../../protocol/commands';
import type { RegistryEntry } from './registry';
import type { EntityRef } from './types';

export interface EntityCorpusFacts {
	/** URIs of the seeds that mention the entity. */
	readonly files: readonly string[];
	/** Role → number of mentions with it, e.g. `Chinese Vice Foreign Minister` → 2. */
	readonly titles: ReadonlyMap<string, number>;
	/** Surface → number of mentions written so, e.g. `Xi` → 40. */
	readonly aliases: ReadonlyMap<string, number>;
}

export interface EntityHoverInput {
	readonly entity: EntityRef;
	readonly registryEntry?: RegistryEntry;
	readonly mentionsInDocument: number;
	readonly corpus?: EntityCorpusFacts;
	/** Tag names on the entity's mentions (injected; empty until annotations exist). */
	readonly tags?: readonly string[];
	/** How a seed is shown in the list of files: by default the last path segment of its URI. */
	readonly fileLabel?: (uri: string) => string;
	/** Files listed before "and N more". */
	readonly maxFiles?: number;
	/**
	 * Whether the editor follows `command:` links (VS Code does). Without them files are listed as
	 * plain paths (`fileLabel`) and an unregistered name says where to add it (`registryLabel`).
	 */
	readonly commandLinks?: boolean;
	/** The registry file as shown to the reader, for hovers without command links. */
	readonly registryLabel?: string;
	/** With `seed.entities.explain`: the ids of the rules that produced the mention under the cursor and its kind. */
	readonly rules?: readonly string[];
}

export function renderEntityHover(input: EntityHoverInput): string {
	const { entity, registryEntry, corpus } = input;
	const lines: string[] = [];
	lines.push(`**${escapeMarkdown(entity.name)}** — ${entity.kind}${registryEntry ? '' : ' *(detected, not in the registry)*'}`);
	if (registryEntry?.description) lines.push('', escapeMarkdown(registryEntry.description));
	if (registryEntry?.link) lines.push('', linkMarkdown(registryEntry.link));

	const facts: string[] = [];
	const titles = corpus ? byCount(corpus.titles) : [];
	if (titles.length > 0) facts.push(`- Titles seen: ${titles.map(([title, count]) => `${escapeMarkdown(title)} (${count})`).join(', ')}`);
	const aliases = corpus ? byCount(corpus.aliases).filter(([alias]) => alias !== entity.name) : [];
	if (aliases.length > 0)
		facts.push(`- Aliases seen: ${aliases.map(([alias, count]) => `${escapeMarkdown(alias)} (${count})`).join(', ')}`);
	facts.push(`- Mentions in this text: ${input.mentionsInDocument}`);
	if (input.rules?.length) facts.push(`- Rules: ${input.rules.map(rule => '`' + rule + '`').join(' → ')}`);
	if (corpus) facts.push(`- Seeds in the workspace that mention it: ${corpus.files.length}${filesMarkdown(corpus.files, input)}`);
	lines.push('', ...facts);

	const tags = input.tags ?? [];
	lines.push(
		'',
		`**Tags on its mentions:** ${tags.length > 0 ? tags.map(tag => '`' + tag.replace(/`/g, "'") + '`').join(', ') : '*none yet*'}`,
	);
	if (!registryEntry && input.commandLinks !== false) {
		lines.push('', `[Add to registry](${commandUri(ServerCommand.addToRegistry, [{ name: entity.name, kind: entity.kind }])})`);
	} else if (!registryEntry) {
		const registry = input.registryLabel ? codeSpan(input.registryLabel) : 'the entity registry';
		lines.push('', `Not in the registry: add it to ${registry} (code action *Add ${escapeMarkdown(entity.name)} to the registry*).`);
	}
	return lines.join('\n');
}

/** A Markdown command link target: `command:id?<URI-encoded JSON arguments>`. */
export function commandUri(command: string, args: readonly unknown[]): string {
	return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function filesMarkdown(files: readonly string[], input: EntityHoverInput): string {
	if (files.length === 0) return '';
	const max = input.maxFiles ?? 10;
	const label = input.fileLabel ?? defaultFileLabel;
	const shown = [...files].sort().slice(0, max).map(uri =>
		input.commandLinks === false ? codeSpan(label(uri)) : `[${escapeMarkdown(label(uri))}](${commandUri('vscode.open', [uri])})`);
	const more = files.length > max ? `, and ${files.length - max} more` : '';
	return `: ${shown.join(', ')}${more}`;
}

function defaultFileLabel(uri: string): string {
	const segment = uri.slice(uri.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

function linkMarkdown(link: string): string {
	if (/^Q\d+$/.test(link)) return `[Wikidata ${link}](https://www.wikidata.org/wiki/${link})`;
	return `[${escapeMarkdown(link)}](${link.replace(/\)/g, '%29')})`;
}

function byCount(counts: ReadonlyMap<string, number>): [string, number][] {
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8);
}

/** A path as inline code: read as it is in every Markdown renderer, backslash escapes included. */
function codeSpan(text: string): string {
	return '`' + text.replace(/`/g, "'") + '`';
}

function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+!|<>]/g, '\\$&');
}
