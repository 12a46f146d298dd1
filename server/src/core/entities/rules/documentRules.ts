/**
 * The document stage: what the whole text settles that the paragraphs could not, as passes over the
 * document's mentions in the order below (`resolveMentionsInSteps` in `../mentionResolver.ts` runs them).
 * Within a pass the first unit that decides a mention wins, and a rule's id goes on it; a later pass
 * may decide a mention again (`Siemens said` joined to a person, then made the organisation of
 * `shares of Siemens`), so the list is the precedence. Between passes, `learn` steps index what the
 * passes before them settled: the full names, and the forms each entity is written by.
 * `catalogue.ts` describes the rules in the order the passes first ask them (a test checks it).
 */
import { localMention, type LocalMention } from '../paragraphAnalyzer';
import type { EntityRef } from '../types';
import { type Lexicon, isCountryName, isGivenName } from '../lexicon/lexicon';
import type { Steps } from '../../steps';
import type { EntityRuleId } from './catalogue';

/** A mention placed in the document: its offsets there, what its paragraph found, and the entity the document gives it. */
export interface PlacedMention {
	readonly start: number;
	readonly end: number;
	readonly local: LocalMention;
	/** The text of the mention's paragraph (`local`'s offsets point into it). */
	readonly paragraph: string;
	entity?: EntityRef;
	/** The document rule that gave the mention its entity, if one did. */
	resolvedBy?: EntityRuleId;
}

/** What a `learn` step indexes for the passes after it. */
export type DocumentLearning =
	/** The persons introduced by a full name, by surname. */
	| 'full-names'
	/** The other words of persons' full names (`Azman`, `Ortiz` of `Azman Hashim Rahmat`, `Elena Ortiz Barragán`). */
	| 'person-forms'
	/** The forms each entity is written by (`Apple` for `Apple Inc.`), learnt afresh; the first entity to claim a form keeps it. */
	| 'known-forms'
	/** The same, of organisations only. */
	| 'organization-forms'
	/** The abbreviations defined as a term's (`second language (L2)`). */
	| 'terms'
	/** The clubs named by their city in a match (`Lyon drew with Nantes`), by the city's word. */
	| 'clubs'
	/** The storms by their own names (`Phailin` of `Cyclone Phailin`). */
	| 'storms';

/** The document as its rules see it: the lexicon, the entities named so far, and what the `learn` steps indexed. */
export interface DocumentContext {
	readonly lexicon: Lexicon;
	/** The entity `local`'s name and kind name, one per name in the document. */
	entityOf(local: LocalMention): EntityRef;
	/** The person introduced by a full name ending in `surname`: the last before `start`; with `forward`, else the first after. */
	fullName(surname: string, start: number, forward: boolean): EntityRef | undefined;
	personForm(word: string): EntityRef | undefined;
	knownForm(form: string): EntityRef | undefined;
	organizationForm(form: string): EntityRef | undefined;
	isTerm(surface: string): boolean;
	/** The club a match names by the town's word `word` (any case: `LYON` in a headline, `Lyon` in the text). */
	clubOf(word: string): EntityRef | undefined;
	/** The storm the document names `Hurricane word` or the like. */
	stormOf(word: string): EntityRef | undefined;
	/** Whether the document names a storm at all. */
	readonly namesStorms: boolean;
	/** Whether a match in the document names a club by its town's word. */
	readonly namesClubsByTown: boolean;
	/** Whether a person named in full has a surname that is also a known place's name (`George Bush`, `Whitney Houston`). */
	readonly hasTownSurnames: boolean;
	learn(what: DocumentLearning): Steps<void>;
}

/**
 * A unit's decision about a mention: the entity it names, `null` to drop it (it names nothing), or
 * `undefined` (the next unit of the pass is asked).
 */
export type DocumentDecision = EntityRef | null | undefined;

/** A document rule: its id goes on the mention it decides (its description is in `catalogue.ts`). */
export interface DocumentRule {
	readonly id: EntityRuleId;
	readonly step?: undefined;
	decide(document: DocumentContext, mention: PlacedMention): DocumentDecision;
}

/** A unit that joins a mention to an entity of the same kind, or drops it, with no rule's id: it decides no kind of its own. */
export interface DocumentStep {
	readonly id?: undefined;
	readonly step: string;
	decide(document: DocumentContext, mention: PlacedMention): DocumentDecision;
}

export type DocumentUnit = DocumentRule | DocumentStep;

/** A pass over every mention that meets `when`: the first of `units` that decides wins. */
export interface DocumentPass {
	readonly pass: string;
	readonly learn?: undefined;
	/** Whether the pass can decide anything in this document at all; without it the pass reads no mention. */
	readonly applies?: (document: DocumentContext) => boolean;
	when(mention: PlacedMention, document: DocumentContext): boolean;
	readonly units: readonly DocumentUnit[];
}

