/**
 * How annotation commands refuse: one error type whose message names the file and the reason (the
 * server answers it as an LSP error), the checks of command arguments, and the translation of the
 * store's refusals into it.
 */
import type { Range } from 'vscode-languageserver-types';
import { URI, Utils } from 'vscode-uri';
import { tagNameProblem } from './core/annotations/annotation';
import { SidecarError } from './core/annotations/sidecarStore';

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

/** Turns store errors into command errors (their messages already name the file). */
export async function withCommandErrors<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof SidecarError || error instanceof AnnotationCommandError) {
			throw new AnnotationCommandError(error.message);
		}
		// Refusals and failures of a write: their messages name the file and say why in words.
		if (error instanceof Error && ['OutsideWorkspaceError', 'FileWriteError', 'LockTimeoutError'].includes(error.name)) {
			throw new AnnotationCommandError(error.message);
		}
		throw error;
	}
}
