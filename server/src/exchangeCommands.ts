/**
 * The REFI-QDA commands as the server sees them: their names, and a runner that loads the exchange
 * bundle on first use (`exchangeLoader.ts`) and turns its refusals into annotation command errors,
 * which the server answers as LSP errors with their message.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import { AnnotationCommandError } from './annotationCommandError';
import { loadExchange } from './exchangeLoader';
import type { ExchangeService, ExchangeServiceOptions } from './exchangeService';
import { ServerCommand } from './protocol/commands';

export const exchangeCommands: readonly string[] = [ServerCommand.exportProject, ServerCommand.importProject];

export function exchangeCommandRunner(options: ExchangeServiceOptions): (command: string,
	args: readonly unknown[] | undefined, token?: CancellationToken) => Promise<unknown> {
	let service: ExchangeService | undefined;
	return async (command, args, token) => {
		service ??= new (loadExchange().ExchangeService)(options);
		const cancelled = new AbortController();
		const listener = token?.onCancellationRequested(() => cancelled.abort());
		if (token?.isCancellationRequested) cancelled.abort();
		try {
			return await service.execute(command, args, cancelled.signal);
		} catch (error) {
			// Known by name: the bundle's classes are its own copies.
			if ((error as Error).name === 'CancelledError') {
				throw new ResponseError(LSPErrorCodes.RequestCancelled, (error as Error).message);
			}
			throw (error as Error).name === 'ExchangeError' ? new AnnotationCommandError((error as Error).message) : error;
		} finally {
			listener?.dispose();
		}
	};
}
