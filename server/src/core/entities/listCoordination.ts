/**
 * Names listed together are of one kind: `Spotify, Apple Music and Audiomack`, `Goldman Sachs and
 * Carnegie advised`. Within a paragraph, a list that holds an organisation makes its unsettled
 * members organisations too; a list of places and unknown words makes them places.
 */
import type { LocalMention } from './paragraphAnalyzer';

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

function settleList(mentions: LocalMention[], first: number, last: number): void {
	const members = mentions.slice(first, last + 1);
	// `in Townsville, Cairns, Rockhampton and Mount Isa`: unknown words listed with places only are places.
	if (
		members.some(member => member.kind === 'place') &&
		members.every(member => member.kind === 'place' || (member.kind === undefined && member.hint === undefined))
	) {
		for (let index = first; index <= last; index++) {
			const member = mentions[index];
			if (member.kind === undefined && !member.ordinaryWord) mentions[index] = { ...member, hint: 'place' };
		}
		return;
	}
	// `AirAsia and Vietjet`: a well-known organisation's name counts, though the document may yet make it a surname.
	if (!members.some(member => member.kind === 'organization' || (member.hint === 'organization' && member.basis === 'lexicon')))
		return;
	const namedPerson = members.some(
		member =>
			member.kind === 'person' &&
			(member.basis === 'given-name' || member.basis === 'title' || member.basis === 'registry' || member.title),
	);
	for (let index = first; index <= last; index++) {
		const member = mentions[index];
		if (member.kind === undefined && !member.ordinaryWord && member.hint === undefined) {
			mentions[index] = { ...member, hint: 'organization' };
		} else if (member.kind === 'person' && member.basis === 'shape' && !member.title && !namedPerson) {
			mentions[index] = {
				...member,
				kind: 'organization',
				basis: 'context',
				nameWords: undefined,
				changedBy: [...(member.changedBy ?? []), 'list-shares-organization'],
			};
		}
	}
}
