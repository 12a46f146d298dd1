/**
 * The codebook (`seeds/codebook.yaml` by default): the workspace's tag vocabulary, with a
 * description and a colour per tag and hierarchy by `/` (`frame/cooperation` is under `frame`).
 *
 *     version: 1
 *     tags:
 *       frame/cooperation:
 *         description: Relations framed as partnership, mutual benefit, friendship.
 *         color: "#2ca02c"
 */
import { isMap, isScalar, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { tagNameProblem } from './annotation';
import { colorForNewTag } from './tagColors';
import { yamlHazards } from './yamlHazards';
import { duplicateKeys } from './duplicateKeys';
import { missingColorProblem, readRegularCodebook } from './codebookFastRead';

export { missingColorProblem } from './codebookFastRead';

export interface CodebookTag {
	/** `actor/state` */
	readonly name: string;
	/** `actor` for `actor/state`; undefined at the top. The parent need not be listed itself. */
	readonly parent?: string;
	readonly description?: string;
	/** `#rrggbb` (a `#rgb` colour is expanded). */
	readonly color?: string;
	/** The tag's key in the codebook file. */
	readonly range: Range;
}

export interface CodebookProblem {
	readonly message: string;
	readonly range: Range;
	readonly severity: 'error' | 'warning';
}

export interface Codebook {
	readonly tags: readonly CodebookTag[];
	readonly problems: readonly CodebookProblem[];
}

export interface NewCodebookTag {
	readonly name: string;
	readonly description?: string;
	readonly color?: string;
}

const maxCodebookLength = 2 * 1024 * 1024;
const maxAliasCount = 100;
const hexColor = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export { tagPalette } from './tagColors';

/** The codebook read by a line scan when it has the regular shape (milliseconds for 30,000 tags), else by `yaml`. */
export function parseCodebook(text: string): Codebook {
	return readRegularCodebook(text)?.codebook ?? parseCodebookDocument(text).codebook;
}

/** The codebook and, when it has no error, the `yaml` Document it was read from (`codebookIndex.ts` indexes its layout). */
export function parseCodebookDocument(text: string): { readonly codebook: Codebook; readonly doc?: Document } {
	const positions = TextDocument.create('codebook', 'yaml', 0, text);
	const rangeOf = (start: number, end: number): Range => ({ start: positions.positionAt(start), end: positions.positionAt(end) });
	const problems: CodebookProblem[] = [];
	const error = (message: string, start = 0, end = start, severity: 'error' | 'warning' = 'error') =>
		problems.push({ message, range: rangeOf(start, end), severity });
	if (text.length > maxCodebookLength) {
		error(`the codebook is over the ${maxCodebookLength / 1048576} MB limit`);
		return { codebook: { tags: [], problems } };
	}
	// Duplicate keys are looked for in one pass: the library's own check is quadratic in a mapping's size.
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
	const yamlErrors = [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
	for (const yamlError of yamlErrors) {
		error(yamlError.message, yamlError.pos[0], yamlError.pos[1]);
	}
	for (const hazard of yamlErrors.length === 0 ? yamlHazards(text, doc) : []) {
		error(hazard.message, hazard.offset, hazard.offset + hazard.length);
	}
	if (problems.length > 0) {
		return { codebook: { tags: [], problems } };
	}
	try {
		doc.toJS({ maxAliasCount }); // throws on alias bombs before anything reads the values
	} catch (aliasError) {
		error((aliasError as Error).message);
		return { codebook: { tags: [], problems } };
	}
	const root = doc.contents;
	if (root === null || (isScalar(root) && root.value === null)) {
		return { codebook: { tags: [], problems } };
	}
	const tagsNode = isMap(root) ? root.get('tags', true) : undefined;
	if (!isMap(root) || !isMap(tagsNode)) {
		error(
			'a codebook is a mapping with "tags": one entry per tag name, each with a description and a color',
			0,
			Math.min(text.length, 1),
		);
		return { codebook: { tags: [], problems } };
	}
	const tags: CodebookTag[] = [];
	for (const pair of (tagsNode as YAMLMap).items as Pair[]) {
		const keyRange = (pair.key as { range?: [number, number, number] }).range ?? [0, 0, 0];
		const name = isScalar(pair.key) ? String(pair.key.value) : '';
		const nameProblem = tagNameProblem(name);
		if (nameProblem) {
			error(nameProblem, keyRange[0], keyRange[1]);
			continue;
		}
		let description: string | undefined;
		let color: string | undefined;
		let colorReported = false;
		if (isMap(pair.value)) {
			const descriptionNode = pair.value.get('description', true);
			const colorNode = pair.value.get('color', true);
			if (descriptionNode !== undefined) {
				if (isScalar(descriptionNode) && typeof descriptionNode.value === 'string') {
					description = descriptionNode.value;
				} else {
					const r = (descriptionNode as { range?: number[] }).range ?? keyRange;
					error(`the description of ${name} must be text`, r[0], r[1]);
				}
			}
			if (colorNode !== undefined) {
				const value = isScalar(colorNode) ? String(colorNode.value) : '';
				if (hexColor.test(value)) {
					color = value.length === 4 ? '#' + [...value.slice(1)].map(c => c + c).join('') : value;
					color = color.toLowerCase();
				} else {
					const r = (colorNode as { range?: number[] }).range ?? keyRange;
					error(`the color of ${name} must be a hex colour such as "#1f77b4" (quoted: # starts a YAML comment)`, r[0], r[1]);
					colorReported = true;
				}
			}
		} else if (isScalar(pair.value) && typeof pair.value.value === 'string') {
			description = pair.value.value; // `tag: description` shorthand
		} else if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
			error(`${name} must map to a description and a color`, keyRange[0], keyRange[1]);
			continue;
		}
		if (!color && !colorReported) {
			problems.push(missingColorProblem(name, rangeOf(keyRange[0], keyRange[1])));
		}
		const slash = name.lastIndexOf('/');
		tags.push({
			name,
			...(slash > 0 ? { parent: name.slice(0, slash) } : {}),
			...(description !== undefined ? { description } : {}),
			...(color ? { color } : {}),
			range: rangeOf(keyRange[0], keyRange[1]),
		});
	}
	return { codebook: { tags, problems }, ...(problems.some(problem => problem.severity === 'error') ? {} : { doc }) };
}

/** The codebook text of a new workspace, when there is none yet. */
export function newCodebookText(): string {
	return '# Seed Annotator codebook: tag name (hierarchy with "/"), description and colour.\n'
		+ '# Comments you add are kept when a tag is added from the editor.\n'
		+ 'version: 1\ntags: {}\n';
}

/** A colour of the palette no tag uses yet, the farthest from those in use (see `tagColors.ts`). */
export function suggestColor(existing: readonly CodebookTag[]): string {
	return colorForNewTag(existing.map(tag => tag.color));
}

/**
 * The `tags` mapping of a codebook document, which every edit writes into: created when missing,
 * and written in block style once it gets its first tag (`tags: {}` would stay a flow mapping).
 */
export function codebookTagsMap(doc: Document): YAMLMap {
	if (!isMap(doc.contents)) {
		throw new Error('a codebook is a mapping with "tags"');
	}
	const root = doc.contents as YAMLMap<unknown, unknown>;
	let map = root.get('tags', true) as unknown;
	if (!isMap(map)) {
		map = doc.createNode({});
		root.set('tags', map);
	}
	const tags = map as YAMLMap;
	if (tags.items.length === 0) {
		tags.flow = false;
	}
	return tags;
}

/**
 * The codebook text with one more tag, through the `yaml` Document API so that comments stay.
 * The tag goes after the last tag of its top-level group (`frame/…`), else at the end.
 */
export function addTagToCodebook(text: string, tag: NewCodebookTag): string {
	const source = text.trim() === '' ? newCodebookText() : text;
	const { name, value } = newCodebookEntry(editableCodebook(source).tags, tag);
	const doc = parseDocument(source, { uniqueKeys: false });
	const tags = codebookTagsMap(doc);
	const pair = doc.createPair(name, value);
	tags.items.splice(insertionIndex(tags.items.map(item => String((item as Pair<{ value?: unknown }>).key?.value ?? '')), name), 0, pair);
	return doc.toString({ lineWidth: 0 });
}

/** The checked name and the value of a tag to add to a codebook listing `existing`; throws when it cannot be added. */
export function newCodebookEntry(
	existing: readonly CodebookTag[],
	tag: NewCodebookTag,
): { readonly name: string; readonly value: { readonly description?: string; readonly color: string } } {
	const nameProblem = tagNameProblem(tag.name);
	if (nameProblem) {
		throw new Error(nameProblem);
	}
	if (tag.color !== undefined && !hexColor.test(tag.color)) {
		throw new Error(`"${tag.color}" is not a hex colour such as "#1f77b4"`);
	}
	// Names that differ only in case are one tag (a picker would otherwise offer both).
	const lowerName = tag.name.toLowerCase();
	const same = existing.find(listed => listed.name.length === lowerName.length && listed.name.toLowerCase() === lowerName);
	if (same) {
		throw new Error(`the codebook already has a tag ${same.name}`);
	}
	return {
		name: tag.name,
		value: { ...(tag.description !== undefined ? { description: tag.description } : {}), color: tag.color ?? suggestColor(existing) },
	};
}

/** Where a new tag goes among the listed `keys`: after the last tag of its top-level group (`frame/…`), else at the end. */
export function insertionIndex(keys: readonly string[], name: string): number {
	const group = name.split('/')[0];
	for (let i = keys.length - 1; i >= 0; i--) {
		if (keys[i] === group || keys[i].startsWith(group + '/')) {
			return i + 1;
		}
	}
	return keys.length;
}

/**
 * Renames a tag and the tags under it (`frame` → `framing` also renames `frame/x`), keeping the
 * codebook's comments and order. Undefined when the codebook lists none of them.
 */
export function renameTagInCodebook(text: string, from: string, to: string): string | undefined {
	const parsed = editableCodebook(text);
	// Checked for duplicate keys by `editableCodebook`.
	const doc = parseDocument(text, { uniqueKeys: false });
	const tags = isMap(doc.contents) ? (doc.contents as YAMLMap<unknown, unknown>).get('tags', true) : undefined;
	if (!isMap(tags)) {
		return undefined;
	}
	const listed = new Set(parsed.tags.map(tag => tag.name));
	let renamed = false;
	for (const pair of tags.items as Pair<unknown, unknown>[]) {
		const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
		if (key !== from && !key.startsWith(from + '/')) {
			continue;
		}
		const name = to + key.slice(from.length);
		if (listed.has(name)) {
			throw new Error(`the codebook already has a tag ${name}`);
		}
		if (isScalar(pair.key)) {
			pair.key.value = name;
		} else {
			pair.key = doc.createNode(name);
		}
		renamed = true;
	}
	return renamed ? doc.toString({ lineWidth: 0 }) : undefined;
}

/** The parsed codebook, or an error when it has one: a broken codebook is never rewritten. */
function editableCodebook(text: string): Codebook {
	return assertEditableCodebook(parseCodebook(text));
}

/** `parsed`, or an error when it has one: a broken codebook is never rewritten. */
export function assertEditableCodebook(parsed: Codebook): Codebook {
	const blocking = parsed.problems.find(problem => problem.severity === 'error');
	if (blocking) {
		throw new Error(
			`the codebook cannot be changed while it has an error: ${blocking.message} (line ${blocking.range.start.line + 1})`,
		);
	}
	return parsed;
}
