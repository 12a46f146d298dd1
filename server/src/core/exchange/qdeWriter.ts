/**
 * Writes `project.qde` (namespace `urn:QDA-XML:project:1.0`) and the codebook alone as `.qdc`
 * (`urn:QDA-XML:codebook:1.0`) with fast-xml-parser's builder. Everything is sorted and every GUID
 * is derived from an id (`guid.ts`), and no clock is read: the same project gives the same bytes.
 *
 * Mapping: a seed is a `TextSource` whose text is the file `sources/<guid>.txt`
 * (`plainTextPath="internal://<guid>.txt"`); an annotation is a `PlainTextSelection` (code points,
 * end exclusive) holding one `Coding` of its tag's `Code`, made by its coder's `User` at its
 * `created` time; a note is a `Note` in `Notes` with a `NoteRef` from the selection. Tags nest as
 * codes by `/`; a parent that is no tag of its own is a code with `isCodable="false"`.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { defaultUserName, exchangeOrigin, type ExchangeCode, type ExchangeProject, type ExchangeSource,
	type ExchangeUser } from './exchangeModel';
import { isReversibleId, selectionGuid, stableGuid } from './guid';

type XmlNode = Record<string, unknown>;

const builder = new XMLBuilder({
	ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '\t',
	suppressEmptyNode: true, suppressBooleanAttributes: false,
});

/** xsd:dateTime, as the schema checks it; a `created` that is not one is left out. */
const xsdDateTime = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export function sourceGuid(source: Pick<ExchangeSource, 'name'>): string {
	return stableGuid(`source:${source.name}`);
}

export function userGuid(name: string): string {
	return stableGuid(`user:${name}`);
}

export function codeGuid(tag: string): string {
	return stableGuid(`code:${tag}`);
}

/** The codes of a project: the codebook's tags, the tags in use, and the parents of both. */
export function projectCodes(project: ExchangeProject): ExchangeCode[] {
	const listed = new Map(project.codebook.map(tag => [tag.name, tag]));
	const codable = new Set([...listed.keys(), ...project.sources.flatMap(source => source.selections.map(selection => selection.tag))]);
	const all = new Set<string>();
	for (const tag of codable) {
		const segments = tag.split('/');
		for (let i = 1; i <= segments.length; i++) {
			all.add(segments.slice(0, i).join('/'));
		}
	}
	return [...all].sort().map(tag => {
		const entry = listed.get(tag);
		return {
			tag, guid: codeGuid(tag), codable: codable.has(tag),
			...(entry?.description !== undefined ? { description: entry.description } : {}),
			...(entry?.color ? { color: entry.color } : {}),
		};
	});
}

export function projectUsers(project: ExchangeProject): ExchangeUser[] {
	const names = new Set(project.sources.flatMap(source => source.selections.map(selection => selection.coder ?? defaultUserName)));
	if (names.size === 0) {
		names.add(defaultUserName);
	}
	return [...names].sort().map(name => ({ guid: userGuid(name), name }));
}

