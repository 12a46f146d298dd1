/**
 * A codebook of the regular shape read by a line scan (issue 14 §4): the `yaml` library takes seconds
 * to lex and compose the 2 MB of a codebook of 30,000 tags, while its usual shape — as the editor and
 * `yaml` itself write it — is one line per key and field:
 *
 *     # comments at the margin
 *     version: 1
 *     tags:
 *       # comments between entries, two spaces in, after a blank line or an entry
 *       actor/state:
 *         description: plain text, "double" or 'single' quoted
 *         color: "#1f77b4"
 *
 * Every line must be one of these, each value of a form whose meaning and printing are plain (no
 * escapes, no number or keyword, no comment or colon that would end it); anything else — a quoted
 * key, a multi-line value, a flow mapping, another field, CRLF, a duplicate, a bad name — gives
 * undefined and the caller parses the file with `yaml` as before, so that every message and position
 * stays the library's. What is accepted reads exactly as `parseCodebookDocument` reads it and
 * prints back unchanged from its `yaml` Document, which is what the text-level edits of
 * `codebookIndex.ts` rely on; `codebookFastRead.test.ts` checks both on many generated codebooks.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Codebook, CodebookProblem, CodebookTag } from './codebook';
import type { TagsLayout } from './codebookIndex';

const maxCodebookLength = 2 * 1024 * 1024;
/** What the scan leaves to `yaml`: tab, CR, a byte-order mark, characters YAML forbids or escapes, lone surrogates. */
const irregularCharacter =
	/[\t\r\ufeff\u2028\u2029\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A name `tagNameProblem` accepts: segments of letters, digits, `_`, `-`, `.` split by `/`, a letter first (not a digit: a number). */
const tagName = String.raw`(\p{L}[\p{L}\p{N}_.-]*(?:/[\p{L}\p{N}][\p{L}\p{N}_.-]*)*)`;
const keyLine = new RegExp(String.raw` {2}${tagName}:\n`, 'uy');
/** The usual entry, a key with a description and a colour, in one match (a third of the work of three lines). */
const usualEntry = new RegExp(String.raw` {2}${tagName}:\n {4}description: ([^\n]+)\n {4}color: "(#[0-9a-fA-F]{6})"\n`, 'uy');
const headerComment = /#(?:[^\n]*\S)?\n/y;
const entryComment = / {2}#(?:[^\n]*\S)?\n/y;
const versionLine = /version: (?:0|[1-9][0-9]{0,8})\n/y;
const colorLine = / {4}color: (?:"(#(?:[0-9a-fA-F]{3}){1,2})"|'(#(?:[0-9a-fA-F]{3}){1,2})')\n/y;
const descriptionPrefix = '    description: ';
/** A plain value read and printed as itself: no indicator first, no `: ` or ` #`, no tab, no space or colon at the end. */
const plainValue = /^[^\s\-?:,[\]{}#&*!|>'"%@`0-9+.~](?:[^\t]*[^\s:])?$/;
const plainBreak = /: | #/;
const coreKeyword = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const doubleQuoted = /^"([^"\\]*)"$/;
const singleQuoted = /^'([^']*)'$/;
const maxNameLength = 200;

interface Entry {
	readonly name: string;
	readonly range: Range;
	description: string | undefined;
	color: string | undefined;
}