export type DocumentEntry = DocumentPass | { readonly learn: DocumentLearning; readonly pass?: undefined };

/** The words of a name that are not connectors (`von`, `de`). */
export function countNameWords(lexicon: Lexicon, words: readonly string[]): number {
	const connectors = lexicon.cues.nameConnectors;
	let count = 0;
	for (const word of words) if (!connectors.has(word)) count++;
	return count;
}

/** A person only by shape or a verb after it: no registry entry, no title, no given name. */
export function isGuessedPerson(local: LocalMention): boolean {
	return !local.registry && !local.title && (local.basis === 'context' || local.basis === 'shape');
}

/** A lone word taken for a person only because `said`/`told` is next to it: no title, no registry entry, no given name. */
function isLoneVerbPerson(local: LocalMention, lexicon: Lexicon): boolean {
	return local.basis === 'context' && local.rule !== 'word-before-life-verb' &&
		!local.title && !local.registry && !isGivenName(lexicon, local.surface);
}

/** `Greenpeace said`, no person of that surname introduced anywhere: news introduces people by full name first. */
const LONE_VERB_ORGANIZATION: DocumentRule = {
	id: 'document-lone-verb-organization',
	decide: (document, { local }) => isLoneVerbPerson(local, document.lexicon)
		? document.entityOf(localMention(local.start, local.end, local.surface, 'organization', 'context', local.rule, local.sentenceStart))
		: undefined,
};

/** `Chanda said` after `Bwalya Chanda`. */
const SURNAME: DocumentRule = {
	id: 'document-surname',
	decide(document, { local, start }) {
		// A word its paragraph gave a kind or a hint is the surname only of a person named before it
		// (`Brinkmann, which employs…` before `Sabine Brinkmann` is the firm).
		if (local.hint !== undefined) return document.fullName(local.surface, start, false);
		// An unsettled word also of one named after it, unless it may be an ordinary word (and then never opening a sentence).
		if (local.ordinaryWord && local.sentenceStart) return undefined;
		return document.fullName(local.surface, start, !local.ordinaryWord);
	},
};

/** `Sochi` after `in Sochi`: a word the document names an entity by elsewhere (an ordinary word only where a hint says it is a name). */
const KNOWN_ELSEWHERE: DocumentRule = {
	id: 'document-known-elsewhere',
	decide: (document, { local }) => (local.ordinaryWord && local.hint === undefined ? undefined : document.knownForm(local.surface)),
};

/** `according to Bloomberg`: the kind the context suggested. */
const HINT: DocumentRule = {
	id: 'document-hint',
	decide: (document, { local }) => document.entityOf(
		localMention(local.start, local.end, local.surface, local.hint, 'context', local.rule, local.sentenceStart),
	),
};

/** `Siemens said …` guessed a person; `shares of Siemens` elsewhere in the text says otherwise. */
/** `KOVAC UPSETS SECOND SEED` above `Luka Kovac beat …`: the person's surname; a shouted word no full name explains names nothing. */
const SHOUTED_SURNAME: DocumentRule = {
	id: 'document-shouted-surname',
	decide: (document, { local, start }) => local.rule !== 'shouted-unknown-word' ? undefined
		: document.fullName(local.surface[0] + local.surface.slice(1).toLowerCase(), start, true) ?? null,
};

/** The rules that make a club of a town's name in a match: `Lyon drew with Nantes`, `Lyon 1 Marseille 1`, `LYON HELD BY MARSEILLE`. */
export const CLUB_RULES: ReadonlySet<EntityRuleId> = new Set<EntityRuleId>([
	'club-named-by-city-word', 'club-named-by-city', 'score-line-team', 'score-line-run', 'shouted-city-club',
]);

/** `Lyon led through a header` after `Lyon drew with Nantes`: a town's word the report names a club by is the club. */
const CLUB_ELSEWHERE: DocumentRule = {
	id: 'document-club-elsewhere',
	// `The game in Boston`, `the mayor of Lyon`, `trains into Leeds`: the town itself.
	decide: (document, { local, paragraph }) =>
		TOWN_BEFORE.test(paragraph.slice(Math.max(0, local.start - 8), local.start)) ? undefined : document.clubOf(local.surface),
};
const TOWN_BEFORE = /(?:^|[^\p{L}])(?:in|into|of|near|outside|around)\s+$/iu;

/**
 * `With Bush, the aggressive militarism` after `George Bush`: a town's name that is the surname of a person
 * named in full before it is the person, unless a preposition of place stands before it or it names a country.
 */
const SURNAME_OVER_TOWN: DocumentRule = {
	id: 'document-surname-over-town',
	decide(document, { local, start, paragraph }) {
		// The lookup first: most towns are nobody's surname in the text.
		const person = document.fullName(local.surface, start, false);
		if (!person || isCountryName(document.lexicon, local.surface)) return undefined;
		return TOWN_BEFORE.test(paragraph.slice(Math.max(0, local.start - 8), local.start)) ? undefined : person;
	},
};

