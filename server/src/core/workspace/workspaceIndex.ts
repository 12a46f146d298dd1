/**
 * What the server knows about every seed in the workspace, open or not: its title and date, for
 * workspace symbols.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { SeedDocument } from '../model';

export interface SeedSummary {
	readonly uri: string;
	readonly title: string;
	readonly date?: string;
	readonly titleRange: SymbolInformation['location']['range'];
}

export class WorkspaceIndex {
	private readonly summaries = new Map<string, SeedSummary>();

	update(uri: string, document: SeedDocument): void {
		const titleSpan = document.header?.line === 0 ? document.header.titleSpan : document.headline ?? { start: 0, end: 0 };
		this.summaries.set(uri, {
			uri,
			title: document.title || 'Untitled seed',
			date: document.header?.date ? document.header.dateText : undefined,
			titleRange: document.rangeOf(titleSpan),
		});
	}

	remove(uri: string): void {
		this.summaries.delete(uri);
	}

	get size(): number {
		return this.summaries.size;
	}

	get(uri: string): SeedSummary | undefined {
		return this.summaries.get(uri);
	}

	/** Every indexed seed (the corpus overview counts these). */
	all(): IterableIterator<SeedSummary> {
		return this.summaries.values();
	}

	/** Titles matching `query`, for `workspace/symbol`. */
	workspaceSymbols(query: string, token?: CancellationToken): SymbolInformation[] {
		const matches: SymbolInformation[] = [];
		for (const summary of this.summaries.values()) {
			if (token?.isCancellationRequested) break;
			if (!matchesQuery(summary.title, query)) continue;
			matches.push({
				name: summary.title,
				kind: SymbolKind.File,
				containerName: summary.date,
				location: { uri: summary.uri, range: summary.titleRange },
			});
		}
		return matches;
	}
}

/** Every word of the query appears in the name (case-insensitive); VS Code then ranks fuzzily. */
export function matchesQuery(name: string, query: string): boolean {
	const haystack = name.toLowerCase();
	return query.toLowerCase().split(/\s+/).every((word) => haystack.includes(word));
}
