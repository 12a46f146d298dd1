/**
 * The word stage: a run of one capitalised word (or a word of a run no span rule decided) is asked of
 * each entry below in turn; the first rule that decides wins and its id goes on the mention. Steps drop
 * words that name nothing (`NZ$240`, `THE FUTURE`). The order is the precedence; `catalogue.ts` describes
 * the rules in the same order.
 */
import {
	FOLLOWING_ORGANIZATION_NOUNS, FOLLOWING_PLACE_NOUNS, NON_ENTITY_ACRONYMS, ORGANIZATION_OPENINGS, PERSON_VERBS, PLACE_PREPOSITIONS,
	ROLE_ACRONYMS, STAFF_ROLES, STANDALONE_EVENTS, STANDALONE_INSTITUTIONS, STANDALONE_PLACES,
} from '../lexicon/cues';
import {
	isAcronym, isCalendarWord, isCommonWord, isDemonym, isDictionaryWord, isEventHead, isForeignFunctionWord, isKnownOrganization,
	isOrdinaryPlural, isOrganizationHead, isPlaceHead, isPlaceName, isPluralRole, isRoleHead,
} from '../lexicon/lexicon';
import { organizationCue, type OrganizationCue } from '../organizationContext';
import type { Token } from '../tokenizer';
import { stage, type RuleContext, type StageEntry } from './ruleContext';

/** Currency abbreviations written before an amount: `Rs 396`, `Rp 5,000`, `Tk 200`, `KSh 50`. */
const CURRENCY_WORDS = new Set(['Rs', 'Rp', 'Tk', 'Sh', 'KSh', 'Ksh', 'Kz', 'Rf', 'Br', 'Ft', 'Kc', 'Kr', 'Lei', 'Dh', 'Dhs']);
/** `COP28`, `COP 29`-style numbered conferences written as one word. */
const NUMBERED_EVENT = /^COP\d{1,2}$/;
/** `X, 60 kilometres north`: a distance measured from a name. */
const DISTANCE_AFTER = /^,\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b/;
/** `Beijing, capital of China`; sticky, tried right after a word. */
const CAPITAL_OF = /,\s*(?:the\s+)?capital\s+of\b/y;
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
	/** The word as a run of one word: `first` and `last` are its index. */
	get first(): number {
		return this.index;
	}

	get last(): number {
		return this.index;
	}

	private englishWord = NOT_YET;
	private ordinaryWord = NOT_YET;
	private cueAround: OrganizationCue | undefined | null = null;
	private known = NOT_YET;

	constructor(private readonly context: RuleContext) {}

	reset(index: number): this {
		this.index = index;
		this.token = this.context.tokens[index];
		this.englishWord = NOT_YET;
		this.ordinaryWord = NOT_YET;
		this.cueAround = null;
		this.known = NOT_YET;
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

	/** The lexicons know it as a place or an organisation. */
	knownName(): boolean {
		if (this.known === NOT_YET) {
			const lexicon = this.context.lexicon;
			this.known = isPlaceName(lexicon, this.word) || isKnownOrganization(lexicon, this.word) ? 1 : 0;
		}
		return this.known === 1;
	}

	/** The organisation cue around the word (none in a Title Case headline). */
	cue(): OrganizationCue | undefined {
		if (this.cueAround === null)
			this.cueAround = this.context.titleCase ? undefined : organizationCue(this.context.text, this.token.start, this.token.end);
		return this.cueAround;
	}
}

/** An abbreviation the lexicons do not know. */
function unknownAcronym(word: WordQuestion): boolean {
	return isAcronym(word.token) && !word.knownName();
}

