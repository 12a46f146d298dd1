/**
 * Adds an entry to the registry file by inserting text after the last entry, so comments and
 * formatting elsewhere in the file stay exactly as they are. The entry itself is written by the
 * `yaml` package, so any name is quoted correctly.
 */
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { yamlHazards } from '../annotations/yamlHazards';
import type { EntityKind } from './types';

export interface NewRegistryEntry {
	readonly name: string;
	readonly kind: EntityKind;
	readonly aliases?: readonly string[];
	readonly description?: string;
	readonly link?: string;
}

/** A text edit in offsets: replace `[start, end)` of the registry text with `newText`. */
export interface RegistryTextEdit {
	readonly start: number;
	readonly end: number;
	readonly newText: string;
}

/**
 * The edit that adds `entry` to the registry `text` (empty for a file that does not exist yet),
 * or undefined when an entry with that name is already there or the file cannot be read as YAML
 * (a broken registry is never rewritten).
 */
export function addToRegistryEdit(text: string, entry: NewRegistryEntry): RegistryTextEdit | undefined {
	const item = entryYaml(entry);
	if (text.trim() === '') {
		return { start: 0, end: text.length, newText: `# Seed Annotator entity registry\nentities:\n${indent(item, '  ')}` };
	}
	const document = parseDocument(text);
	// A broken registry, or one holding what a rewrite would lose (custom tags, control characters), is never edited.
	if (document.errors.length > 0 || yamlHazards(text, document).length > 0) return undefined;
	const contents = document.contents;
	if (!isMap(contents)) return undefined;
	const entities = contents.get('entities', true);
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	if (entities === undefined || entities === null || isSeq(entities) && entities.items.length === 0 && entities.flow) {
		const pair = contents.items.find(candidate => (candidate.key as { value?: unknown } | null)?.value === 'entities');
		if (pair) return undefined;
		const end = text.length;
		const separator = text.endsWith('\n') ? '' : eol;
		return { start: end, end, newText: `${separator}entities:${eol}${indent(item, '  ', eol)}` };
	}
	if (!isSeq(entities) || entities.flow) return undefined;
	const exists = entities.items.some(candidate => isMap(candidate) && String(candidate.get('name')) === entry.name);
	if (exists) return undefined;
	const last = entities.items[entities.items.length - 1] as { range?: [number, number, number] } | undefined;
	const first = entities.items[0] as { range?: [number, number, number] } | undefined;
	if (!last?.range || !first?.range) return undefined;
	const dashColumn = columnOfDash(text, first.range[0]);
	// Insert at the start of the line after the last entry's value.
	let at = last.range[1];
	const lineEnd = text.indexOf('\n', Math.max(at - 1, 0));
	at = lineEnd === -1 ? text.length : lineEnd + 1;
	const prefix = lineEnd === -1 ? eol : '';
	return { start: at, end: at, newText: prefix + indent(item, ' '.repeat(dashColumn), eol) };
}

function entryYaml(entry: NewRegistryEntry): string {
	const value: Record<string, unknown> = { name: entry.name, kind: entry.kind };
	if (entry.aliases && entry.aliases.length > 0) value.aliases = [...entry.aliases];
	value.description = entry.description ?? '';
	if (entry.link) value.link = entry.link;
	return stringify([value], { lineWidth: 0, flowCollectionPadding: false });
}

function indent(yaml: string, prefix: string, eol = '\n'): string {
	return yaml.split('\n').filter(line => line.length > 0).map(line => prefix + line + eol).join('');
}

function columnOfDash(text: string, itemStart: number): number {
	const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
	const dash = text.indexOf('-', lineStart);
	return dash >= 0 && dash < itemStart ? dash - lineStart : 0;
}
