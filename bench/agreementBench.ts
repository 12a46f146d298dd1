/**
 * Agreement over a synthetic corpus: 1,000 seeds × 3 coders × 30 annotations each over 10 codes,
 * the coders mostly agreeing with jittered boundaries, some units only one coder marked. Timed:
 * everything `seed agreement` computes (per code, overall and per seed); baseline: sorting the same
 * units once by position, in the same run.
 */
import { agreementResult } from '../server/src/core/agreement/agreementResult';
import type { CoderSeed } from '../server/src/core/agreement/codedSeeds';
import { medianMs } from './measure';

export interface AgreementBenchResult {
	readonly ms: number;
	readonly sortMs: number;
	readonly units: number;
	readonly alpha: number | null;
}

/** A small deterministic generator, so every run measures the same corpus. */
function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

export function agreementCorpus(seeds = 1000, coders = ['a', 'b', 'c'], perCoder = 30, textLength = 3000): CoderSeed[] {
	const random = generator(16);
	const text = 'x'.repeat(textLength);
	const files: CoderSeed[] = [];
	for (let s = 0; s < seeds; s++) {
		const seed = `seeds/${String(s).padStart(4, '0')}.txt`;
		const shared = Array.from({ length: perCoder }, (_, i) => {
			const start = Math.floor((i * textLength) / perCoder + random() * 20);
			return { tag: `code/${Math.floor(random() * 10)}`, start, end: start + 10 + Math.floor(random() * 60) };
		});
		for (const coder of coders) {
			const annotations = shared.map(unit => random() < 0.15
				? { tag: `code/${Math.floor(random() * 10)}`, start: unit.start + 5, end: unit.end + 5 }
				: { tag: unit.tag, start: unit.start + Math.floor(random() * 4), end: unit.end - Math.floor(random() * 4) });
			files.push({ seed, text, coder, annotations });
		}
	}
	return files;
}

export function benchAgreement(): AgreementBenchResult {
	const files = agreementCorpus();
	const units = files.flatMap(file => file.annotations);
	let alpha: number | null = null;
	const ms = medianMs(() => { alpha = agreementResult(files).overall.unitizingAlpha.value; }, { runs: 5, warmups: 1 });
	const sortMs = medianMs(() => [...units].sort((x, y) => x.start - y.start || x.end - y.end), { runs: 5, warmups: 1 });
	return { ms, sortMs, units: units.length, alpha };
}
