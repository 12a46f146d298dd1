/**
 * Span rules for the events of the news whose names do not end in an event's head word, so that
 * `head-word` cannot see them: storms named like people (`Hurricane Katrina`, `Typhoon Haiyan`,
 * `Storm Ciarán`) and wars numbered after their head word (`World War II`).
 */
import { isDictionaryWord, isEventHead, isGivenName } from '../lexicon/lexicon';
import type { Cues } from '../lexicon/cues';
import type { SpanRun } from './spanRules';
import type { RuleContext, StageEntry } from './ruleContext';

/** `World War II`, `World War One`: the numbers that follow a war's head word. */
const WAR_NUMBER = /^(?:I|II|III|One|Two|Three)$/;

/**
 * Whether the run is a storm: `Hurricane` or `Tropical Storm`, then a name of one or two words, each a
 * given name or no ordinary word, so that `Storm Shadow` (a missile) and `Hurricane Season` are no storms.
 */
function isNamedStorm(c: RuleContext, first: number, last: number): boolean {
	const { stormModifiers, stormWords } = c.lexicon.cues;
	let name = first;
	if (stormModifiers.has(c.tokens[name].text) && name < last) name++;
	if (!stormWords.has(c.tokens[name].text) || name === last) return false;
	name++;
	if (last > name + 1) return false;
	for (let index = name; index <= last; index++) {
		const word = c.tokens[index].text;
		if (c.tokens[index].upper || c.tokens[index].numeric) return false;
		if (!isGivenName(c.lexicon, word) && isDictionaryWord(c.lexicon, word)) return false;
	}
	return true;
}

/** The storm's own name in a `named-storm` mention: `Phailin` of `Cyclone Phailin`, `Allison` of `Tropical Storm Allison`. */
export function stormNameOf(cues: Cues, surface: string): string {
	const words = surface.split(' ');
	let name = 0;
	while (name < words.length - 1 && (cues.stormModifiers.has(words[name]) || cues.stormWords.has(words[name]))) name++;
	return words.slice(name).join(' ');
}

export const EVENT_SPAN_RULES: readonly StageEntry<SpanRun>[] = [
	{
		id: 'named-storm',
		basis: 'form',
		decide: (c, { first, last }) => isNamedStorm(c, first, last) && 'event',
	},
	{
		id: 'event-head-and-number',
		basis: 'form',
		decide: (c, { first, last }) =>
			last > first && WAR_NUMBER.test(c.tokens[last].text) && isEventHead(c.lexicon, c.tokens[last - 1].text) && 'event',
	},
];
