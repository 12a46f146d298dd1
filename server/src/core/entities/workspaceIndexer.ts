/**
 * Background indexing of the workspace's seeds: read, parse, detect and index in small batches,
 * yielding to the event loop between batches so requests (hovers) are answered meanwhile.
 * The file system is injected; progress and cancellation are plain interfaces.
 */
import type { CancellationToken } from '../cancellation';
import { parseSeed } from '../parser';
import type { EntityDetector } from './detector';
import type { EntityWorkspaceIndex } from './workspaceIndex';

export interface SeedReader {
	/** The text of `uri`, or undefined when it cannot be read (deleted meanwhile, not a file). */
	readFile(uri: string): Promise<string | undefined>;
}

export interface IndexingProgress {
	report(done: number, total: number): void;
}

export interface IndexingResult {
	readonly indexed: number;
	readonly unreadable: number;
	readonly cancelled: boolean;
}

export interface IndexingOptions {
	readonly progress?: IndexingProgress;
	readonly token?: CancellationToken;
	/** Files between two yields to the event loop. */
	readonly batchSize?: number;
	/** Seeds larger than this are skipped (counted as unreadable). */
	readonly maxFileLength?: number;
}

/** Parses `text` and indexes its mentions under `uri`; returns the mentions. */
export function indexSeedText(uri: string, text: string, detector: EntityDetector, index: EntityWorkspaceIndex) {
	const document = parseSeed(text);
	const { mentions } = detector.analyse(document);
	index.update(uri, mentions, document);
	return mentions;
}

export async function indexSeeds(
	uris: readonly string[], reader: SeedReader, detector: EntityDetector, index: EntityWorkspaceIndex, options: IndexingOptions = {},
): Promise<IndexingResult> {
	const batchSize = options.batchSize ?? 25;
	const maxLength = options.maxFileLength ?? 20_000_000;
	let indexed = 0;
	let unreadable = 0;
	for (let position = 0; position < uris.length; position++) {
		if (options.token?.isCancellationRequested) return { indexed, unreadable, cancelled: true };
		const uri = uris[position];
		const text = await reader.readFile(uri).catch(() => undefined);
		if (text === undefined || text.length > maxLength) unreadable++;
		else {
			indexSeedText(uri, text, detector, index);
			indexed++;
		}
		if ((position + 1) % batchSize === 0) {
			options.progress?.report(position + 1, uris.length);
			await new Promise<void>(resolve => setImmediate(resolve));
		}
	}
	options.progress?.report(uris.length, uris.length);
	return { indexed, unreadable, cancelled: false };
}
