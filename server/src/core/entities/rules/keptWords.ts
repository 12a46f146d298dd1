/**
 * The lower-case words the tokenizer keeps (`tokenizer.ts`): the union of the words the span and word
 * stages' rules and steps declare they read, built once. A lower-case word no rule declares is left in
 * the gap between two kept words, so a rule that reads a new lower-case word declares it in `words`.
 */
import type { StageEntry } from './ruleContext';
import { SPAN_RULES } from './spanRules';
import { WORD_RULES } from './wordRules';

function declaredWords(stages: readonly (readonly StageEntry<unknown>[])[]): ReadonlySet<string> {
	const words = new Set<string>();
	for (const stage of stages) for (const entry of stage) if (entry.words) for (const word of entry.words) words.add(word);
	return words;
}

const STAGES = [SPAN_RULES, WORD_RULES] as readonly (readonly StageEntry<unknown>[])[];

export const KEPT_LOWER_CASE_WORDS: ReadonlySet<string> = declaredWords(STAGES);
