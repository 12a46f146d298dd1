/**
 * Loads the corpus commands (`seed.corpusStats`, `seed.corpusPassages`, `seed.editCodebook`) on the
 * first use of one. Their code (statistics, sidecar and codebook reading and writing) lives in
 * `dist/corpusStats.js` beside the server bundle, required at run time by a path esbuild does not
 * follow; compiled without bundling (tests), the module sits beside this one.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CorpusStatsService, CorpusStatsSources } from './corpusStatsService';
import { AnnotationCommandError } from './annotationCommandError';
import { ServerCommand } from './protocol/commands';

export interface CorpusStatsCommands {
	readonly commands: readonly string[];
	/** Runs one of `commands`; undefined for any other command. */
	execute(command: string, args: readonly unknown[] | undefined): Promise<unknown> | undefined;
	/** Once the workspace is indexed: reads the sidecars ahead of the first overview (loads the commands). */
	warmUp(): Promise<void>;
	/** Whether a read-ahead has finished since the server started (the overview then opens from it). */
	readonly warm: boolean;
}

export function corpusStatsCommands(sources: CorpusStatsSources): CorpusStatsCommands {
	let service: CorpusStatsService | undefined;
	let warm = false;
	const commands: string[] = [ServerCommand.corpusStats, ServerCommand.corpusPassages, ServerCommand.editCodebook];
	return {
		commands,
		execute(command, args) {
			if (!commands.includes(command)) return undefined;
			return loaded().execute(command, args?.[0])?.catch((error: unknown) => {
				throw asRefusal(error);
			});
		},
		warmUp: () => loaded().warmUp().then(() => void (warm = true)),
		get warm() {
			return warm;
		},
	};

	function loaded(): CorpusStatsService {
		if (!service) {
			const bundled = path.join(__dirname, 'corpusStats.js');
			// A separate bundle, loaded on first use at a path known only at run time.
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const module = require(
				existsSync(bundled) ? bundled : path.join(__dirname, 'corpusStatsService'),
			) as typeof import('./corpusStatsService');
			service = module.createCorpusStatsService(sources);
		}
		return service;
	}
}

/**
 * The corpus commands refuse with a plain `Error` whose message is meant for the reader (a used code,
 * a malformed sidecar). Its class lives in another bundle, so the server's `instanceof` checks miss
 * it: it becomes an `AnnotationCommandError`, answered as a refusal. Other failures (a TypeError)
 * stay internal errors, whose text is not shown.
 */
function asRefusal(error: unknown): unknown {
	return error instanceof Error && error.name === 'Error' ? new AnnotationCommandError(error.message) : error;
}
