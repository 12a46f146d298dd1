/**
 * Per-code totals over the corpus, kept in arrays indexed by a code's number so that 100,000
 * passages make almost no garbage: for every code (and, rolled up, every code above it) the
 * passages, the seeds and the code points covered, overlaps within one sidecar counted once.
 * Feed it one sidecar at a time, passages in order of their start.
 */
import { selfAndAncestors } from './codeHierarchy';
import type { CodeCounts, CodedPassage } from './corpusStatsTypes';
import { codePointCount } from './passageCoverage';

/** Counts per code number, and the current sidecar's coverage (reset after each sidecar). */
class Counts {
	readonly passages: number[] = [];
	readonly seeds: number[] = [];
	readonly characters: number[] = [];
	readonly lastSeed: number[] = [];
	private readonly codingPassages: number[] = [];
	private readonly codingCharacters: number[] = [];
	private readonly coveredTo: number[] = [];
	private readonly touched: number[] = [];

	grow(): void {
		for (const list of [this.passages, this.seeds, this.characters, this.codingPassages, this.codingCharacters, this.coveredTo])
			list.push(0);
		this.lastSeed.push(-1);
	}

	add(code: number, passage: CodedPassage): void {
		if (this.codingPassages[code]++ === 0) {
			this.touched.push(code);
			this.coveredTo[code] = -1;
			this.codingCharacters[code] = 0;
		}
		if (passage.end <= this.coveredTo[code]) return;
		this.codingCharacters[code] += codePointCount(passage.text, Math.max(0, this.coveredTo[code] - passage.start));
		this.coveredTo[code] = passage.end;
	}

	endCoding(seedIndex: number): void {
		for (const code of this.touched) {
			this.passages[code] += this.codingPassages[code];
			this.characters[code] += this.codingCharacters[code];
			if (this.lastSeed[code] !== seedIndex) {
				this.seeds[code]++;
				this.lastSeed[code] = seedIndex;
			}
			this.codingPassages[code] = 0;
		}
		this.touched.length = 0;
	}

	of(code: number | undefined): CodeCounts {
		return code === undefined
			? { passages: 0, seeds: 0, characters: 0 }
			: { passages: this.passages[code], seeds: this.seeds[code], characters: this.characters[code] };
	}
}

export class CodeTally {
	private readonly names: string[] = [];
	private readonly numbers = new Map<string, number>();
	private readonly chains = new Map<string, readonly number[]>();
	/** The code and every code under it. */
	private readonly total = new Counts();
	/** The code alone. */
	private readonly own = new Counts();

	add(passage: CodedPassage): void {
		const chain = this.chainOf(passage.tag);
		this.own.add(chain[0], passage);
		for (const code of chain) this.total.add(code, passage);
	}

	endCoding(seedIndex: number): void {
		this.total.endCoding(seedIndex);
		this.own.endCoding(seedIndex);
	}

	/** Every code seen on a passage, or above one. */
	codes(): readonly string[] {
		return this.names;
	}

	totalOf(code: string): CodeCounts {
		return this.total.of(this.numbers.get(code));
	}

	ownOf(code: string): CodeCounts {
		return this.own.of(this.numbers.get(code));
	}

	private chainOf(tag: string): readonly number[] {
		let chain = this.chains.get(tag);
		if (!chain) {
			chain = selfAndAncestors(tag).map(code => this.numberOf(code));
			this.chains.set(tag, chain);
		}
		return chain;
	}

	private numberOf(code: string): number {
		let number = this.numbers.get(code);
		if (number === undefined) {
			number = this.names.length;
			this.names.push(code);
			this.numbers.set(code, number);
			this.total.grow();
			this.own.grow();
		}
		return number;
	}
}
