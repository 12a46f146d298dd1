/**
 * The argument of every `workspace/executeCommand` command (one object, as `commands.ts` documents),
 * checked before the command runs: an unknown command or a wrong argument is answered
 * `InvalidParams` naming the command, the argument and, where there is one, the file.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { tagNameProblem } from '../core/annotations/annotation';
import { ENTITY_KINDS } from '../core/entities/types';
import { ServerCommand } from './commands';
import { fileOf } from './guardedConnection';
import {
	arrayOf, isNonEmptyString, isString, isUri, nullable, object, oneOf, optional, position, range, refine, type Check,
} from './paramChecks';

const tagName = refine(isNonEmptyString, (tag: string) => tagNameProblem(tag));
const color = refine(isString, (value: string, name) =>
	/^#[0-9a-fA-F]{6}$/.test(value) ? undefined : `"${name}" must be a colour written #rrggbb`);
const entityName = refine(isNonEmptyString, (name: string, field) => name.trim() ? undefined : `"${field}" is blank`);
const noArgument: Check = () => undefined;

const commandArguments: Readonly<Record<string, Check>> = {
	[ServerCommand.tag]: object({ uri: isUri, range, tag: tagName, note: optional(isString) }),
	[ServerCommand.tagMentions]: object({ uri: isUri, position, tag: tagName }),
	[ServerCommand.untag]: object({ uri: isUri, id: isNonEmptyString }),
	[ServerCommand.setNote]: object({ uri: isUri, id: isNonEmptyString, note: optional(isString) }),
	[ServerCommand.annotations]: object({ uri: isUri }),
	[ServerCommand.workspaceAnnotations]: noArgument,
	[ServerCommand.renameTag]: object({ from: isNonEmptyString, to: tagName }),
	[ServerCommand.export]: object({ format: oneOf(['csv', 'jsonl', 'w3c', 'brat']), uris: optional(arrayOf(isUri)) }),
	[ServerCommand.reanchor]: object({ uri: isUri, id: isNonEmptyString, range }),
	// No argument (or null) is the whole list, as before.
	[ServerCommand.codebook]: nullable(optional(object({ knownVersion: optional(isString) }))),
	[ServerCommand.addCodebookTag]: object({ tag: tagName, description: optional(isString), color: optional(color) }),
	[ServerCommand.addToRegistry]: object({ name: entityName, kind: oneOf(ENTITY_KINDS) }),
};

/**
 * Throws `InvalidParams` unless `command` is one of `offered` and its argument (the first of
 * `args`) is as documented. Commands offered without a documented argument are not checked.
 */
export function checkCommand(command: string, args: readonly unknown[] | null | undefined, offered: readonly string[]): void {
	if (!offered.includes(command)) {
		throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${command}": this server runs ${offered.join(', ')}.`);
	}
	const check = commandArguments[command];
	const argument = args?.[0];
	const problem = check?.(argument, '');
	if (problem) {
		const where = fileOf(argument);
		const message = problem.replace(/^"params"/, 'the argument');
		throw new ResponseError(ErrorCodes.InvalidParams, `Invalid argument of ${command}${where}: ${message}.`);
	}
}
