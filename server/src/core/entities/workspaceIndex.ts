/**
 * The workspace entity index: the mentions of every seed, by URI, and per entity the seeds that
 * mention it with the titles and aliases seen. Updated one file at a time, so a hover reads it at
 * once and never waits for the background indexing.
 *
 * Mentions are stored in typed arrays with interned strings: 10,000 seeds of a few hundred
 * mentions each fit in a few tens of megabytes.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { EntityCorpusFacts } from './hover';
import type { EntityMention, EntityRef } from './types';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps';

/** What the index needs from a parsed document: its mentions' positions. */
export interface PositionMapper {
	positionAt(offset: number): Position;
}

export interface IndexedMention {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
	readonly range: Range;
	readonly entity: EntityRef;
	readonly surface: string;
	readonly title?: string;
}

interface FileMentions {
	/** Per mention: start, end (offsets), start line, start character, end line, end character. */
	readonly numbers: Uint32Array;
	/** Per mention: entity index, surface index, title index (or -1). */
	readonly strings: Int32Array;
	/** What the file adds to the totals: per distinct (entity, surface, title), those three and a count. */
	readonly contributions: Int32Array;
}

interface EntityTotals {
	readonly files: Map<string, number>;
	readonly titles: Map<string, number>;
	readonly aliases: Map<string, number>;
}

const NUMBERS = 6;
const STRINGS = 3;

/** Mentions read between two looks at a request's cancellation token. */
const CANCELLATION_CHECK_INTERVAL = 256;

export class EntityWorkspaceIndex {
	private readonly files = new Map<string, FileMentions>();
	private readonly entities: EntityRef[] = [];
	private readonly entityIndexes = new Map<string, number>();
	private readonly totals: EntityTotals[] = [];
	private readonly strings: string[] = [];
	private readonly stringIndexes = new Map<string, number>();
	private changes = 0;

	/** Grows with every update and removal: equal counts mean the same index (the overview's figures are cached by it). */
	get changeCount(): number {
		return this.changes;
	}

	/** Replaces what is known about `uri` with `mentions` (positions from `document`). */
	update(uri: string, mentions: readonly EntityMention[], document: PositionMapper): void {
		runToEnd(this.updateInSteps(uri, mentions, document));
	}

