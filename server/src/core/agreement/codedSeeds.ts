/**
 * From coders' sidecars to the agreement model: positions converted from the sidecar's UTF-16
 * code units to code points, and the seeds every chosen coder has coded picked out. A seed only
 * some coders have a file for is left out with the reason, rather than counted as "coded nothing"
 * by the others (which would compare a finished coding with an unstarted one), or, as INCEpTION
 * once did, compared across different texts.
 */
import { codePointCounter } from '../annotations/codePoints';
import type { Annotation } from '../annotations/annotation';
import type { AgreementInput, CodedUnit } from './units';

export interface CoderSeed {
	/** The seed's identifier, e.g. its workspace-relative path. */
	readonly seed: string;
	/** The text as the editor holds it (no byte-order mark), which the offsets index. */
	readonly text: string;
	readonly coder: string;
	readonly annotations: readonly Pick<Annotation, 'tag' | 'start' | 'end'>[];
}

export interface ExcludedSeed {
	readonly seed: string;
	readonly reason: string;
}

export interface CodedSeeds {
	readonly input: AgreementInput;
	readonly excluded: readonly ExcludedSeed[];
}

/** `coders`: whom to compare (everyone found when absent), in the order given. */
export function codedSeeds(files: readonly CoderSeed[], coders?: readonly string[]): CodedSeeds {
	const chosen = coders ?? [...new Set(files.map(file => file.coder))].sort();
	const wanted = new Set(chosen);
	const bySeed = new Map<string, CoderSeed[]>();
	for (const file of files) {
		if (!wanted.has(file.coder)) continue;
		let list = bySeed.get(file.seed);
		if (!list) bySeed.set(file.seed, list = []);
		list.push(file);
	}
	const seeds: { seed: string; length: number }[] = [];
	const units: CodedUnit[] = [];
	const excluded: ExcludedSeed[] = [];
	for (const seed of [...bySeed.keys()].sort()) {
		const coderFiles = bySeed.get(seed)!;
		const present = new Set(coderFiles.map(file => file.coder));
		const missing = chosen.filter(coder => !present.has(coder));
		if (missing.length > 0) {
			excluded.push({ seed, reason: `not coded by ${missing.join(', ')}` });
			continue;
		}
		const text = coderFiles[0].text;
		const toCodePoints = codePointCounter(text);
		seeds.push({ seed, length: toCodePoints(text.length) });
		for (const file of coderFiles) {
			for (const annotation of file.annotations) {
				units.push({
					seed,
					coder: file.coder,
					code: annotation.tag,
					start: toCodePoints(annotation.start),
					end: toCodePoints(annotation.end),
				});
			}
		}
	}
	return { input: { seeds, coders: chosen, units }, excluded };
}