/** The codebook and the layout of its entries, or undefined when the file is not of the regular shape. */
export function readRegularCodebook(text: string): { readonly codebook: Codebook; readonly layout: TagsLayout } | undefined {
	if (text.length > maxCodebookLength || !text.endsWith('\n') || irregularCharacter.test(text)) {
		return undefined;
	}
	let offset = 0;
	let line = 0;
	/** Whether `pattern` matches the line at `offset`; if so, moves to the next line. */
	const take = (pattern: RegExp): RegExpExecArray | null => {
		pattern.lastIndex = offset;
		const match = pattern.exec(text);
		if (match) {
			offset = pattern.lastIndex;
			line++;
		}
		return match;
	};
	while (take(headerComment));
	take(versionLine);
	if (!text.startsWith('tags:\n', offset)) {
		return undefined;
	}
	offset += 'tags:\n'.length;
	line++;
	const itemsStart = offset;
	const itemsStartLine = line;
	const tags: CodebookTag[] = [];
	const problems: CodebookProblem[] = [];
	const lineStarts: number[] = [];
	const seen = new Set<string>();
	// What the previous line was: the `tags:` line, a blank line, a comment, a key or a field of an entry.
	let previous: 'tags' | 'blank' | 'comment' | 'key' | 'field' = 'tags';
	let entry: Entry | undefined;
	const finish = () => {
		if (entry) tags.push(tagOf(entry, problems));
		entry = undefined;
	};
	/** Starts the entry of the key `name` on the line `keyLine`; false when the scan cannot take it. */
	const start = (name: string, keyStart: number, keyLine: number, description?: string, color?: string): boolean => {
		if (name.length > maxNameLength || seen.has(name) || coreKeyword.test(name)) return false;
		finish();
		seen.add(name);
		lineStarts.push(keyStart);
		const range = { start: { line: keyLine, character: 2 }, end: { line: keyLine, character: 2 + name.length } };
		entry = { name, range, description, color };
		return true;
	};
	while (offset < text.length) {
		if (text.charCodeAt(offset) === 0x0a) {
			// One blank line, after an entry's field, before a comment or the next key.
			if (previous !== 'field') return undefined;
			previous = 'blank';
			offset++;
			line++;
			continue;
		}
		if (text.startsWith('    ', offset)) {
			if ((previous !== 'key' && previous !== 'field') || !entry) return undefined;
			if (text.startsWith(descriptionPrefix, offset)) {
				const end = text.indexOf('\n', offset);
				const value = text.slice(offset + descriptionPrefix.length, end);
				const description = entry.description === undefined ? plainOrQuoted(value) : undefined;
				if (description === undefined) return undefined;
				entry.description = description;
				offset = end + 1;
				line++;
			} else {
				const color = entry.color === undefined ? take(colorLine) : null;
				if (!color) return undefined;
				entry.color = fullColor(color[1] ?? color[2]);
			}
			previous = 'field';
			continue;
		}
		if (previous === 'key') {
			return undefined;
		}
		const keyStart = offset;
		usualEntry.lastIndex = offset;
		const usual = usualEntry.exec(text);
		const description = usual ? plainOrQuoted(usual[2]) : undefined;
		if (usual && description !== undefined) {
			if (!start(usual[1], keyStart, line, description, fullColor(usual[3]))) return undefined;
			offset = usualEntry.lastIndex;
			line += 3;
			previous = 'field';
		} else if (take(entryComment)) {
			finish();
			previous = 'comment';
		} else {
			const name = take(keyLine)?.[1];
			if (!name || !start(name, keyStart, line - 1)) return undefined;
			previous = 'key';
		}
	}
	if (previous !== 'field') {
		return undefined;
	}
	finish();
	const count = tags.length;
	const starts = Int32Array.from(lineStarts);
	const keyStarts = starts.map(start => start + 2);
	const keyEnds = keyStarts.map((start, i) => start + tags[i].name.length);
	return {
		codebook: { tags, problems },
		layout: {
			itemsStart,
			itemsStartLine,
			tags,
			lineShifts: new Int32Array(count),
			lineStarts: starts,
			keyStarts,
			keyEnds,
			keyTypes: new Array<'PLAIN'>(count).fill('PLAIN'),
		},
	};
}

/** The tag as `parseCodebookDocument` gives it (the same properties, in the same order); a missing colour is added to `problems`. */
function tagOf({ name, range, description, color }: Entry, problems: CodebookProblem[]): CodebookTag {
	const tag: { -readonly [Key in keyof CodebookTag]: CodebookTag[Key] } = { name, range };
	const slash = name.lastIndexOf('/');
	if (slash > 0) tag.parent = name.slice(0, slash);
	if (description !== undefined) tag.description = description;
	if (color) tag.color = color;
	else problems.push(missingColorProblem(name, range));
	return tag;
}

/** `#rrggbb` in lower case, a `#rgb` colour expanded. */
function fullColor(hex: string): string {
	const lower = hex.toLowerCase();
	return lower.length === 4 ? '#' + lower[1] + lower[1] + lower[2] + lower[2] + lower[3] + lower[3] : lower;
}

/** The warning for a tag listed without a colour, on its key. */
export function missingColorProblem(name: string, range: Range): CodebookProblem {
	return { message: `${name} has no color; it is highlighted in a default colour`, range, severity: 'warning' };
}

/** The string a description's value spells, when it is one the scan reads without `yaml`. */
function plainOrQuoted(value: string): string | undefined {
	if (plainValue.test(value)) {
		return plainBreak.test(value) || coreKeyword.test(value) ? undefined : value;
	}
	return doubleQuoted.exec(value)?.[1] ?? singleQuoted.exec(value)?.[1];
}
