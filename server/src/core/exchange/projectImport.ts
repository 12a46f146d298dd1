/**
 * REFI-QDA import: a `.qdpx` becomes seeds, sidecars and codebook entries in a folder. This part
 * only plans: it reads the archive, turns sources into seed files and selections into annotations,
 * and compares with what the folder holds (`ExistingFiles`); the caller writes the plan all or
 * nothing (`node/importPlanWriter.ts`), so a refused or failed import leaves the folder as it was.
 *
 * Positions are Unicode code points counted from 0, end exclusive (REFI-QDA §10.2), in the source
 * text without a byte-order mark. The interoperability quirks of the suites are handled:
 * - ATLAS.ti (by the project's `origin`) counts a CRLF line break as one character;
 * - ATLAS.ti names the inner file `Trial.qde`: any single `.qde` at the top is read;
 * - GUIDs with braces; memos written as a selection's `Description` instead of `Note`/`NoteRef`;
 * - zero-length selections (reported and skipped); colours as RGB numbers instead of `#RRGGBB`;
 * - `basePath` and external (`relative://`, `absolute://`) files are never read from the disk.
 * A selection outside its text, or (with `positions: 'utf16'`) inside a surrogate pair, is reported
 * by name and skipped, never shifted onto other words.
 */
import { contextAround, tagNameProblem, type Annotation } from '../annotations/annotation';
import { ExchangeError, readArchive, type ArchiveLimits } from './archive';
import { defaultUserName } from './exchangeModel';
import { annotationIdFromGuid, stableGuid } from './guid';
import { importedSidecarText, mergeIntoCodebook, type CodebookEntry } from './importedFiles';
import { parseProjectXml, type ParsedProject, type ParsedTextSource } from './qdeReader';
import { userGuid } from './qdeWriter';


/** How many of the folder's files are read at once when an import is planned. */
const existingReadBatch = 16;
export interface ImportOptions {
	/** Replace seeds and sidecars that differ, and codebook entries (otherwise the import is refused / they are kept). */
	readonly overwrite?: boolean;
	/** How the project counts positions: code points (the standard), or UTF-16 code units. */
	readonly positions?: 'codepoints' | 'utf16';
	/**
	 * The codebook, relative to the target folder; by default `seeds/codebook.yaml` when the seeds go
	 * under `seeds/`, else `codebook.yaml`.
	 */
	readonly codebookPath?: string;
	readonly limits?: ArchiveLimits;
}

/** The target folder's current files, by path relative to it (with `/`); undefined when absent. */
export interface ExistingFiles {
	read(relativePath: string): Promise<Uint8Array | undefined>;
}

export interface PlannedFile {
	readonly path: string;
	readonly content: Uint8Array;
	/** A file is there with other content (only with `overwrite`). */
	readonly replaces: boolean;
}

export interface SkippedItem {
	readonly what: string;
	readonly why: string;
}

export interface ImportReport {
	readonly project: string;
	readonly origin: string;
	readonly sources: number;
	readonly codings: number;
	readonly codesAdded: readonly string[];
	readonly coders: readonly string[];
	readonly skippedSources: readonly SkippedItem[];
	readonly skippedSelections: readonly SkippedItem[];
	readonly renamedCodes: readonly SkippedItem[];
	readonly keptCodebookEntries: readonly string[];
	readonly quirks: readonly string[];
	readonly unchangedFiles: readonly string[];
}

