/**
 * Codebook management (issue 18 §2): a tag's description and colour, deleting a tag and merging one
 * tag into another, all through the `yaml` Document API so that the file stays as a person wrote it
 * (comments, order, quoting). A codebook with an error is never rewritten.
 */
import { isMap, isScalar, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { codebookTagsMap, parseCodebook } from './codebook';

const hexColor = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export interface TagFields {
	/** An empty description removes it. */
	readonly description?: string;
	readonly color?: string;
}

/** The codebook with `name`'s description and/or colour changed (the tag is added when it is not listed). */
export function setTagFields(text: string, name: string, fields: TagFields): string {
	assertTagFields(fields);
	const { doc, tags } = editable(text);
	setTagFieldsIn(doc, tags, name, fields);
	return doc.toString({ lineWidth: 0 });
}

/** Refuses a colour that is not `#rgb` or `#rrggbb`. */
export function assertTagFields(fields: TagFields): void {
	if (fields.color !== undefined && !hexColor.test(fields.color))
		throw new Error(`"${fields.color}" is not a hex colour such as "#1f77b4"`);
}

/**
 * `setTagFields` on the `tags` mapping of `doc`: the whole codebook's, or a document of a few of its
 * entries (`codebookIndex.ts`), which prints the same bytes for them.
 */
export function setTagFieldsIn(doc: Document, tags: YAMLMap, name: string, fields: TagFields): void {
	let pair = findPair(tags, name);
	if (!pair) {
		pair = doc.createPair(name, {});
		tags.items.push(pair);
	}
	if (!isMap(pair.value)) {
		// `tag: description` shorthand or an empty entry becomes a mapping.
		const description = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
		pair.value = doc.createNode(description !== undefined ? { description } : {});
	}
	const entry = pair.value as YAMLMap;
	if (fields.description !== undefined) {
		if (fields.description.trim() === '') entry.delete('description');
		else entry.set('description', fields.description.trim());
	}
	if (fields.color !== undefined) {
		const color = doc.createNode(fields.color.toLowerCase());
		if (isScalar(color)) color.type = 'QUOTE_DOUBLE'; // unquoted, # would start a comment
		entry.set('color', color);
	}
}

/** The codebook without `name` (its children stay); unchanged text when it is not listed. */
export function removeTagFromCodebook(text: string, name: string): string {
	const { doc, tags } = editable(text);
	return removeTagIn(tags, name) ? doc.toString({ lineWidth: 0 }) : text;
}

/** `removeTagFromCodebook` on a `tags` mapping; false when it does not list `name`. */
export function removeTagIn(tags: YAMLMap, name: string): boolean {
	const index = tags.items.findIndex(pair => keyOf(pair) === name);
	if (index < 0) return false;
	tags.items.splice(index, 1);
	return true;
}

/**
 * Merges `from` (and the tags under it) into `into`: an entry whose new name the codebook already
 * lists is dropped (the existing one's description and colour win), the others are renamed.
 */
export function mergeTagsInCodebook(text: string, from: string, into: string): string {
	const { doc, tags } = editable(text);
	mergeTagsIn(doc, tags, from, into, new Set(tags.items.map(keyOf)));
	return doc.toString({ lineWidth: 0 });
}

/** `mergeTagsInCodebook` on a `tags` mapping; `listed` holds every name the codebook lists. */
export function mergeTagsIn(doc: Document, tags: YAMLMap, from: string, into: string, listed: ReadonlySet<string>): void {
	const kept: Pair<unknown, unknown>[] = [];
	for (const pair of tags.items as Pair<unknown, unknown>[]) {
		const key = keyOf(pair);
		if (key !== from && !key.startsWith(from + '/')) {
			kept.push(pair);
			continue;
		}
		// Different tags under `from` get different new names: only the names listed before can be in the way.
		const name = into + key.slice(from.length);
		if (listed.has(name)) continue;
		pair.key = doc.createNode(name);
		kept.push(pair);
	}
	tags.items = kept;
}

/** The codebook's Document and its `tags` mapping; throws when the codebook has an error. */
export function editable(text: string): { doc: Document; tags: YAMLMap } {
	const parsed = parseCodebook(text);
	const blocking = parsed.problems.find(problem => problem.severity === 'error');
	if (blocking)
		throw new Error(
			`the codebook cannot be changed while it has an error: ${blocking.message} (line ${blocking.range.start.line + 1})`,
		);
	// Duplicate keys were looked for by `parseCodebook`; the library's own check is quadratic in a mapping's size.
	const doc = parseDocument(text.trim() === '' ? 'version: 1\ntags: {}\n' : text, { uniqueKeys: false });
	return { doc, tags: codebookTagsMap(doc) };
}

function findPair(tags: YAMLMap, name: string): Pair<unknown, unknown> | undefined {
	return (tags.items as Pair<unknown, unknown>[]).find(pair => keyOf(pair) === name);
}

function keyOf(pair: Pair<unknown, unknown>): string {
	return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}
