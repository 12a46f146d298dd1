/**
 * The messages between the Corpus Overview webview and the extension. The webview bundle imports
 * these types too, so this file imports nothing from `vscode`. Positions are LSP's (UTF-16).
 */
import type { CorpusStats, CorpusStatsFilter, TimelineGranularity } from '../../../server/src/core/stats/corpusStatsTypes';
import { overviewOpeningArgs, type CorpusPassage } from '../../../server/src/protocol/commands';

export interface OverviewRequest {
	readonly filter: CorpusStatsFilter;
	readonly granularity: TimelineGranularity;
}

/** A passage of a heat-map cell, as `seed.corpusPassages` answers it. */
export type CellPassage = CorpusPassage;
export type PassageRange = NonNullable<CorpusPassage['range']>;

export type ToWebview =
	| { readonly type: 'stats'; readonly stats: CorpusStats; readonly request: OverviewRequest }
	| {
			readonly type: 'passages';
			readonly code: string;
			readonly uri: string;
			readonly path: string;
			readonly passages: readonly CellPassage[];
	  }
	| { readonly type: 'error'; readonly message: string };

export type FromWebview =
	| { readonly type: 'ready' }
	| { readonly type: 'request'; readonly request: OverviewRequest }
	/** The passages of a heat-map cell: `code` (and the codes under it) in the seed `uri`. */
	| { readonly type: 'cellPassages'; readonly code: string; readonly uri: string; readonly path: string }
	| { readonly type: 'openPassage'; readonly uri: string; readonly range?: PassageRange }
	/** Opens a seed; `insertDateHeader` then offers its missing-date fix. */
	| { readonly type: 'openSeed'; readonly uri: string; readonly insertDateHeader?: boolean }
	/** Saves an export: CSV and SVG as text, PNG as base64. */
	| { readonly type: 'export'; readonly fileName: string; readonly content: string; readonly encoding: 'utf8' | 'base64' };

/** The heat map shows at most this many seeds (those with the most passages); its CSV export too. */
export const heatMapSeedLimit = overviewOpeningArgs.matrixSeedLimit;
