/**
 * How annotation commands refuse: one error type whose message names the file and the reason (the
 * server answers it as an LSP error), the checks of command arguments, and the translation of the
 * store's refusals into it.
 */
import type { Range } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import { tagNameProblem } from './core/annotations/annotation';

/** A refused command; its message names the file and the reason (answered as an LSP error). */
export class AnnotationCommandError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AnnotationCommandError';
	}
}

export function requireString(value: unknown, name: string): string {
	if (typeof value !== 'string' || value === '') {
		throw new AnnotationCommandError(`The command needs "${name}".`);
	}
	return value;
}

/** A tag name the sidecar, CSV and brat all read the same (see `tagNameProblem`). */
export function requireTagName(value: unknown, name = 'tag'): string {
	const tag = requireString(value, name);
	const problem = tagNameProblem(tag);
	if (problem) {
		throw new AnnotationCommandError(problem);
	}
	return tag;
}

export function requireRange(range: unknown): Range {
	const r = range as Range | undefined;
	if (
		!r ||
		typeof r.start?.line !== 'number' ||
		typeof r.start?.character !== 'number' ||
		typeof r.end?.line !== 'number' ||
		typeof r.end?.character !== 'number'
	) {
		throw new AnnotationCommandError('The command needs a "range" ({start: {line, character}, end: {line, character}}).');
	}
	return r;
}

export function fileName(uri: string): string {
	return Utils.basename(URI.parse(uri));
}

export function shorten(text: string): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > 40 ? flat.slice(0, 39) + '…' : flat;
}

/**
 * Whether `error` is an AnnotationCommandError. Judged by name: the rarely used commands run in the
 * lazily loaded exchange bundle, whose copy of the class is not this one.
 */
export function isAnnotationCommandError(error: unknown): error is Error {
	return error instanceof Error && error.name === 'AnnotationCommandError';
}

/** Refusals of the store and of writes, by name (their classes may come from another bundle). */
const refusalNames: ReadonlySet<string> = new Set([
	'SidecarError', 'AnnotationCommandError', 'OutsideWorkspaceError', 'FileWriteError', 'LockTimeoutError',
]);

/** Turns store errors and refused writes into command errors (their messages already name the file and say why). */
export async function withCommandErrors<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof Error && refusalNames.has(error.name)) {
			throw new AnnotationCommandError(error.message);
		}
		throw error;
	}
}
