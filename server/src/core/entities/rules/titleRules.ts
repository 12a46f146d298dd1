/**
 * The title stage: what the span rules hand on when a run holds a title (`Vice Foreign Minister Le
 * Yucheng`, `World Bank Country Director`). The words after the title are asked of `AFTER_TITLE_RULES`;
 * the title's own words of `TITLE_RULES`, its opening once (`at: 'opening'`) and then each word in turn.
 * The first entry that decides wins; the order is the precedence, and `catalogue.ts` describes the rules
 * in the same order.
 */
import { isAcronym, isKnownOrganization, isPlaceName, isRoleHead } from '../lexicon/lexicon';
import { stage, type StageEntry } from './ruleContext';

/** The words after a title; steps narrow them. */
export interface AfterTitle {
	first: number;
	last: number;
}

/** The words after a title, in order. */
export const AFTER_TITLE_RULES: readonly StageEntry<AfterTitle>[] = stage<AfterTitle>([
	{
		// `Minister of State Le Yucheng`: connectors left over after the title are no part of the name.
		step: 'skip-name-connectors',
		decide(context, run) {
			while (run.first <= run.last && context.cues.nameConnectors.has(context.tokens[run.first].text)) run.first++;
			return run.first > run.last;
		},
	},
	{
		id: 'name-after-title',
		basis: 'title',
		decide: (context, run) => (context.isNameShaped(run.first, run.last) ? 'person' : undefined),
	},
	{
		// Not a name's shape: the words may carry a head word of their own (`Deputy Director Ayodele Transport Ltd`).
		step: 'classify-after-title',
		decide(context, run) {
			context.classify(run.first, run.last);
			return true;
		},
	},
]);

/** A title's words, `first`..`last`: asked about its opening first, then about the word at `index`. */
export class TitleWords {
	index: number;
	opening = true;

	constructor(
		public first: number,
		readonly last: number,
	) {
		this.index = first;
	}

	holds(gate: 'opening' | 'word'): boolean {
		return gate === 'opening' ? this.opening : !this.opening;
	}
}

/** The title's opening (`when: 'opening'`), then each of its words (`when: 'word'`). */
export const TITLE_RULES: readonly StageEntry<TitleWords>[] = stage<TitleWords>([
	{
		// `World Bank Country Director`, `Rideau Valley CEO`: the employer, then the words of the title.
		id: 'employer-before-title',
		when: 'opening',
		decide(context, title, id) {
			const employer = context.employerBeforeTitle(title.first, title.last);
			if (employer === undefined) return false;
			const known = isKnownOrganization(context.lexicon, context.textOf(title.first, employer));
			context.push(title.first, employer, 'organization', known ? 'lexicon' : 'context', id);
			title.first = employer + 1;
			return true;
		},
	},
	{
		// `Kisumu County Governor`: a place with its head word.
		id: 'place-in-title',
		when: 'word',
		decide(context, title, id) {
			const { tokens, lexicon } = context;
			const index = title.index;
			if (index >= title.last || !isPlaceName(lexicon, tokens[index].text) ||
				!lexicon.cues.placeInTitleHeads.has(tokens[index + 1].text))
				return false;
			context.push(index, index + 1, 'place', 'context', id);
			title.index++;
			return true;
		},
	},
	{
		// `UN Secretary-General`, `Kenya's Foreign Minister`: places and acronyms inside a title are mentions too.
		step: 'place-or-acronym-in-title',
		when: 'word',
		decide(context, title) {
			const token = context.tokens[title.index];
			if (isPlaceName(context.lexicon, token.text) || (isAcronym(context.lexicon, token) && !isRoleHead(context.lexicon, token.text)))
				context.classifyWord(title.index);
			return true;
		},
	},
]);
