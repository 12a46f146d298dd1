/**
 * Reads a `project.qde` (or ATLAS.ti's `Trial.qde`) as untrusted input, in one pass of saxes, a
 * conforming XML parser that checks well-formedness as it reads: a DOCTYPE is refused before
 * parsing (no DTD, no external entities, no entity expansion; saxes knows only XML's five named
 * entities and character references), malformed XML is an error naming the entry, line and column,
 * and so is a missing required attribute (every element kept records where its `<` is). Only the
 * parts Seed Annotator uses are kept: users, codes, text sources with their selections and
 * codings, notes. Lines and columns count from 1, columns in UTF-16 code units.
 */
import { SaxesParser } from 'saxes';
import { ExchangeError } from './archive';
import { normalizeGuid, readGuid } from './guid';

export interface ParsedCode {
	readonly guid: string;
	/** The names from the top code down to this one. */
	readonly path: readonly string[];
	readonly codable: boolean;
	readonly description?: string;
	/** As written (`#RRGGBB`, `#RGB`, or RGB numbers). */
	readonly color?: string;
}

export interface ParsedCoding {
	readonly guid: string;
	readonly codeGuid: string;
	readonly userGuid?: string;
	readonly created?: string;
	readonly noteGuids: readonly string[];
}

export interface ParsedSelection {
	readonly guid: string;
	readonly name?: string;
	readonly start: number;
	readonly end: number;
	readonly userGuid?: string;
	readonly created?: string;
	readonly description?: string;
	readonly codings: readonly ParsedCoding[];
	readonly noteGuids: readonly string[];
	/** `entry:line:column`, for the report. */
	readonly where: string;
}

export interface ParsedTextSource {
	readonly guid: string;
	readonly name?: string;
	readonly plainTextPath?: string;
	readonly richTextPath?: string;
	readonly content?: string;
	readonly selections: readonly ParsedSelection[];
	readonly where: string;
}

export interface ParsedOtherSource {
	readonly kind: string;
	readonly name: string;
}

export interface ParsedNote {
	readonly content?: string;
	readonly plainTextPath?: string;
}

export interface ParsedProject {
	readonly name?: string;
	readonly origin?: string;
	readonly users: ReadonlyMap<string, string>;
	readonly codes: readonly ParsedCode[];
	readonly textSources: readonly ParsedTextSource[];
	readonly otherSources: readonly ParsedOtherSource[];
	readonly notes: ReadonlyMap<string, ParsedNote>;
}


/** An element kept from the document, with local names (namespace prefixes dropped, as they are not compared). */
interface XmlElement {
	readonly name: string;
	readonly attributes: Readonly<Record<string, string>>;
	/** The offset of its `<` in the text. */
	readonly at: number;
	/** Kept child elements by name, in document order. */
	children?: Record<string, XmlElement[]>;
	/** Its own text (text elements only), character and entity references decoded, CDATA included. */
	text?: string;
	hasChildElements?: boolean;
}

/** The elements read, by the name of their parent; anything else (and all below it) is passed over. */
const keptChildren: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
	Project: ['Users', 'CodeBook', 'Sources', 'Notes'],
	Users: ['User'],
	CodeBook: ['Codes'],
	Codes: ['Code'],
	Code: ['Code', 'Description'],
	Sources: ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'],
	TextSource: ['PlainTextContent', 'PlainTextSelection'],
	PlainTextSelection: ['Coding', 'NoteRef', 'Description'],
	Coding: ['CodeRef', 'NoteRef'],
	Notes: ['Note'],
	Note: ['PlainTextContent'],
}).map(([parent, children]) => [parent, new Set(children)]));

/** Elements whose text is read. */
const textElements: ReadonlySet<string> = new Set(['Description', 'PlainTextContent']);

