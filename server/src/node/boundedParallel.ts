/**
 * File work in parallel with a bound: thousands of `stat`s or small reads awaited one after the
 * other cost a round trip to the thread pool each, which dominates once parsing is cached; all at
 * once would open thousands of files together.
 */
export async function mapBounded<T, R>(items: readonly T[], parallel: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
	return results;
}