/** The word stage, in precedence order. */
export const WORD_RULES: readonly StageEntry<WordQuestion>[] = stage<WordQuestion>([
	{
		// `NZ$240,000`, `US$5 billion`, `Rs 396`: a currency, not the country.
		step: 'currency',
		decide: ({ text }, { token, word }) =>
			text.charCodeAt(token.end) === 0x24 || (CURRENCY_WORDS.has(word) && /^\s*\d/.test(text.slice(token.end, token.end + 3))),
	},
	{ id: 'led-suffix-name', decide: (c, { index }) => c.ledSuffix(index) },
	{ id: 'numbered-event', basis: 'form', decide: (_c, { word }) => (NUMBERED_EVENT.test(word) && 'event') },
	{
		// `Confédération paysanne`: a foreign body's opening word with its lower-case rest.
		id: 'foreign-organization-opening',
		basis: 'form',
		decide: (c, { index, token, word }) =>
			ORGANIZATION_OPENINGS.has(word) && c.lowerCaseTail(index, token.end, false) > token.end && 'organization',
	},
	{ id: 'road-number', basis: 'form', decide: (c, { index }) => (c.isRoadNumber(index) && 'place') },
	{
		// `THE FUTURE OF`: ordinary words in a shouted heading are no abbreviations (but `SET` alone may be one).
		step: 'shouted-ordinary-word',
		decide(c, question) {
			const { index, token } = question;
			if (!unknownAcronym(question) || !token.upper || !isDictionaryWord(c.lexicon, token.text)) return false;
			const before = c.tokens[index - 1];
			const after = c.tokens[index + 1];
			return Boolean((before?.upper && /^ +$/.test(c.text.slice(before.end, token.start))) ||
				(after?.upper && /^ +$/.test(c.text.slice(token.end, after.start))));
		},
	},
	{
		// `25 CUC`, `11 RBI`: an abbreviation after a number is its unit or currency.
		step: 'unit-after-number',
		decide: (c, question) =>
			unknownAcronym(question) && /\d\s$/.test(c.text.slice(Math.max(0, question.token.start - 2), question.token.start)),
	},
	{
		id: 'acronym-defined-as-term',
		decide(c, question, id) {
			if (!unknownAcronym(question) || !c.definesTerm(question.index)) return undefined;
			c.pushUnsettled(question.index, id, true);
			return true;
		},
	},
	{
		id: 'acronym',
		decide(c, { index, token, word }, id) {
			if (!isAcronym(token)) return undefined;
			const place = isPlaceName(c.lexicon, word);
			c.push(index, index, place ? 'place' : 'organization', place ? 'lexicon' : 'form', id);
			return true;
		},
	},
	{
		id: 'shouted-place',
		basis: 'lexicon',
		decide: (c, { token, word }) =>
			token.upper && word.length > 6 && isPlaceName(c.lexicon, word[0] + word.slice(1).toLowerCase()) && 'place',
	},
	{
		// `(ALCOTEXA)`: a long acronym is a name only where the document defines it; a shouted word is not.
		id: 'long-acronym-unsettled',
		decide(c, { index, token, word }, id) {
			if (!token.upper || word.length <= 6) return undefined;
			c.pushUnsettled(index, id);
			return true;
		},
	},
	{
		// `Chanda said`: a town's name before a speaking verb may be the surname of a person named before it.
		id: 'place-before-speaking-verb',
		words: PERSON_VERBS,
		decide(c, { index, token, word }, id) {
			if (!isPlaceName(c.lexicon, word) || !c.personVerbAfter(index) || token.possessive) return undefined;
			c.pushWordWithHint(index, 'place', 'person', 'lexicon', id);
			return true;
		},
	},
	{ id: 'known-place-word', basis: 'lexicon', decide: (c, { word }) => (isPlaceName(c.lexicon, word) && 'place') },
	{
		// `Galatasaray said`: an organisation unless the document knows the word as a person's surname.
		id: 'known-organization-word',
		basis: 'lexicon',
		output: 'hint',
		decide: (c, { word }) => (isKnownOrganization(c.lexicon, word) && 'organization'),
	},
	{ id: 'standalone-event', output: 'named', decide: (_c, { word }) => (STANDALONE_EVENTS.has(word) && 'event') },
	{
		id: 'standalone-institution',
		output: 'named',
		decide: (_c, { word }) => (STANDALONE_INSTITUTIONS.has(word) && 'organization'),
	},
	{
		id: 'standalone-place',
		decide: (_c, { token, word }) => (STANDALONE_PLACES.has(word) && !token.sentenceStart && 'place'),
	},
	{ id: 'event-head-word', output: 'named', decide: (_c, { word }) => (isEventHead(word) && 'event') },
	{
		// `"…," Park said`: a head word that may be the surname of a person named before; the document decides.
		id: 'head-word-before-verb',
		decide(c, { index, token, word }, id) {
			const head = isOrganizationHead(word) || isPlaceHead(word);
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
				isOrganizationHead(word) ||
				isPlaceHead(word) ||
				isCalendarWord(lexicon, word);
		},
	},
	// Words that are no ordinary words: the words around them tell their kind.
	{
		id: 'word-following-place-noun',
		words: FOLLOWING_PLACE_NOUNS,
		decide: (c, question) => (!question.ordinary() && c.describedBy(question.index, FOLLOWING_PLACE_NOUNS) && 'place'),
	},
	{
		id: 'word-following-organization-noun',
		words: FOLLOWING_ORGANIZATION_NOUNS,
		decide: (c, question) =>
			!question.ordinary() && c.describedBy(question.index, FOLLOWING_ORGANIZATION_NOUNS) && 'organization',
	},
	{
		// `the Central Social Insurance Medical Council, known as Chuikyo`: another name for the one before.
		id: 'known-as',
		decide: (c, question) => (question.ordinary() ? undefined : c.knownAsKind(question.index)),
	},
	{
		// `Huawei and Xiaomi`, after a firm: coordinated names share their kind.
		id: 'word-coordinated-organization',
		words: ['and'],
		decide: (c, question) =>
			!question.ordinary() && c.coordinatedKind(question.index) === 'organization' && 'organization',
	},
	{
		// `in Kayole and Mathare`: a word joined to a place by `and` is a place, unless a verb makes it a person.
		// `Principals in Northland and Rotorua said`: both places follow the preposition, whatever verb comes after.
		id: 'word-coordinated-place',
		decide(c, question) {
			const { index, token } = question;
			return !question.ordinary() &&
				c.coordinatedKind(index) === 'place' &&
				(!c.personVerbAfter(index) || c.pairAfterPlacePreposition()) &&
				!token.possessive && 'place';
		},
	},
	{
		id: 'word-before-corporate-role',
		words: STAFF_ROLES,
		decide: (c, question) => (!question.ordinary() && c.beforeCorporateRole(question.index) && 'organization'),
	},
	{
		// `Sweden's Finansinspektionen`, `Japan's Kioxia`: after a country's possessive, an unknown word names a firm or a body.
		id: 'word-after-place-possessive',
		output: 'hint',
		decide: (c, question) => (!question.ordinary() && c.afterPlacePossessive(question.index) && 'organization'),
	},
	{
		// `the Surma and Kushiyara rivers`: the plural noun after the pair names both.
		id: 'word-pair-before-plural-place-noun',
		decide(c, question) {
			const index = question.index;
			const after = c.tokens[index + 1];
			const pair = c.tokens[index + 2];
			return !question.ordinary() &&
				after?.text === 'and' &&
				after.spaced &&
				pair &&
				pair.capitalised &&
				pair.spaced &&
				c.describedBy(index + 2, FOLLOWING_PLACE_NOUNS) &&
				/s$/.test(c.tokens[index + 3].text) && 'place';
		},
	},
	{
		// `Spain's Acciona and China Railway Construction Corp.`: a word joined by `and` to an organisation's name is one too.
		id: 'word-and-organization-name',
		decide(c, question) {
			const after = c.tokens[question.index + 1];
			return !question.ordinary() && after?.text === 'and' && after.spaced && c.organizationNameFollows(question.index + 2) && 'organization';
		},
	},
	{
		// `shares of Sony`, `according to Bloomberg`, `Bosch said in a statement`: the words around the name.
		id: 'word-organization-cue',
		decide: (_c, question) =>
			question.cue() === 'strong' && !(question.ordinary() && question.token.sentenceStart) && 'organization',
	},
	{
		id: 'word-organization-cue-weak',
		output: 'hint',
		decide: (_c, question) =>
			question.cue() === 'weak' && !question.ordinary() && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(question.word) && 'organization',
	},
	{
		id: 'word-after-place-preposition',
		words: PLACE_PREPOSITIONS,
		decide(c, question) {
			const before = c.tokens[question.index - 1];
			return !question.ordinary() && before && PLACE_PREPOSITIONS.has(before.text) && question.token.spaced && 'place';
		},
	},
	{
		id: 'word-after-place-noun',
		decide: (c, question) => (!question.ordinary() && c.placeNounBefore(question.token) && 'place'),
	},
	{
		// `at Aboutengué, 60 kilometres to the west`: a distance from a name measures from a place.
		id: 'word-before-distance',
		decide: (c, question) =>
			!question.ordinary() && DISTANCE_AFTER.test(c.text.slice(question.token.end, question.token.end + 40)) && 'place',
	},
	{
		id: 'word-capital-of',
		words: ['capital'],
		decide(c, question) {
			if (question.ordinary()) return undefined;
			CAPITAL_OF.lastIndex = question.token.end;
			return c.text.charCodeAt(question.token.end) === 0x2c && CAPITAL_OF.test(c.text) && 'place';
		},
	},
	{
		id: 'word-before-person-verb',
		words: PERSON_VERBS,
		decide: (c, question) =>
			!question.english() && c.personVerbAfter(question.index) && !question.token.possessive && 'person',
	},
	{
		// `told Li`, but not `spoke to Li` or `met with Li`: the words between a verb and a name are kept, so the verb is not
		// read as right before it.
		id: 'word-after-person-verb',
		words: [...PERSON_VERBS, ...WORDS_AFTER_VERBS],
		decide(c, question) {
			const before = c.tokens[question.index - 1];
			return !question.english() && before && PERSON_VERBS.has(before.text) && question.token.spaced && 'person';
		},
	},
	{
		// `(DGArtes)`, `McDonald`: a word of mixed case names what the document names by it, an acronym it defines or a surname.
		id: 'mixed-case-word-unsettled',
		decide(c, { index, word }, id) {
			if (TITLE_CASE_WORD.test(word) || !/^\p{Lu}[\p{L}\p{M}]+$/u.test(word) || NON_ENTITY_ACRONYMS.has(word) || ROLE_ACRONYMS.has(word))
				return undefined;
			c.pushUnsettled(index, id);
			return true;
		},
	},
	// Any other shape that is no plain capitalised word (a lone letter, `O'Neill`) names nothing alone.
	{ step: 'other-shape', decide: (_c, { word }) => !TITLE_CASE_WORD.test(word) },
	{
		// `von der Leyen`: lower-case particles before a lone surname belong to it.
		id: 'lone-word-unsettled',
		decide(c, question, id) {
			c.pushLoneWord(question.index, question.ordinary(), id);
			return true;
		},
	},
]);