export function parseProjectXml(xml: string, entry: string): ParsedProject {
	const at = positionFinder(xml, entry);
	const doctype = /<!(DOCTYPE|ENTITY)/i.exec(xml);
	if (doctype) {
		const declaration = doctype[1].toUpperCase();
		const where = at.offset(doctype.index);
		throw new ExchangeError(`${where}: a ${declaration} declaration is refused (an imported project's DTDs and entities are not read)`);
	}
	const { root, rootName } = readElements(xml, entry, at);
	if (!root) {
		throw new ExchangeError(`${entry}: the root element is not a REFI-QDA <Project>${rootName ? ` (it is <${rootName}>)` : ''}`);
	}
	const element = (found: XmlElement) => at.offset(found.at);
	const required = (element_: XmlElement, attribute: string): string => {
		const value = element_.attributes[attribute];
		if (typeof value !== 'string' || value === '') {
			throw new ExchangeError(`${element(element_)}: <${element_.name}> lacks its required attribute ${attribute}`);
		}
		return value;
	};
	const guidOf = (element_: XmlElement): string => {
		const value = required(element_, 'guid');
		const guid = readGuid(value);
		if (guid === undefined) {
			throw new ExchangeError(`${element(element_)}: <${element_.name}> has an invalid guid "${value}"`);
		}
		return guid;
	};
	const optionalGuid = (value: string | undefined) => value === undefined ? undefined : readGuid(value);
	const integer = (element_: XmlElement, attribute: string): number => {
		const value = required(element_, attribute).trim();
		if (!/^[+-]?\d+$/.test(value)) {
			throw new ExchangeError(`${element(element_)}: <${element_.name}> ${attribute}="${value}" is not a whole number`);
		}
		return Number(value);
	};
	const list = (parent: XmlElement | undefined, name: string): readonly XmlElement[] => parent?.children?.[name] ?? [];
	/** The children of every `container` child (a repeated container's children are all read). */
	const listIn = (parent: XmlElement | undefined, container: string, name: string): XmlElement[] =>
		list(parent, container).flatMap(each => list(each, name));
	/**
	 * A child's text; as the project's earlier reader had it, an element with attributes or child
	 * elements and no text has none, and an empty element has the empty text.
	 */
	const text = (parent: XmlElement, name: string): string | undefined => {
		const found = list(parent, name)[0];
		if (!found) {
			return undefined;
		}
		if (found.text !== undefined && found.text !== '') {
			return found.text;
		}
		return found.hasChildElements || Object.keys(found.attributes).length > 0 ? undefined : '';
	};
	const attribute = (element_: XmlElement, name: string): string | undefined => element_.attributes[name];

	const users = new Map<string, string>();
	for (const user of listIn(root, 'Users', 'User')) {
		const guid = guidOf(user);
		users.set(guid, attribute(user, 'name') ?? attribute(user, 'id') ?? guid);
	}
	const codes: ParsedCode[] = [];
	const walkCodes = (elements: readonly XmlElement[], path: string[]) => {
		for (const code of elements) {
			const guid = guidOf(code);
			const name = required(code, 'name');
			const description = text(code, 'Description');
			const color = attribute(code, 'color');
			const codable = attribute(code, 'isCodable')?.trim();
			codes.push({
				guid, path: [...path, name], codable: codable !== 'false' && codable !== '0',
				...(description !== undefined ? { description } : {}), ...(color !== undefined ? { color } : {}),
			});
			walkCodes(list(code, 'Code'), [...path, name]);
		}
	};
	walkCodes(list(root, 'CodeBook').flatMap(codeBook => listIn(codeBook, 'Codes', 'Code')), []);
	const noteRefs = (element_: XmlElement) => list(element_, 'NoteRef').map(ref => optionalGuid(attribute(ref, 'targetGUID')))
		.filter((guid): guid is string => guid !== undefined);
	const textSources: ParsedTextSource[] = [];
	for (const source of listIn(root, 'Sources', 'TextSource')) {
		const guid = guidOf(source);
		const selections: ParsedSelection[] = [];
		for (const selection of list(source, 'PlainTextSelection')) {
			const codings = list(selection, 'Coding').map(coding => {
				const codeRef = list(coding, 'CodeRef')[0];
				if (!codeRef) {
					throw new ExchangeError(`${element(coding)}: <Coding> lacks its <CodeRef>`);
				}
				const created = attribute(coding, 'creationDateTime');
				const userGuid = optionalGuid(attribute(coding, 'creatingUser'));
				return {
					guid: guidOf(coding), codeGuid: normalizeGuid(required(codeRef, 'targetGUID')),
					...(userGuid ? { userGuid } : {}), ...(created ? { created } : {}), noteGuids: noteRefs(coding),
				};
			});
			const created = attribute(selection, 'creationDateTime');
			const userGuid = optionalGuid(attribute(selection, 'creatingUser'));
			const description = text(selection, 'Description');
			const name = attribute(selection, 'name');
			selections.push({
				guid: guidOf(selection), start: integer(selection, 'startPosition'), end: integer(selection, 'endPosition'),
				...(name !== undefined ? { name } : {}), ...(userGuid ? { userGuid } : {}), ...(created ? { created }
					: {}), ...(description !== undefined ? { description } : {}),
				codings, noteGuids: noteRefs(selection),
				// Line and column are counted only when a report needs them.
				get where() {
					return element(selection);
				},
			});
		}
		const content = text(source, 'PlainTextContent');
		const name = attribute(source, 'name');
		const plainTextPath = attribute(source, 'plainTextPath');
		const richTextPath = attribute(source, 'richTextPath');
		textSources.push({
			guid, selections,
			get where() {
				return element(source);
			},
			...(name !== undefined ? { name } : {}), ...(plainTextPath ? { plainTextPath } : {}), ...(richTextPath ? { richTextPath }
				: {}), ...(content !== undefined ? { content } : {}),
		});
	}
	const otherSources: ParsedOtherSource[] = [];
	for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
		for (const source of listIn(root, 'Sources', kind)) {
			otherSources.push({ kind,
				name: attribute(source, 'name') ?? attribute(source, 'path') ?? normalizeGuid(attribute(source, 'guid') ?? '') });
		}
	}
	const notes = new Map<string, ParsedNote>();
	for (const note of listIn(root, 'Notes', 'Note')) {
		const content = text(note, 'PlainTextContent');
		const plainTextPath = attribute(note, 'plainTextPath');
		notes.set(guidOf(note), { ...(content !== undefined ? { content } : {}), ...(plainTextPath ? { plainTextPath } : {}) });
	}
	const name = attribute(root, 'name');
	const origin = attribute(root, 'origin');
	return { ...(name !== undefined ? { name } : {}), ...(origin !== undefined ? { origin } : {}), users, codes, textSources,
		otherSources, notes };
}

