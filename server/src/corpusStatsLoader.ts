/**
 * Loads `seed.corpusStats` on its first use. Its code (statistics, sidecar and codebook reading)
 * lives in `dist/corpusStats.js` beside the server bundle, required at run time by a path esbuild
 * does not follow; compiled without bundling (tests), the module sits beside this one.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CorpusStats } from './core/stats/corpusStatsTypes';
import type { CorpusStatsService, CorpusStatsSources } from './corpusStatsService';
import type { CorpusStatsArgs } from './protocol/commands';

export function corpusStatsCommand(sources: CorpusStatsSources): (args: CorpusStatsArgs | undefined) => Promise<CorpusStats> {
	let service: CorpusStatsService | undefined;
	return (args) => {
		if (!service) {
			const bundled = path.join(__dirname, 'corpusStats.js');
			const module = require(existsSync(bundled) ? bundled : path.join(__dirname, 'corpusStatsService')) as typeof import('./corpusStatsService');
			service = module.createCorpusStatsService(sources);
		}
		return service.corpusStats(args);
	};
}
