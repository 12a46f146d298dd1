/**
 * Krippendorff's alpha, nominal, on the digitised continuum (values 1 = coded, 0 = not), any
 * number of coders, no missing values: 1 − (n − 1)·o₀₁ / (n₀·n₁), from the coincidence matrix.
 */
import { digitisedProblem, type DigitisedTally } from './digitised';
import { defined, undefinedMeasure, type Measure } from './measure';

export function nominalAlpha(tally: DigitisedTally): Measure {
	const problem = digitisedProblem(tally);
	if (problem) return undefinedMeasure(problem);
	const m = tally.coders;
	const values = tally.items * m;
	let ones = 0;
	let disagreeing = 0;
	tally.codedBy.forEach((items, k) => {
		ones += items * k;
		disagreeing += (items * k * (m - k)) / (m - 1);
	});
	const zeros = values - ones;
	return defined(1 - ((values - 1) * disagreeing) / (zeros * ones));
}
