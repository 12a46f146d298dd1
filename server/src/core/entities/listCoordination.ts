/**
 * Names listed together are of one kind: `Spotify, Apple Music and Audiomack`, `Goldman Sachs and
 * Carnegie advised`. Within a paragraph, a list that holds an organisation makes its unsettled
 * members organisations too; a list of places and unknown words makes them places. This file finds
 * the lists; what each member becomes is `LIST_RULES` (`rules/listRules.ts`), in order.
 */
import type { LocalMention } from './paragraphAnalyzer';
import { LIST_RULES, ListQuestion } from './rules/listRules';

const COMMA = /^,\s*$/;
/** What closes a list: `and`, `or`, `&`, with or without a comma before it. */
const LIST_END = /^(?:\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/;

/**
 * `mentions` in text order. A lone word without a kind gets an organisation hint (the document may
 * still know it as a surname); a person guessed from the shape of two capitalised words (`basis`
 * `shape`) becomes an organisation when no member of the list is a person by a given name, a title
 * or the registry. A lone word counts as an organisation where a lexicon lists it (`basis` `lexicon`).
 */
export function shareKindInLists(text: string, mentions: readonly LocalMention[]): LocalMention[] {
	const result = [...mentions];
	for (let end = 1; end < result.length; end++) {
		const closing = text.slice(result[end - 1].end, result[end].start);
		if (!LIST_END.test(closing)) continue;
		// `A, B and C`: commas before the closing `and`; `A, and B said` joins two clauses, not a list.
		let first = end - 1;
		while (first > 0 && COMMA.test(text.slice(result[first - 1].end, result[first].start))) first--;
		if (closing.startsWith(',') && first === end - 1) continue;
		settleList(result, first, end);
	}
	return result;
}

/** Each member of the list is asked of `LIST_RULES` in turn; the first unit that decides wins. */
function settleList(mentions: LocalMention[], first: number, last: number): void {
	const list = new ListQuestion(mentions.slice(first, last + 1));
	for (let index = first; index <= last; index++) {
		const member = mentions[index];
		for (const unit of LIST_RULES) {
			const decision = unit.id === undefined ? unit.decide(list, member) : unit.decide(list, member, unit.id);
			if (decision === undefined) continue;
			if (decision !== true) mentions[index] = decision;
			break;
		}
	}
}
