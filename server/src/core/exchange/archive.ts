/**
 * Reading a `.qdpx` (a zip) as the untrusted input it is. Every entry name is checked before
 * anything is inflated: a name with `..`, an absolute path or a drive letter refuses the whole
 * archive (Zip Slip — entries are never written under their own names anyway); the number of
 * entries and their declared sizes are capped (zip bombs), and fflate inflates each entry into a
 * buffer of its declared size, so a lying header cannot make it allocate more.
 */
import { unzipSync, zipSync } from 'fflate';

export interface ArchiveLimits {
	readonly maxEntries: number;
	/** Declared uncompressed size of one entry. */
	readonly maxEntryBytes: number;
	/** Declared uncompressed size of all entries read. */
	readonly maxTotalBytes: number;
}

export const defaultArchiveLimits: ArchiveLimits = {
	maxEntries: 100_000,
	maxEntryBytes: 256 * 1024 * 1024,
	maxTotalBytes: 1024 * 1024 * 1024,
};

/** A refused or unreadable project; the message names the archive entry (and line and column for XML). */
export class ExchangeError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExchangeError';
	}
}

/** Why an entry name is refused, or undefined when it is a plain relative path. */
export function unsafeEntryName(name: string): string | undefined {
	if (name.includes('\0')) {
		return 'it contains a NUL character';
	}
	const normal = name.replace(/\\/g, '/');
	if (normal.startsWith('/')) {
		return 'it is an absolute path';
	}
	if (/^[a-zA-Z]:/.test(normal)) {
		return 'it starts with a drive letter';
	}
	if (normal.split('/').some(segment => segment === '..')) {
		return 'it climbs out of the archive with ".."';
	}
	return undefined;
}

/** The names of all entries (checked), and the bytes of those `wanted` returns true for. */
export function readArchive(bytes: Uint8Array, label: string, wanted: (name: string) => boolean,
	limits: ArchiveLimits = defaultArchiveLimits): { names: string[]; files: Map<string, Uint8Array> } {
	const names: string[] = [];
	let total = 0;
	const files = new Map<string, Uint8Array>();
	try {
		const inflated = unzipSync(bytes, {
			filter: entry => {
				const problem = unsafeEntryName(entry.name);
				if (problem) {
					throw new ExchangeError(`${label}: the entry "${entry.name}" is refused: ${problem}`);
				}
				names.push(entry.name);
				if (names.length > limits.maxEntries) {
					throw new ExchangeError(`${label} has more than ${limits.maxEntries} entries: refused as a possible zip bomb`);
				}
				if (!wanted(entry.name) || entry.name.endsWith('/')) {
					return false;
				}
				if (entry.originalSize > limits.maxEntryBytes) {
					const size = megabytes(entry.originalSize);
					const limit = megabytes(limits.maxEntryBytes);
					throw new ExchangeError(`${label}: "${entry.name}" would unpack to ${size}, over the ${limit} limit per entry`);
				}
				total += entry.originalSize;
				if (total > limits.maxTotalBytes) {
					const limit = megabytes(limits.maxTotalBytes);
					throw new ExchangeError(`${label} would unpack to more than ${limit}: refused as a possible zip bomb`);
				}
				return true;
			},
		});
		for (const [name, data] of Object.entries(inflated)) {
			files.set(name, data);
		}
	} catch (error) {
		if (error instanceof ExchangeError) {
			throw error;
		}
		throw new ExchangeError(`${label} is not a readable zip archive: ${(error as Error).message}`);
	}
	return { names, files };
}

/** A zip of these files in this order, every entry dated the same fixed time (same files, same bytes). */
export function writeArchive(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
	return zipSync(files, archiveOptions());
}

function archiveOptions(): { level: 6; mtime: Date } {
	return { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) };
}

function megabytes(bytes: number): string {
	return `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 0)} MB`;
}
