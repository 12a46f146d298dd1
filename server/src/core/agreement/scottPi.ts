/** Scott's pi of two coders on the digitised continuum: chance from the coders' pooled rate. */
import { digitisedProblem, type DigitisedTally } from './digitised';
import { defined, undefinedMeasure, type Measure } from './measure';

export function scottPi(tally: DigitisedTally): Measure {
	if (tally.coders !== 2) {
		return undefinedMeasure(tally.coders < 2 ? 'needs two coders' : "Scott's pi compares two coders; see Fleiss' kappa");
	}
	const problem = digitisedProblem(tally);
	if (problem) return undefinedMeasure(problem);
	const n = tally.items;
	const observed = (tally.codedBy[2] + tally.codedBy[0]) / n;
	const coded = (tally.coderTotals[0] + tally.coderTotals[1]) / (2 * n);
	const expected = coded * coded + (1 - coded) * (1 - coded);
	return defined((observed - expected) / (1 - expected));
}
