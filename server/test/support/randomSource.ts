/** A small deterministic random source for generated test inputs, so that a failure can be reproduced. */
export function randomSource(seed: number): (n: number) => number {
	let state = seed >>> 0;
	return n => {
		state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
		state = (state ^ (state >>> 13)) >>> 0;
		return state % n;
	};
}
