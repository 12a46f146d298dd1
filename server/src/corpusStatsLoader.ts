/**
 * Loads `seed.corpusStats` on its first use. Its code (statistics, sidecar and codebook reading)
 * lives in `dist/corpusStats.js` beside the server bundle, required at run time by a path esbuild
 * does not follow; compiled without bundling (tests), the module sits beside this one.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CorpusStats } from './core/stats/corpusStatsTypes';
import type { CorpusStatsService, CorpusStatsSources } from './corpusStatsService';
import { ServerCommand, type CorpusPassage, type CorpusPassagesArgs, type CorpusStatsArgs } from './protocol/commands';

export interface CorpusStatsCommands {
	readonly commands: readonly string[];
	/** Runs `seed.corpusStats` or `seed.corpusPassages`; undefined for other commands. */
	execute(command: string, args: readonly unknown[] | undefined): Promise<CorpusStats | CorpusPassage[]> | undefined;
}

export function corpusStatsCommands(sources: CorpusStatsSources): CorpusStatsCommands {
	let service: CorpusStatsService | undefined;
	const load = () => {
		if (!service) {
			const bundled = path.join(__dirname, 'corpusStats.js');
			const module = require(existsSync(bundled) ? bundled : path.join(__dirname, 'corpusStatsService')) as typeof import('./corpusStatsService');
			service = module.createCorpusStatsService(sources);
		}
		return service;
	};
	return {
		commands: [ServerCommand.corpusStats, ServerCommand.corpusPassages],
		execute(command, args) {
			if (command === ServerCommand.corpusStats) return load().corpusStats(args?.[0] as CorpusStatsArgs | undefined);
			if (command === ServerCommand.corpusPassages) return load().passages(args?.[0] as CorpusPassagesArgs | undefined);
			return undefined;
		},
	};
}
