/**
 * Acronyms defined in parentheses, a pass of the paragraph stage (`linkAcronymDefinitions` in
 * `../paragraphAnalyzer.ts` runs it): a name and the mention in parentheses right after it
 * (`Médecins Sans Frontières (MSF)`) are asked of `ACRONYM_RULES` in turn; the first unit that decides
 * wins. The order is the precedence; `catalogue.ts` describes the rules in the same order.
 */
import { localMention, type LocalMention } from '../paragraphAnalyzer';
import { spellsInitials } from '../organizationContext';
import type { EntityRuleId } from './catalogue';

/** A name and the mention in parentheses right after it, with whether the second spells the first's initials (read once). */
export class AcronymPair {
	name!: LocalMention;
	acronym!: LocalMention;
	private spelled: boolean | undefined;

	reset(name: LocalMention, acronym: LocalMention): this {
		this.name = name;
		this.acronym = acronym;
		this.spelled = undefined;
		return this;
	}

	/** `MSF` for `Médecins Sans Frontières`. */
	spellsInitials(): boolean {
		return (this.spelled ??= spellsInitials(this.acronym.surface, this.name.surface));
	}

	/** The name was only guessed: no kind, or a person by shape or a verb, without a title. */
	nameGuessed(): boolean {
		const { name } = this;
		return name.kind === undefined || (name.kind === 'person' && name.basis !== 'given-name' && !name.title);
	}
}

/**
 * A unit's decision about a pair: what the name and the acronym become (either may stay as it is),
 * `true` (both stay as they are and no later unit is asked), or `undefined` (the next unit is asked).
 */
export type AcronymDecision = { readonly name?: LocalMention; readonly acronym?: LocalMention } | true | undefined;

export interface AcronymRule {
	readonly id: EntityRuleId;
	readonly step?: undefined;
	decide(pair: AcronymPair, id: EntityRuleId): AcronymDecision;
}

/** A unit that leaves the pair as it is, with no rule's id. */
export interface AcronymStep {
	readonly id?: undefined;
	readonly step: string;
	decide(pair: AcronymPair): AcronymDecision;
}

export type AcronymUnit = AcronymRule | AcronymStep;

function asKind(mention: LocalMention, kind: LocalMention['kind'], rule: EntityRuleId): LocalMention {
	return localMention(mention.start, mention.end, mention.surface, kind, 'context', rule, mention.sentenceStart);
}

/** Each pair, in this order. */
export const ACRONYM_RULES: readonly AcronymUnit[] = [
	{ step: 'registry-pair', decide: ({ name, acronym }) => (name.registry || acronym.registry ? true : undefined) },
	{
		// `Cooperativa Agroextrativista de Abaetetuba (Coopab)`: a short name in parentheses after an organisation's is its own.
		id: 'acronym-defined-after-organization',
		decide(pair, id) {
			const { name, acronym } = pair;
			if (name.kind !== 'organization' || acronym.surface.includes(' ') || acronym.kind === 'place' || pair.spellsInitials())
				return undefined;
			return { acronym: asKind(acronym, 'organization', id) };
		},
	},
	{ step: 'no-initials', decide: pair => (pair.spellsInitials() ? undefined : true) },
	// `Anna Berg (AB)`: initials after a real person's name are not an organisation's acronym.
	{ step: 'initials-after-named-person', decide: pair => (!pair.nameGuessed() && pair.name.kind === 'person' ? true : undefined) },
	{
		// `Aurora Trade Expo (ATE)` taken for a person, or a word without a kind: both are the hinted kind, or an organisation.
		id: 'initials-after-guessed-name',
		decide(pair, id) {
			if (!pair.nameGuessed()) return undefined;
			const kind = pair.name.hint ?? 'organization';
			return { name: asKind(pair.name, kind, id), acronym: asKind(pair.acronym, kind, 'initials-of-name') };
		},
	},
	{ id: 'initials-of-name', decide: (pair, id) => ({ acronym: asKind(pair.acronym, pair.name.kind, id) }) },
];
