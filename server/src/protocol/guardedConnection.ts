/**
 * The boundary between the client and the handlers: a view of the connection whose handler
 * registrations check every request's and notification's parameters first (`paramChecks.ts`) and
 * contain every failure, so that no message, however odd, stops the server.
 *
 * - Before `initialize`, requests are answered `ServerNotInitialized` (-32002) and notifications dropped.
 * - Parameters that do not match the protocol: requests are answered `InvalidParams` (-32602) naming
 *   the parameter and the file; notifications are logged and ignored.
 * - A handler that fails: a file-system error is answered with its message in words (`RequestFailed`),
 *   anything else is logged with its stack and answered as an internal error without the raw text;
 *   a failing notification handler (or the promise it returns) is logged, never left uncaught.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { FileAccessError } from '../core/fileAccess';
import { protocolParams } from './paramChecks';

type Handler = (params: unknown, ...rest: unknown[]) => unknown;
type Registration = (handler: Handler) => unknown;

/** `Connection` registration methods, by the LSP method they register a handler for. */
const requestRegistrations: Readonly<Record<string, string>> = {
	onDocumentSymbol: 'textDocument/documentSymbol',
	onFoldingRanges: 'textDocument/foldingRange',
	onCodeAction: 'textDocument/codeAction',
	onCodeActionResolve: 'codeAction/resolve',
	onHover: 'textDocument/hover',
	onReferences: 'textDocument/references',
	onDocumentHighlight: 'textDocument/documentHighlight',
	onDefinition: 'textDocument/definition',
	onWorkspaceSymbol: 'workspace/symbol',
	onExecuteCommand: 'workspace/executeCommand',
	onCompletion: 'textDocument/completion',
	onDocumentLinks: 'textDocument/documentLink',
	onWillSaveTextDocumentWaitUntil: 'textDocument/willSaveWaitUntil',
};

const notificationRegistrations: Readonly<Record<string, string>> = {
	onInitialized: 'initialized',
	onDidOpenTextDocument: 'textDocument/didOpen',
	onDidChangeTextDocument: 'textDocument/didChange',
	onDidCloseTextDocument: 'textDocument/didClose',
	onDidSaveTextDocument: 'textDocument/didSave',
	onWillSaveTextDocument: 'textDocument/willSave',
	onDidChangeWatchedFiles: 'workspace/didChangeWatchedFiles',
	onDidChangeConfiguration: 'workspace/didChangeConfiguration',
};

export function guardedConnection(connection: Connection): Connection {
	let initialized = false;
	const log = (message: string) => connection.console.error(message);

	function guardRequest(method: string, handler: Handler): Handler {
		return async (params, ...rest) => {
			if (method === 'initialize') {
				rejectInvalid(method, params);
				const result = await handler(params, ...rest);
				initialized = true;
				return result;
			}
			if (!initialized) {
				const message = `The server is not initialized: send "initialize" before ${method}.`;
				throw new ResponseError(ErrorCodes.ServerNotInitialized, message);
			}
			rejectInvalid(method, params);
			try {
				return await handler(params, ...rest);
			} catch (error) {
				if (error instanceof ResponseError) throw error;
				if (error instanceof FileAccessError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message);
				log(`${method} failed: ${(error as Error)?.stack ?? String(error)}`);
				const message = `Seed Annotator could not answer ${method}: an internal error (details in the server's log).`;
				throw new ResponseError(ErrorCodes.InternalError, message);
			}
		};
	}

	function guardNotification(method: string, handler: Handler): Handler {
		return (params, ...rest) => {
			if (!initialized) return; // the protocol says: drop notifications before initialize
			const problem = protocolParams[method]?.(params, '');
			if (problem) {
				log(`Seed: ignored ${method}${fileOf(params)}: ${problem}`);
				return;
			}
			const failed = (error: unknown) => log(`${method}${fileOf(params)} failed: ${(error as Error)?.stack ?? String(error)}`);
			try {
				const result = handler(params, ...rest);
				if (result instanceof Promise) result.catch(failed);
			} catch (error) {
				failed(error);
			}
		};
	}

	type Wrap = (method: string, handler: Handler) => Handler;
	function guarded(target: object, property: string | symbol, wrap: Wrap, method: string): Registration {
		const register = Reflect.get(target, property) as Registration;
		return (handler) => register.call(target, wrap(method, handler));
	}

	const semanticTokens = () => ({
		...connection.languages.semanticTokens,
		on: guarded(connection.languages.semanticTokens, 'on', guardRequest, 'textDocument/semanticTokens/full'),
	});
	const languages = new Proxy(connection.languages, {
		get: (target, property) => property === 'semanticTokens' ? semanticTokens() : Reflect.get(target, property),
	});

	return new Proxy(connection, {
		get(target, property) {
			if (property === 'languages') return languages;
			if (property === 'onInitialize') return guarded(target, property, guardRequest, 'initialize');
			if (typeof property === 'string' && requestRegistrations[property]) {
				return guarded(target, property, guardRequest, requestRegistrations[property]);
			}
			if (typeof property === 'string' && notificationRegistrations[property]) {
				return guarded(target, property, guardNotification, notificationRegistrations[property]);
			}
			if (property === 'onRequest' || property === 'onNotification') {
				const wrap = property === 'onRequest' ? guardRequest : guardNotification;
				return (type: string | { method: string } | Handler, handler?: Handler) => {
					if (typeof type === 'function') return target[property](type as never); // a handler for every method
					const method = typeof type === 'string' ? type : type.method;
					return (target[property] as (type: unknown, handler: Handler) => unknown)(type, wrap(method, handler!));
				};
			}
			return Reflect.get(target, property);
		},
	});
}

function rejectInvalid(method: string, params: unknown): void {
	const problem = protocolParams[method]?.(params, '');
	if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters of ${method}${fileOf(params)}: ${problem}.`);
}

/** ` for /path/file.txt` when the parameters name a document, for messages. */
export function fileOf(params: unknown): string {
	const named = params as { textDocument?: { uri?: unknown }; uri?: unknown } | undefined;
	const uri = named?.textDocument?.uri ?? named?.uri;
	if (typeof uri !== 'string' || uri === '') return '';
	try {
		const parsed = URI.parse(uri);
		return ` for ${parsed.scheme === 'file' ? parsed.fsPath : uri}`;
	} catch {
		return '';
	}
}
