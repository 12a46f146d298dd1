/** Fleiss' kappa of any number of coders on the digitised continuum (for two coders it equals Scott's pi). */
import { digitisedProblem, type DigitisedTally } from './digitised';
import { defined, undefinedMeasure, type Measure } from './measure';

export function fleissKappa(tally: DigitisedTally): Measure {
	const problem = digitisedProblem(tally);
	if (problem) return undefinedMeasure(problem);
	const m = tally.coders;
	const n = tally.items;
	let agreement = 0;
	let coded = 0;
	tally.codedBy.forEach((items, k) => {
		// Agreeing ordered pairs of coders on an item coded by k of m coders.
		agreement += (items * (k * k + (m - k) * (m - k) - m)) / (m * (m - 1));
		coded += items * k;
	});
	const observed = agreement / n;
	const rate = coded / (n * m);
	const expected = rate * rate + (1 - rate) * (1 - rate);
	return defined((observed - expected) / (1 - expected));
}
