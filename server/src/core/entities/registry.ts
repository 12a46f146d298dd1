/**
 * The workspace entity registry: a YAML file of entities with their kind, aliases in any script,
 * description and an optional link (a Wikidata id such as `Q15031`, or a URL).
 *
 * `parseRegistry` never throws: a malformed file yields the entries it could read and problems
 * placed where the YAML parser or the check found them, so every other feature keeps working.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import { ENTITY_KINDS, isEntityKind, type EntityKind } from './types';

export interface RegistryEntry {
	readonly id: string;
	readonly name: string;
	readonly kind: EntityKind;
	readonly aliases: readonly string[];
	readonly description?: string;
	readonly link?: string;
	/** The whole list item in the registry file (offsets). */
	readonly start: number;
	readonly end: number;
	/** The `name` value, where go-to-definition lands. */
	readonly nameRange: Range;
}

export interface RegistryProblem {
	readonly code: 'yaml-syntax' | 'registry-structure' | 'registry-entry';
	readonly severity: 'error' | 'warning';
	readonly message: string;
	readonly start: number;
	readonly end: number;
	readonly range: Range;
}

export interface EntityRegistry {
	readonly entries: readonly RegistryEntry[];
	readonly problems: readonly RegistryProblem[];
}

export const EMPTY_REGISTRY: EntityRegistry = { entries: [], problems: [] };

const KNOWN_FIELDS = new Set(['id', 'name', 'kind', 'aliases', 'description', 'link']);
const LINK = /^(?:Q\d+|https?:\/\/\S+)$/;
/** Registries are small; a cap keeps a pasted corpus from stalling the server. */
const MAX_REGISTRY_LENGTH = 5_000_000;

export function parseRegistry(text: string): EntityRegistry {
	const lines = new LineCounter();
	const problems: RegistryProblem[] = [];
	const rangeOf = (start: number, end: number): Range => ({ start: position(lines, start), end: position(lines, Math.max(start, end)) });
	const report = (code: RegistryProblem['code'], severity: RegistryProblem['severity'], message: string, start: number, end: number) =>
		problems.push({ code, severity, message, start, end, range: rangeOf(start, end) });
	try {
		if (text.length > MAX_REGISTRY_LENGTH) {
			lines.addNewLine(0);
			report('registry-structure', 'error', `The registry is larger than ${MAX_REGISTRY_LENGTH} characters and was not read.`, 0, 0);
			return { entries: [], problems };
		}
		const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
		for (const error of document.errors) {
			const [start, end] = error.pos;
			report('yaml-syntax', 'error', firstLine(error.message), start, Math.max(end, start + 1));
		}
		const list = entityList(document.contents, report);
		const entries = list ? readEntries(list, report, rangeOf) : [];
		return { entries, problems };
	} catch (error) {
		// The yaml package does not throw on bad input; this only guards against the unforeseen.
		return {
			entries: [],
			problems: [
				...problems,
				{
					code: 'registry-structure',
					severity: 'error',
					message: String(error),
					start: 0,
					end: 0,
					range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				},
			],
		};
	}
}

type Report = (code: RegistryProblem['code'], severity: RegistryProblem['severity'], message: string, start: number, end: number) => void;

/** Accepts `entities: [...]` at the top, or a bare list. */
function entityList(contents: unknown, report: Report): readonly unknown[] | undefined {
	if (contents === null || contents === undefined) return undefined;
	if (isSeq(contents)) return contents.items;
	if (isMap(contents)) {
		const entities = contents.get('entities', true);
		if (isSeq(entities)) return entities.items;
		if (entities === undefined) {
			const [start, end] = spanOf(contents as Node);
			report('registry-structure', 'error', 'The registry needs an `entities:` list.', start, Math.min(end, start + 1));
			return undefined;
		}
		const [start, end] = spanOf(entities as Node);
		report('registry-structure', 'error', '`entities` must be a list of entries.', start, end);
		return undefined;
	}
	const [start, end] = spanOf(contents as Node);
	report('registry-structure', 'error', 'The registry must be a mapping with an `entities:` list.', start, end);
	return undefined;
}

