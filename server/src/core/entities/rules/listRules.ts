/**
 * List coordination, the paragraph stage's last pass (`shareKindInLists` in `../listCoordination.ts`
 * runs it): each member of a list of names (`Spotify, Apple Music and Audiomack`) is asked of
 * `LIST_RULES` in turn, and the first unit that decides wins. The order is the precedence; the rule's
 * id goes on the mention's `changedBy`, a step's hint goes on without an id.
 */
import type { LocalMention } from '../paragraphAnalyzer';
import type { EntityRuleId } from './catalogue';

/** A list of mentions, with what several units read about it computed once. */
export class ListQuestion {
	/** `in Townsville, Cairns and Mount Isa`: places and words without a kind or a hint only. */
	readonly ofPlaces: boolean;
	/** An organisation, or a word a lexicon lists as one (`AirAsia and Vietjet`), though the document may yet make it a surname. */
	readonly holdsOrganization: boolean;
	/** A person by a given name, a title or the registry. */
	readonly holdsNamedPerson: boolean;

	constructor(readonly members: readonly LocalMention[]) {
		this.ofPlaces =
			members.some(member => member.kind === 'place') &&
			members.every(member => member.kind === 'place' || (member.kind === undefined && member.hint === undefined));
		this.holdsOrganization = members.some(
			member => member.kind === 'organization' || (member.hint === 'organization' && member.basis === 'lexicon'),
		);
		this.holdsNamedPerson = members.some(
			member =>
				member.kind === 'person' &&
				(member.basis === 'given-name' || member.basis === 'title' || member.basis === 'registry' || member.title),
		);
	}
}

/**
 * A unit's decision about a member: the mention it becomes, `true` (it stays as it is and no later unit
 * is asked), or `undefined` (the next unit is asked).
 */
export type ListDecision = LocalMention | true | undefined;

export interface ListRule {
	readonly id: EntityRuleId;
	readonly step?: undefined;
	decide(list: ListQuestion, member: LocalMention, id: EntityRuleId): ListDecision;
}

/** A unit that gives a hint or settles a member with no rule's id: the document decides the kind. */
export interface ListStep {
	readonly id?: undefined;
	readonly step: string;
	decide(list: ListQuestion, member: LocalMention): ListDecision;
}

export type ListUnit = ListRule | ListStep;

const unknownWord = (member: LocalMention): boolean => member.kind === undefined && !member.ordinaryWord;

/** Each member of a list, in this order. */
export const LIST_RULES: readonly ListUnit[] = [
	{
		// `in Townsville, Cairns, Rockhampton and Mount Isa`: unknown words listed with places only are places.
		step: 'place-list-hint',
		decide: (list, member) => (list.ofPlaces ? (unknownWord(member) ? { ...member, hint: 'place' } : true) : undefined),
	},
	{ step: 'no-organization-listed', decide: list => (list.holdsOrganization ? undefined : true) },
	{
		// `Spotify, Apple Music and Audiomack`: the unknown word is an organisation unless the document knows it otherwise.
		step: 'organization-list-hint',
		decide: (list, member) => (unknownWord(member) && member.hint === undefined ? { ...member, hint: 'organization' } : undefined),
	},
	{
		id: 'list-shares-organization',
		decide: (list, member, id) =>
			member.kind === 'person' && member.basis === 'shape' && !member.title && !list.holdsNamedPerson
				? { ...member, kind: 'organization', basis: 'context', nameWords: undefined, changedBy: [...(member.changedBy ?? []), id] }
				: undefined,
	},
];
