/**
 * Reads a `project.qde` (or ATLAS.ti's `Trial.qde`) with fast-xml-parser, as untrusted input: a
 * DOCTYPE is refused before parsing (no DTD, no external entities, no entity expansion), malformed
 * XML is an error naming the entry, line and column, and so is a missing required attribute (the
 * element is found again in the text by its position among elements of its name). Only the parts
 * Seed Annotator uses are read: users, codes, text sources with their selections and codings, notes.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ExchangeError } from './archive';
import { guidPattern, normalizeGuid } from './guid';

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

type Element = Record<string, unknown>;

const repeated = new Set(['User', 'Code', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection',
	'Coding', 'NoteRef', 'Note']);

const parser = new XMLParser({
	ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, parseAttributeValue: false,
	removeNSPrefix: true, isArray: name => repeated.has(name),
	// Character references (&#x1F600;) are decoded; no named entities beyond XML's five.
	processEntities: true, htmlEntities: {} as unknown as boolean,
});

export function parseProjectXml(xml: string, entry: string): ParsedProject {
	const at = positionFinder(xml, entry);
	const doctype = /<!(DOCTYPE|ENTITY)/i.exec(xml);
	if (doctype) {
		const declaration = doctype[1].toUpperCase();
		const where = at.offset(doctype.index);
		throw new ExchangeError(`${where}: a ${declaration} declaration is refused (an imported project's DTDs and entities are not read)`);
	}
	const validation = XMLValidator.validate(xml);
	if (validation !== true) {
		throw new ExchangeError(`${entry}:${validation.err.line}:${validation.err.col}: malformed XML: ${validation.err.msg}`);
	}
	const root = (parser.parse(xml) as Element).Project as Element | undefined;
	if (!root || typeof root !== 'object') {
		throw new ExchangeError(`${entry}: the root element is not a REFI-QDA <Project>`);
	}
	at.setRoot(root);
	const required = (element: Element, name: string, attribute: string): string => {
		const value = element[`@${attribute}`];
		if (typeof value !== 'string' || value === '') {
			throw new ExchangeError(`${at.element(name, element)}: <${name}> lacks its required attribute ${attribute}`);
		}
		return value;
	};
	const guidOf = (element: Element, name: string): string => {
		const value = required(element, name, 'guid');
		if (!guidPattern.test(value)) {
			throw new ExchangeError(`${at.element(name, element)}: <${name}> has an invalid guid "${value}"`);
		}
		return normalizeGuid(value);
	};
	const optionalGuid = (value: unknown) => typeof value === 'string' && guidPattern.test(value) ? normalizeGuid(value) : undefined;
	const integer = (element: Element, name: string, attribute: string): number => {
		const value = required(element, name, attribute).trim();
		if (!/^[+-]?\d+$/.test(value)) {
			throw new ExchangeError(`${at.element(name, element)}: <${name}> ${attribute}="${value}" is not a whole number`);
		}
		return Number(value);
	};
	const list = (parent: unknown, name: string): Element[] =>
		parent && typeof parent === 'object' ? ((parent as Element)[name] as Element[] | undefined) ?? [] : [];
	/** An element's text: a string, or `#text` beside attributes. */
	const text = (value: unknown): string | undefined => {
		if (typeof value === 'string') {
			return value;
		}
		const inner = value && typeof value === 'object' ? (value as Element)['#text'] : undefined;
		return typeof inner === 'string' ? inner : undefined;
	};
	const string = (value: unknown): string | undefined => typeof value === 'string' ? value : undefined;

	const users = new Map<string, string>();
	for (const user of list(root.Users, 'User')) {
		const guid = guidOf(user, 'User');
		users.set(guid, string(user['@name']) ?? string(user['@id']) ?? guid);
	}
	const codes: ParsedCode[] = [];
	const walkCodes = (elements: Element[], path: string[]) => {
		for (const code of elements) {
			const guid = guidOf(code, 'Code');
			const name = required(code, 'Code', 'name');
			const description = text(code.Description);
			const color = string(code['@color']);
			codes.push({
				guid, path: [...path,
					name], codable: string(code['@isCodable'])?.trim() !== 'false' && string(code['@isCodable'])?.trim() !== '0',
				...(description !== undefined ? { description } : {}), ...(color !== undefined ? { color } : {}),
			});
			walkCodes(list(code, 'Code'), [...path, name]);
		}
	};
	walkCodes(list((root.CodeBook as Element | undefined)?.Codes, 'Code'), []);
	const noteRefs = (element: Element) => list(element,
		'NoteRef').map(ref => optionalGuid(ref['@targetGUID'])).filter((guid): guid is string => guid !== undefined);
	const textSources: ParsedTextSource[] = [];
	const sources = root.Sources as Element | undefined;
	for (const source of list(sources, 'TextSource')) {
		const guid = guidOf(source, 'TextSource');
		const selections: ParsedSelection[] = [];
		for (const selection of list(source, 'PlainTextSelection')) {
			const codings = list(selection, 'Coding').map(coding => {
				const codeRef = coding.CodeRef as Element | undefined;
				if (!codeRef || typeof codeRef !== 'object') {
					throw new ExchangeError(`${at.element('Coding', coding)}: <Coding> lacks its <CodeRef>`);
				}
				const created = string(coding['@creationDateTime']);
				const userGuid = optionalGuid(coding['@creatingUser']);
				return {
					guid: guidOf(coding, 'Coding'), codeGuid: normalizeGuid(required(codeRef, 'CodeRef', 'targetGUID')),
					...(userGuid ? { userGuid } : {}), ...(created ? { created } : {}), noteGuids: noteRefs(coding),
				};
			});
			const created = string(selection['@creationDateTime']);
			const userGuid = optionalGuid(selection['@creatingUser']);
			const description = text(selection.Description);
			const name = string(selection['@name']);
			selections.push({
				guid: guidOf(selection, 'PlainTextSelection'), start: integer(selection, 'PlainTextSelection',
					'startPosition'), end: integer(selection, 'PlainTextSelection', 'endPosition'),
				...(name !== undefined ? { name } : {}), ...(userGuid ? { userGuid } : {}), ...(created ? { created }
					: {}), ...(description !== undefined ? { description } : {}),
				codings, noteGuids: noteRefs(selection),
				// Found only when a report needs it: it walks the whole tree and searches the text.
				get where() {
					return at.element('PlainTextSelection', selection);
				},
			});
		}
		const content = text(source.PlainTextContent);
		const name = string(source['@name']);
		const plainTextPath = string(source['@plainTextPath']);
		const richTextPath = string(source['@richTextPath']);
		textSources.push({
			guid, selections,
			get where() {
				return at.element('TextSource', source);
			},
			...(name !== undefined ? { name } : {}), ...(plainTextPath ? { plainTextPath } : {}), ...(richTextPath ? { richTextPath }
				: {}), ...(content !== undefined ? { content } : {}),
		});
	}
	const otherSources: ParsedOtherSource[] = [];
	for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
		for (const source of list(sources, kind)) {
			otherSources.push({ kind,
				name: string(source['@name']) ?? string(source['@path']) ?? normalizeGuid(string(source['@guid']) ?? '') });
		}
	}
	const notes = new Map<string, ParsedNote>();
	for (const note of list(root.Notes, 'Note')) {
		const content = text(note.PlainTextContent);
		const plainTextPath = string(note['@plainTextPath']);
		notes.set(guidOf(note, 'Note'), { ...(content !== undefined ? { content } : {}), ...(plainTextPath ? { plainTextPath } : {}) });
	}
	const name = string(root['@name']);
	const origin = string(root['@origin']);
	return { ...(name !== undefined ? { name } : {}), ...(origin !== undefined ? { origin } : {}), users, codes, textSources,
		otherSources, notes };
}

