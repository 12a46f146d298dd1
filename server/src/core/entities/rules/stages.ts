/**
 * Every stage's rules in the order the stages run, and within a stage in precedence order: the stages'
 * lists (`creditRules.ts`, `spanRules.ts`, `titleRules.ts`, `wordRules.ts`, `acronymRules.ts`,
 * `listRules.ts`, `documentRules.ts`), and the ids of the few rules decided in passes of their own
 * (`paragraphAnalyzer.ts`: the place pairs, the cited authors; the registry).
 * `catalogue.ts` describes the same rules in the same order (a test checks it).
 */
import type { EntityRuleId, EntityRuleStage } from './catalogue';
import { ACRONYM_RULES } from './acronymRules';
import { CREDIT_WORD_RULES, DATELINE_RULES } from './creditRules';
import { documentRuleIds } from './documentRules';
import { LIST_RULES } from './listRules';
import { SPAN_RULES } from './spanRules';
import { AFTER_TITLE_RULES, TITLE_RULES } from './titleRules';
import { WORD_RULES } from './wordRules';

/** Decided by `decideShoutedLine` (`shoutedLines.ts`) on a line all in capitals, after the credit lists. */
const SHOUTED_LINE_RULES: readonly EntityRuleId[] = ['shouted-known-name', 'shouted-city-club', 'shouted-person', 'shouted-unknown-word'];
/** Decided while the runs are built (`candidates`), before the span rules. */
const CANDIDATE_RULES: readonly EntityRuleId[] = ['place-pair'];
/** Decided over the paragraph's mentions by `markCitedAuthors`, before the acronyms' and the lists' rules. */
const CITATION_RULES: readonly EntityRuleId[] = ['cited-author'];

function ruleIds(entries: readonly { readonly id?: EntityRuleId }[]): EntityRuleId[] {
	const ids: EntityRuleId[] = [];
	for (const entry of entries) if (entry.id !== undefined) ids.push(entry.id);
	return ids;
}

/** Each stage's rule ids in precedence order, the stages in the order they run. */
export const RULES_BY_STAGE: ReadonlyArray<{ readonly stage: EntityRuleStage; readonly rules: readonly EntityRuleId[] }> = [
	{ stage: 'credit', rules: [...ruleIds(DATELINE_RULES), ...ruleIds(CREDIT_WORD_RULES), ...SHOUTED_LINE_RULES] },
	{ stage: 'span', rules: [...CANDIDATE_RULES, ...ruleIds(SPAN_RULES)] },
	{ stage: 'title', rules: [...ruleIds(AFTER_TITLE_RULES), ...ruleIds(TITLE_RULES)] },
	{ stage: 'word', rules: ruleIds(WORD_RULES) },
	{ stage: 'paragraph', rules: [...CITATION_RULES, ...ruleIds(ACRONYM_RULES), ...ruleIds(LIST_RULES)] },
	{ stage: 'registry', rules: ['registry'] },
	{ stage: 'document', rules: documentRuleIds() },
];
