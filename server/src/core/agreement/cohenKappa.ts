/** Cohen's kappa of two coders on the digitised continuum: chance from each coder's own rates. */
import { digitisedProblem, type DigitisedTally } from './digitised';
import { defined, undefinedMeasure, type Measure } from './measure';

export function cohenKappa(tally: DigitisedTally): Measure {
	if (tally.coders !== 2) {
		return undefinedMeasure(tally.coders < 2 ? 'needs two coders' : "Cohen's kappa compares two coders; see Fleiss' kappa");
	}
	const problem = digitisedProblem(tally);
	if (problem) return undefinedMeasure(problem);
	const n = tally.items;
	const both = tally.codedBy[2];
	const neither = tally.codedBy[0];
	const first = tally.coderTotals[0] / n;
	const second = tally.coderTotals[1] / n;
	const observed = (both + neither) / n;
	const expected = first * second + (1 - first) * (1 - second);
	if (expected >= 1) return undefinedMeasure('each coder coded everything or nothing alike: nothing varies');
	return defined((observed - expected) / (1 - expected));
}