/**
 * Places in the XML text, for messages: an offset as `entry:line:column`, and an element by its
 * rank among the elements of its name (the parser visits them in document order).
 */
function positionFinder(xml: string, entry: string) {
	const lineStarts = [0];
	for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) {
		lineStarts.push(i + 1);
	}
	const offset = (index: number): string => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >>> 1;
			if (lineStarts[middle] <= index) low = middle; else high = middle - 1;
		}
		return `${entry}:${low + 1}:${index - lineStarts[low] + 1}`;
	};
	const starts = new Map<string, number[]>();
	let ranks: Map<object, number> | undefined;
	let root: unknown;
	return {
		offset,
		/** The parsed tree: elements are ranked by a depth-first walk, which follows document order. */
		setRoot(parsed: unknown) {
			root = parsed;
			ranks = undefined;
		},
		element(name: string, element: object): string {
			if (!ranks) {
				ranks = rankElements(root);
			}
			let positions = starts.get(name);
			if (!positions) {
				positions = [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g'))].map(match => match.index!);
				starts.set(name, positions);
			}
			const index = ranks.get(element) ?? 0;
			return offset(positions[Math.min(index, positions.length - 1)] ?? 0);
		},
	};
}

/** Each element's rank among the elements of its name, in a depth-first walk. */
function rankElements(root: unknown): Map<object, number> {
	const ranks = new Map<object, number>();
	const counts = new Map<string, number>();
	const visit = (name: string, value: unknown) => {
		if (!value || typeof value !== 'object') {
			return;
		}
		if (Array.isArray(value)) {
			value.forEach(item => visit(name, item));
			return;
		}
		const count = counts.get(name) ?? 0;
		ranks.set(value, count);
		counts.set(name, count + 1);
		for (const [key, child] of Object.entries(value)) {
			if (!key.startsWith('@') && key !== '#text') {
				visit(key, child);
			}
		}
	};
	visit('Project', root);
	return ranks;
}
