/**
 * Long work written as a generator that yields where it may pause (between paragraphs, every few
 * hundred items), so that the server can run it in slices of a few milliseconds between messages,
 * and anything that needs the result at once can finish it synchronously.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every remaining step now. */
export function runToEnd<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** Runs steps until `deadline` (a `performance.now()` time); the result when the work is done, else `pending`. */
export function runUntil<T>(steps: Steps<T>, deadline: number): { readonly done: true; readonly value: T } | 'pending' {
	do {
		const next = steps.next();
		if (next.done) return { done: true, value: next.value };
	} while (performance.now() < deadline);
	return 'pending';
}

/** Items handled between two pauses in loops over many small items (mentions, annotations). */
export const ITEMS_PER_STEP = 256;

/**
 * Calls `run(from, to)` over `0..length` in ranges of `ITEMS_PER_STEP`, pausing between them. The loop over
 * the items is `run`'s, a plain function's: a loop inside a generator keeps its variables where they are
 * slower to reach, which costs where every item of a large document is read.
 */
export function* inRanges(length: number, run: (from: number, to: number) => void): Steps<void> {
	for (let from = 0; from < length; from += ITEMS_PER_STEP) {
		if (from > 0) yield;
		run(from, Math.min(from + ITEMS_PER_STEP, length));
	}
}

/** How long one slice of background work may hold the event loop. */
export const SLICE_MS = 4;

/** Runs `steps` in slices of `sliceMs`, letting other events in between (`setImmediate`). */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
	for (;;) {
		const result = runUntil(steps, performance.now() + sliceMs);
		if (result !== 'pending') return result.value;
		await new Promise((resolve) => setImmediate(resolve));
	}
}
