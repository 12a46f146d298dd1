/** Timing helpers: the median of several runs after warm-ups, in milliseconds. */

export function medianMs(run: () => unknown, options: { runs?: number; warmups?: number } = {}): number {
	return median(timesMs(run, options));
}

/** Each run's time, after warm-ups. */
export function timesMs(run: () => unknown, options: { runs?: number; warmups?: number } = {}): number[] {
	const { runs = 7, warmups = 3 } = options;
	for (let i = 0; i < warmups; i++) run();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return times;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