/** `Phailin weakened`, `officials said Phailin had killed` after `Cyclone Phailin`: the storm, not a person or a firm. */
const STORM_ELSEWHERE: DocumentRule = {
	id: 'document-storm-elsewhere',
	decide: (document, { local }) => document.stormOf(local.surface),
};

const ORGANIZATION_ELSEWHERE: DocumentRule = {
	id: 'document-organization-elsewhere',
	decide: (document, { local }) => document.organizationForm(local.surface),
};

/**
 * The stage in order. `resolvedBy` keeps the last rule that decided a mention; a step leaves it as it was.
 * Each rule is one unit, asked in every pass it is listed in.
 */
export const DOCUMENT_STAGE: readonly DocumentEntry[] = [
	{ learn: 'full-names' },
	{ learn: 'person-forms' },
	{
		// Lone surnames with a title or a verb (`President Putin`, `Le said`) join the full name, or a full name's other word.
		pass: 'lone-person-word',
		when: ({ entity, local }, { lexicon }) =>
			entity?.kind === 'person' && !local.registry && (local.nameWords ? countNameWords(lexicon, local.nameWords) : 0) === 1,
		units: [
			{ step: 'join-full-name', decide: (document, { local, start }) => document.fullName(local.surface, start, true) },
			{ step: 'join-person-form', decide: (document, { local }) => document.personForm(local.surface) },
			LONE_VERB_ORGANIZATION,
		],
	},
	{
		// `Chanda said` after `Bwalya Chanda`: a surname that is also a town's name.
		pass: 'place-or-surname',
		when: ({ entity, local }) => entity?.kind === 'place' && local.hint === 'person',
		units: [SURNAME],
	},
	{
		pass: 'town-or-surname',
		applies: document => document.hasTownSurnames,
		when: ({ entity, local }) => entity?.kind === 'place' && local.rule === 'known-place-word' && !local.registry,
		units: [SURNAME_OVER_TOWN],
	},
	{ learn: 'known-forms' },
	{
		pass: 'hinted-word',
		when: ({ entity, local }) => !entity && local.hint !== undefined,
		units: [SURNAME, KNOWN_ELSEWHERE, HINT],
	},
	{
		// `Le Goff said` after `Yannick Le Goff`: a foreign article opened what looked like a newspaper's name.
		pass: 'article-opened-name',
		when: ({ entity, local }) => entity?.kind === 'organization' && local.basis === 'context' && local.surface.includes(' '),
		units: [{ step: 'join-earlier-full-name', decide: (document, { local, start }) => document.fullName(local.surface, start, false) }],
	},
	{ learn: 'organization-forms' },
	{
		pass: 'guessed-person',
		when: ({ entity, local }) => entity?.kind === 'person' && isGuessedPerson(local),
		units: [ORGANIZATION_ELSEWHERE],
	},
	{ learn: 'known-forms' },
	{
		// Every hinted word has an entity by now: what is left has no hint.
		pass: 'unsettled-word',
		when: ({ entity, local }) => !entity && local.hint === undefined,
		units: [SHOUTED_SURNAME, SURNAME, KNOWN_ELSEWHERE],
	},
	{ learn: 'clubs' },
	{
		pass: 'town-or-club',
		applies: document => document.namesClubsByTown,
		when: ({ entity, local }) => entity?.kind === 'place' && local.rule === 'known-place-word' && !local.surface.includes(' '),
		units: [CLUB_ELSEWHERE],
	},
	{ learn: 'terms' },
	{
		// `second language (L2)`: the abbreviation of a term is no name anywhere in the text.
		pass: 'term-abbreviation',
		when: ({ local }) => local.rule === 'acronym',
		units: [{ step: 'drop-term-abbreviation', decide: (document, { local }) => (document.isTerm(local.surface) ? null : undefined) }],
	},
	{ learn: 'storms' },
	{
		// A lone word that is a storm's name and no part of another entity's longer name (a person's full name keeps it).
		pass: 'storm-name',
		applies: document => document.namesStorms,
		when: ({ entity, local }) => !local.registry && entity?.kind !== 'event' && !local.surface.includes(' ')
			&& (entity === undefined || entity.name === local.surface),
		units: [STORM_ELSEWHERE],
	},
];

/** The stage's rules in the order the passes first ask them. */
export function documentRuleIds(stage: readonly DocumentEntry[] = DOCUMENT_STAGE): EntityRuleId[] {
	const ids: EntityRuleId[] = [];
	for (const entry of stage) {
		if (entry.pass === undefined) continue;
		for (const unit of entry.units) if (unit.id !== undefined && !ids.includes(unit.id)) ids.push(unit.id);
	}
	return ids;
}
