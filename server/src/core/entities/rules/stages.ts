/**
 * Every stage's rules in the order the stages run, and within a stage in precedence order: the span,
 * word, credit and document stages' lists and the paragraph's acronyms and list coordination
 * (`spanRules.ts`, `wordRules.ts`, `creditRules.ts`, `documentRules.ts`, `acronymRules.ts`, `listRules.ts`),
 * and the ids of the rules the other stages decide in passes of their own (`paragraphAnalyzer.ts`).
 * `catalogue.ts` describes the same rules in the same order (a test checks it).
 */
import type { EntityRuleId, EntityRuleStage } from './catalogue';
import { ACRONYM_RULES } from './acronymRules';
import { CREDIT_WORD_RULES, DATELINE_RULES } from './creditRules';
import { documentRuleIds } from './documentRules';
import { LIST_RULES } from './listRules';
import { SPAN_RULES } from './spanRules';
import { WORD_RULES } from './wordRules';

/** Decided while the runs are built (`candidates`), before the span rules. */
const CANDIDATE_RULES: readonly EntityRuleId[] = ['place-pair'];
/** Decided by `classifyAfterTitle` and `titleMentions`, which the span rules hand titles to. */
const TITLE_RULES: readonly EntityRuleId[] = ['name-after-title', 'employer-before-title', 'place-in-title'];
/** Decided over the paragraph's mentions by `markCitedAuthors`, before the acronyms' and the lists' rules. */
const CITATION_RULES: readonly EntityRuleId[] = ['cited-author'];

function ruleIds(entries: readonly { readonly id?: EntityRuleId }[]): EntityRuleId[] {
	const ids: EntityRuleId[] = [];
	for (const entry of entries) if (entry.id !== undefined) ids.push(entry.id);
	return ids;
}

/** Each stage's rule ids in precedence order, the stages in the order they run. */
export const RULES_BY_STAGE: ReadonlyArray<{ readonly stage: EntityRuleStage; readonly rules: readonly EntityRuleId[] }> = [
	{ stage: 'credit', rules: [...ruleIds(DATELINE_RULES), ...ruleIds(CREDIT_WORD_RULES)] },
	{ stage: 'span', rules: [...CANDIDATE_RULES, ...ruleIds(SPAN_RULES)] },
	{ stage: 'title', rules: TITLE_RULES },
	{ stage: 'word', rules: ruleIds(WORD_RULES) },
	{ stage: 'paragraph', rules: [...CITATION_RULES, ...ruleIds(ACRONYM_RULES), ...ruleIds(LIST_RULES)] },
	{ stage: 'registry', rules: ['registry'] },
	{ stage: 'document', rules: documentRuleIds() },
];