	/**
	 * The same in steps of a few hundred mentions; what requests read changes only at the last
	 * step, all at once (interned names of entities not yet counted anywhere are never shown).
	 */
	*updateInSteps(uri: string, mentions: readonly EntityMention[], document: PositionMapper): Steps<void> {
		const numbers = new Uint32Array(mentions.length * NUMBERS);
		const strings = new Int32Array(mentions.length * STRINGS);
		const counts = new Map<string, number>();
		for (const [index, mention] of mentions.entries()) {
			if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
			const start = document.positionAt(mention.start);
			const end = document.positionAt(mention.end);
			numbers.set([mention.start, mention.end, start.line, start.character, end.line, end.character], index * NUMBERS);
			const entity = this.internEntity(mention.entity);
			const surface = this.intern(mention.surface);
			const title = mention.title ? this.intern(mention.title) : -1;
			strings.set([entity, surface, title], index * STRINGS);
			const key = `${entity} ${surface} ${title}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const contributions = new Int32Array(counts.size * 4);
		let at = 0;
		for (const [key, count] of counts) {
			const [entity, surface, title] = key.split(' ').map(Number);
			contributions.set([entity, surface, title, count], at);
			at += 4;
		}
		this.remove(uri);
		this.changes++;
		const file = { numbers, strings, contributions };
		this.count(uri, file, 1);
		this.files.set(uri, file);
	}

	remove(uri: string): void {
		const file = this.files.get(uri);
		if (!file) return;
		this.changes++;
		this.count(uri, file, -1);
		this.files.delete(uri);
	}

	/** Adds (`sign` 1) or takes away (-1) what `file` contributes to the per-entity totals. */
	private count(uri: string, file: FileMentions, sign: 1 | -1): void {
		const { contributions } = file;
		for (let at = 0; at < contributions.length; at += 4) {
			const totals = this.totals[contributions[at]];
			const count = sign * contributions[at + 3];
			add(totals.files, uri, count);
			add(totals.aliases, this.strings[contributions[at + 1]], count);
			if (contributions[at + 2] >= 0) add(totals.titles, this.strings[contributions[at + 2]], count);
		}
	}

	has(uri: string): boolean {
		return this.files.has(uri);
	}

	get fileCount(): number {
		return this.files.size;
	}

	/** Every mention in `uri`, in text order; none once `token` is cancelled (a cancelled request's answer is dropped). */
	mentions(uri: string, token?: CancellationToken): IndexedMention[] {
		const file = this.files.get(uri);
		if (!file) return [];
		const result: IndexedMention[] = [];
		for (let index = 0; index < file.strings.length / STRINGS; index++) {
			if (index % CANCELLATION_CHECK_INTERVAL === 0 && token?.isCancellationRequested) return [];
			result.push(this.read(uri, file, index));
		}
		return result;
	}

	/** How often each entity is mentioned in `uri` (the corpus overview's entity counts), read off the stored arrays. */
	entityCounts(uri: string): { readonly entity: EntityRef; readonly mentions: number }[] {
		const file = this.files.get(uri);
		if (!file) return [];
		const counts = new Map<number, number>();
		for (let index = 0; index < file.strings.length; index += STRINGS) {
			counts.set(file.strings[index], (counts.get(file.strings[index]) ?? 0) + 1);
		}
		return [...counts].map(([entity, mentions]) => ({ entity: this.entities[entity], mentions }));
	}

	/** The mention that contains `offset` (its end included, so a cursor right after a name counts). */
	mentionAt(uri: string, offset: number): IndexedMention | undefined {
		const file = this.files.get(uri);
		if (!file) return undefined;
		const found = findMention(file.numbers, offset);
		return found === -1 ? undefined : this.read(uri, file, found);
	}

	private read(uri: string, file: FileMentions, index: number): IndexedMention {
		const { numbers, strings } = file;
		const n = index * NUMBERS;
		const s = index * STRINGS;
		const title = strings[s + 2];
		return {
			uri,
			start: numbers[n],
			end: numbers[n + 1],
			range: { start: { line: numbers[n + 2], character: numbers[n + 3] }, end: { line: numbers[n + 4], character: numbers[n + 5] } },
			entity: this.entities[strings[s]],
			surface: this.strings[strings[s + 1]],
			...(title >= 0 ? { title: this.strings[title] } : {}),
		};
	}

	/** The mention at an LSP position (its end included), by binary search on the stored positions. */
	mentionAtPosition(uri: string, position: Position): IndexedMention | undefined {
		const file = this.files.get(uri);
		if (!file) return undefined;
		const numbers = file.numbers;
		let low = 0;
		let high = numbers.length / NUMBERS - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const n = middle * NUMBERS;
			const beforeStart = position.line < numbers[n + 2] || position.line === numbers[n + 2] && position.character < numbers[n + 3];
			const afterEnd = position.line > numbers[n + 4] || position.line === numbers[n + 4] && position.character > numbers[n + 5];
			if (beforeStart) high = middle - 1;
			else if (afterEnd) low = middle + 1;
			else return this.read(uri, file, middle);
		}
		return undefined;
	}

	/** Every mention of `entityId` in `uri` (document highlights). */
	mentionsOfEntity(uri: string, entityId: string, token?: CancellationToken): IndexedMention[] {
		const entity = this.entityIndexes.get(entityId);
		const file = this.files.get(uri);
		if (entity === undefined || !file) return [];
		const result: IndexedMention[] = [];
		for (let index = 0; index < file.strings.length / STRINGS; index++) {
			if (index % CANCELLATION_CHECK_INTERVAL === 0 && token?.isCancellationRequested) return [];
			if (file.strings[index * STRINGS] === entity) result.push(this.read(uri, file, index));
		}
		return result;
	}

	/** Every mention of `entityId` in the workspace (find all references), files in URI order. */
	references(entityId: string, token?: CancellationToken): IndexedMention[] {
		const entity = this.entityIndexes.get(entityId);
		if (entity === undefined) return [];
		const result: IndexedMention[] = [];
		for (const uri of [...this.totals[entity].files.keys()].sort()) {
			if (token?.isCancellationRequested) return [];
			result.push(...this.mentionsOfEntity(uri, entityId, token));
		}
		return result;
	}

	/** What the corpus says about `entityId`: the files, titles and aliases seen. */
	corpusFacts(entityId: string): EntityCorpusFacts | undefined {
		const entity = this.entityIndexes.get(entityId);
		if (entity === undefined) return undefined;
		const totals = this.totals[entity];
		return { files: [...totals.files.keys()], titles: totals.titles, aliases: totals.aliases };
	}

	entity(entityId: string): EntityRef | undefined {
		const entity = this.entityIndexes.get(entityId);
		return entity === undefined ? undefined : this.entities[entity];
	}

	/**
	 * Entities whose name contains the query's characters in order (case-insensitive), each with
	 * its first mention; entities no longer mentioned anywhere are left out.
	 */
	querySymbols(query: string, limit = 200, token?: CancellationToken): IndexedMention[] {
		const needle = query.toLowerCase().replace(/\s+/g, '');
		const result: IndexedMention[] = [];
		for (let entity = 0; entity < this.entities.length && result.length < limit; entity++) {
			if (entity % CANCELLATION_CHECK_INTERVAL === 0 && token?.isCancellationRequested) return [];
			if (this.totals[entity].files.size === 0 || !isSubsequence(needle, this.entities[entity].name.toLowerCase())) continue;
			const uri = [...this.totals[entity].files.keys()].sort()[0];
			const first = this.mentionsOfEntity(uri, this.entities[entity].id)[0];
			if (first) result.push(first);
		}
		return result;
	}

	private internEntity(entity: EntityRef): number {
		let index = this.entityIndexes.get(entity.id);
		if (index === undefined) {
			index = this.entities.length;
			this.entities.push({ id: entity.id, name: entity.name, kind: entity.kind });
			this.entityIndexes.set(entity.id, index);
			this.totals.push({ files: new Map(), titles: new Map(), aliases: new Map() });
		}
		return index;
	}

	private intern(text: string): number {
		let index = this.stringIndexes.get(text);
		if (index === undefined) {
			index = this.strings.length;
			this.strings.push(text);
			this.stringIndexes.set(text, index);
		}
		return index;
	}
}

/** Binary search over mentions sorted by start. */
function findMention(numbers: Uint32Array, offset: number): number {
	let low = 0;
	let high = numbers.length / NUMBERS - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const start = numbers[middle * NUMBERS];
		const end = numbers[middle * NUMBERS + 1];
		if (offset < start) high = middle - 1;
		else if (offset > end) low = middle + 1;
		else return middle;
	}
	return -1;
}

/** Adds `count` (negative to take away); a count that falls to zero removes the key. */
function add(counts: Map<string, number>, key: string, count: number): void {
	const total = (counts.get(key) ?? 0) + count;
	if (total <= 0) counts.delete(key);
	else counts.set(key, total);
}

function isSubsequence(needle: string, haystack: string): boolean {
	let position = 0;
	for (const character of needle) {
		position = haystack.indexOf(character, position);
		if (position === -1) return false;
		position++;
	}
	return true;
}
