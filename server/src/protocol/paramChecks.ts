/**
 * Checks of what a client sends, before any handler sees it: each check says what is wrong with a
 * value, in words that name the parameter (`"textDocument.text" must be a string, not null`), or
 * nothing when it is fine. Handlers can then rely on the types the protocol promises.
 */
import { URI } from 'vscode-uri';

/** What is wrong with `value`, named `name`; undefined when it is fine. */
export type Check = (value: unknown, name: string) => string | undefined;

/** How a wrong value is named in a message: `null`, `the number 5`, `an array`. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	switch (typeof value) {
		case 'number': return `the number ${value}`;
		case 'string': return value === '' ? 'an empty string' : 'a string';
		case 'boolean': return `${value}`;
		case 'object': return 'an object';
		default: return typeof value;
	}
}

const wrong = (name: string, expected: string, value: unknown) =>
	value === undefined ? `"${name}" is missing (expected ${expected})` : `"${name}" must be ${expected}, not ${describeValue(value)}`;

function primitive(expected: string, accepts: (value: unknown) => boolean): Check {
	return (value, name) => accepts(value) ? undefined : wrong(name, expected, value);
}

export const isString = primitive('a string', value => typeof value === 'string');
export const isNonEmptyString = primitive('a non-empty string', value => typeof value === 'string' && value !== '');
export const isBoolean = primitive('true or false', value => typeof value === 'boolean');
export const isInteger = primitive('an integer', value => Number.isSafeInteger(value));
/** LSP's `uinteger`: line and character numbers, versions. */
export const isUnsignedInteger = primitive(
	'an integer from 0 to 2147483647', value => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0x7fffffff,
);
export const isObjectValue = primitive('an object', value => typeof value === 'object' && value !== null && !Array.isArray(value));

/**
 * A URI string that `vscode-uri` can parse (it throws on some, such as a scheme with spaces). Parsed
 * leniently, as the handlers parse it: a path without a scheme is taken as a `file` URI.
 */
export const isUri: Check = (value, name) => {
	if (typeof value !== 'string' || value === '') return wrong(name, 'a URI string', value);
	try {
		URI.parse(value);
		return undefined;
	} catch {
		return `"${name}" is not a valid URI`;
	}
};

export function optional(check: Check): Check {
	return (value, name) => value === undefined ? undefined : check(value, name);
}

export function nullable(check: Check): Check {
	return (value, name) => value === null ? undefined : check(value, name);
}

export function oneOf(values: readonly (string | number)[]): Check {
	const expected = `one of ${values.join(', ')}`;
	return (value, name) => values.includes(value as string) ? undefined : wrong(name, expected, value);
}

export function arrayOf(item: Check): Check {
	return (value, name) => {
		if (!Array.isArray(value)) return wrong(name, 'an array', value);
		for (let index = 0; index < value.length; index++) {
			const problem = item(value[index], `${name}[${index}]`);
			if (problem) return problem;
		}
		return undefined;
	};
}

/** An object with these fields (others are allowed, as the protocol grows). */
export function object(fields: Readonly<Record<string, Check>>): Check {
	return (value, name) => {
		const notObject = isObjectValue(value, name || 'params');
		if (notObject) return notObject;
		for (const [field, check] of Object.entries(fields)) {
			const problem = check((value as Record<string, unknown>)[field], name ? `${name}.${field}` : field);
			if (problem) return problem;
		}
		return undefined;
	};
}

/** A further condition on a value that passed `check`. */
export function refine(check: Check, problemOf: (value: never, name: string) => string | undefined): Check {
	return (value, name) => check(value, name) ?? problemOf(value as never, name);
}

export const position = object({ line: isUnsignedInteger, character: isUnsignedInteger });
export const range = object({ start: position, end: position });
const textDocument = object({ uri: isUri });
const textDocumentPosition = object({ textDocument, position });

/**
 * The parameters of every request and notification the server handles, by method. Methods not
 * listed are passed through unchecked.
 */
export const protocolParams: Readonly<Record<string, Check>> = {
	'textDocument/didOpen': object({ textDocument: object({ uri: isUri, languageId: isString, version: isInteger, text: isString }) }),
	'textDocument/didChange': object({
		textDocument: object({ uri: isUri, version: isInteger }),
		contentChanges: arrayOf(object({ text: isString, range: optional(range) })),
	}),
	'textDocument/didClose': object({ textDocument }),
	'textDocument/didSave': object({ textDocument, text: optional(isString) }),
	'textDocument/willSave': object({ textDocument, reason: isInteger }),
	'textDocument/willSaveWaitUntil': object({ textDocument, reason: isInteger }),
	'workspace/didChangeWatchedFiles': object({ changes: arrayOf(object({ uri: isUri, type: oneOf([1, 2, 3]) })) }),
	'textDocument/documentSymbol': object({ textDocument }),
	'textDocument/foldingRange': object({ textDocument }),
	'textDocument/semanticTokens/full': object({ textDocument }),
	'textDocument/codeAction': object({
		textDocument,
		range,
		context: object({ diagnostics: arrayOf(object({ range, message: isString })), only: optional(arrayOf(isString)) }),
	}),
	'textDocument/hover': textDocumentPosition,
	'textDocument/definition': textDocumentPosition,
	'textDocument/documentHighlight': textDocumentPosition,
	'textDocument/references': object({ textDocument, position, context: object({ includeDeclaration: isBoolean }) }),
	'workspace/symbol': object({ query: isString }),
	'workspace/executeCommand': object({ command: isNonEmptyString, arguments: optional(nullable(arrayOf(() => undefined))) }),
	'initialize': object({
		capabilities: isObjectValue,
		rootUri: optional(nullable(isUri)),
		workspaceFolders: optional(nullable(arrayOf(object({ uri: isUri })))),
	}),
};
