/**
 * The word stage: a run of one capitalised word (or a word of a run no span rule decided) is asked of
 * each entry below in turn; the first rule that decides wins and its id goes on the mention. Steps drop
 * words that name nothing (`NZ$240`, `THE FUTURE`). The order is the precedence; `catalogue.ts` describes
 * the rules in the same order.
 */
import {
	isAcronym, isCalendarWord, isCommonWord, isCountryName, isDemonym, isDictionaryWord, isEventHead, isForeignFunctionWord, isGivenName,
	isKnownOrganization, isOrdinaryPlural, isOrganizationHead, isPlaceHead, isPlaceName, isPluralRole, isRoleHead,
} from '../lexicon/lexicon';
import { organizationCue, type OrganizationCue } from '../organizationContext';
import { isScoreLineTeam, isTeamInMatch } from './matchContext';
import { isStateAbbreviationAt, isTownBeforeState } from './usStates';
import type { Token } from '../tokenizer';
import { stage, type RuleContext, type StageEntry } from './ruleContext';

/** `COP28`, `COP 29`-style numbered conferences written as one word. */
const NUMBERED_EVENT = /^COP\d{1,2}$/;
/** `X, 60 kilometres north`: a distance measured from a name. */
const DISTANCE_AFTER = /^,\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b/;
/** `Beijing, capital of China`; sticky, tried right after a word. */
const CAPITAL_OF = /,\s*(?:the\s+)?capital\s+of\b/y;
const AIRPORT_CODE_BEFORE = /\b(?:IATA|ICAO):\s*$/;
const TITLE_OR_CONTRACTION = /^(?:M[rs]s?|Mx|Dr|Prof|(?:I|You|We|They|He|She|It|That|There|What|Who|Let)['’](?:d|m|ll|ve|re|s))$/;
const COURTESY_TITLE_BEFORE = /(?:^|[^\p{L}])(?:M[rs]s?|Mx|Dr|Prof)\. $/u;
const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const NOT_YET = 2;
/** Prepositions that stand between a verb and a name. */
const WORDS_AFTER_VERBS = ['to', 'by', 'from', 'with', 'as'];

/**
 * The word the stage decides, with what several rules read about it computed once. One per paragraph,
 * reset for each word (the word stage never asks about a second word before it has decided the first).
 */
export class WordQuestion {
	index = 0;
	token!: Token;

	private englishWord = NOT_YET;
	private ordinaryWord = NOT_YET;
	private cueAround: OrganizationCue | undefined | null = null;
	private known = NOT_YET;
	private abbreviation = NOT_YET;
	private place = NOT_YET;
	private plain = NOT_YET;

	constructor(private readonly context: RuleContext) {}

	reset(index: number): this {
		this.index = index;
		this.token = this.context.tokens[index];
		this.englishWord = NOT_YET;
		this.ordinaryWord = NOT_YET;
		this.cueAround = null;
		this.known = NOT_YET;
		this.abbreviation = NOT_YET;
		this.place = NOT_YET;
		this.plain = NOT_YET;
		return this;
	}

	get word(): string {
		return this.token.text;
	}

	/** An English word (`Doctors warned`: a plural opening a sentence too). */
	english(): boolean {
		if (this.englishWord === NOT_YET) {
			const lexicon = this.context.lexicon;
			const word = this.token.text;
			this.englishWord = isCommonWord(lexicon, word) || (this.token.sentenceStart && isOrdinaryPlural(lexicon, word)) ? 1 : 0;
		}
		return this.englishWord === 1;
	}

	/** An English or a foreign function word. */
	ordinary(): boolean {
		if (this.ordinaryWord === NOT_YET)
			this.ordinaryWord = this.english() || isForeignFunctionWord(this.context.lexicon, this.token.text) ? 1 : 0;
		return this.ordinaryWord === 1;
	}

	/** Whether the word meets a condition several rules share. */
	holds(gate: 'acronym' | 'unknown-acronym' | 'long-capitals' | 'place-name' | 'not-ordinary' | 'not-english'): boolean {
		switch (gate) {
			case 'acronym':
				return this.acronym();
			case 'unknown-acronym':
				// An abbreviation the lexicons do not know.
				return this.acronym() && !this.knownName();
			case 'long-capitals':
				// `PHILIPPINES`, `ALCOTEXA`: too long for an abbreviation.
				return this.token.upper && this.token.text.length > 6;
			case 'place-name':
				return this.placeName();
			case 'not-ordinary':
				return !this.ordinary();
			case 'not-english':
				return !this.english();
		}
	}

	/** `isAcronym` of the word. */
	acronym(): boolean {
		if (this.abbreviation === NOT_YET) this.abbreviation = isAcronym(this.context.lexicon, this.token) ? 1 : 0;
		return this.abbreviation === 1;
	}

	/** A place the lexicons know. */
	placeName(): boolean {
		if (this.place === NOT_YET) this.place = isPlaceName(this.context.lexicon, this.token.text) ? 1 : 0;
		return this.place === 1;
	}

	/** The lexicons know it as a place or an organisation. */
	knownName(): boolean {
		if (this.known === NOT_YET) this.known = this.placeName() || isKnownOrganization(this.context.lexicon, this.token.text) ? 1 : 0;
		return this.known === 1;
	}

	/** A plain capitalised word: a capital, then small letters (apostrophes and hyphens inside). */
	titleCaseWord(): boolean {
		if (this.plain === NOT_YET) this.plain = TITLE_CASE_WORD.test(this.token.text) ? 1 : 0;
		return this.plain === 1;
	}

	/** The organisation cue around the word (none in a Title Case headline). */
	cue(): OrganizationCue | undefined {
		if (this.cueAround === null)
			this.cueAround = this.context.titleCase
				? undefined
				: organizationCue(this.context.lexicon, this.context.text, this.token.start, this.token.end);
		return this.cueAround;
	}
}

/** The word stage, in precedence order. */
export const WORD_RULES: readonly StageEntry<WordQuestion>[] = stage<WordQuestion>([
	{
		// `NZ$240,000`, `US$5 billion`, `Rs 396`: a currency, not the country.
		step: 'currency',
		decide: ({ text, cues }, { token, word }) =>
			text.charCodeAt(token.end) === 0x24 || (cues.currencyWords.has(word) && /^\s*\d/.test(text.slice(token.end, token.end + 3))),
	},
	// `Mr.` before a name it did not join, `I'd`, `That's`: a courtesy title or a pronoun's contraction names nothing alone.
	{ step: 'title-or-contraction', decide: (_c, { word }) => TITLE_OR_CONTRACTION.test(word) },
	{
		// `Mr. Collins said`: the full stop of a courtesy title ends no sentence; the word after it is a person's name.
		id: 'word-after-courtesy-title',
		basis: 'title',
		// `Mr. President` is a role.
		decide: (c, { token, word }) => c.text.charCodeAt(token.start - 2) === 0x2e &&
			COURTESY_TITLE_BEFORE.test(c.text.slice(Math.max(0, token.start - 6), token.start)) &&
			!isRoleHead(c.lexicon, word) && 'person',
	},
	{ id: 'led-suffix-name', decide: (c, { index }) => c.ledSuffix(index) },
	{ id: 'numbered-event', basis: 'form', decide: (_c, { word }) => (NUMBERED_EVENT.test(word) && 'event') },
	{
		// `Confédération paysanne`: a foreign body's opening word with its lower-case rest.
		id: 'foreign-organization-opening',
		basis: 'form',
		decide: (c, { index, token, word }) =>
			c.cues.organizationOpenings.has(word) && c.lowerCaseTail(index, token.end, false) > token.end && 'organization',
	},
	{ id: 'road-number', basis: 'form', decide: (c, { index }) => (c.isRoadNumber(index) && 'place') },
	{
		// `THE FUTURE OF`: ordinary words in a shouted heading are no abbreviations (but `SET` alone may be one).
		step: 'shouted-ordinary-word',
		when: 'unknown-acronym',
		decide(c, question) {
			const { index, token } = question;
			if (!token.upper || !isDictionaryWord(c.lexicon, token.text)) return false;
			const before = c.tokens[index - 1];
			const after = c.tokens[index + 1];
			return Boolean((before?.upper && /^ +$/.test(c.text.slice(before.end, token.start))) ||
				(after?.upper && /^ +$/.test(c.text.slice(token.end, after.start))));
		},
	},
	{
		// `25 CUC`, `11 RBI`: an abbreviation after a number is its unit or currency.
		step: 'unit-after-number',
		when: 'unknown-acronym',
		decide: (c, question) =>
			/\d\s$/.test(c.text.slice(Math.max(0, question.token.start - 2), question.token.start)),
	},
	{
		id: 'acronym-defined-as-term',
		when: 'unknown-acronym',
		decide(c, question, id) {
			if (!c.definesTerm(question.index)) return undefined;
			c.pushUnsettled(question.index, id, true);
			return true;
		},
	},
	// `(IATA: TUL)`: the label of an airport code names nothing; the code after it is the airport.
	{
		step: 'airport-code-label',
		decide: (c, { token, word }) => c.cues.airportCodeLabels.has(word) && c.text.charCodeAt(token.end) === 0x3a,
	},
	{
		id: 'airport-code',
		basis: 'form',
		decide: (c, { token, word }) =>
			/^[A-Z]{3,4}$/.test(word) && AIRPORT_CODE_BEFORE.test(c.text.slice(Math.max(0, token.start - 8), token.start)) && 'place',
	},
	{
		// `Paramus, NJ`, `Flint, Mich.`, `Albany, N.Y.`: a US state's postal code or abbreviation after a town is the state.
		id: 'state-code-after-town',
		basis: 'form',
		decide: (c, { index, token }) => isStateAbbreviationAt(c, index) && !token.possessive &&
			/\p{Lu}[\p{Ll}\p{M}.'’-]+, $/u.test(c.text.slice(Math.max(0, token.start - 30), token.start)) && 'place',
	},
	{
		// `Residents of Flint, Mich.`: the town before a US state's abbreviation, even an ordinary word.
		id: 'town-before-state',
		basis: 'form',
		decide: (c, question) => question.titleCaseWord() && isTownBeforeState(c, question.index) && 'place',
	},
	{
		id: 'acronym',
		when: 'acronym',
		decide(c, question, id) {
			const place = question.placeName();
			c.push(question.index, question.index, place ? 'place' : 'organization', place ? 'lexicon' : 'form', id);
			return true;
		},
	},
	{
		id: 'shouted-place',
		when: 'long-capitals',
		basis: 'lexicon',
		decide: (c, { word }) => isPlaceName(c.lexicon, word[0] + word.slice(1).toLowerCase()) && 'place',
	},
	{
		// `(ALCOTEXA)`: a long acronym is a name only where the document defines it; a shouted word is not.
		id: 'long-acronym-unsettled',
		when: 'long-capitals',
		decide(c, { index }, id) {
			c.pushUnsettled(index, id);
			return true;
		},
	},
	{
		// `Lyon drew with Nantes`, `lost 2-1 to Lyon`, `Leeds 2 Chelsea 1`: a city in a team's place in a result is its club.
		id: 'club-named-by-city-word',
		when: 'place-name',
		decide: (c, { token, word }) => !isCountryName(c.lexicon, word) && isTeamInMatch(c.text, token.start, token.end,
			token.sentenceStart) && 'organization',
	},
	{
		// `Chanda said`: a town's name before a speaking verb may be the surname of a person named before it.
		id: 'place-before-speaking-verb',
		when: 'place-name',
		words: cues => cues.personVerbs,
		decide(c, question, id) {
			const { index, token } = question;
			if (!c.personVerbAfter(index) || token.possessive) return undefined;
			c.pushWordWithHint(index, 'place', 'person', 'lexicon', id);
			return true;
		},
	},
	{ id: 'known-place-word', when: 'place-name', basis: 'lexicon', decide: () => 'place' },
	{
		// `Galatasaray said`: an organisation unless the document knows the word as a person's surname.
		id: 'known-organization-word',
		basis: 'lexicon',
		output: 'hint',
		decide: (c, { word }) => (isKnownOrganization(c.lexicon, word) && 'organization'),
	},
	{
		// `Heerenveen 1 Twente 1`: a word in a team's place in a score line or a table's row is a team, known or not.
		id: 'score-line-team',
		decide: (c, { token }) => isScoreLineTeam(c.text, token.start, token.end) && 'organization',
	},
	{ id: 'standalone-event', output: 'named', decide: (c, { word }) => (c.cues.standaloneEvents.has(word) && 'event') },
	{
		id: 'standalone-institution',
		output: 'named',
		decide: (c, { word }) => (c.cues.standaloneInstitutions.has(word) && 'organization'),
	},
	{
		id: 'standalone-place',
		decide: (c, { token, word }) => (c.cues.standalonePlaces.has(word) && !token.sentenceStart && 'place'),
	},
	{ id: 'event-head-word', output: 'named', decide: (c, { word }) => (isEventHead(c.lexicon, word) && 'event') },
	{
		// `"…," Park said`: a head word that may be the surname of a person named before; the document decides.
		id: 'head-word-before-verb',
		decide(c, { index, token, word }, id) {
			const head = isOrganizationHead(c.lexicon, word) || isPlaceHead(c.lexicon, word);
			if (!head || isRoleHead(c.lexicon, word) || token.possessive || !c.personVerbAfter(index)) return undefined;
			c.pushUnsettled(index, id);
			return true;
		},
	},
	{
		// Nationalities, roles, head words and calendar words alone name nothing.
		step: 'ordinary-noun',
		decide({ lexicon }, { word }) {
			return isDemonym(lexicon, word) ||
				isRoleHead(lexicon, word) ||
				isPluralRole(lexicon, word) ||
				isOrganizationHead(lexicon, word) ||
				isPlaceHead(lexicon, word) ||
				isCalendarWord(lexicon, word);
		},
	},
	// Words that are no ordinary words: the words around them tell their kind.
	{
		id: 'word-following-place-noun',
		when: 'not-ordinary',
		words: cues => cues.followingPlaceNouns,
		decide: (c, question) => (c.describedBy(question.index, c.cues.followingPlaceNouns) && 'place'),
	},
	{
		id: 'word-following-organization-noun',
		when: 'not-ordinary',
		words: cues => cues.followingOrganizationNouns,
		decide: (c, question) =>
			c.describedBy(question.index, c.cues.followingOrganizationNouns) && 'organization',
	},
	{
		// `the Central Social Insurance Medical Council, known as Chuikyo`: another name for the one before.
		id: 'known-as',
		when: 'not-ordinary',
		decide: (c, question) => c.knownAsKind(question.index),
	},
	{
		// `Huawei and Xiaomi`, after a firm: coordinated names share their kind.
		id: 'word-coordinated-organization',
		when: 'not-ordinary',
		words: ['and'],
		decide: (c, question) =>
			c.coordinatedKind(question.index) === 'organization' && 'organization',
	},
	{
		// `in Kayole and Mathare`: a word joined to a place by `and` is a place, unless a verb makes it a person.
		// `Principals in Northland and Rotorua said`: both places follow the preposition, whatever verb comes after.
		id: 'word-coordinated-place',
		when: 'not-ordinary',
		decide(c, question) {
			const { index, token } = question;
			return c.coordinatedKind(index) === 'place' &&
				(!c.personVerbAfter(index) || c.pairAfterPlacePreposition()) &&
				!token.possessive && 'place';
		},
	},
	{
		id: 'word-before-corporate-role',
		when: 'not-ordinary',
		words: cues => cues.staffRoles,
		decide: (c, question) => (c.beforeCorporateRole(question.index) && 'organization'),
	},
	{
		// `Sweden's Finansinspektionen`, `Japan's Kioxia`: after a country's possessive, an unknown word names a firm or a body.
		id: 'word-after-place-possessive',
		when: 'not-ordinary',
		output: 'hint',
		decide: (c, question) => (c.afterPlacePossessive(question.index) && 'organization'),
	},
	{
		// `the Surma and Kushiyara rivers`: the plural noun after the pair names both.
		id: 'word-pair-before-plural-place-noun',
		when: 'not-ordinary',
		decide(c, question) {
			const index = question.index;
			const after = c.tokens[index + 1];
			const pair = c.tokens[index + 2];
			return after?.text === 'and' &&
				after.spaced &&
				pair &&
				pair.capitalised &&
				pair.spaced &&
				c.describedBy(index + 2, c.cues.followingPlaceNouns) &&
				/s$/.test(c.tokens[index + 3].text) && 'place';
		},
	},
	{
		// `Spain's Acciona and China Railway Construction Corp.`: a word joined by `and` to an organisation's name is one too.
		id: 'word-and-organization-name',
		when: 'not-ordinary',
		decide(c, question) {
			const after = c.tokens[question.index + 1];
			return after?.text === 'and' && after.spaced && c.organizationNameFollows(question.index + 2) && 'organization';
		},
	},
	{
		// `shares of Sony`, `according to Bloomberg`, `Bosch said in a statement`: the words around the name.
		id: 'word-organization-cue',
		// (An ordinary word opening a sentence is never one: the cue, a search of the text around, is not read for it.)
		decide: (_c, question) =>
			!(question.ordinary() && question.token.sentenceStart) && question.cue() === 'strong' && 'organization',
	},
	{
		id: 'word-organization-cue-weak',
		when: 'not-ordinary',
		output: 'hint',
		// `the Wave 4 interviews`, `The Category 5 storm`: a word numbered like a label is none of an organisation's.
		decide: (c, question) =>
			question.cue() === 'weak' && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(question.word) && !isNumberedLabel(c, question.index) && 'organization',
	},
	{
		id: 'word-after-place-preposition',
		when: 'not-ordinary',
		words: cues => cues.placePrepositions,
		decide(c, question) {
			const before = c.tokens[question.index - 1];
			return before && c.cues.placePrepositions.has(before.text) && question.token.spaced && 'place';
		},
	},
	{
		id: 'word-after-place-noun',
		when: 'not-ordinary',
		decide: (c, question) => (c.placeNounBefore(question.token) && 'place'),
	},
	{
		// `at Aboutengué, 60 kilometres to the west`: a distance from a name measures from a place.
		id: 'word-before-distance',
		when: 'not-ordinary',
		decide: (c, question) =>
			DISTANCE_AFTER.test(c.text.slice(question.token.end, question.token.end + 40)) && 'place',
	},
	{
		id: 'word-capital-of',
		when: 'not-ordinary',
		words: ['capital'],
		decide(c, question) {
			CAPITAL_OF.lastIndex = question.token.end;
			return c.text.charCodeAt(question.token.end) === 0x2c && CAPITAL_OF.test(c.text) && 'place';
		},
	},
	{
		// `Pachomius died`: a verb of a person's own life; the document never reads it as a firm that speaks.
		id: 'word-before-life-verb',
		when: 'not-english',
		words: cues => cues.lifeVerbs,
		decide(c, question) {
			const after = c.tokens[question.index + 1];
			return after !== undefined && after.spaced && c.cues.lifeVerbs.has(after.text) && !question.token.possessive && 'person';
		},
	},
	{
		id: 'word-before-person-verb',
		when: 'not-english',
		words: cues => cues.personVerbs,
		decide: (c, question) =>
			c.personVerbAfter(question.index) && !question.token.possessive && 'person',
	},
	{
		// `told Li`, but not `spoke to Li` or `met with Li`: the words between a verb and a name are kept, so the verb is not
		// read as right before it.
		id: 'word-after-person-verb',
		when: 'not-english',
		words: cues => [...cues.personVerbs, ...WORDS_AFTER_VERBS],
		decide(c, question) {
			const before = c.tokens[question.index - 1];
			return before && c.cues.personVerbs.has(before.text) && question.token.spaced && 'person';
		},
	},
	{
		// `(DGArtes)`, `McDonald`, `L'Enfant`: a word of mixed case names what the document names by it, an acronym it
		// defines or a surname.
		id: 'mixed-case-word-unsettled',
		decide(c, question, id) {
			const { index, word } = question;
			if (question.titleCaseWord() || !/^\p{Lu}[\p{L}\p{M}'’]+$/u.test(word) || c.cues.nonEntityAcronyms.has(word) || c.cues.roleAcronyms.has(word))
				return undefined;
			c.pushUnsettled(index, id);
			return true;
		},
	},
	// Any other shape that is no plain capitalised word (a lone letter, `O'Neill`) names nothing alone.
	{ step: 'other-shape', decide: (_c, question) => !question.titleCaseWord() },
	{
		// `Debbie came back`, a biography's `Jerome was`: a given name alone is a person, unless the document knows the word
		// otherwise; not after `of` or `the` (`Earl of Clare`, `the Stuart restoration`) nor after `Name, ` (`Austen, Jane`).
		id: 'lone-given-name',
		when: 'not-ordinary',
		basis: 'given-name',
		output: 'hint',
		decide(c, { index, word }) {
			if (!isGivenName(c.lexicon, word) || isPlaceName(c.lexicon, word) || isCalendarWord(c.lexicon, word)) return undefined;
			const before = c.tokens[index - 1];
			if (!before) return 'person';
			const gap = c.text.slice(before.end, c.tokens[index].start);
			return !(/^\s+$/.test(gap) && /^(?:of|the|The)$/.test(before.text)) && !(gap === ', ' && /^\p{Lu}/u.test(before.text)) && 'person';
		},
	},
	{
		// `Gorbachev`, `Lukashenko`, `Pashinyan`: a word with a surname's ending and no ordinary word, place or nationality is a
		// person, unless the document knows the word otherwise; not after `the` or a connector (`the Davydov glacier`,
		// `Kabalikat ng Bayan`).
		id: 'surname-shaped-word',
		when: 'not-ordinary',
		basis: 'shape',
		output: 'hint',
		decide(c, { index, word }) {
			const { lexicon } = c;
			if (!SURNAME_ENDING.test(word) || isDictionaryWord(lexicon, word) || isPlaceName(lexicon, word) || isDemonym(lexicon, word))
				return undefined;
			const before = c.tokens[index - 1];
			const joined = before !== undefined && c.tokens[index].spaced
				&& (before.text === 'the' || c.cues.nameConnectors.has(before.text) || c.cues.foreignConnectors.has(before.text));
			return !joined && 'person';
		},
	},
	{
		// `von der Leyen`: lower-case particles before a lone surname belong to it.
		id: 'lone-word-unsettled',
		decide(c, question, id) {
			c.pushLoneWord(question.index, question.ordinary(), id);
			return true;
		},
	},
]);

/** Endings of East European, Armenian and Greek surnames, long enough that few other words have them. */
const SURNAME_ENDING = /\p{Ll}(?:ov|ev|ova|eva|sky|skiy|ski|ska|enko|escu|opoulos|wicz|vich|yan|idis|ić|vic|cic)$/u;

/** The word is followed at once by a number: `Wave 4`, `Category 5`, `Phase 2` (a label). */
function isNumberedLabel(c: RuleContext, index: number): boolean {
	const next = c.tokens[index + 1];
	return next !== undefined && next.numeric && next.spaced;
}