export interface ImportPlan {
	readonly files: readonly PlannedFile[];
	readonly report: ImportReport;
}

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function planImport(archive: Uint8Array, label: string, existing: ExistingFiles,
	options: ImportOptions = {}): Promise<ImportPlan> {
	const { names, files } = readArchive(archive, label, name => /^[^/\\]+\.qde$/i.test(name) || /^sources\//i.test(name), options.limits);
	const qdeNames = names.filter(name => /^[^/\\]+\.qde$/i.test(name));
	const qdeName = qdeNames.find(name => name.toLowerCase() === 'project.qde') ?? (qdeNames.length === 1 ? qdeNames[0] : undefined);
	if (!qdeName) {
		throw new ExchangeError(qdeNames.length === 0 ? `${label} holds no project.qde: it is not a REFI-QDA project`
			: `${label} holds several .qde files (${qdeNames.join(', ')}) and no project.qde`);
	}
	let xml: string;
	try {
		xml = utf8.decode(files.get(qdeName)!);
	} catch {
		throw new ExchangeError(`${label}: ${qdeName} is not valid UTF-8`);
	}
	const project = parseProjectXml(xml.replace(/^\ufeff/, ''), qdeName);
	const entries = new Map([...files].map(([name, data]) => [name.toLowerCase(), data]));
	const quirks: string[] = [];
	if (qdeName.toLowerCase() !== 'project.qde') {
		quirks.push(`the project file is named ${qdeName} (ATLAS.ti), read as project.qde`);
	}
	const atlas = /atlas\.ti/i.test(project.origin ?? '');
	if (atlas) {
		quirks.push('ATLAS.ti counts a CRLF line break as one character: positions were read that way');
	}
	const ours = (project.origin ?? '').startsWith('Seed Annotator');
	const unit = options.positions ?? 'codepoints';

	// Codes → tags.
	const renamedCodes: SkippedItem[] = [];
	const tagOfCode = new Map<string, string>();
	const codebookEntries = new Map<string, CodebookEntry>();
	for (const code of project.codes) {
		const segments = code.path.flatMap(name => name.split('::')).map(tagSegment);
		const tag = segments.join('/');
		const original = code.path.join('/');
		if (tag !== original) {
			renamedCodes.push({ what: `code "${code.path.join(' > ')}"`,
				why: `imported as tag ${tag} (tags are segments of letters, digits, "_", "-", "." separated by "/")` });
		}
		tagOfCode.set(code.guid, tag);
		const color = code.color === undefined ? undefined : hexColor(code.color);
		if (code.color !== undefined && color === undefined) {
			renamedCodes.push({ what: `colour "${code.color}" of code ${tag}`, why: 'not a colour: left out' });
		} else if (code.color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(code.color)) {
			quirks.push(`code ${tag}: colour "${code.color}" read as ${color}`);
		}
		if (code.codable || code.description !== undefined || color !== undefined) {
			codebookEntries.set(tag, {
				name: tag,
				...(code.description !== undefined && code.description !== '' ? { description: code.description } : {}),
				...(color ? { color } : {}),
			});
		}
	}

	// Users → coders.
	const codingUsers = new Set(project.textSources.flatMap(source => source.selections.flatMap(
		selection => selection.codings.map(coding => coding.userGuid ?? selection.userGuid ?? ''),
	)));
	codingUsers.delete('');
	const defaultUser = userGuid(defaultUserName);
	const perCoder = ours || [...codingUsers].filter(guid => guid !== defaultUser).length > 1;
	const coderOf = (guid: string | undefined): string | undefined => {
		if (!perCoder || guid === undefined || guid === defaultUser || !project.users.has(guid)) {
			return undefined;
		}
		return coderName(project.users.get(guid)!, guid);
	};

	// Sources → seeds, selections → annotations.
	const skippedSources: SkippedItem[] = [];
	const skippedSelections: SkippedItem[] = [];
	const planned = new Map<string, Uint8Array>();
	const sidecars = new Map<string, { seedFile: string; coder?: string; annotations: Annotation[] }>();
	const takenPaths = new Map<string, string>();
	let sources = 0;
	let codings = 0;
	const coders = new Set<string>();
	for (const other of project.otherSources) {
		skippedSources.push({ what: `${other.kind} "${other.name}"`, why: 'not a text source: Seed Annotator imports plain text only' });
	}
	for (const source of project.textSources) {
		const label_ = `text source "${source.name ?? source.guid}"`;
		const loaded = sourceBytes(source, entries);
		if ('why' in loaded) {
			skippedSources.push({ what: label_, why: loaded.why });
			continue;
		}
		const { bytes, text } = loaded;
		const seedPath = uniquePath(seedPathOf(source), takenPaths);
		planned.set(seedPath, bytes);
		sources++;
		const toOffset = positionMapper(text, { crlfAsOne: atlas, unit });
		const length = toOffset.size;
		for (const selection of source.selections) {
			// Named only for the report (finding its line and column is not free).
			const what = () => `selection "${selection.name ?? selection.guid}" [${selection.start}, ${selection.end}) `
				+ `in ${source.name ?? source.guid} (${selection.where})`;
			if (selection.start === selection.end) {
				skippedSelections.push({ what: what(), why: 'zero-length selection' });
				continue;
			}
			if (selection.start < 0 || selection.end < selection.start || selection.end > length) {
				const counted = unit === 'utf16' ? 'UTF-16 code units' : 'characters';
				const crlf = atlas ? ' (CRLF counted as one)' : '';
				skippedSelections.push({ what: what(), why: `outside its text, which has ${length} ${counted}${crlf}` });
				continue;
			}
			const start = toOffset(selection.start);
			const end = toOffset(selection.end);
			if (start === undefined || end === undefined) {
				skippedSelections.push({ what: what(),
					why: 'a position falls inside a surrogate pair (half of an emoji or other astral character)' });
				continue;
			}
			if (selection.codings.length === 0) {
				skippedSelections.push({ what: what(), why: 'no code is applied to it' });
				continue;
			}
			const note = noteOf(selection.noteGuids, project, entries) ?? selection.description;
			selection.codings.forEach((coding, index) => {
				const tag = tagOfCode.get(coding.codeGuid);
				if (tag === undefined) {
					skippedSelections.push({ what: what(),
						why: `its coding refers to a code that is not in the codebook (${coding.codeGuid})` });
					return;
				}
				const codingNote = noteOf(coding.noteGuids, project, entries);
				const coder = coderOf(coding.userGuid ?? selection.userGuid);
				if (coder !== undefined) {
					coders.add(coder);
				}
				const key = `${seedPath}\u0000${coder ?? ''}`;
				let sidecar = sidecars.get(key);
				if (!sidecar) {
					sidecar = { seedFile: seedPath, ...(coder !== undefined ? { coder } : {}), annotations: [] };
					sidecars.set(key, sidecar);
				}
				const id = (index === 0 && source.name !== undefined ? annotationIdFromGuid(source.name, selection.guid,
					selection.name) : undefined)
					?? uniqueId(`import:${source.guid}:${selection.guid}:${coding.guid}`, sidecar.annotations);
				const noteText = [note, codingNote].filter((part): part is string => part !== undefined && part !== '').join('\n\n');
				sidecar.annotations.push({
					id, tag, text: text.slice(start, end), start, end, ...contextAround(text, start, end),
					...(noteText !== '' ? { note: noteText } : {}), created: coding.created ?? selection.created ?? '',
				});
				codings++;
			});
		}
	}
	for (const sidecar of sidecars.values()) {
		const base = sidecar.seedFile.replace(/\.[^./]*$/, '');
		const seedFileName = sidecar.seedFile.slice(sidecar.seedFile.lastIndexOf('/') + 1);
		planned.set(`${base}${sidecar.coder !== undefined ? `.${sidecar.coder}` : ''}.tags.yaml`,
			encoder.encode(importedSidecarText(seedFileName, sidecar.annotations, sidecar.coder)));
	}

	// The codebook: the codes merged in.
	const seedPaths = [...takenPaths.values()];
	const codebookPath = options.codebookPath ?? (seedPaths.length > 0 && seedPaths.every(path => path.startsWith('seeds/'))
		? 'seeds/codebook.yaml' : 'codebook.yaml');
	const codebookBytes = await existing.read(codebookPath);
	let merge;
	try {
		const codebookText = codebookBytes && new TextDecoder().decode(codebookBytes).replace(/^\ufeff/, '');
		merge = mergeIntoCodebook(codebookText, [...codebookEntries.values()], options.overwrite ?? false);
	} catch (error) {
		throw new ExchangeError(`${codebookPath}: ${(error as Error).message}`);
	}

	// Compare with the folder: never overwrite without the choice.
	const plannedFiles: PlannedFile[] = [];
	const unchangedFiles: string[] = [];
	const conflicts: string[] = [];
	// The folder's current files, read a few at a time (most reads only find that nothing is there).
	const plannedEntries = [...planned];
	const currents: (Uint8Array | undefined)[] = [];
	for (let start = 0; start < plannedEntries.length; start += existingReadBatch) {
		const batch = plannedEntries.slice(start, start + existingReadBatch);
		currents.push(...await Promise.all(batch.map(([path]) => existing.read(path))));
	}
	for (const [index, [path, content]] of plannedEntries.entries()) {
		const current = currents[index];
		if (current === undefined) {
			plannedFiles.push({ path, content, replaces: false });
		} else if (sameBytes(current, content)) {
			unchangedFiles.push(path);
		} else if (options.overwrite) {
			plannedFiles.push({ path, content, replaces: true });
		} else {
			conflicts.push(path);
		}
	}
	if (conflicts.length > 0) {
		const files = conflicts.length === 1 ? '1 file that differs' : `${conflicts.length} files that differ`;
		const list = `${conflicts.slice(0, 10).join(', ')}${conflicts.length > 10 ? ', …' : ''}`;
		throw new ExchangeError(`The import would overwrite ${files}: ${list}. `
			+ 'Nothing was written. Import into an empty folder, or choose to overwrite (seed import --overwrite).');
	}
	if (merge.text !== undefined) {
		plannedFiles.push({ path: codebookPath, content: encoder.encode(merge.text), replaces: codebookBytes !== undefined });
	}
	return {
		files: plannedFiles,
		report: {
			project: project.name ?? label, origin: project.origin
				?? 'unknown', sources, codings, codesAdded: merge.added, coders: [...coders].sort(),
			skippedSources, skippedSelections, renamedCodes, keptCodebookEntries: merge.kept, quirks, unchangedFiles,
		},
	};
}

/** The report as a few lines for people. */
export function formatImportReport(report: ImportReport, written: readonly string[]): string {
	const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
	const coders = report.coders.length > 0 ? `, coders: ${report.coders.join(', ')}` : '';
	const unchanged = report.unchangedFiles.length > 0 ? `, ${report.unchangedFiles.length} already there and the same` : '';
	const lines = [
		`Imported ${report.project} (${report.origin}): ${count(report.sources, 'source')}, ${count(report.codings, 'coding')}, `
		+ `${count(report.codesAdded.length, 'new tag')} in the codebook${coders}.`,
		`${count(written.length, 'file')} written${unchanged}.`,
	];
	for (const quirk of report.quirks) lines.push(`Note: ${quirk}.`);
	for (const item of report.skippedSources) lines.push(`Skipped ${item.what}: ${item.why}.`);
	for (const item of report.skippedSelections) lines.push(`Skipped ${item.what}: ${item.why}.`);
	for (const item of report.renamedCodes) lines.push(`Renamed ${item.what}: ${item.why}.`);
	for (const tag of report.keptCodebookEntries) {
		lines.push(`Kept the codebook's own description and colour of ${tag} (the project's differ).`);
	}
	return lines.join('\n');
}

/** The text a source's selections count in, and the bytes the seed gets; or why it is skipped. */
function sourceBytes(source: ParsedTextSource, entries: ReadonlyMap<string,
	Uint8Array>): { bytes: Uint8Array; text: string } | { why: string } {
	if (source.plainTextPath !== undefined) {
		const path = internalPath(source.plainTextPath);
		if (path === undefined) {
			return { why: `its text is an external file (${source.plainTextPath}); only files inside the archive are read` };
		}
		const bytes = entries.get(`sources/${path}`.toLowerCase());
		if (!bytes) {
			return { why: `its text file sources/${path} is not in the archive` };
		}
		const decoded = decodeText(bytes);
		return decoded === undefined ? { why: `sources/${path} is neither UTF-8 nor UTF-16 text` } : decoded;
	}
	if (source.content !== undefined) {
		return { bytes: encoder.encode(source.content), text: source.content };
	}
	return { why: source.richTextPath !== undefined ? `rich text only (${source.richTextPath}), without a plain-text version`
		: 'it has no text' };
}

/** UTF-8 bytes are kept as they are (a BOM too); UTF-16 with a BOM is converted to UTF-8. */
function decodeText(bytes: Uint8Array): { bytes: Uint8Array; text: string } | undefined {
	try {
		const text = utf8.decode(bytes);
		return { bytes, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
	} catch {
		const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be'
			: undefined;
		if (!encoding) {
			return undefined;
		}
		try {
			const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
			return { bytes: encoder.encode(text), text };
		} catch {
			return undefined;
		}
	}
}

function internalPath(path: string): string | undefined {
	const match = /^internal:\/\/(.+)$/i.exec(path.trim());
	if (!match || match[1].includes('/') || match[1].includes('\\') || match[1] === '..') {
		return undefined;
	}
	return match[1];
}

/**
 * Maps a project position to a UTF-16 offset in the text: code points (or UTF-16 units), with a
 * CRLF counted as one for ATLAS.ti. Undefined inside a surrogate pair; `size` is the text's length in that unit.
 */
export function positionMapper(text: string,
	options: { crlfAsOne: boolean; unit: 'codepoints' | 'utf16' }): ((position: number) => number | undefined) & { size: number } {
	const simple = !options.crlfAsOne && (options.unit === 'utf16' || !/[\ud800-\udbff][\udc00-\udfff]/.test(text));
	if (simple) {
		const map = (position: number) => {
			if (position > 0 && position < text.length && isLowSurrogate(text.charCodeAt(position))
				&& isHighSurrogate(text.charCodeAt(position - 1))) {
				return undefined;
			}
			return position;
		};
		return Object.assign(map, { size: text.length });
	}
	// One slot per position (at most one per UTF-16 unit, and the end): a typed array, as a text
	// may be long and a project holds many.
	const offsets = new Int32Array(text.length + 1);
	let size = 0;
	for (let i = 0; i < text.length;) {
		offsets[size++] = i;
		if (options.crlfAsOne && text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
			i += 2;
		} else if (options.unit === 'codepoints' && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
			i += 2;
		} else {
			if (options.unit === 'utf16' && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
				offsets[size++] = -1; // the low surrogate: a position there is inside the pair
				i += 2;
				continue;
			}
			i++;
		}
	}
	offsets[size] = text.length;
	const map = (position: number) => {
		const offset = position >= 0 && position <= size ? offsets[position] : -1;
		return offset < 0 ? undefined : offset;
	};
	return Object.assign(map, { size });
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** Notes referred to, joined; undefined when none has text. */
function noteOf(guids: readonly string[], project: ParsedProject, entries: ReadonlyMap<string, Uint8Array>): string | undefined {
	if (guids.length === 0) {
		return undefined;
	}
	const texts = guids.flatMap(guid => {
		const note = project.notes.get(guid);
		if (note?.content !== undefined) {
			return [note.content];
		}
		const path = note?.plainTextPath && internalPath(note.plainTextPath);
		const bytes = path ? entries.get(`sources/${path}`.toLowerCase()) : undefined;
		const decoded = bytes && decodeText(bytes);
		return decoded ? [decoded.text] : [];
	});
	return texts.length > 0 ? texts.join('\n\n') : undefined;
}

/** A safe relative seed path from a source's name: no `..`, no drive or root, ending in `.txt`. */
export function seedPathOf(source: Pick<ParsedTextSource, 'name' | 'guid'>): string {
	const segments = (source.name ?? '').split(/[\\/]+/)
		.filter(segment => segment !== '' && segment !== '.' && segment !== '..' && !/^[a-zA-Z]:$/.test(segment))
		.map(segment => segment.replace(/[<>:"|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim())
		.filter(segment => segment !== '');
	if (segments.length === 0) {
		segments.push(`source-${source.guid.slice(0, 8)}`);
	}
	const last = segments.length - 1;
	segments[last] = /\.txt$/i.test(segments[last]) ? segments[last] : `${segments[last].replace(/\.[A-Za-z0-9]{1,5}$/, '')}.txt`;
	return segments.join('/');
}

/** The path, or with `-2`, `-3` … when taken (compared without case, as Windows and macOS do). */
function uniquePath(path: string, taken: Map<string, string>): string {
	let candidate = path;
	for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
		candidate = path.replace(/\.txt$/i, `-${n}.txt`);
	}
	taken.set(candidate.toLowerCase(), candidate);
	return candidate;
}

/** A tag segment from a code's name: spaces and other characters a tag cannot hold become `_`. */
function tagSegment(name: string): string {
	const segment = name.trim().replace(/\s+/g, '_').replace(/[^\p{L}\p{N}_\-.]/gu, '_').replace(/^[^\p{L}\p{N}]+/u, '');
	const result = segment === '' ? 'code' : segment.slice(0, 100);
	return tagNameProblem(result) ? 'code' : result;
}

/** A coder name usable in a file name (`name.<coder>.tags.yaml`). */
function coderName(userName: string, guid: string): string {
	const name = userName.trim().replace(/\s+/g, '_').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
	return name === '' ? `user-${guid.slice(0, 8)}` : name;
}

/** `#rrggbb` from `#RRGGBB`, `#RGB`, `rgb(r, g, b)`, `r,g,b` or a number 0xRRGGBB; undefined otherwise. */
export function hexColor(value: string): string | undefined {
	const text = value.trim();
	if (/^#[0-9a-fA-F]{6}$/.test(text)) {
		return text.toLowerCase();
	}
	if (/^#[0-9a-fA-F]{3}$/.test(text)) {
		return ('#' + [...text.slice(1)].map(c => c + c).join('')).toLowerCase();
	}
	const rgb = /^(?:rgba?\s*\()?\s*(\d{1,3})\s*[,; ]\s*(\d{1,3})\s*[,; ]\s*(\d{1,3})\s*(?:[,;]\s*[\d.]+\s*)?\)?$/i.exec(text);
	if (rgb) {
		const parts = rgb.slice(1, 4).map(Number);
		return parts.every(part => part <= 255) ? '#' + parts.map(part => part.toString(16).padStart(2, '0')).join('') : undefined;
	}
	if (/^\d{1,8}$/.test(text) && Number(text) <= 0xffffff) {
		return '#' + Number(text).toString(16).padStart(6, '0');
	}
	return undefined;
}

function uniqueId(key: string, taken: readonly Annotation[]): string {
	for (let n = 0; ; n++) {
		const hex = stableGuid(n === 0 ? key : `${key}:${n}`).replace(/-/g, '');
		const id = `a-${(parseInt(hex.slice(0, 12), 16) % 36 ** 8).toString(36).padStart(8, '0')}`;
		if (!taken.some(annotation => annotation.id === id)) {
			return id;
		}
	}
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