/** The text of `project.qde`. */
export function writeProjectXml(project: ExchangeProject, description: string): string {
	const codes = projectCodes(project);
	const users = projectUsers(project);
	const notes: XmlNode[] = [];
	const sources = [...project.sources].sort((a, b) => compare(a.name, b.name)).map(source => {
		const guid = sourceGuid(source);
		const selections = [...source.selections].sort((a, b) => a.start - b.start || a.end - b.end || compare(a.id,
			b.id)).map(selection => {
			const selectionId = selectionGuid(source.name, selection.id);
			const user = userGuid(selection.coder ?? defaultUserName);
			const created = xsdDateTime.test(selection.created) ? { '@creationDateTime': selection.created } : {};
			const node: XmlNode = {
				'@guid': selectionId,
				'@name': selectionName(selection.passage, selection.id),
				'@startPosition': String(selection.start),
				'@endPosition': String(selection.end),
				'@creatingUser': user,
				...created,
				Coding: {
					'@guid': stableGuid(`coding:${source.name}:${selection.id}`),
					'@creatingUser': user,
					...created,
					CodeRef: { '@targetGUID': codeGuid(selection.tag) },
				},
			};
			if (selection.note !== undefined) {
				const noteGuid = stableGuid(`note:${source.name}:${selection.id}`);
				notes.push({ '@guid': noteGuid, '@name': `Note on ${selection.id}`, '@creatingUser': user, ...created,
					PlainTextContent: keepingCarriageReturns(selection.note) });
				node.NoteRef = { '@targetGUID': noteGuid };
			}
			return node;
		});
		return { '@guid': guid, '@name': source.name, '@plainTextPath': `internal://${guid}.txt`,
			...(selections.length > 0 ? { PlainTextSelection: selections } : {}) };
	});
	const project_: XmlNode = {
		'@xmlns': 'urn:QDA-XML:project:1.0',
		'@name': project.name,
		'@origin': exchangeOrigin,
		'@creatingUserGUID': users[0].guid,
		Users: { User: users.map(user => ({ '@guid': user.guid, '@name': user.name })) },
		...(codes.length > 0 ? { CodeBook: { Codes: { Code: codeTree(codes) } } } : {}),
		...(sources.length > 0 ? { Sources: { TextSource: sources } } : {}),
		...(notes.length > 0 ? { Notes: { Note: notes } } : {}),
		Description: description,
	};
	return withCarriageReturns(builder.build({ '?xml': { '@version': '1.0', '@encoding': 'utf-8' }, Project: project_ }));
}

/** The text of a `.qdc` codebook. */
export function writeCodebookXml(project: ExchangeProject): string {
	const codes = projectCodes(project);
	const body: XmlNode = { '@xmlns': 'urn:QDA-XML:codebook:1.0', '@origin': exchangeOrigin };
	if (codes.length > 0) {
		body.Codes = { Code: codeTree(codes) };
	} else {
		throw new Error('the codebook has no tags to export');
	}
	return withCarriageReturns(builder.build({ '?xml': { '@version': '1.0', '@encoding': 'utf-8' }, CodeBook: body }));
}

/** Codes nested by `/`: each code holds its description, then its children. */
function codeTree(codes: readonly ExchangeCode[]): XmlNode[] {
	const byParent = new Map<string, ExchangeCode[]>();
	for (const code of codes) {
		const slash = code.tag.lastIndexOf('/');
		const parent = slash < 0 ? '' : code.tag.slice(0, slash);
		byParent.set(parent, [...(byParent.get(parent) ?? []), code]);
	}
	const build = (parent: string): XmlNode[] => (byParent.get(parent) ?? []).map(code => ({
		'@guid': code.guid,
		'@name': code.tag.slice(code.tag.lastIndexOf('/') + 1),
		'@isCodable': String(code.codable),
		...(code.color ? { '@color': code.color.toUpperCase() } : {}),
		...(code.description !== undefined && code.description !== '' ? { Description: keepingCarriageReturns(code.description) } : {}),
		...(byParent.has(code.tag) ? { Code: build(code.tag) } : {}),
	}));
	return build('');
}

/**
 * An XML reader turns a raw CR (and CRLF) in text into LF, so a note's CR is written as `&#13;`.
 * The builder would escape the `&`, so CR travels through it as a private-use placeholder.
 */
const carriageReturnPlaceholder = '\uE00D';

function keepingCarriageReturns(text: string): string {
	return text.replace(/\r/g, carriageReturnPlaceholder);
}

function withCarriageReturns(xml: string): string {
	return xml.replace(/\uE00D/g, '&#13;');
}

/**
 * A selection's label, as QDA programs show one: its first words on one line. An id that its GUID
 * cannot carry (not `a-` and eight base-36 characters) is added as ` [id: …]`, for the import.
 */
function selectionName(passage: string, id: string): string {
	const points = Array.from(passage.slice(0, 400));
	const label = points.slice(0, 60).join('').replace(/\s+/g, ' ').trim() + (points.length > 60 ? '…' : '');
	return isReversibleId(id) ? label : `${label} [id: ${id}]`;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
