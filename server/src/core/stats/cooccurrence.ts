/**
 * Which codes go together: for each pair of codes, the pairs of overlapping passages (one of each
 * code, in the same sidecar) and the seeds where both occur. Passages overlap when their half-open
 * ranges share at least one code unit (two tags on the very same words overlap too).
 */
import type { CodedPassage, CooccurrencePair } from './corpusStatsTypes';

export class CooccurrenceCounter {
	private readonly overlapping = new Map<string, number>();
	private readonly seeds = new Map<string, number>();

	/** One sidecar's passages (already filtered). A sweep by start keeps only the passages still open. */
	addCoding(passages: readonly CodedPassage[]): void {
		const sorted = [...passages].sort((a, b) => a.start - b.start);
		let open: CodedPassage[] = [];
		for (const passage of sorted) {
			open = open.filter(other => other.end > passage.start);
			for (const other of open) {
				if (other.tag !== passage.tag) increment(this.overlapping, pairKey(other.tag, passage.tag));
			}
			open.push(passage);
		}
	}

	/** The distinct codes of one seed (all its sidecars together). */
	addSeed(codes: ReadonlySet<string>): void {
		const sorted = [...codes].sort();
		for (let i = 0; i < sorted.length; i++) {
			for (let j = i + 1; j < sorted.length; j++) increment(this.seeds, pairKey(sorted[i], sorted[j]));
		}
	}

	/** Every pair with a count, `a` before `b` in name order. */
	pairs(): CooccurrencePair[] {
		const keys = new Set([...this.overlapping.keys(), ...this.seeds.keys()]);
		return [...keys].sort().map(key => {
			const [a, b] = key.split('\n');
			return { a, b, overlapping: this.overlapping.get(key) ?? 0, seeds: this.seeds.get(key) ?? 0 };
		});
	}
}

function pairKey(a: string, b: string): string {
	return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

function increment(counts: Map<string, number>, key: string): void {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}
