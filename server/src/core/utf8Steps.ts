/**
 * UTF-8 decoding in steps of a megabyte, for `runInSlices`: a 50 MB seed decoded in one call holds the
 * server for 40 ms on a quiet machine and over 130 ms on a loaded one, so an export of it would keep
 * hovers on other documents waiting. Decodes exactly as `new TextDecoder('utf-8', { fatal: true })`:
 * invalid bytes throw, a leading byte-order mark is dropped (one further on is kept), and no character
 * is split between two steps.
 *
 * Each step cuts before a character's first byte and decodes its bytes whole, rather than using the
 * decoder's `stream` option: a streaming decoder answers two-byte strings even for plain ASCII, which
 * doubles the text's memory and makes every later search of it slower (a regular expression for
 * surrogate pairs that skips a one-byte string at once takes 90 ms on a two-byte 50 MB one).
 */
import type { Steps } from './steps';

const stepBytes = 1024 * 1024;

export function* decodeUtf8InSteps(bytes: Uint8Array): Steps<string> {
	const first = new TextDecoder('utf-8', { fatal: true });
	if (bytes.length <= stepBytes) {
		return first.decode(bytes);
	}
	const rest = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const parts: string[] = [];
	for (let start = 0; start < bytes.length;) {
		let end = Math.min(bytes.length, start + stepBytes);
		// Back to the first byte of a character (continuation bytes are 10xxxxxx, at most three a character):
		// after four, the bytes are invalid and the next step says so.
		for (let back = 0; end < bytes.length && back < 3 && (bytes[end] & 0xc0) === 0x80; back++) {
			end--;
		}
		parts.push((start === 0 ? first : rest).decode(bytes.subarray(start, end)));
		start = end;
		yield;
	}
	return parts.join('');
}
