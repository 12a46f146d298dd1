/**
 * The span stage: a maximal run of capitalised words (joined by `of`, `and`, `de`…) is asked of each
 * entry below in turn; the first rule that decides wins and its id goes on the mention. Steps trim
 * the run, or split it and hand the parts on (to this list again, to the word stage or the title rules).
 * The order is the precedence; `catalogue.ts` describes the rules in the same order.
 */
import {
	isAcronym, isChineseName, isCommonWord, isCountryName, isDemonym, isDictionaryWord, isGivenName, isKnownOrganization, isNameWord,
	isOrganizationHead, isPlaceHead, isPlaceName, isRoleHead, isTitleWord,
} from '../lexicon/lexicon';
import {
	followsThe, isDescriptorNoun, nameBeforeLedSuffix, organizationCue, placeBeforeBasedSuffix, type OrganizationCue,
} from '../organizationContext';
import type { EntityKind } from '../types';
import { EVENT_SPAN_RULES } from './eventRules';
import { isTownBeforeState } from './usStates';
import { isScoreLineTeam, isTeamInMatch } from './matchContext';
import { YEAR } from './nameWords';
import { stage, type RuleContext, type StageEntry } from './ruleContext';

/** Head words that end names and never open one: `Georgian Public Broadcaster`, but `Broadcaster BBC Alba said`. */
const CLOSING_HEADS = new Set(['Broadcaster']);
/** `I'm`, `We're`: a pronoun's contraction before a name is no part of it. */
const PRONOUN_CONTRACTION = /^(?:I|You|We|They|He|She|It|That|There|What|Who|Let)['’](?:d|m|ll|ve|re|s)$/;
/** Read for every run: the regular expression only for a short word with an apostrophe. */
function isPronounContraction(word: string): boolean {
	return word.length <= 8 && (word.includes('\'') || word.includes('’')) && PRONOUN_CONTRACTION.test(word);
}
/** Roles of places' heads: the unknown name before them is a place's (`Miyazaki Governor Shunji Kono`). */
const PLACE_ROLES = new Set(['governor', 'mayor', 'premier', 'governor-general', 'lord mayor']);
const AT_WORDS = new Set(['at']);
const WHITE_SPACE = /\s/;
const ASCII_WORD_CHARACTER = /\w/;
const NOT_YET = -2;
const NONE = -1;

/**
 * The run the span stage decides, with what several rules read about it computed once. Steps that
 * trim it narrow it; a step that splits it asks `classify` about each part, which decides the part
 * with a run of its own (one per depth of that recursion, reused: see `ParagraphAnalysis.classify`).
 */
export class SpanRun {
	private shaped = NOT_YET;
	private basis: 'given-name' | 'shape' | 'context' | undefined;
	private connectorIndex = NOT_YET;
	private roleIndex = NOT_YET;
	private innerRoleIndex = NOT_YET;
	private head: EntityKind | 'document' | undefined | null = null;
	private cueAround: OrganizationCue | undefined | null = null;
	private words: string | undefined;

	first = 0;
	last = 0;

	constructor(private readonly context: RuleContext) {}

	/** A new run to decide: nothing about it known yet. */
	reset(first: number, last: number): this {
		this.narrow(first, last);
		return this;
	}

	/** The run without the words a step trimmed off: nothing about it known yet. */
	narrow(first: number, last: number): void {
		this.first = first;
		this.last = last;
		this.shaped = NOT_YET;
		this.basis = undefined;
		this.connectorIndex = NOT_YET;
		this.roleIndex = NOT_YET;
		this.innerRoleIndex = NOT_YET;
		this.head = null;
		this.cueAround = null;
		this.words = undefined;
	}

	/** Whether the run meets a condition several rules share. */
	holds(gate: 'name-shaped' | 'shape-only'): boolean {
		// `shape-only`: name-shaped and without a given name, a person by its shape alone.
		return this.nameShaped() && (gate === 'name-shaped' || this.personBasis() === 'shape');
	}

	/** `isNameShaped` of the whole run. */
	nameShaped(): boolean {
		if (this.shaped === NOT_YET) this.shaped = this.context.isNameShaped(this.first, this.last) ? 1 : 0;
		return this.shaped === 1;
	}

	/** What makes the run a person's name, if it is one: a given name, its shape, or only the context. */
	personBasis(): 'given-name' | 'shape' | 'context' {
		return (this.basis ??= this.context.personNameBasis(this.first, this.last));
	}

	/** The first `of`/`for`/`the`/`on` inside the run. */
	connector(): number | undefined {
		if (this.connectorIndex === NOT_YET) this.connectorIndex = this.context.firstPhraseConnector(this.first, this.last) ?? NONE;
		return this.connectorIndex === NONE ? undefined : this.connectorIndex;
	}

	/** The kind the head word before any `of` gives the run (`document` to drop it). */
	headKind(): EntityKind | 'document' | undefined {
		if (this.head === null) {
			const connector = this.connector();
			const headLast = connector === undefined ? this.last : connector - 1;
			const head = this.context.headBeforeTrailingPlace(this.first, headLast);
			this.head = this.context.headKind(this.first, head, connector !== undefined);
		}
		return this.head;
	}

	/** The last role word of a title that opens the run (`Chinese Vice Foreign Minister`). */
	role(): number | undefined {
		if (this.roleIndex === NOT_YET) this.roleIndex = this.context.lastRoleInTitle(this.first, this.last) ?? NONE;
		return this.roleIndex === NONE ? undefined : this.roleIndex;
	}

	/** The first role inside the run with a name after it (`Relief Secretary Kamrul Hasan`). */
	innerRole(): number | undefined {
		if (this.innerRoleIndex === NOT_YET) {
			const { tokens, lexicon } = this.context;
			this.innerRoleIndex = NONE;
			for (let role = this.first + 1; role < this.last; role++) {
				if (isRoleHead(lexicon, tokens[role].text) && this.context.isNameShaped(role + 1, this.last)) {
					this.innerRoleIndex = role;
					break;
				}
			}
		}
		return this.innerRoleIndex === NONE ? undefined : this.innerRoleIndex;
	}

	/** The organisation cue around the run (`shares of X`, `X said in a statement`). */
	cue(): OrganizationCue | undefined {
		if (this.cueAround === null) {
			const tokens = this.context.tokens;
			this.cueAround = organizationCue(this.context.lexicon, this.context.text, tokens[this.first].start, tokens[this.last].end);
		}
		return this.cueAround;
	}

	/** The run's words, single-spaced. */
	text(): string {
		return (this.words ??= this.context.textOf(this.first, this.last));
	}
}

/** The span stage, in precedence order. */
export const SPAN_RULES: readonly StageEntry<SpanRun>[] = stage<SpanRun>([
	{
		id: 'descriptor-noun-opening',
		decide(c, { first, last }, id) {
			const word = c.tokens[first].text;
			if (
				!c.tokens[first].sentenceStart ||
				first >= last ||
				!isDescriptorNoun(c.lexicon, word) ||
				(isOrganizationHead(c.lexicon, word) && !CLOSING_HEADS.has(word)) ||
				c.cues.organizationOpenings.has(word)
			)
				return undefined;
			if (c.isNameShaped(first + 1, last) && c.personNameBasis(first + 1, last) !== 'given-name') {
				c.push(first + 1, last, 'organization', 'context', id);
				return true;
			}
			// `Broadcaster BBC Alba said`: the noun is no part of the name, whatever shape the name has.
			if (c.isNameShaped(first + 1, last)) return undefined;
			c.classify(first + 1, last);
			return true;
		},
	},
	{
		// Leading connectors, a pronoun's contraction (`I'm Nora Blake`) and a sentence's ordinary first word (`The`, `Noting`)
		// are not part of the name.
		step: 'trim',
		words: cues => cues.nameConnectors,
		decide(c, run) {
			const tokens = c.tokens;
			let { first, last } = run;
			while (
				first <= last &&
				(c.cues.nameConnectors.has(tokens[first].text) || YEAR.test(tokens[first].text) ||
					isPronounContraction(tokens[first].text) ||
					c.isOrdinaryOpening(first, last))
			)
				first++;
			while (last >= first && (c.cues.nameConnectors.has(tokens[last].text) || YEAR.test(tokens[last].text))) last--;
			if (first > last) return true;
			if (first === last) {
				c.classifyWord(first);
				return true;
			}
			run.narrow(first, last);
			return false;
		},
	},
	{
		// `Montreal-based Cogeco Communications`: the place, then the name.
		step: 'place-based-opening',
		decide(c, { first, last }) {
			if (!placeBeforeBasedSuffix(c.tokens[first].text) || !c.ledSuffix(first)) return false;
			c.classify(first + 1, last);
			return true;
		},
	},
	{
		// `State-owned Banco del Chubut`, `Kremlin-backed Gazprom`: an owner's adjective (its owner named, if a name), then the name.
		step: 'owner-opening',
		decide(c, { first, last }) {
			const owner = nameBeforeLedSuffix(c.tokens[first].text);
			if (!owner) return false;
			const lexicon = c.lexicon;
			if (isDemonym(lexicon, owner) || (isDictionaryWord(lexicon, owner) && !isKnownOrganization(lexicon, owner)
				&& !isPlaceName(lexicon, owner)))
				c.consumed[first] = 1;
			else c.ledSuffix(first);
			c.classify(first + 1, last);
			return true;
		},
	},
	...EVENT_SPAN_RULES,
	{
		// `New York beat Boston 3-2`: a city in a team's place in a result is its club (`club-named-by-city-word` for one word).
		id: 'club-named-by-city',
		decide: (c, run) => isPlaceName(c.lexicon, run.text()) && !isCountryName(c.lexicon, run.text()) &&
			isTeamInMatch(c.text, c.tokens[run.first].start, c.tokens[run.last].end,
				c.tokens[run.first].sentenceStart) && 'organization',
	},
	{ id: 'known-place', basis: 'lexicon', decide: (c, run) => (isPlaceName(c.lexicon, run.text()) && 'place') },
	// `based in Palo Alto, Calif.`: the town before a US state's abbreviation.
	{ id: 'town-run-before-state', basis: 'form', decide: (c, run) => run.nameShaped() && isTownBeforeState(c, run.last) && 'place' },
	{
		// `Manchester United said`: a well-known organisation's whole name beats a person's shape.
		// `Department of Labor and Employment`: a known name may be the start of a longer one.
		id: 'known-organization',
		decide(c, run, id) {
			if (!isKnownOrganization(c.lexicon, run.text())) return undefined;
			c.push(run.first, run.connector() === undefined ? run.last : c.extendOverAnd(run.last), 'organization', 'lexicon', id);
			return true;
		},
	},
	{
		// `Renault Korea`, `MTN Ghana`: a well-known firm's national unit, even where the firm's name is also a given name.
		id: 'known-organization-national-unit',
		basis: 'lexicon',
		decide({ tokens, lexicon }, { first, last }) {
			return last === first + 1 &&
				isKnownOrganization(lexicon, tokens[first].text) &&
				!isPlaceName(lexicon, tokens[first].text) &&
				isPlaceName(lexicon, tokens[last].text) &&
				!tokens[last].possessive && 'organization';
		},
	},
	{
		// `Fenerbahce Beko`: a well-known organisation's name and a sponsor's or unit's word.
		id: 'known-organization-with-word',
		basis: 'lexicon',
		decide(c, { first, last }) {
			const { tokens, lexicon } = c;
			return last - first <= 2 &&
				isKnownOrganization(lexicon, tokens[first].text) &&
				!isGivenName(lexicon, tokens[first].text) &&
				!isPlaceName(lexicon, tokens[first].text) &&
				c.isNameShaped(first + 1, last) &&
				!isGivenName(lexicon, tokens[first + 1].text) && 'organization';
		},
	},
	{
		// `Health Minister Ryan Park`: after a title, a given name makes `Park` or `Hall` a surname, not a head word.
		id: 'title-given-name-before-head',
		decide(c, run, id) {
			const { tokens, lexicon } = c;
			const { first, last } = run;
			const role = run.role();
			if (
				role === undefined ||
				role + 1 >= last ||
				last - role > 3 ||
				!isGivenName(lexicon, tokens[role + 1].text) ||
				!isPlaceHead(c.lexicon, tokens[last].text) ||
				c.cues.facilityHeads.has(tokens[last].text)
			)
				return undefined;
			c.titleMentions(first, role);
			c.pushPerson(role + 1, last, 'title', id);
			return true;
		},
	},
	// `the Bill of Rights`: a document's head word; documents are not annotated.
	{ step: 'document-head', decide: (_c, run) => run.headKind() === 'document' },
	{
		// `Aerolíneas Sosa of Honduras`: an English `of` after a foreign name says where the firm is.
		id: 'foreign-organization-of-place',
		decide(c, run, id) {
			const { tokens, lexicon } = c;
			const { first, last } = run;
			const connector = run.connector();
			if (
				run.headKind() !== 'organization' ||
				connector === undefined ||
				tokens[connector].text !== 'of' ||
				!c.cues.organizationOpenings.has(tokens[first].text) ||
				isOrganizationHead(c.lexicon, tokens[connector - 1].text) ||
				!isPlaceName(lexicon, c.textOf(connector + 1, last))
			)
				return undefined;
			c.push(first, connector - 1, 'organization', 'form', id);
			c.classify(connector + 1, last);
			return true;
		},
	},
	{
		// `Polar Cell Systems of Bergen`, `SkyMed Logistics of the United States`: a firm named with its seat.
		id: 'business-of-seat',
		decide(c, run, id) {
			const tokens = c.tokens;
			const { first, last } = run;
			const connector = run.connector();
			if (
				run.headKind() !== 'organization' ||
				connector === undefined ||
				tokens[connector].text !== 'of' ||
				!c.cues.businessHeads.has(tokens[connector - 1].text) ||
				connector - 1 <= first
			)
				return undefined;
			const seat = tokens[connector + 1]?.text === 'the' ? connector + 2 : connector + 1;
			if (seat > last || !isPlaceName(c.lexicon, c.textOf(seat, last))) return undefined;
			c.push(first, connector - 1, 'organization', 'form', id);
			c.classify(seat, last);
			return true;
		},
	},
	{
		// `X of Y`: the words before the first `of` decide whether the whole is one name.
		id: 'head-word-with-connector',
		decide(c, run, id) {
			if (run.headKind() !== 'organization' || run.connector() === undefined) return undefined;
			c.pushNamed(run.first, c.ofPlaceAfter(c.extendOverAnd(run.last)), 'organization', id);
			return true;
		},
	},
	{
		// `Helen Hill`, `Maria Lane`: a given name before a head word that is also a surname names a person.
		id: 'given-name-and-surname-head',
		basis: 'given-name',
		decide: ({ tokens, lexicon }, { first, last }) => last === first + 1 && lexicon.cues.surnameHeads.has(tokens[last].text) &&
			isGivenName(lexicon, tokens[first].text) && !isPlaceName(lexicon, tokens[first].text) && 'person',
	},
	{
		id: 'head-word',
		output: 'named',
		decide(_c, run) {
			const kind = run.headKind();
			return kind === 'document' ? undefined : kind;
		},
	},
	{
		// `Adlyft of Stockholm`: an unknown word `of` a city is a firm named with its seat.
		id: 'unknown-word-of-city',
		decide(c, run, id) {
			const { tokens, lexicon } = c;
			const { first, last } = run;
			const connector = run.connector();
			if (
				connector !== first + 1 ||
				tokens[connector].text !== 'of' ||
				!isNameWord(lexicon, tokens[first]) ||
				isGivenName(lexicon, tokens[first].text) ||
				tokens[first].sentenceStart ||
				!isPlaceName(lexicon, c.textOf(connector + 1, last))
			)
				return undefined;
			c.push(first, first, 'organization', 'context', id);
			c.classify(connector + 1, last);
			return true;
		},
	},
	{
		step: 'split-at-connector',
		decide(c, run) {
			const connector = run.connector();
			if (connector === undefined) return false;
			const tokens = c.tokens;
			c.classify(run.first, connector - 1);
			let rest = connector;
			const { phraseConnectors, nameConnectors } = c.cues;
			while (rest <= run.last && (phraseConnectors.has(tokens[rest].text) || nameConnectors.has(tokens[rest].text))) rest++;
			c.classify(rest, run.last);
			return true;
		},
	},
	{
		step: 'split-at-year',
		decide(c, { first, last }) {
			const year = c.firstYear(first, last);
			if (year === undefined) return false;
			c.classify(first, year - 1);
			c.classify(year + 1, last);
			return true;
		},
	},
	{
		// `Chinese Vice Foreign Minister Le Yucheng`: a title (the title rules), then the name. Titles may be in lower case.
		step: 'title-then-name',
		words: cues => [...cues.roleHeads, ...cues.titleModifiers],
		decide(c, run) {
			const role = run.role();
			if (role === undefined) return false;
			c.titleMentions(run.first, role);
			if (role < run.last) c.classifyAfterTitle(role + 1, run.last);
			return true;
		},
	},
	{
		// `SK Hynix`, `BNP Paribas`: an acronym and a name that is not a person's.
		id: 'acronym-and-name',
		decide(c, { first, last }, id) {
			if (
				!isAcronym(c.lexicon, c.tokens[first]) ||
				isPlaceName(c.lexicon, c.tokens[first].text) ||
				!c.isNameShaped(first + 1, last) ||
				c.personNameBasis(first + 1, last) === 'given-name'
			)
				return undefined;
			c.push(first, c.extendOverAnd(last), 'organization', 'context', id);
			return true;
		},
	},
	{
		// `Samsung Chairman Lee Jae-yong`: a company, its role, the person.
		id: 'company-before-role',
		decide(c, { first, last }, id) {
			const role = c.corporateRoleAfterName(first, last);
			if (role === undefined) return undefined;
			c.push(first, role - 1, 'organization', 'context', id);
			c.classifyAfterTitle(role + 1, last);
			return true;
		},
	},
	{
		// `Chadian Red Cross`: a national society is named with its nationality.
		id: 'national-red-cross',
		decide: (c, { first, last }) =>
			isDemonym(c.lexicon, c.tokens[first].text) && /^Red (?:Cross|Crescent)\b/.test(c.textOf(first + 1, last)) && 'organization',
	},
	{
		// `Russian Vladimir Putin`, `Kenyan William Ruto`: a nationality is not part of the name.
		step: 'nationality-opening',
		decide(c, { first, last }) {
			if (!isDemonym(c.lexicon, c.tokens[first].text)) return false;
			c.classify(first + 1, last);
			return true;
		},
	},
	{
		// `Los Lagos`: an article before a place's name is part of a longer place name.
		id: 'article-before-place',
		decide(c, { first, last }) {
			const article = c.tokens[first].text;
			return c.cues.foreignArticles.has(article) && article !== 'Al' && isPlaceName(c.lexicon, c.textOf(first + 1, last)) && 'place';
		},
	},
	{
		// `Le Monde`, `El País`, `Der Spiegel`: a foreign article opens a title, mostly a newspaper's.
		id: 'foreign-article-title',
		decide(c, { first, last }) {
			if (
				!c.cues.foreignArticles.has(c.tokens[first].text) ||
				isChineseName(c.lexicon, c.words(first, last)) ||
				!c.isNameShaped(first + 1, last) ||
				!c.articleOpensTitle(first, last)
			)
				return undefined;
			return c.afterPlacePreposition(first) || c.describedBy(last, c.cues.followingPlaceNouns) ? 'place' : 'organization';
		},
	},
	// Name-shaped runs: the words around them tell their kind, else they are a person's name. `shape-only`: name-shaped
	// and without a given name, a person by its shape alone, which the context may make something else.
	{
		// `the opposition Azimio la Umoja coalition`: the noun after the name tells its kind.
		id: 'following-organization-noun',
		when: 'name-shaped',
		words: cues => cues.followingOrganizationNouns,
		decide: (c, run) =>
			c.describedBy(run.last, c.cues.followingOrganizationNouns) && !isGivenName(c.lexicon, c.tokens[run.first].text) &&
			'organization',
	},
	{
		id: 'following-place-noun',
		when: 'name-shaped',
		words: cues => cues.followingPlaceNouns,
		decide: (c, run) =>
			c.describedBy(run.last, c.cues.followingPlaceNouns) && !isGivenName(c.lexicon, c.tokens[run.first].text) && 'place',
	},
	{
		id: 'before-staff-role',
		when: 'name-shaped',
		words: cues => cues.staffRoles,
		decide: (c, run) => c.beforeStaffRole(run.last) && !isPlaceName(c.lexicon, c.tokens[run.first].text) && 'organization',
	},
	{
		// `chief executive Efua Mensah-Bonsu said in a statement`: a role in lower case right before the name.
		id: 'lower-case-role-before-person',
		when: 'shape-only',
		basis: 'title',
		words: cues => cues.roleHeads,
		decide: (c, run) => c.precededByLowerCaseRole(run.first) && 'person',
	},
	{ id: 'organization-cue', when: 'name-shaped', decide: (_c, run) => run.cue() === 'strong' && 'organization' },
	{
		id: 'organization-cue-weak',
		when: 'shape-only',
		output: 'hint',
		decide: (c, run) => run.cue() === 'weak' && !c.titleCase && 'organization',
	},
	{
		// `analysts at Goldman Sachs`, `engineers at Lockheed Martin`: people work at firms, not at people.
		id: 'works-at',
		when: 'shape-only',
		words: AT_WORDS,
		decide: (c, run) => c.precededBy(run.first, AT_WORDS) && 'organization',
	},
	{
		// `the depot in Olszynka Grochowska`, `the village of Pir Jo Goth`: news puts places there, not people.
		id: 'place-preposition',
		when: 'shape-only',
		words: cues => cues.placePrepositions,
		decide(c, run) {
			const first = run.first;
			const token = c.tokens[first];
			return ((c.precededBy(first, c.cues.placePrepositions) && !followsThe(c.text, token.start)) || c.placeNounBefore(token)) &&
				'place';
		},
	},
	{
		id: 'place-noun-before',
		when: 'name-shaped',
		decide(c, run) {
			const token = c.tokens[run.first];
			return run.personBasis() !== 'context' && c.placeNounBefore(token) && !endsWithWordAndSpace(c.text, token.start, 'at') &&
				'place';
		},
	},
	{
		// `Goldman Sachs and Morgan Stanley`: a name joined by `and` to an organisation is one too.
		id: 'coordinated-organization',
		when: 'shape-only',
		words: ['and'],
		decide: (c, run) => c.coordinatedKind(run.first) === 'organization' && 'organization',
	},
	{
		// `in the Regionalliga Nord`: news writes no `the` before a person's full name.
		id: 'after-the',
		when: 'shape-only',
		output: 'hint',
		decide: (c, run) => followsThe(c.text, c.tokens[run.first].start) && 'organization',
	},
	{
		// `Japan's Kyoei Oils`, `Italy's Frutta Adriatica`: after a country's possessive, two words without a given name name a firm.
		id: 'after-place-possessive',
		when: 'shape-only',
		output: 'hint',
		decide: (c, run) => c.afterPlacePossessive(run.first) && 'organization',
	},
	{
		// `Veltrix Racing`, `Coffee Platform`: without a given name, a long ordinary word at the end names a line of business,
		// unless it is shaped like a surname (`Walker`, `Chapman`, `Marshall`).
		id: 'business-word-ending',
		when: 'shape-only',
		decide: (c, run) => c.endsWithBusinessWord(run.last) && 'organization',
	},
	{
		// `Korvo Bastin 2 Elvo Marrak 1`: words in a team's place in a score line are a team (`score-line-team` for one word).
		id: 'score-line-run',
		decide: (c, run) => !(run.nameShaped() && run.personBasis() === 'given-name') &&
			isScoreLineTeam(c.text, c.tokens[run.first].start, c.tokens[run.last].end) && 'organization',
	},
	{
		id: 'person-shape',
		when: 'name-shaped',
		decide(c, run, id) {
			c.pushPerson(run.first, run.last, run.personBasis(), id);
			return true;
		},
	},
	{
		// `Kisumu County Governor Shunji Kono`: the place the governor governs, then the person after the role (`role-inside-run`).
		id: 'place-before-governor',
		decide(c, run, id) {
			const role = run.innerRole();
			if (role === undefined) return undefined;
			const { tokens, lexicon } = c;
			const { first, last } = run;
			const placeRole = PLACE_ROLES.has(tokens[role].text.toLowerCase()) && !isGivenName(lexicon, tokens[first].text);
			if (!placeRole || !(c.isNameShaped(first, role - 1) || c.headKind(first, role - 1, false) === 'place')) return undefined;
			c.push(first, role - 1, 'place', 'context', id);
			c.pushPerson(role + 1, last, 'title', 'role-inside-run');
			return true;
		},
	},
	{
		// `Relief Secretary Kamrul Hasan`: a role inside the run (a title), a name after it.
		id: 'role-inside-run',
		decide(c, run, id) {
			const role = run.innerRole();
			if (role === undefined) return undefined;
			c.titleMentions(run.first, role);
			c.pushPerson(role + 1, run.last, 'title', id);
			return true;
		},
	},
	{
		// `National Health Commission Ma Xiaowei`: a name at the end of a longer run.
		id: 'name-at-run-end',
		decide(c, { first, last }, id) {
			for (let start = first + 1; start < last; start++) {
				if (c.isNameShaped(start, last) && c.personNameBasis(start, last) === 'given-name') {
					c.classify(first, start - 1);
					c.pushPerson(start, last, 'given-name', id);
					return true;
				}
			}
			return undefined;
		},
	},
	{
		// `Nairobi Water`, `Werder Bremen`: a place and words that are no person's name form an organisation's.
		id: 'place-named-organization',
		decide(c, { first, last }, id) {
			if (!c.isPlaceNamedOrganization(first, last)) return undefined;
			c.push(first, c.extendOverAnd(last), 'organization', 'context', id);
			return true;
		},
	},
	{
		// `shares of Deccan Federal`, `supplied by Oracle Health`: words around the run say it is an organisation, whatever words it holds.
		id: 'organization-cue-any-words',
		decide(c, run) {
			const { lexicon } = c;
			const word = c.tokens[run.first].text;
			return !c.titleCase &&
				!isCommonWord(lexicon, word) &&
				!isPlaceName(lexicon, word) &&
				!isTitleWord(lexicon, word) &&
				run.cue() !== undefined && 'organization';
		},
	},
	{
		// A run of ordinary capitalised words: split at the places and acronyms it contains.
		step: 'places-and-acronyms-inside',
		decide(c, { first, last }) {
			for (let index = first; index <= last; index++) {
				if (isPlaceName(c.lexicon, c.tokens[index].text) || isAcronym(c.lexicon, c.tokens[index])) c.classifyWord(index);
			}
			return true;
		},
	},
]);

/** Whether `text` before `end` is white space (one character or more) after the word `word` (`\bat\s+$`), read backwards. */
function endsWithWordAndSpace(text: string, end: number, word: string): boolean {
	let index = end - 1;
	while (index >= 0 && WHITE_SPACE.test(text[index])) index--;
	const start = index + 1 - word.length;
	if (index === end - 1 || start < 0 || !text.startsWith(word, start)) return false;
	return start === 0 || !ASCII_WORD_CHARACTER.test(text[start - 1]);
}