/**
 * One pass of the parser over the whole text: any well-formedness error ends it with the entry,
 * line and column. Only the elements in `keptChildren` under a root `<Project>` are kept.
 */
function readElements(xml: string, entry: string, at: ReturnType<typeof positionFinder>): { root?: XmlElement; rootName?: string } {
	const parser = new SaxesParser({ xmlns: false, position: true });
	const open: (XmlElement | undefined)[] = [];
	let lastClosed = '';
	let root: XmlElement | undefined;
	let rootName: string | undefined;
	let tagStart = 0;
	parser.on('error', error => {
		// saxes puts its own line and column first; ours count the column from 1, in UTF-16 code units.
		let message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
		if (message === 'unexpected close tag') {
			// saxes closes the element left open first, then reports.
			message += ` (<${lastClosed}> is not closed)`;
		}
		throw new ExchangeError(`${at.offset(Math.min(parser.position, xml.length))}: malformed XML: ${message}`);
	});
	parser.on('doctype', () => {
		throw new ExchangeError(`${entry}: a DOCTYPE declaration is refused (an imported project's DTDs and entities are not read)`);
	});
	parser.on('opentagstart', () => {
		tagStart = parser.position;
	});
	parser.on('opentag', tag => {
		const name = localName(tag.name);
		const parent = open.length > 0 ? open[open.length - 1] : undefined;
		let kept: XmlElement | undefined;
		if (open.length === 0) {
			rootName = name;
			if (name === 'Project') {
				kept = root = { name, attributes: localAttributes(tag.attributes), at: xml.lastIndexOf('<', tagStart) };
			}
		} else if (parent) {
			if (keptChildren.get(parent.name)?.has(name)) {
				kept = { name, attributes: localAttributes(tag.attributes), at: xml.lastIndexOf('<', tagStart) };
				parent.children ??= {};
				(parent.children[name] ??= []).push(kept);
			} else if (textElements.has(parent.name)) {
				parent.hasChildElements = true;
			}
		}
		open.push(kept);
	});
	parser.on('closetag', tag => {
		open.pop();
		lastClosed = tag.name;
	});
	const addText = (text: string) => {
		const current = open.length > 0 ? open[open.length - 1] : undefined;
		if (current && textElements.has(current.name)) {
			current.text = (current.text ?? '') + text;
		}
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.write(xml).close();
	return { root, rootName };
}

/** A name without its namespace prefix. */
function localName(name: string): string {
	const colon = name.indexOf(':');
	return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Attributes by local name, namespace declarations left out. The copy is an ordinary object: the
 * parser's own (a dictionary without prototype, several times larger) is then short-lived, which
 * matters with tens of thousands of elements kept.
 */
function localAttributes(attributes: Readonly<Record<string, string>>): Record<string, string> {
	const local: Record<string, string> = {};
	for (const key in attributes) {
		if (!key.startsWith('xmlns:')) {
			local[localName(key)] = attributes[key];
		}
	}
	return local;
}

/** Places in the XML text, for messages: an offset as `entry:line:column` (the line starts are found on first use). */
function positionFinder(xml: string, entry: string) {
	let lineStarts: number[] | undefined;
	return {
		offset(index: number): string {
			if (!lineStarts) {
				lineStarts = [0];
				for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) {
					lineStarts.push(i + 1);
				}
			}
			let low = 0;
			let high = lineStarts.length - 1;
			while (low < high) {
				const middle = (low + high + 1) >>> 1;
				if (lineStarts[middle] <= index) low = middle; else high = middle - 1;
			}
			return `${entry}:${low + 1}:${index - lineStarts[low] + 1}`;
		},
	};
}
