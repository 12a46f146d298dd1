/**
 * The REFI-QDA commands as the server sees them: their names, and a runner that loads the exchange
 * bundle on first use (`exchangeLoader.ts`) and turns its refusals into annotation command errors,
 * which the server answers as LSP errors with their message.
 */
import { AnnotationCommandError } from './annotationCommandError';
import { loadExchange } from './exchangeLoader';
import type { ExchangeService, ExchangeServiceOptions } from './exchangeService';
import { ServerCommand } from './protocol/commands';

export const exchangeCommands: readonly string[] = [ServerCommand.exportProject, ServerCommand.importProject];

export function exchangeCommandRunner(options: ExchangeServiceOptions): (command: string,
	args: readonly unknown[] | undefined) => Promise<unknown> {
	let service: ExchangeService | undefined;
	return async (command, args) => {
		service ??= new (loadExchange().ExchangeService)(options);
		try {
			return await service.execute(command, args);
		} catch (error) {
			throw (error as Error).name === 'ExchangeError' ? new AnnotationCommandError((error as Error).message) : error;
		}
	};
}
