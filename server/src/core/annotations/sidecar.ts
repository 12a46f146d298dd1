/**
 * A parsed sidecar (`name.tags.yaml`) and the changes tagging makes to it.
 *
 * The file is kept as text cut in three: what comes before the annotation list, one slot per
 * annotation (see `sidecarSlot.ts`), and what follows. A change rebuilds only its slot, so writing
 * one tag into a sidecar of 10,000 costs a string join instead of a full YAML re-serialisation
 * (~280 ms at that size), and everything a person wrote elsewhere stays byte for byte.
 * Changes that alter the list's shape (the first item into `[]`, the last one out) splice the text
 * and parse the result again; layouts the slot model cannot follow (a flow-style list) are
 * rewritten through the `yaml` Document API, which also keeps comments.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { compareByPosition, type Annotation } from './annotation';
import { editSlot, fieldValues, readItem, renderSlot, type ItemProblem, type Slot, type SlotChanges } from './sidecarSlot';
import { yamlHazards } from './yamlHazards';
import { doubleQuoted } from './yamlScalars';
import { readCanonicalSidecarInSteps } from './sidecarFastRead';
import { runToEnd, type Steps } from '../steps';

export const sidecarSchemaVersion = 1;

export interface SidecarLimits {
	/** Sidecars larger than this (in UTF-16 code units of their text) are refused. */
	readonly maxLength: number;
	/** More aliases (`*name`) than this are refused, against alias bombs. */
	readonly maxAliasCount: number;
}

export const defaultSidecarLimits: SidecarLimits = { maxLength: 20 * 1024 * 1024, maxAliasCount: 100 };

/** A reason the sidecar cannot be used, with its place in the YAML file. */
export interface SidecarProblem {
	readonly message: string;
	readonly range: Range;
}

export type SidecarParseResult =
	| { readonly ok: true; readonly sidecar: Sidecar }
	| { readonly ok: false; readonly problems: readonly SidecarProblem[] };

/**
 * The text of a new sidecar. It says what the numbers mean, since people read these files.
 * When the last tag goes, the file stays with an empty list (`annotations: []`): deleting it would
 * also delete any comments a person wrote in it, and an empty list diffs more clearly in git.
 */
export function newSidecarText(seedFileName: string, eol = '\n', coder?: string): string {
	return [
		`# Seed Annotator tags for ${seedFileName}${coder ? ` by coder ${coder}` : ''}: one list item per annotation, sorted by position.`,
		'# start/end are offsets in UTF-16 code units (the unit of LSP and of JavaScript strings) into the',
		'# text as the editor holds it: a byte-order mark is not counted, a CRLF line break counts 2, an',
		'# emoji flag such as 🇨🇳 counts 4. The range is half-open, [start, end). text is the exact passage;',
		'# before/after hold up to 32 code units around it, to find it again after an outside edit.',
		'# Comments you add are kept when Seed Annotator rewrites this file. Removing the last tag leaves',
		'# an empty list here rather than deleting the file.',
		`version: ${sidecarSchemaVersion}`,
		...(coder ? [`coder: ${coder}`] : []),
		'annotations: []',
		'',
	].join(eol);
}

/** Where the first item goes when the list is empty, in the text before the list. */
type EmptyList =
	| { readonly kind: 'replace'; readonly start: number; readonly end: number }
	| { readonly kind: 'append' };

interface Layout {
	readonly eol: string;
	readonly dashIndent: number;
	/** Offset just after the colon of `annotations:` (in `prefix`), where `[]` goes when the list empties. */
	readonly colonEnd: number;
	readonly emptyList?: EmptyList;
	/** The document API handles every change (flow-style lists and other layouts slots cannot follow). */
	readonly viaDocumentApi: boolean;
}

export class Sidecar {
	private cachedText: string | undefined;
	private cachedAnnotations: readonly Annotation[] | undefined;
	private cachedIndex: Map<string, number> | undefined;

	private constructor(
		private readonly prefix: string,
		private readonly slots: readonly Slot[],
		private readonly suffix: string,
		private readonly layout: Layout,
		private readonly limits: SidecarLimits,
	) { }

	static parse(text: string, limits: SidecarLimits = defaultSidecarLimits): SidecarParseResult {
		return runToEnd(parseSidecar(text, limits));
	}

