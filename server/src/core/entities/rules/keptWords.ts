/**
 * The lower-case words the tokenizer keeps (`tokenizer.ts`): the union of the words the span and word
 * stages' rules and steps declare they read, built once per lexicon (most are its cue words). A lower-case
 * word no rule declares is left in the gap between two kept words, so a rule that reads a new lower-case
 * word declares it in `words`.
 */
import type { Cues } from '../lexicon/cues';
import { derivedOnce } from '../lexicon/lexicon';
import { TokenizerVocabulary } from '../tokenizer';
import type { StageEntry } from './ruleContext';
import { SPAN_RULES } from './spanRules';
import { WORD_RULES } from './wordRules';

const STAGES = [SPAN_RULES, WORD_RULES] as readonly (readonly StageEntry<unknown>[])[];

/** The words the rules of the span and word stages declare, with `cues` for those that declare cue words. */
export function keptLowerCaseWords(cues: Cues): ReadonlySet<string> {
	const words = new Set<string>();
	for (const stage of STAGES) {
		for (const entry of stage) {
			if (!entry.words) continue;
			for (const word of typeof entry.words === 'function' ? entry.words(cues) : entry.words) words.add(word);
		}
	}
	return words;
}

/** The tokenizer's table of the words it keeps, and the abbreviations that end no sentence: built once per lexicon. */
export const tokenizerVocabulary = derivedOnce(lexicon =>
	new TokenizerVocabulary(keptLowerCaseWords(lexicon.cues), lexicon.cues.abbreviations));