function readEntries(items: readonly unknown[], report: Report, rangeOf: (start: number, end: number) => Range): RegistryEntry[] {
	const entries: RegistryEntry[] = [];
	const ids = new Set<string>();
	for (const item of items) {
		const [start, end] = spanOf(item as Node);
		if (!isMap(item)) {
			report('registry-entry', 'error', 'An entry must be a mapping with `name` and `kind`.', start, end);
			continue;
		}
		const entry = readEntry(item, start, end, report, rangeOf);
		if (!entry) continue;
		if (ids.has(entry.id)) {
			report('registry-entry', 'warning', `Another entry already has the id \`${entry.id}\`; this one is ignored.`, start, end);
			continue;
		}
		ids.add(entry.id);
		entries.push(entry);
	}
	return entries;
}

function readEntry(
	item: YAMLMap,
	start: number,
	end: number,
	report: Report,
	rangeOf: (start: number, end: number) => Range,
): RegistryEntry | undefined {
	for (const pair of item.items as Pair[]) {
		const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
		if (key !== undefined && !KNOWN_FIELDS.has(key)) {
			const [keyStart, keyEnd] = spanOf(pair.key as Node);
			report('registry-entry', 'warning', `Unknown field \`${key}\` (expected ${[...KNOWN_FIELDS].join(', ')}).`, keyStart, keyEnd);
		}
	}
	const nameNode = item.get('name', true);
	const name = scalarString(nameNode)?.trim();
	if (!name) {
		const [nodeStart, nodeEnd] = nameNode ? spanOf(nameNode as Node) : [start, Math.min(end, start + 1)];
		report('registry-entry', 'error', 'The entry has no `name`.', nodeStart, nodeEnd);
		return undefined;
	}
	const kindNode = item.get('kind', true);
	const kind = scalarString(kindNode)?.trim();
	if (!isEntityKind(kind)) {
		const [nodeStart, nodeEnd] = kindNode ? spanOf(kindNode as Node) : spanOf(nameNode as Node);
		const message =
			kind === undefined
				? `\`${name}\` has no \`kind\` (one of ${ENTITY_KINDS.join(', ')}).`
				: `Unknown kind \`${kind}\` (expected one of ${ENTITY_KINDS.join(', ')}).`;
		report('registry-entry', 'error', message, nodeStart, nodeEnd);
		return undefined;
	}
	const aliases = readAliases(item.get('aliases', true), report);
	const description = optionalString(item, 'description', report);
	const link = optionalString(item, 'link', report);
	if (link !== undefined && !LINK.test(link)) {
		const [nodeStart, nodeEnd] = spanOf(item.get('link', true) as Node);
		report('registry-entry', 'warning', '`link` should be a Wikidata id (`Q…`) or an http(s) URL.', nodeStart, nodeEnd);
	}
	const id = optionalString(item, 'id', report) ?? name;
	const [nameStart, nameEnd] = spanOf(nameNode as Node);
	return { id, name, kind, aliases, description, link, start, end, nameRange: rangeOf(nameStart, nameEnd) };
}

function readAliases(node: unknown, report: Report): string[] {
	if (node === undefined || node === null) return [];
	const values = isSeq(node) ? node.items : [node];
	const aliases: string[] = [];
	for (const value of values) {
		const alias = scalarString(value)?.trim();
		if (alias) aliases.push(alias);
		else {
			const [start, end] = spanOf(value as Node);
			report('registry-entry', 'warning', 'An alias must be a non-empty string.', start, end);
		}
	}
	return aliases;
}

function optionalString(item: YAMLMap, key: string, report: Report): string | undefined {
	const node = item.get(key, true);
	if (node === undefined || node === null) return undefined;
	const value = scalarString(node)?.trim();
	if (value === undefined) {
		const [start, end] = spanOf(node as Node);
		report('registry-entry', 'warning', `\`${key}\` must be a string.`, start, end);
		return undefined;
	}
	return value || undefined;
}

function scalarString(node: unknown): string | undefined {
	if (!isScalar(node)) return undefined;
	const value = node.value;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function spanOf(node: Node | null | undefined): [number, number] {
	const range = node?.range;
	return range ? [range[0], range[1]] : [0, 0];
}

function position(lines: LineCounter, offset: number): { line: number; character: number } {
	const { line, col } = lines.linePos(offset);
	return { line: Math.max(0, line - 1), character: Math.max(0, col - 1) };
}

function firstLine(message: string): string {
	return message.split('\n')[0];
}