	/**
	 * The same parse in steps of a few hundred annotations (see `core/steps.ts`) for the layout
	 * Seed Annotator writes; any other layout is parsed with `yaml` in one step.
	 */
	static parseInSteps(text: string, limits: SidecarLimits = defaultSidecarLimits): Steps<SidecarParseResult> {
		return parseSidecar(text, limits);
	}

	/** A new sidecar (not yet on disk) for a seed with this file name. */
	static empty(seedFileName: string, limits: SidecarLimits = defaultSidecarLimits, coder?: string): Sidecar {
		const result = Sidecar.parse(newSidecarText(seedFileName, '\n', coder), limits);
		if (!result.ok) {
			throw new Error(`internal error: the new sidecar template does not parse: ${result.problems[0].message}`);
		}
		return result.sidecar;
	}

	/** @internal */
	static fromParts(prefix: string, slots: readonly Slot[], suffix: string, layout: Layout, limits: SidecarLimits): Sidecar {
		return new Sidecar(prefix, slots, suffix, layout, limits);
	}

	get text(): string {
		this.cachedText ??= this.prefix + this.slots.map(slot => slot.text).join('') + this.suffix;
		return this.cachedText;
	}

	/** The top-level `coder:` of a coder's sidecar (`name.<coder>.tags.yaml`); undefined in a shared one. */
	get coder(): string | undefined {
		return /^coder:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*(?:#.*)?$/m.exec(this.prefix + this.suffix)?.[1];
	}

	/** In file order, which is position order unless a person reordered items by hand. */
	get annotations(): readonly Annotation[] {
		this.cachedAnnotations ??= this.slots.map(slot => slot.annotation);
		return this.cachedAnnotations;
	}

	get(id: string): Annotation | undefined {
		const index = this.slotIndex().get(id);
		return index === undefined ? undefined : this.slots[index].annotation;
	}

	private slotIndex(): Map<string, number> {
		this.cachedIndex ??= new Map(this.slots.map((slot, index) => [slot.annotation.id, index]));
		return this.cachedIndex;
	}

	add(annotation: Annotation): Sidecar {
		if (this.get(annotation.id)) {
			throw new Error(`an annotation with id ${annotation.id} already exists`);
		}
		if (this.layout.viaDocumentApi) {
			return this.viaDocument(seq => seq.items.splice(this.sortedIndex(annotation), 0, seq.doc.createNode(plainItem(annotation))));
		}
		const { eol, dashIndent, emptyList } = this.layout;
		if (this.slots.length === 0) {
			const item = renderSlot(annotation, dashIndent, eol).text;
			const text = emptyList?.kind === 'replace'
				? spliceBlockList(this.prefix, emptyList.start, emptyList.end, item, eol) + this.suffix
				: this.prefix + (this.prefix === '' || this.prefix.endsWith('\n') ? '' : eol) + `annotations:${eol}${item}` + this.suffix;
			return this.reparsed(text);
		}
		const index = this.sortedIndex(annotation);
		const slots = this.slots.slice();
		if (index === slots.length) {
			slots[index - 1] = endingWithBreak(slots[index - 1], eol);
		}
		slots.splice(index, 0, renderSlot(annotation, dashIndent, eol));
		return this.with(slots);
	}

	remove(id: string): Sidecar {
		const index = this.indexOf(id);
		const freed = this.withoutAliasesInto(index);
		if (freed !== this) {
			return freed.remove(id);
		}
		if (this.layout.viaDocumentApi) {
			return this.viaDocument(seq => seq.items.splice(index, 1));
		}
		if (this.slots.length === 1) {
			const { colonEnd } = this.layout;
			return this.reparsed(this.prefix.slice(0, colonEnd) + ' []' + this.prefix.slice(colonEnd) + this.suffix);
		}
		const slots = this.slots.slice();
		slots.splice(index, 1);
		return this.with(slots);
	}

	/** Changes fields of one annotation; a changed position moves its item to keep the list sorted. */
	update(id: string, changes: SlotChanges): Sidecar {
		return this.updateMany(new Map([[id, changes]]));
	}

	updateMany(changes: ReadonlyMap<string, SlotChanges>): Sidecar {
		// A changed value may carry an anchor (`&ctx`) that others alias: they keep the old value.
		const freed = [...changes.keys()].reduce<Sidecar>((sidecar, id) => sidecar.withoutAliasesInto(sidecar.indexOf(id)), this);
		if (freed !== this) {
			return freed.updateMany(changes);
		}
		if (this.layout.viaDocumentApi) {
			return this.viaDocument(seq => {
				seq.items.forEach((item, index) => {
					const change = changes.get(this.slots[index].annotation.id);
					for (const [field, value] of Object.entries(change ?? {})) {
						if (value === undefined) {
							(item as YAMLMap).delete(field);
						} else {
							(item as YAMLMap).set(field, value);
						}
					}
				});
			});
		}
		let moved = false;
		const slots = this.slots.map(slot => {
			const change = changes.get(slot.annotation.id);
			if (!change) {
				return slot;
			}
			moved ||= change.start !== undefined || change.end !== undefined;
			return editSlot(slot, change, this.layout.eol);
		});
		if (moved && !isSorted(slots)) {
			const last = slots.length - 1;
			slots[last] = endingWithBreak(slots[last], this.layout.eol);
			slots.sort((a, b) => compareByPosition(a.annotation, b.annotation));
		}
		return this.with(slots);
	}

	/**
	 * Before the item at `index` goes or changes: every alias elsewhere (`before: *ctx`) of an anchor defined in
	 * that item (`after: &ctx "…"`) is replaced by the value it stands for, so that no alias is left
	 * dangling. `this` when there is none (the usual case, found without parsing).
	 */
	private withoutAliasesInto(index: number): Sidecar {
		const text = this.text;
		if (!text.includes('&') || !text.includes('*')) {
			return this;
		}
		const doc = parseDocument(text);
		const seq = doc.get('annotations', true);
		const item = isSeq(seq) ? seq.items[index] as { range?: [number, number, number] } | undefined : undefined;
		if (!item?.range) {
			return this;
		}
		const [itemStart, , itemEnd] = item.range;
		const edits: { start: number; end: number; text: string }[] = [];
		visit(doc, {
			Alias(_key, node) {
				const target = isAlias(node) ? node.resolve(doc) as { range?: number[]; toJSON(): unknown } | undefined : undefined;
				const range = node.range;
				if (!target?.range || !range || range[0] >= itemStart && range[0] < itemEnd) {
					return;
				}
				if (target.range[0] >= itemStart && target.range[0] < itemEnd) {
					const value = target.toJSON();
					// JSON is YAML's flow syntax, so any value reads back the same.
					edits.push({
						start: range[0],
						end: range[1],
						text: typeof value === 'string' ? doubleQuoted(value) : (JSON.stringify(value) ?? 'null'),
					});
				}
			},
		});
		if (edits.length === 0) {
			return this;
		}
		let rewritten = text;
		for (const edit of edits.sort((a, b) => b.start - a.start)) {
			rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
		}
		return this.reparsed(rewritten);
	}

	private with(slots: readonly Slot[]): Sidecar {
		return new Sidecar(this.prefix, slots, this.suffix, this.layout, this.limits);
	}

	private reparsed(text: string): Sidecar {
		const result = Sidecar.parse(text, this.limits);
		if (!result.ok) {
			throw new Error(`internal error: the changed sidecar does not parse: ${result.problems[0].message}`);
		}
		return result.sidecar;
	}

	private viaDocument(change: (seq: YAMLSeq & { doc: Document }) => void): Sidecar {
		const doc = parseDocument(this.text);
		let seq = doc.get('annotations', true);
		if (!isSeq(seq)) {
			seq = doc.createNode([]) as YAMLSeq;
			doc.set('annotations', seq);
		}
		change(Object.assign(seq as YAMLSeq, { doc }));
		return this.reparsed(String(doc));
	}

	private indexOf(id: string): number {
		const index = this.slotIndex().get(id) ?? -1;
		if (index < 0) {
			throw new Error(`no annotation with id ${id}`);
		}
		return index;
	}

	/** After every annotation that sorts before or with the new one. */
	private sortedIndex(annotation: Annotation): number {
		let low = 0;
		let high = this.slots.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (compareByPosition(this.slots[middle].annotation, annotation) <= 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}

function plainItem(annotation: Annotation): Record<string, string | number> {
	return Object.fromEntries(fieldValues(annotation));
}

function isSorted(slots: readonly Slot[]): boolean {
	return slots.every((slot, index) => index === 0 || compareByPosition(slots[index - 1].annotation, slot.annotation) <= 0);
}

function endingWithBreak(slot: Slot, eol: string): Slot {
	return slot.text.endsWith('\n') ? slot : { ...slot, text: slot.text + eol };
}

/** Replaces an empty value (`[]`, `~`, nothing) after `annotations:` by a block list starting on the next line. */
function spliceBlockList(text: string, start: number, end: number, items: string, eol: string): string {
	let cut = start;
	while (cut > 0 && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) {
		cut--;
	}
	const rest = text.slice(end);
	// Whatever followed the old value on its line (a comment) stays on the `annotations:` line.
	const lineBreak = rest.indexOf('\n');
	const restOfLine = lineBreak < 0 ? rest : rest.slice(0, lineBreak).replace(/\r$/, '');
	const after = lineBreak < 0 ? '' : rest.slice(lineBreak + 1);
	return text.slice(0, cut) + restOfLine.replace(/^\s*/, restOfLine.trim() ? ' ' : '') + eol + items + after;
}

function* parseSidecar(text: string, limits: SidecarLimits): Steps<SidecarParseResult> {
	const positions = TextDocument.create('sidecar', 'yaml', 0, text);
	const problem = (message: string, offset = 0, length = 0): SidecarProblem => ({
		message,
		range: { start: positions.positionAt(offset), end: positions.positionAt(offset + length) },
	});
	if (text.length > limits.maxLength) {
		return {
			ok: false,
			problems: [
				problem(
					`the file is ${(text.length / 1048576).toFixed(1)} MB, `
						+ `over the ${(limits.maxLength / 1048576).toFixed(0)} MB limit for sidecars`,
				),
			],
		};
	}
	// The layout Seed Annotator writes is read without building a YAML document (a second for 10,000 annotations).
	const canonical = yield* readCanonicalSidecarInSteps(text);
	if (canonical) {
		const layout = { eol: '\n', dashIndent: canonical.dashIndent, colonEnd: canonical.colonEnd, viaDocumentApi: false };
		return { ok: true, sidecar: Sidecar.fromParts(canonical.prefix, canonical.slots, '', layout, limits) };
	}
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return { ok: false, problems: doc.errors.map(error => problem(error.message, error.pos[0], error.pos[1] - error.pos[0])) };
	}
	const hazards = yamlHazards(text, doc);
	if (hazards.length > 0) {
		return { ok: false, problems: hazards.map(hazard => problem(hazard.message, hazard.offset, hazard.length)) };
	}
	let aliasCount = 0;
	if (text.includes('*')) { // an alias is written `*name`; most sidecars have none and skip the walk
		visit(doc, { Alias() { aliasCount++; } });
	}
	if (aliasCount > limits.maxAliasCount) {
		return { ok: false, problems: [problem(`the file uses ${aliasCount} aliases, over the limit of ${limits.maxAliasCount}`)] };
	}
	const root = doc.contents;
	if (!isMap(root)) {
		return { ok: false, problems: [problem('a sidecar is a mapping with "version" and "annotations"')] };
	}
	const versionPair = (root.items as Pair[]).find(pair => isScalar(pair.key) && pair.key.value === 'version');
	const version = isScalar(versionPair?.value) ? versionPair!.value.value : undefined;
	if (version !== sidecarSchemaVersion) {
		const at = (versionPair?.key as { range?: number[] } | undefined)?.range?.[0] ?? 0;
		return {
			ok: false,
			problems: [problem(typeof version === 'number' && version > sidecarSchemaVersion
				? `schema version ${version} was written by a newer Seed Annotator; this one reads version ${sidecarSchemaVersion}`
				: `missing or unknown schema version: expected "version: ${sidecarSchemaVersion}"`, at, 7)],
		};
	}
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const listPair = (root.items as Pair[]).find(pair => isScalar(pair.key) && pair.key.value === 'annotations');
	const list = listPair?.value;
	const itemProblems: ItemProblem[] = [];
	const toProblems = () => itemProblems.map(p => problem(p.message, p.offset, p.length));
	if (!listPair) {
		return {
			ok: true,
			sidecar: Sidecar.fromParts(
				text,
				[],
				'',
				{ eol, dashIndent: 2, colonEnd: 0, emptyList: { kind: 'append' }, viaDocumentApi: root.flow === true },
				limits,
			),
		};
	}
	const keyRange = (listPair.key as { range: [number, number, number] }).range;
	const colonEnd = text.indexOf(':', keyRange[1]) + 1;
	const keyColumn = keyRange[0] - (text.lastIndexOf('\n', keyRange[0] - 1) + 1);
	if (list !== null && list !== undefined && !isSeq(list) && !(isScalar(list) && list.value === null)) {
		const range = (list as { range?: number[] }).range ?? keyRange;
		return { ok: false, problems: [problem('"annotations" must be a list', range[0], range[1] - range[0])] };
	}
	const items = isSeq(list) ? list.items : [];
	const annotations: { annotation: Annotation; fields: Slot['fields']; node: YAMLMap }[] = [];
	const seen = new Set<string>();
	for (const item of items) {
		const read = readItem(item, doc, 0, itemProblems);
		if (read) {
			if (seen.has(read.annotation.id)) {
				itemProblems.push({
					message: `two annotations have the id ${read.annotation.id}`,
					offset: (item as YAMLMap).range![0],
					length: 2,
				});
			}
			seen.add(read.annotation.id);
			annotations.push({ ...read, node: item as YAMLMap });
		}
	}
	if (itemProblems.length > 0) {
		return { ok: false, problems: toProblems() };
	}
	const viaDocumentApi = root.flow === true || keyColumn !== 0 || (isSeq(list) && list.flow === true && items.length > 0);
	if (annotations.length === 0 || viaDocumentApi) {
		const emptyList: EmptyList = list
			? { kind: 'replace', start: (list as { range: number[] }).range[0], end: (list as { range: number[] }).range[1] }
			: { kind: 'append' };
		const slots = annotations.map(({ annotation, fields }) => ({ text: '', annotation, fields, keyIndent: 0 }));
		return {
			ok: true,
			sidecar: Sidecar.fromParts(text, slots, '', { eol, dashIndent: 2, colonEnd, emptyList, viaDocumentApi }, limits),
		};
	}
	return (
		cutIntoSlots(text, colonEnd, annotations, eol, limits) ?? {
			ok: true,
			sidecar: Sidecar.fromParts(
				text,
				annotations.map(({ annotation, fields }) => ({ text: '', annotation, fields, keyIndent: 0 })),
				'',
				{ eol, dashIndent: 2, colonEnd, viaDocumentApi: true },
				limits,
			),
		}
	);
}

/** Splits the list into slots; undefined when the layout is not one item per `- ` line block. */
function cutIntoSlots(
	text: string,
	colonEnd: number,
	items: readonly { annotation: Annotation; fields: Slot['fields']; node: YAMLMap }[],
	eol: string,
	limits: SidecarLimits,
): SidecarParseResult | undefined {
	const colonLineEnd = text.indexOf('\n', colonEnd) + 1;
	const slots: Slot[] = [];
	let dashIndent = -1;
	let firstSlotStart = -1;
	let slotStart = -1;
	for (const { annotation, fields, node } of items) {
		const range = node.range!;
		let dash = range[0] - 1;
		while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) {
			dash--;
		}
		const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
		if (text[dash] !== '-' || !/^ *$/.test(text.slice(lineStart, dash)) || (dashIndent >= 0 && dash - lineStart !== dashIndent)) {
			return undefined;
		}
		dashIndent = dash - lineStart;
		if (slotStart < 0) {
			// Comment lines just above an item belong to it.
			slotStart = lineStart;
			while (slotStart > colonLineEnd) {
				const previous = text.lastIndexOf('\n', slotStart - 2) + 1;
				if (!/^[ \t]*(#.*)?\r?\n$/.test(text.slice(previous, slotStart))) {
					break;
				}
				slotStart = previous;
			}
			firstSlotStart = slotStart;
		}
		let end = range[2];
		if (text[end - 1] !== '\n') {
			const lineBreak = text.indexOf('\n', end);
			end = lineBreak < 0 ? text.length : lineBreak + 1;
		}
		const relative = Object.fromEntries(
			Object.entries(fields).map(([field, location]) => [
				field,
				{
					keyStart: location.keyStart - slotStart,
					valueStart: location.valueStart - slotStart,
					valueEnd: location.valueEnd - slotStart,
				},
			]),
		);
		const keyIndent = range[0] - (text.lastIndexOf('\n', range[0] - 1) + 1);
		slots.push({ text: text.slice(slotStart, end), annotation, fields: relative, keyIndent, flow: node.flow === true });
		slotStart = end;
	}
	return {
		ok: true,
		sidecar: Sidecar.fromParts(
			text.slice(0, firstSlotStart),
			slots,
			text.slice(slotStart),
			{ eol, dashIndent, colonEnd, viaDocumentApi: false },
			limits,
		),
	};
}

