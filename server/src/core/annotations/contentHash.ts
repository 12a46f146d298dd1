/**
 * The identity of a file's content, to tell whether a file is still the version last read: an
 * outside rewrite of the same size that restores the modification time has another hash.
 */
import { createHash } from 'node:crypto';

export function contentHash(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
