/**
 * What `seed agreement`, the `seed.agreement` server command and the Compare Coders report show:
 * the figures over the chosen seeds and coders, per code and overall, per seed, and the seeds left
 * out with the reason.
 */
import { computeAgreement, computeSeedAgreements, type AgreementReport, type CodeAgreement } from './agreementReport';
import { codedSeeds, type CoderSeed, type ExcludedSeed } from './codedSeeds';

export interface AgreementResult extends AgreementReport {
	readonly excluded: readonly ExcludedSeed[];
	readonly perSeed: readonly { readonly seed: string; readonly agreement: CodeAgreement }[];
}

export interface AgreementSelection {
	/** Coders to compare; every coder found when absent. */
	readonly coders?: readonly string[];
	/** Codes to measure; every code used when absent. */
	readonly codes?: readonly string[];
}

export function agreementResult(files: readonly CoderSeed[], selection: AgreementSelection = {}): AgreementResult {
	const { input, excluded } = codedSeeds(files, selection.coders);
	const options = selection.codes ? { codes: selection.codes } : {};
	return { ...computeAgreement(input, options), excluded, perSeed: computeSeedAgreements(input, options) };
}

/**
 * The codes whose uα is below `minimum`: over all codes, or each code with `perCode`. An
 * undefined uα counts as below: reliability that cannot be shown is not shown.
 */
export function belowThreshold(result: AgreementReport, minimum: number, perCode: boolean): string[] {
	const failing: string[] = [];
	const check = (entry: CodeAgreement) => {
		const value = entry.unitizingAlpha.value;
		if (value === null || value < minimum) failing.push(entry.code ?? '(all codes)');
	};
	check(result.overall);
	if (perCode) result.codes.forEach(check);
	return failing;
}
