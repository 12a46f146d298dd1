/**
 * Which codes go together: for each pair of codes, the pairs of overlapping passages (one of each
 * code, in the same sidecar) and the seeds where both occur. Passages overlap when their half-open
 * ranges share at least one code unit (two tags on the very same words overlap too).
 *
 * Codes are numbered as they come and a pair is one number, so counting 100,000 passages makes no
 * strings.
 */
import type { CodedPassage, CooccurrencePair } from './corpusStatsTypes';

/** Pairs are keyed `low × pairBase + high`; fine up to a million codes. */
const pairBase = 2 ** 20;

export class CooccurrenceCounter {
	private readonly numbers = new Map<string, number>();
	private readonly codes: string[] = [];
	private readonly overlapping = new Map<number, number>();
	private readonly seeds = new Map<number, number>();

	/** One sidecar's passages (already filtered), in order of their start: a sweep keeps the ones still open. */
	addCoding(passages: readonly CodedPassage[]): void {
		const open: { end: number; code: number }[] = [];
		for (const passage of passages) {
			const code = this.numberOf(passage.tag);
			let kept = 0;
			for (const other of open) {
				if (other.end <= passage.start) continue;
				open[kept++] = other;
				if (other.code !== code) increment(this.overlapping, pairKey(other.code, code));
			}
			open.length = kept;
			open.push({ end: passage.end, code });
		}
	}

	/** The distinct codes of one seed (all its sidecars together). */
	addSeed(codes: ReadonlySet<string>): void {
		const numbers = [...codes].map(code => this.numberOf(code));
		for (let i = 0; i < numbers.length; i++) {
			for (let j = i + 1; j < numbers.length; j++) increment(this.seeds, pairKey(numbers[i], numbers[j]));
		}
	}

	/** Every pair with a count, `a` before `b` in name order, pairs in name order. */
	pairs(): CooccurrencePair[] {
		const keys = new Set([...this.overlapping.keys(), ...this.seeds.keys()]);
		return [...keys]
			.map(key => {
				const [a, b] = [this.codes[Math.floor(key / pairBase)], this.codes[key % pairBase]].sort();
				return { a, b, overlapping: this.overlapping.get(key) ?? 0, seeds: this.seeds.get(key) ?? 0 };
			})
			.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
	}

	private numberOf(code: string): number {
		let number = this.numbers.get(code);
		if (number === undefined) {
			number = this.codes.length;
			this.codes.push(code);
			this.numbers.set(code, number);
		}
		return number;
	}
}

function pairKey(a: number, b: number): number {
	return a < b ? a * pairBase + b : b * pairBase + a;
}

function increment(counts: Map<number, number>, key: number): void {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}
