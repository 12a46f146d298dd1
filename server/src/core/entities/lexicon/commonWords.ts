/**
 * Calendar words and other languages' function words. The frequent English words are data
 * (`server/data/core-common-words.txt`), read into the `Lexicon` with the other lists.
 */

/** Months and weekdays, which break a name: `Putin Thursday`, `Nairobi Monday`. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
	('monday tuesday wednesday thursday friday saturday sunday '
		+ 'january february march april may june july august september october november december '
		+ 'jan feb mar apr jun jul aug sep sept oct nov dec')
		.split(' '),
);

/** Function words of other languages written in Latin script: `Le`, `La`, `Des`. A lone one is not a name. */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
	('le la les des du de da do dos das del della di el il lo los las un une et en au aux '
		+ 'der die das den dem und von van het een y e o').split(' '),
);
