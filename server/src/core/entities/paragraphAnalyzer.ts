/**
 * Finds the entity mentions of one paragraph, alone. The result depends only on the paragraph's
 * text and the registry, so it is cached by text (see `EntityDetector`); what needs the whole
 * document (a surname after the full name, a name seen elsewhere) is settled by `resolveMentions`.
 */
import {
	nameBeforeLedSuffix,
	organizationCue,
	placeBeforeBasedSuffix,
} from './organizationContext';
import { citedNames } from './citations';
import { shareKindInLists } from './listCoordination';
import { OverlapIndex } from './overlapIndex';
import { isKoreanName } from './lexicon/personNames';
import type { RegistryEntry } from './registry';
import type { RegistryMatcher } from './registryMatcher';
import { tokenizeParagraph, type Token, type TokenizedParagraph, type TokenizerVocabulary } from './tokenizer';
import { tokenizerVocabulary } from './rules/keptWords';
import type { Cues } from './lexicon/cues';
import type { EntityKind } from './types';
import type { EntityRuleId } from './rules/catalogue';
import { YEAR } from './rules/nameWords';
import { ACRONYM_RULES, AcronymPair } from './rules/acronymRules';
import { CREDIT_WORD_RULES, CreditWord, DATELINE_RULES, Dateline, type CreditContext } from './rules/creditRules';
import type { Basis, GateOf, Rule, StageEntry } from './rules/ruleContext';
import { AFTER_TITLE_RULES, TITLE_RULES, TitleWords, type AfterTitle } from './rules/titleRules';
import { decideShoutedLine, isShoutedLine } from './rules/shoutedLines';
import { SPAN_RULES, SpanRun } from './rules/spanRules';
import { WORD_RULES, WordQuestion } from './rules/wordRules';
import {
	type Lexicon, isAcronym, isCalendarWord, isChineseName, isChineseSurname, isCommonWord, isDemonym, isDictionaryWord, isDocumentHead,
		isEventHead, isForeignFunctionWord, isGivenName, isKnownOrganization, isNameWord, isOrdinaryPlural, isOrganizationHead,
		isPlaceHead, isPlaceName, isPlacePair, isPluralRole, isRoleHead, isTitleWord,
} from './lexicon/lexicon';

export interface LocalMention {
	/** Offsets relative to the paragraph. */
	readonly start: number;
	readonly end: number;
	readonly surface: string;
	/** Undefined for a lone capitalised word whose kind only the rest of the document can tell. */
	readonly kind?: EntityKind;
	readonly registry?: RegistryEntry;
	readonly title?: string;
	/** What its kind rests on, as the rule that decided it declares; later stages weigh it by this. */
	readonly basis: Basis;
	/** The rule that decided this mention (see `rules/catalogue.ts`). */
	readonly rule: EntityRuleId;
	/** Rules of later stages that changed its kind, in order (`list-shares-organization`). */
	readonly changedBy?: readonly EntityRuleId[];
	/** The words of a person's name, for surname aliases (`Xi` after `Xi Jinping`). */
	readonly nameWords?: readonly string[];
	/** A lone word that is also an ordinary word (`He`, `Le`): it may only be a surname mid-sentence. */
	readonly ordinaryWord: boolean;
	readonly sentenceStart: boolean;
	/** For a mention without a kind: the kind its context suggests, if the document does not know the word otherwise. */
	readonly hint?: EntityKind;
}

interface Span {
	/** Token indexes, both inclusive. */
	readonly first: number;
	readonly last: number;
}

/** The questions `tokenIs` answers once per token: each takes a bit for "asked" and the next for the answer. */
const NAME_WORD = 1;
const CALENDAR_WORD = 4;
const PLACE_PAIR = 16;
const HEADLINE_WORD = 64;
const NAME_PARTICLE = 256;
/** `von`, `De`, `bin`: a connector inside a person's name, not one between phrases (`of`, `the`). */
function isNameParticle(cues: Cues, word: string): boolean {
	const lower = word.toLowerCase();
	return cues.nameConnectors.has(lower) && !cues.phraseConnectors.has(lower);
}
/**
 * The most words a name, a title or a list read as one name may hold. The gold texts' longest run is
 * 11 words; the bound keeps a paragraph of nothing but capitalised words (a scraped table, a list of
 * names without punctuation) linear in its length instead of quadratic in the run's.
 */
const MAX_NAME_WORDS = 24;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const WHITE_SPACE = /\s/;
/** A lower-case place noun and `of` before a name: `the municipality of Lampa`, `the port of Khorgos`. */
const PLACE_NOUN_BEFORE = /\b(?:city|town|village|municipality|province|region|district|county|island|port|seat|commune|suburb|prefecture|cities|towns|villages|municipalities|provinces|regions|districts|islands|ports)(?:\s+of|,?\s+including|,?\s+such\s+as)\s+$/;
/** Words after a road's number: `the M1 northbound`, `the A59 and the M62`. */
const ROAD_FOLLOWERS = /^(?:\w+bound|north|south|east|west|motorway|road|junction|exit|and|or|to|from|around|all|at|on|towards?)$/;
/** `fund manager`, `asset manager`: managers of money are firms. */
const MONEY_BEFORE = /\b(?:fund|asset|wealth|investment|portfolio|money)\s+$/;
/** `a New York Democrat`: a party's member, not an organisation's name. */
const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Liberal|Socialist|Tory|Labourite)s?$/;
/** Endings of surnames that are also ordinary English words: `Walker`, `Chapman`, `Dawson` (whole words: `commonSurnames`). */
const SURNAME_ENDING = /(?:er|man|son|ley|ton|ham|ford|well|wood|worth)$/;

/** Head words that name a line of work, which a name may continue over `and`: `Broadcasting and Publications Authority`. */
const FIELD_HEAD = /(?:ing|^Research|^Technology|^Sciences?|^Communications|^Economics|^Innovation|^Development|^Energy|^Environment|^Health|^Education|^Transport|^Tourism|^Agriculture|^Trade|^Industry|^Culture|^Fisheries|^Forestry|^Opera|^Markets|^Competition)$/;
/** A lower-case word right after `lastIndex`, elided articles (`l'`) split off. */
const LOWER_CASE_WORD = /[^\S\r\n]+(?:l['’])?(\p{Ll}[\p{Ll}\p{M}]*)(?![\p{L}\p{M}'’-])/uy;
/** `, known as` / `(also known as` before another name for the thing just named. */
const KNOWN_AS = /^\s*[,(]\s*(?:also\s+|locally\s+|commonly\s+|widely\s+|popularly\s+)?known\s+(?:locally\s+|also\s+)?as\s+(?:the\s+)?$/;

/** Every local mention has the same fields in the same order, so the code that reads them stays fast. */
export function localMention(
	start: number,
	end: number,
	surface: string,
	kind: EntityKind | undefined,
	basis: Basis,
	rule: EntityRuleId,
	sentenceStart: boolean,
	extra: {
		readonly registry?: RegistryEntry;
		readonly title?: string;
		readonly nameWords?: readonly string[];
		readonly ordinaryWord?: boolean;
		readonly hint?: EntityKind;
	} = {},
): LocalMention {
	return {
		start,
		end,
		surface,
		kind,
		registry: extra.registry,
		title: extra.title,
		basis,
		rule,
		nameWords: extra.nameWords,
		ordinaryWord: extra.ordinaryWord ?? false,
		sentenceStart,
		hint: extra.hint,
	};
}

/** `creditsOnly`: a line that only states a date (`LONDON 1996-12-06`) names a dateline's place at most. */
export function analyseParagraph(text: string, registry: RegistryMatcher, lexicon: Lexicon, creditsOnly = false): LocalMention[] {
	return new ParagraphAnalysis(text, registry, lexicon).run(creditsOnly);
}

class ParagraphAnalysis implements CreditContext {
	readonly tokens: Token[];
	readonly cues: Cues;
	private readonly vocabulary: TokenizerVocabulary;
	private readonly mentions: LocalMention[] = [];
	readonly consumed: Uint8Array;
	readonly titleCase: boolean;
	/** Per token, the lexicon's answers that the analysis asks again and again (see `tokenIs`). */
	private readonly answers: Uint16Array;
	/** The word stage's question, made on its first word and reset for each. */
	private word: WordQuestion | undefined;
	/** The span stage's runs, by depth of `classify` (a rule that splits a run asks about its parts). */
	private readonly runs: SpanRun[] = [];
	private depth = 0;

	constructor(
		readonly text: string,
		private readonly registry: RegistryMatcher,
		readonly lexicon: Lexicon,
	) {
		this.cues = lexicon.cues;
		this.vocabulary = tokenizerVocabulary(lexicon);
		const paragraph = tokenizeParagraph(text, this.vocabulary, registry.extraWords);
		this.tokens = paragraph.tokens;
		this.consumed = new Uint8Array(this.tokens.length);
		this.answers = new Uint16Array(this.tokens.length);
		this.titleCase = isTitleCase(paragraph, text);
	}

	run(creditsOnly: boolean): LocalMention[] {
		if (!this.tokens.some(token => token.capitalised || token.cjk)) return [];
		this.findCredits();
		if (creditsOnly) return this.mentions;
		if (isShoutedLine(this)) decideShoutedLine(this);
		const detected: LocalMention[] = [...this.mentions];
		this.mentions.length = 0;
		for (const span of this.candidates()) {
			// A name extended over `and` (`Chamber of Commerce and Industry`) consumed the start of a later run.
			let first = span.first;
			while (first <= span.last && this.consumed[first]) first++;
			if (first <= span.last) this.classify(first, span.last);
		}
		this.markCitedAuthors();
		detected.push(...this.linkAcronymDefinitions(this.mentions));
		const merged = this.mergeWithRegistry(detected).sort((a, b) => a.start - b.start);
		return shareKindInLists(
			this.text,
			merged.map(mention => (mention.kind === 'person' && !mention.title ? this.withTitle(mention) : mention)),
		);
	}

	// ---- dateline and photo credits -------------------------------------------------------------

	/**
	 * `BEIJING, Feb. 5 (Xinhua) --`, `/PRNewswire/`, `(Xinhua/Yao Dawei)`: fixed places for a place, an agency, a photographer.
	 * The opening is asked of each dateline rule; each capitalised word not yet in a mention, of the word rules until one decides.
	 */
	private findCredits(): void {
		const dateline = new Dateline(this);
		for (const rule of DATELINE_RULES) rule.decide(this, dateline, rule.id);
		const tokens = this.tokens;
		const word = new CreditWord();
		for (let index = 0; index < tokens.length; index++) {
			if (this.consumed[index] || !tokens[index].capitalised) continue;
			word.reset(index);
			for (const rule of CREDIT_WORD_RULES) {
				if (!rule.decide(this, word, rule.id)) continue;
				index = word.last;
				break;
			}
		}
	}

	/**
	 * Whether the token at `index` has the fact `question` (`NAME_WORD`…): asked once per token, where
	 * runs of capitalised words asked it for each span they were tried in.
	 */
	private tokenIs(index: number, question: number): boolean {
		const answers = this.answers[index];
		if ((answers & question) !== 0) return (answers & (question << 1)) !== 0;
		const token = this.tokens[index];
		const lexicon = this.lexicon;
		const yes =
			question === NAME_WORD ? isNameWord(lexicon, token)
				: question === CALENDAR_WORD ? isCalendarWord(lexicon, token.text)
					: question === PLACE_PAIR ? isPlacePair(lexicon, token.text)
						: question === HEADLINE_WORD ? this.isHeadlineWord(token)
							: isNameParticle(this.cues, token.text);
		this.answers[index] = answers | question | (yes ? question << 1 : 0);
		return yes;
	}

	// ---- candidates ------------------------------------------------------------------------------

	/** Maximal runs of capitalised words, joined by name connectors (`of`, `da`, `von`…). */
	private candidates(): Span[] {
		const tokens = this.tokens;
		const spans: Span[] = [];
		for (let index = 0; index < tokens.length; index++) {
			if (!this.canStart(index)) continue;
			if (this.tokenIs(index, PLACE_PAIR)) {
				this.placePair(index);
				continue;
			}
			let last = this.runEnd(index, index);
			last = this.campusAfter(index, last);
			// `Law and Justice`, `Committee to Protect Journalists`: a well-known name may hold lower-case words.
			const known = this.knownNameOverLowerCase(index, last);
			const across = known > last ? known : (this.organizationAcrossAnd(index, last) ?? this.listedFieldsName(index, last));
			if (across !== undefined) {
				// `Securities and Exchange Board of India`: the name goes on after its head word.
				last = this.runEnd(index, across);
			}
			spans.push({ first: index, last });
			index = last;
		}
		return spans;
	}

	/** The last word of the name that runs on from `last`, at most `MAX_NAME_WORDS` words from `first`. */
	private runEnd(first: number, last: number): number {
		for (let next = this.nextNameToken(last); next !== undefined && next - first < MAX_NAME_WORDS; next = this.nextNameToken(last))
			last = next;
		return last;
	}

	/** `University of Texas at Austin`, `Université du Québec à Montréal`: a university's campus is part of its name. */
	private campusAfter(first: number, last: number): number {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		// The tokenizer keeps `at` as a word; `à` it may not.
		const at = tokens[last + 1]?.text === 'at' || tokens[last + 1]?.text === 'à' ? last + 1 : last;
		const campus = tokens[at + 1];
		if (!campus?.capitalised || (at === last ? !/^\s+à\s+$/.test(campus.gapBefore) : !campus.spaced || !tokens[at].spaced)) return last;
		if (!this.someWord(first, last, word => /^Univers/.test(word))) return last;
		let end = at;
		while (tokens[end + 1]?.capitalised && tokens[end + 1].spaced && isPlaceName(lexicon, this.textOf(at + 1, end + 1))) end++;
		// `at Austin`: a town the gazetteer may not hold, if it is no ordinary or calendar word.
		if (
			end === at &&
			!isCommonWord(lexicon, campus.text) &&
			!isCalendarWord(lexicon, campus.text) &&
			!(tokens[at + 2]?.capitalised && tokens[at + 2].spaced)
		)
			end = at + 1;
		return end === at ? last : end;
	}

	/**
	 * `Advisory, Conciliation and Arbitration Service`, `Ownership, Unity and Responsibility Party`: ordinary
	 * words listed with commas, `and`, then ordinary words ending in an organisation's head word are one name.
	 */
	private listedFieldsName(first: number, last: number): number | undefined {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		const field = (index: number) =>
			this.namesNothing(index) && isDictionaryWord(lexicon, tokens[index].text) && !isGivenName(lexicon, tokens[index].text);
		if (last !== first || !field(first)) return undefined;
		let listed = first;
		while (listed - first < MAX_NAME_WORDS && field(listed + 1) && /^,\s+$/.test(tokens[listed + 1].gapBefore)) listed++;
		const and = tokens[listed + 1];
		if (listed === first || and?.text !== 'and' || !and.spaced || !/^\s+$/.test(and.gapBefore)) return undefined;
		let end = listed + 1;
		while (end - listed <= 3 && field(end + 1) && tokens[end + 1].spaced) {
			end++;
			if (isOrganizationHead(this.lexicon, tokens[end].text)) return tokens[end + 1]?.capitalised && tokens[end + 1].spaced
				? undefined : end;
		}
		return undefined;
	}

	/**
	 * The end of a well-known organisation's name that goes on over lower-case words after `last`
	 * (`Law and Justice`, `Committee to Protect Journalists`), or `last`.
	 */
	private knownNameOverLowerCase(first: number, last: number): number {
		const tokens = this.tokens;
		const next = tokens[last + 1];
		if (last - first > 3 || !next || !this.cues.innerNameWords.has(next.text) || !next.spaced) return last;
		let found = last;
		for (let end = last + 2; end <= last + 6 && end < tokens.length && this.joins(end); end++) {
			if (!tokens[end].capitalised) {
				if (this.cues.innerNameWords.has(tokens[end].text)) continue;
				break;
			}
			if (isKnownOrganization(this.lexicon, this.textOf(first, end))) found = end;
		}
		return found;
	}

	/** `Jan Ottersbach`, but not `Jan 5` or `May Day`: a calendar word before a surname-like word. */
	private isGivenNameNotDate(index: number): boolean {
		const lexicon = this.lexicon;
		const next = this.tokens[index + 1];
		return (
			this.cues.calendarGivenNames.has(this.tokens[index].text) &&
			next !== undefined &&
			next.spaced &&
			next.capitalised &&
			!next.numeric &&
			!this.tokenIs(index + 1, CALENDAR_WORD) &&
			this.tokenIs(index + 1, NAME_WORD) &&
			!isCommonWord(lexicon, next.text)
		);
	}

	private canStart(index: number): boolean {
		const token = this.tokens[index];
		return !this.consumed[index] && token.capitalised && !token.cjk && (!this.tokenIs(index, CALENDAR_WORD)
			|| this.isGivenNameNotDate(index));
	}

	/** The index of the word that continues the name after `last`, through connectors, or nothing. */
	private nextNameToken(last: number): number | undefined {
		const tokens = this.tokens;
		const current = tokens[last];
		if (
			current.possessive &&
			!this.cues.namePossessives.has(current.text) &&
			!this.possessivePlaceName(last) &&
			!this.possessiveOrganizationName(last)
		)
			return undefined;
		if (this.tokenIs(last, PLACE_PAIR)) return undefined;
		let next = last + 1;
		// `Datamesh AG of Munich`: a legal form ends the name; the place after `of` is where the firm is.
		if (this.cues.legalSuffixes.has(current.text) && tokens[next]?.text === 'of' && !current.sentenceStart) return undefined;
		// `Beijing 2022 Olympic Winter Games`: a year inside a name.
		while (
			next < tokens.length && (this.cues.nameConnectors.has(tokens[next].text) || YEAR.test(tokens[next].text)) && next - last <= 2
		) {
			if (!this.joins(next)) return undefined;
			next++;
		}
		if (next >= tokens.length || !this.joins(next) || this.consumed[next]) return undefined;
		const token = tokens[next];
		if (!token.capitalised || token.cjk || this.tokenIs(next, CALENDAR_WORD) || this.tokenIs(next, PLACE_PAIR)) return undefined;
		if (this.titleCase && this.tokenIs(next, HEADLINE_WORD)) return undefined;
		if (next > last + 1 && YEAR.test(tokens[next - 1].text) && next - last > 2) return undefined;
		return next;
	}

	/** Whether the word at `index` is separated from the one before by white space only (or `St. `, an initial's `J. `). */
	private joins(index: number): boolean {
		const token = this.tokens[index];
		if (token.spaced) return true;
		const gap = token.gapBefore;
		if (gap.length > 4) return false;
		if (/^\s*&\s*$/.test(gap)) return true;
		if (
			/^['’]s?[^\S\r\n]+$/.test(gap) &&
			(this.cues.namePossessives.has(this.tokens[index - 1].text) || this.possessiveOrganizationName(index - 1))
		)
			return true;
		// `Charles J. Fillmore`: a middle initial (the tokenizer starts no sentence after it).
		const previous = this.tokens[index - 1].text;
		return /^\.\s+$/.test(gap) && (this.cues.placePrefixes.has(previous + '.') || (previous.length === 1 && !token.sentenceStart));
	}

	/**
	 * `Hawke's Bay`, `Lake's Point`: a possessive word before a place's head word is part of the place's
	 * name, unless the possessor is itself a place (`Kenya's Rift Valley`) or the head a building (`Britain's House of Commons`).
	 */
	private possessivePlaceName(index: number): boolean {
		const lexicon = this.lexicon;
		const token = this.tokens[index];
		const next = this.tokens[index + 1];
		return (
			token.possessive &&
			next !== undefined &&
			next.capitalised &&
			next.spaced &&
			isPlaceHead(this.lexicon, next.text) &&
			!this.cues.possessedBuildings.has(next.text) &&
			!isPlaceName(lexicon, token.text) &&
			!isDemonym(lexicon, token.text) &&
			!token.upper &&
			!isKnownOrganization(lexicon, token.text)
		);
	}

	/**
	 * `Prosecutor's Office`, `Musicians' Union`: an office's holder or a plural of members before an
	 * organisation's head word is part of its name, where an owner (`Nokia's Board`) is not.
	 */
	private possessiveOrganizationName(index: number): boolean {
		const lexicon = this.lexicon;
		const token = this.tokens[index];
		const next = this.tokens[index + 1];
		if (!token.possessive || next === undefined || !next.capitalised || !isOrganizationHead(this.lexicon, next.text)) return false;
		if (isRoleHead(lexicon, token.text)) return this.cues.officeHeads.has(next.text) || this.cues.roleNamedInstitutions.has(next.text);
		return (
			/s$/.test(token.text) && /^['’][^\S\r\n]+$/.test(next.gapBefore) && !isPlaceName(lexicon, token.text) && !isKnownOrganization(lexicon, token.text)
		);
	}

	/** In a Title Case headline, an ordinary word (`Holds`, `Talks`) is not part of a name. */
	private isHeadlineWord(token: Token): boolean {
		const lexicon = this.lexicon;
		return (
			isCommonWord(lexicon, token.text) &&
			!isRoleHead(lexicon, token.text) &&
			!isOrganizationHead(this.lexicon, token.text) &&
			!isEventHead(this.lexicon, token.text) &&
			!isPlaceHead(this.lexicon, token.text) &&
			!isPlaceName(lexicon, token.text) &&
			!isGivenName(lexicon, token.text)
		);
	}

	private placePair(index: number): void {
		const token = this.tokens[index];
		let offset = token.start;
		for (const part of token.text.split(/([-‐‑])/)) {
			if (part.length > 1) this.mentions.push(this.mention(offset, offset + part.length, 'place', 'lexicon', 'place-pair',
				token.sentenceStart));
			offset += part.length;
		}
	}

	// ---- classification --------------------------------------------------------------------------

	/** The span stage: the first rule of `SPAN_RULES` that decides the run wins (see `rules/spanRules.ts`). */
	classify(first: number, last: number): void {
		// A rule that splits the run asks about each part while its own run is still being decided: one run per depth.
		const run = (this.runs[this.depth] ??= new SpanRun(this)).reset(first, last);
		this.depth++;
		// The same loop as `classifyWord`'s, each kept to one kind of question so that it stays fast.
		for (const entry of SPAN_RULES) {
			if (entry.when !== undefined && !run.holds(entry.when)) continue;
			if (entry.id === undefined) {
				if (entry.decide(this, run)) break;
				continue;
			}
			const decision = entry.decide(this, run, entry.id);
			if (!decision) continue;
			if (decision !== true) this.write(entry, run.first, run.last, decision);
			break;
		}
		this.depth--;
	}

	/** The word stage: the first rule of `WORD_RULES` that decides the word wins (see `rules/wordRules.ts`). */
	classifyWord(index: number): void {
		const word = (this.word ??= new WordQuestion(this)).reset(index);
		for (const entry of WORD_RULES) {
			if (entry.when !== undefined && !word.holds(entry.when)) continue;
			if (entry.id === undefined) {
				if (entry.decide(this, word)) return;
				continue;
			}
			const decision = entry.decide(this, word, entry.id);
			if (!decision) continue;
			if (decision !== true) this.write(entry, index, index, decision);
			return;
		}
	}

	/** The mention of a rule that decided `kind`, with its id, its basis and its way of writing. */
	private write(rule: Rule<unknown>, first: number, last: number, kind: EntityKind): void {
		if (rule.output === 'named') this.pushNamed(first, last, kind, rule.id);
		else if (rule.output === 'hint') this.pushHint(first, last, kind, rule.id, rule.basis);
		else this.push(first, last, kind, rule.basis ?? 'context', rule.id);
	}

	/** What the name after a title is: the first entry of `AFTER_TITLE_RULES` that decides wins (see `rules/titleRules.ts`). */
	classifyAfterTitle(first: number, last: number): void {
		this.askTitleRules(AFTER_TITLE_RULES, { first, last });
	}

	/** Places, employers and acronyms inside a title: `TITLE_RULES` about its opening, then about each word. */
	titleMentions(first: number, last: number): void {
		const title = new TitleWords(first, last);
		this.askTitleRules(TITLE_RULES, title);
		title.opening = false;
		for (title.index = title.first; title.index <= last; title.index++) this.askTitleRules(TITLE_RULES, title);
	}

	/** The first entry that decides `question` wins; a rule's kind is written over `first`..`last`. */
	private askTitleRules<Q extends AfterTitle>(
		entries: readonly StageEntry<Q>[],
		question: Q & { holds?(gate: GateOf<Q>): boolean },
	): void {
		for (const entry of entries) {
			if (entry.when !== undefined && question.holds?.(entry.when) === false) continue;
			if (entry.id === undefined) {
				if (entry.decide(this, question)) return;
				continue;
			}
			const decision = entry.decide(this, question, entry.id);
			if (!decision) continue;
			if (decision !== true) this.write(entry, question.first, question.last, decision);
			return;
		}
	}

	/**
	 * `World Bank Country Director`, `Rideau Valley CEO`: the end of an employer's name before a title ending at `role`.
	 * A well-known organisation, or words that are no place, nationality or given name before a company's role.
	 */
	employerBeforeTitle(first: number, role: number): number | undefined {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		let title = role;
		while (title > first && isTitleWord(lexicon, tokens[title - 1].text) && !isPlaceName(lexicon, tokens[title - 1].text)) title--;
		const end = title - 1;
		if (end < first || tokens[end].possessive || isPlaceName(lexicon, this.textOf(first, end))) return undefined;
		// `World Bank Country Director`: a well-known name, then words of the title.
		for (let known = end; known >= first; known--) if (isKnownOrganization(lexicon, this.textOf(first, known))) return known;
		if (!this.cues.employerRoles.has(tokens[role].text.toLowerCase())) return undefined;
		for (let index = first; index <= end; index++) {
			const word = tokens[index].text;
			if (
				isTitleWord(lexicon, word) ||
				isGivenName(lexicon, word) ||
				(isCommonWord(lexicon, word) && index === first && tokens[index].sentenceStart) ||
				isCalendarWord(lexicon, word)
			)
				return undefined;
		}
		return end;
	}

	/** The kind that the head word before any `of` gives the whole run, `document` to drop it, or nothing. */
	headKind(first: number, last: number, followedByOf: boolean): EntityKind | 'document' | undefined {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		const head = tokens[last].text;
		const opening = tokens[first].text;
		// `Southern African Power Pool`: an organisation's head word inside the name makes it no place.
		// `East Java`, `Metro Manila`: a compass word before a known place.
		if (this.cues.compassWords.has(opening) && last > first && isPlaceName(lexicon, this.textOf(first + 1, last))) return 'place';
		if (
			this.cues.placePrefixes.has(opening) &&
			last > first &&
			!isEventHead(this.lexicon, head) &&
			!isDemonym(lexicon, head) &&
			!this.someWord(first + 1, last, word => isOrganizationHead(this.lexicon, word) || isRoleHead(lexicon, word))
		)
			return 'place';
		if (this.cues.eventOpenings.has(opening) && last > first) return 'event';
		if (this.cues.organizationOpenings.has(opening) && last > first) return 'organization';
		if (/^(?:Daily|Sunday|Evening|Morning|Weekly)$/.test(opening) && last > first) return 'organization';
		if (head === 'House' && followedByOf) return 'organization';
		// `Russian Federation` is a state, `Asian Football Confederation` is not.
		// `Democratic Republic of Congo` is a state; `Democratic Confederation of Labour` is not.
		const stateWords = this.cues.stateWords;
		if (
			this.cues.stateHeads.has(head) &&
			(followedByOf
				? this.placeAfterOf(last) && this.everyWord(first, last - 1, word => stateWords.has(word) || isDemonym(lexicon, word))
				: ((isDemonym(lexicon, opening) || isPlaceName(lexicon, opening)) && last === first + 1) || stateWords.has(opening))
		)
			return 'place';
		if (
			head === 'Congress' &&
			((first > 0 && ORDINAL.test(tokens[first - 1].text)) || (last > first && tokens[last - 1].text === 'World'))
		)
			return 'event';
		// `Kokura Central Hospital`, `Kitakyushu Municipal Medical Center`: hospitals are facilities, places.
		if (/^(?:Center|Centre)$/.test(head) && last > first && /^(?:Medical|Health|Cancer|Trauma)$/.test(tokens[last - 1].text))
			return 'place';
		// `Sendai Nuclear Power Station`, `Waterloo Railway Station`: a station of these kinds is a place, not a spacecraft.
		if (head === 'Station' && last > first && /^(?:Power|Railway|Train|Bus|Police|Fire|Pumping)$/.test(tokens[last - 1].text))
			return 'place';
		if (isOrganizationHead(this.lexicon, head)) return 'organization';
		if (isDocumentHead(this.lexicon, head)) return 'document';
		if (isEventHead(this.lexicon, head) || tokens.slice(first,
			last + 1).some(token => this.cues.standaloneEvents.has(token.text))) return 'event';
		if (isPlaceHead(this.lexicon, head)) return 'place';
		return undefined;
	}

	/** `Olympic Winter Games Sochi`: a place after an event's head word names where it was held. */
	headBeforeTrailingPlace(first: number, last: number): number {
		const lexicon = this.lexicon;
		let head = last;
		while (head > first && (isPlaceName(lexicon, this.tokens[head].text) || YEAR.test(this.tokens[head].text))) head--;
		return head < last && isEventHead(this.lexicon, this.tokens[head].text) ? head : last;
	}

	/**
	 * `the Anambra state`, `the Wagner group`: a noun right after the name says what it is, but not
	 * after a possessive (`McLeod's firm`) nor when it describes a name after it (`Environmental group Fundación Terram`).
	 */
	describedBy(last: number, nouns: ReadonlySet<string>): boolean {
		const next = this.tokens[last + 1];
		if (!next || !next.spaced || !nouns.has(next.text) || this.tokens[last].possessive) return false;
		const following = this.tokens[last + 2];
		return !(following && following.capitalised && following.spaced);
	}

	/** `Republic of Korea`, `Kingdom of Saudi Arabia`: a place after `of` (and `the`). */
	private placeAfterOf(last: number): boolean {
		const lexicon = this.lexicon;
		let index = last + 2;
		if (this.tokens[index]?.text === 'the') index++;
		const word = this.tokens[index];
		if (!word) return false;
		const pair = this.tokens[index + 1];
		return isPlaceName(lexicon, word.text) || (pair !== undefined && pair.spaced && isPlaceName(lexicon, `${word.text} ${pair.text}`));
	}

	/**
	 * `Nairobi Water`, `Kazakhstan Temir Zholy`, `Toledo Blade` (a place, then other words) and
	 * `Werder Bremen` (a name, then a place): in running text such a run names an organisation, unless
	 * it opens with a given name (`Paris Hilton`, `Jordan Henderson`) or holds a role, a nationality
	 * or a head word of its own.
	 */
	isPlaceNamedOrganization(first: number, last: number): boolean {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		if (this.titleCase || last - first > 3 || isGivenName(lexicon, tokens[first].text)
			|| this.cues.foreignArticles.has(tokens[first].text)) return false;
		const plain = (index: number) => {
			const token = tokens[index];
			const word = token.text;
			return (
				token.capitalised &&
				!token.cjk &&
				!token.numeric &&
				!isPlaceName(lexicon, word) &&
				!isRoleHead(lexicon, word) &&
				!isDemonym(lexicon, word) &&
				!isCalendarWord(lexicon, word) &&
				!isPlaceHead(this.lexicon, word) &&
				!isEventHead(this.lexicon, word) &&
				!isDocumentHead(this.lexicon, word) &&
				!isPluralRole(lexicon, word) &&
				!this.cues.functionWords.has(word) &&
				!PARTY_MEMBER.test(word)
			);
		};
		// `New Zealand Rowing`: the place may take two words.
		const placeEnd = last > first + 1 && isPlaceName(lexicon, this.textOf(first, first + 1)) ? first + 1 : first;
		const placeFirst = isPlaceName(lexicon, this.textOf(first, placeEnd));
		// `Netball New Zealand`, `Transparency Solomon Islands`: at the end too.
		const placeStart = last > first + 1 && isPlaceName(lexicon, this.textOf(last - 1, last)) ? last - 1 : last;
		const placeLast = isPlaceName(lexicon, this.textOf(placeStart, last));
		if (placeFirst === placeLast) return false;
		for (let index = placeFirst ? placeEnd + 1 : first; index <= (placeFirst ? last : placeStart - 1); index++)
			if (!plain(index)) return false;
		return true;
	}

	/** Whether the capitalised run from `index` ends in an organisation's head word or is a known organisation. */
	organizationNameFollows(index: number): boolean {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		for (
			let end = index;
			end < tokens.length && end <= index + 4 && tokens[end].capitalised && (end === index || tokens[end].spaced);
			end++
		) {
			if ((isOrganizationHead(lexicon, tokens[end].text) && end > index) || isKnownOrganization(lexicon, this.textOf(index, end)))
				return true;
		}
		return false;
	}

	personVerbAfter(index: number): boolean {
		const after = this.tokens[index + 1];
		return after !== undefined && after.spaced && this.cues.personVerbs.has(after.text);
	}

	/**
	 * `the municipality of Lampa`, `the cities of Nichinan and Kushima`, `municipalities including Floridablanca`, `a plant at Hosur in
	 * Tamil Nadu`.
	 */
	placeNounBefore(token: Token): boolean {
		const lexicon = this.lexicon;
		const before = this.text.slice(Math.max(0, token.start - 40), token.start);
		if (PLACE_NOUN_BEFORE.test(before)) return true;
		if (!/\bat\s+$/.test(before)) return false;
		const after = /^\s+in\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u.exec(this.text.slice(token.end, token.end + 40));
		return after !== null && (isPlaceName(lexicon, after[1]) || isPlaceName(lexicon, after[1].split(/\s+/)[0]));
	}

	/** The index of a company role (`Chairman`) after a name that opens the run, followed by more words. */
	corporateRoleAfterName(first: number, last: number): number | undefined {
		for (let index = first + 1; index < last; index++) {
			if (!this.cues.corporateRoles.has(this.tokens[index].text.toLowerCase())) continue;
			return this.isNameShaped(first, index - 1) && this.personNameBasis(first, index - 1) !== 'given-name' ? index : undefined;
		}
		return undefined;
	}

	/** The last role word of a title that opens the run (`Chinese Vice Foreign Minister`), if any. */
	lastRoleInTitle(first: number, last: number): number | undefined {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		let role: number | undefined;
		for (let index = first; index <= last; index++) {
			const word = tokens[index].text;
			if (isRoleHead(lexicon, word)) {
				role = index;
				continue;
			}
			if (isTitleWord(lexicon, word) || (tokens[index].upper && isAcronym(this.lexicon, tokens[index]) && index < last)) continue;
			if (this.cues.phraseConnectors.has(word) && index < last && isTitleWord(lexicon, tokens[index + 1].text)) continue;
			break;
		}
		return role;
	}

	isNameShaped(first: number, last: number): boolean {
		const tokens = this.tokens;
		let words = 0;
		for (let index = first; index <= last; index++) {
			const token = tokens[index];
			const particle = this.tokenIs(index, NAME_PARTICLE);
			if (particle && index > first && index < last) continue;
			// `Abdullah II`, `Charles III`: a regnal number ends a name.
			if (index === last && index > first && this.cues.romanNumerals.has(token.text)) continue;
			if (
				!this.tokenIs(index, NAME_WORD) &&
				!(index === first && this.isGivenNameNotDate(index)) &&
				!this.isNameWordAfterGivenName(first, index, last) &&
				!(index === first && isKoreanName(this.lexicon, this.words(first, last)))
			)
				return false;
			if (token.possessive && index < last) return false;
			// A sixth word settles it: no need to read a long run to its end.
			if (++words > 5) return false;
		}
		return words >= 1;
	}

	/**
	 * `Guilherme France`, `Diego Rivera`: after a given name, a word that is also a place's name is a
	 * surname; so is a head word between a given name and a surname (`Angela Mills Wade`).
	 */
	private isNameWordAfterGivenName(first: number, index: number, last: number): boolean {
		const lexicon = this.lexicon;
		const token = this.tokens[index];
		if (
			index <= first ||
			token.upper ||
			isCommonWord(lexicon, token.text) ||
			!isGivenName(lexicon, this.tokens[first].text) ||
			isKnownOrganization(lexicon, this.tokens[first].text) ||
			isCalendarWord(lexicon, this.tokens[first].text)
		)
			return false;
		if (
			index < last &&
			(isOrganizationHead(this.lexicon, token.text) || isPlaceHead(this.lexicon, token.text)) &&
			!isRoleHead(lexicon, token.text) &&
			this.tokenIs(last, NAME_WORD)
		)
			return true;
		return isPlaceName(lexicon, token.text) && !isPlaceHead(this.lexicon, token.text) && !isOrganizationHead(this.lexicon, token.text);
	}

	personNameBasis(first: number, last: number): 'given-name' | 'shape' | 'context' {
		const lexicon = this.lexicon;
		const words = this.words(first, last);
		if (
			isGivenName(lexicon, words[0]) ||
			isChineseName(lexicon, words) ||
			isKoreanName(this.lexicon, words) ||
			(words.length >= 2 && isChineseSurname(lexicon, words[0]) && words.length === 2)
		)
			return 'given-name';
		// Capitalised words that are no ordinary words, without a given name: probably a person, but a firm is possible.
		return words.length >= 2 ? 'shape' : 'context';
	}

	/** `Nvidia chief executive …`, `Samsung Chairman …`: a name right before a company role. */
	beforeCorporateRole(index: number): boolean {
		const next = this.tokens[index + 1];
		if (!next || !next.spaced || this.tokens[index].possessive) return false;
		return this.cues.corporateRoles.has(next.text.toLowerCase()) || this.beforeStaffRole(index);
	}

	afterPlacePossessive(index: number): boolean {
		const before = this.tokens[index - 1];
		return (
			before !== undefined &&
			before.possessive &&
			this.tokens[index].spaced &&
			isPlaceName(this.lexicon, before.text) &&
			!this.tokens[index].possessive
		);
	}

	/** `Besiktas forward Erten Gazi`, `Eko Sound founder Tunde Adeyemi-Cole`: a lower-case role between two names. */
	beforeStaffRole(last: number): boolean {
		const lexicon = this.lexicon;
		const role = this.tokens[last + 1];
		const name = this.tokens[last + 2];
		// `Managing director …`, `Artistic director …`: an adjective opening a sentence is part of the title.
		if (
			isTitleWord(lexicon, this.tokens[last].text) ||
			(this.tokens[last].sentenceStart && isCommonWord(lexicon, this.tokens[last].text) &&
				this.cues.titledRoles.has(role?.text ?? ''))
		)
			return false;
		return (
			role !== undefined &&
			role.spaced &&
			!role.capitalised &&
			this.cues.staffRoles.has(role.text) &&
			!this.tokens[last].possessive &&
			name !== undefined &&
			name.spaced &&
			name.capitalised &&
			!name.upper &&
			!isCalendarWord(lexicon, name.text)
		);
	}

	endsWithBusinessWord(last: number): boolean {
		const lexicon = this.lexicon;
		const word = this.tokens[last].text;
		// A plural of a surname-like word (`Rivers`, `Brooks`) is a surname too; only a listed plural (`Holdings`) is not.
		if (word.endsWith('s') && !isOrdinaryPlural(lexicon, word)) return false;
		return (
			word.length >= 6 &&
			!this.tokens[last].upper &&
			!SURNAME_ENDING.test(word) &&
			!this.cues.commonSurnames.has(word) &&
			isDictionaryWord(lexicon, word)
		);
	}

	precededByLowerCaseRole(index: number): boolean {
		const before = this.tokens[index - 1];
		// `fund manager Moselle Asset Management`: a manager of money is a firm.
		if (before?.text === 'manager' && MONEY_BEFORE.test(this.text.slice(Math.max(0, before.start - 12), before.start))) return false;
		return (
			before !== undefined &&
			this.tokens[index].spaced &&
			!before.capitalised &&
			isRoleHead(this.lexicon, before.text) &&
			!this.cues.ambiguousLowerCaseRoles.has(before.text)
		);
	}

	precededBy(index: number, words: ReadonlySet<string>): boolean {
		const before = this.tokens[index - 1];
		if (!before || !this.tokens[index].spaced) return false;
		if (words.has(before.text)) return true;
		return before.text === 'the' && index > 1 && words.has(this.tokens[index - 2].text) && before.spaced;
	}

	/** The kind of the mention just before `X and` / `X, `… `and` this name, if any. */
	coordinatedKind(index: number): EntityKind | undefined {
		const and = this.tokens[index - 1];
		if (!and || and.text !== 'and' || !this.tokens[index].spaced) return undefined;
		const previous = this.mentions[this.mentions.length - 1];
		return previous && previous.end <= and.start && isBlank(this.text, previous.end, and.start) ? previous.kind : undefined;
	}

	/** The kind of the mention right before `, known as` / `(also known as` this word, if any. */
	knownAsKind(index: number): EntityKind | undefined {
		const previous = this.mentions[this.mentions.length - 1];
		if (!previous?.kind || previous.end > this.tokens[index].start) return undefined;
		return KNOWN_AS.test(this.text.slice(previous.end, this.tokens[index].start)) ? previous.kind : undefined;
	}

	isOrdinaryOpening(first: number, last: number): boolean {
		const lexicon = this.lexicon;
		const token = this.tokens[first];
		if (first === last) return false;
		const word = token.text;
		if (!token.sentenceStart && !this.titleCase && word !== 'The' && word !== 'A' && word !== 'An') return false;
		if (isGivenName(lexicon, word) || isChineseSurname(lexicon, word) || isPlaceName(lexicon, word)
			|| isTitleWord(lexicon, word) || isPlaceName(lexicon, this.textOf(first, last)))
			return false;
		// `Reporters Without Borders`, `World Athletics said`: a well-known name opening a sentence.
		if (isKnownOrganization(lexicon, this.textOf(first, last))) return false;
		// `New Zealand Cricket said`: the opening word belongs to a two-word place.
		if (isPlaceName(lexicon, this.textOf(first, first + 1))) return false;
		// `Der Spiegel said`: a foreign article opening a sentence opens a name.
		if (this.cues.foreignArticles.has(word) && this.isNameShaped(first + 1, last)) return false;
		if (this.cues.functionWords.has(word)) return true;
		// `Sport Ireland said`, `Athletics Ireland also said`: a field and a country name a national body.
		if (this.cues.nationalBodyFields.has(word) && this.isPlaceNamedOrganization(first, last)) return false;
		// `Spring Festival`: an ordinary word that opens a name with a head word stays.
		const connector = this.firstPhraseConnector(first, last);
		if (this.headKind(first, connector === undefined ? last : connector - 1, connector !== undefined)) return false;
		// `World War II ended`: the head word before a number.
		if (connector === undefined && last > first + 1 && this.cues.romanNumerals.has(this.tokens[last].text)
			&& this.headKind(first, last - 1, false) === 'event') return false;
		// `Mathematician Hermann Weyl said`, `Striker Ana Costa scored`: an ordinary noun opening a sentence before a full name.
		if (last > first + 1 && isGivenName(lexicon, this.tokens[first + 1].text) && isDictionaryWord(lexicon, word) &&
			!isDictionaryWord(lexicon, this.tokens[last].text)) return true;
		// `Currently Shalev is`, `Using CFLs will`: an adverb or a verb's -ing form opening a sentence.
		return isCommonWord(lexicon, word) || isForeignFunctionWord(lexicon, word) || isOrdinaryPlural(lexicon, word)
			|| this.cues.numberWords.has(word) || (/(?:ly|ing)$/.test(word) && isDictionaryWord(lexicon, word));
	}

	/**
	 * `Al` is also an English given name (`Al Gore`, `Al Pacino`): it opens an organisation's or a
	 * place's name (`Al Jazeera said in a statement`, `in Al Ain`) only where the context says so.
	 */
	articleOpensTitle(first: number, last: number): boolean {
		if (this.tokens[first].text !== 'Al') return true;
		return (
			this.afterPlacePreposition(first) ||
			organizationCue(this.lexicon, this.text, this.tokens[first].start, this.tokens[last].end) !== undefined
		);
	}

	firstPhraseConnector(first: number, last: number): number | undefined {
		for (let index = first + 1; index < last; index++) if (this.cues.phraseConnectors.has(this.tokens[index].text)) return index;
		return undefined;
	}

	firstYear(first: number, last: number): number | undefined {
		for (let index = first; index <= last; index++) if (YEAR.test(this.tokens[index].text)) return index;
		return undefined;
	}

	// ---- output ----------------------------------------------------------------------------------

	pushNamed(first: number, last: number, kind: EntityKind, rule: EntityRuleId): void {
		if (kind === 'event') {
			// `2014 Winter Olympics`, `Olympic Winter Games Beijing 2022`: the year belongs to the event.
			const tokens = this.tokens;
			if (first > 0 && (YEAR.test(tokens[first - 1].text) || ORDINAL.test(tokens[first - 1].text)) && tokens[first].spaced) first--;
			if (last + 1 < tokens.length && YEAR.test(tokens[last + 1].text) && tokens[last + 1].spaced) last++;
			// `Expo 2025`: a head word with its year is a name; `the Summit` alone is not.
			const single = first === last && !this.cues.standaloneEvents.has(tokens[first].text);
			if (single) return;
		}
		if (
			kind === 'organization' &&
			first === last &&
			!isAcronym(this.lexicon, this.tokens[first]) &&
			!(this.cues.standaloneInstitutions.has(this.tokens[first].text) && !this.tokens[first].sentenceStart)
		)
			return;
		this.push(first, last, kind, 'form', rule);
	}

	/**
	 * `second language (L2)`, `sea surface salinity (SSS)`: an abbreviation defined after lower-case words is a term's;
	 * so is one defined by capitalised ordinary words that spell it and name nothing (`Compact Fluorescent Light (CFL)`).
	 */
	definesTerm(index: number): boolean {
		const { start, end } = this.tokens[index];
		if (this.text.charCodeAt(start - 1) !== 0x28 || this.text.charCodeAt(end) !== 0x29) return false;
		return /(?:^|[^\p{L}])\p{Ll}+ \($/u.test(this.text.slice(Math.max(0, start - 40), start)) || this.spelledByOrdinaryWords(index);
	}

	/** `Geographic Information Systems (GIS)`: the words right before spell the abbreviation, each an ordinary word in no name. */
	private spelledByOrdinaryWords(index: number): boolean {
		const letters = this.tokens[index].text;
		const first = index - letters.length;
		if (!/^[A-Z]{2,5}$/.test(letters) || first < 0) return false;
		for (let word = first; word < index; word++) {
			const token = this.tokens[word];
			if (this.consumed[word] || token.text[0] !== letters[word - first] || !/^\p{Lu}\p{Ll}+$/u.test(token.text) ||
				!isDictionaryWord(this.lexicon, token.text) || isOrganizationHead(this.lexicon, token.text)) return false;
			if (word > first && !/^ +$/.test(this.text.slice(this.tokens[word - 1].end, token.start))) return false;
		}
		// `the Geographic …`, not `Rapid Support Forces (RSF)` after a longer name: the definition opens after a lower-case word.
		return /(?:^|[^\p{L}\s]\s*|\p{Ll}\s+)$/u.test(this.text.slice(Math.max(0, this.tokens[first].start - 20), this.tokens[first].start)) &&
			/^ \($/.test(this.text.slice(this.tokens[index - 1].end, this.tokens[index].start));
	}

	/** `I-44`, `US-75`, `the A64 eastbound`: a road's number; a letter and digits alone may be a rebel group or a paper size. */
	isRoadNumber(index: number): boolean {
		const word = this.tokens[index].text;
		if (/^(?:I|US|SR)-\d{1,3}$/.test(word)) return true;
		if (!/^[ABM]\d{1,4}M?$/.test(word)) return false;
		const after = /^\s*(?:([\p{Ll}]+)|[,.;)]|$)/u.exec(this.text.slice(this.tokens[index].end, this.tokens[index].end + 24));
		return /\bthe\s+$/i.test(this.text.slice(Math.max(0, this.tokens[index].start - 5), this.tokens[index].start)) &&
			after !== null && (after[1] === undefined || ROAD_FOLLOWERS.test(after[1]));
	}

	/** A mention whose kind the document settles: a person if the word is a known surname, else `kind`. */
	/** A word whose kind only the document can settle: a surname of someone named elsewhere, or a name it defines. */
	pushUnsettled(index: number, rule: EntityRuleId, ordinaryWord = false): void {
		const token = this.tokens[index];
		this.mentions.push(this.mention(token.start, token.end, undefined, 'none', rule, token.sentenceStart, { ordinaryWord }));
	}

	pushWordWithHint(index: number, kind: EntityKind, hint: EntityKind, basis: Basis, rule: EntityRuleId): void {
		const token = this.tokens[index];
		this.mentions.push(this.mention(token.start, token.end, kind, basis, rule, token.sentenceStart, { hint }));
		this.consumed[index] = 1;
	}

	pushLoneWord(index: number, ordinaryWord: boolean, rule: EntityRuleId): void {
		const start = this.particleStart(index);
		this.mentions.push(
			this.mention(this.tokens[start].start, this.tokens[index].end, undefined, 'none', rule, this.tokens[start].sentenceStart, {
				ordinaryWord,
			}),
		);
	}

	pushHint(first: number, last: number, kind: EntityKind, rule: EntityRuleId, basis: Basis = 'context'): void {
		const tokens = this.tokens;
		this.mentions.push(
			this.mention(tokens[first].start, tokens[last].end, undefined, basis, rule, tokens[first].sentenceStart, { hint: kind }),
		);
		for (let index = first; index <= last; index++) this.consumed[index] = 1;
	}

	/** `the ANC-led coalition`, `US-backed forces`: the name before the suffix, an organisation unless it is a place. */
	ledSuffix(index: number): boolean {
		const lexicon = this.lexicon;
		const token = this.tokens[index];
		const place = placeBeforeBasedSuffix(token.text);
		const name = place ?? nameBeforeLedSuffix(token.text);
		if (!name || !/^\p{Lu}/u.test(name)) return false;
		// `the Saudi-led alliance`, `German-born`: a nationality is not annotated.
		if (isDemonym(lexicon, name)) return true;
		const kind: EntityKind = place || isPlaceName(lexicon, name) ? 'place' : 'organization';
		this.mentions.push(this.mention(token.start, token.start + name.length, kind, 'context', 'led-suffix-name', token.sentenceStart));
		this.consumed[index] = 1;
		return true;
	}

	/**
	 * `Chamber of Commerce and Industry`, `State Service for Food Safety and Consumer Protection`:
	 * words after `and` still belong to the name when they are ordinary words, or two or more words
	 * that name nothing of their own (no given name, place, acronym, head word or known organisation).
	 */
	extendOverAnd(last: number): number {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		// `Department of Trade, Industry and Competition`: ordinary words listed with commas before the `and`.
		let listed = last;
		while (
			listed - last < MAX_NAME_WORDS &&
			this.namesNothing(listed + 1) &&
			/^,\s+$/.test(tokens[listed + 1].gapBefore) &&
			(tokens[listed + 2]?.text === 'and' || /^,\s+$/.test(tokens[listed + 2]?.gapBefore ?? ''))
		)
			listed++;
		if (listed > last && tokens[listed + 1]?.text === 'and') {
			// `Department of Forestry, Fisheries and the Environment`: a `the` may follow the `and`.
			let end = this.skipThe(listed + 1);
			while (end - listed < MAX_NAME_WORDS && this.namesNothing(end + 1) && tokens[end + 1].spaced) end++;
			if (end > listed + 1 && !(tokens[end + 1]?.capitalised && tokens[end + 1].spaced)) return end;
		}
		const and = tokens[last + 1];
		if (!and || and.text !== 'and' || !and.spaced) return last;
		const opening = this.skipThe(last + 1);
		// `University of Auckland and Crown research institutes`: after a place, `and` starts something else,
		// unless a place follows (`Development Bank of Latin America and the Caribbean`).
		if (isPlaceName(lexicon, tokens[last].text)) {
			const place = tokens[opening + 1];
			return place?.capitalised &&
				place.spaced &&
				isPlaceName(lexicon, place.text) &&
				!(tokens[opening + 2]?.capitalised && tokens[opening + 2].spaced)
				? opening + 1
				: last;
		}
		let end = opening;
		let ordinary = true;
		while (
			end - opening < MAX_NAME_WORDS &&
			this.namesNothing(end + 1) &&
			tokens[end + 1].spaced &&
			!this.consumed[end + 1] &&
			!isEventHead(this.lexicon, tokens[end + 1].text) &&
			!this.cues.standaloneInstitutions.has(tokens[end + 1].text) &&
			// `… for Metals and Energy Security`: a head word may go on an ordinary list, not end a name of its own
			// (`and Skyverin Holdings`).
			(!isOrganizationHead(this.lexicon, tokens[end + 1].text) || (ordinary && isDictionaryWord(lexicon, tokens[end + 1].text)))
		) {
			ordinary &&= isDictionaryWord(lexicon, tokens[end + 1].text);
			end++;
		}
		const next = tokens[end + 1];
		if (end === opening || (next && next.capitalised && next.spaced)) return last;
		// `Council of Europe and Transparency International`: two well-known names.
		// `… and the Conseil des arts`: after `and the`, only ordinary words go on (`and the Environment`).
		if ((!ordinary && (end - last < 3 || opening > last + 1)) || isKnownOrganization(lexicon, this.textOf(opening + 1,
			end))) return last;
		return end;
	}

	/** `Association of Fish Processors and Exporters of Tanzania`: a country after a name extended over `and` ends it. */
	ofPlaceAfter(last: number): number {
		const of = this.tokens[last + 1];
		const place = this.tokens[last + 2];
		if (of?.text !== 'of' || !of.spaced || !place?.spaced || !isPlaceName(this.lexicon, place.text)
			|| this.consumed[last + 2]) return last;
		const next = this.tokens[last + 3];
		return next && next.capitalised && next.spaced ? last : last + 2;
	}

	/** A capitalised word that is no acronym, place or given name: it may continue a longer name. */
	private namesNothing(index: number): boolean {
		const lexicon = this.lexicon;
		const token = this.tokens[index];
		return (
			token !== undefined &&
			token.capitalised &&
			!token.upper &&
			!isPlaceName(lexicon, token.text) &&
			(!isGivenName(lexicon, token.text) || isDictionaryWord(lexicon, token.text))
		);
	}

	/** The index of a `the` right after `index`, or `index`. */
	private skipThe(index: number): number {
		return this.tokens[index + 1]?.text === 'the' ? index + 1 : index;
	}

	/**
	 * `Nairobi City Water and Sewerage Company`, `Food and Drug Administration`: a run of ordinary
	 * or unknown words, `and`, then words ending in an organisation's head word, is one name. The
	 * index of that head word, or nothing.
	 */
	private organizationAcrossAnd(first: number, last: number): number | undefined {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		const and = tokens[last + 1];
		if (!and || and.text !== 'and' || !and.spaced || isPlaceName(lexicon, tokens[last].text) || tokens[last].upper) return undefined;
		// `Securities and Exchange Commission`: a lone plural noun may open the name even when it is a head word.
		const pluralOpening = first === last && isOrdinaryPlural(lexicon, tokens[last].text);
		// `House of Representatives and Senate`: an institution named by one word is a name of its own.
		if (this.cues.standaloneInstitutions.has(tokens[last + 2]?.text ?? '')) return undefined;
		// `Knut and Alice Wallenberg Foundation`: a couple's foundation or prize.
		if (first === last && (isGivenName(lexicon, tokens[last].text) || !isDictionaryWord(lexicon, tokens[last].text))) {
			const couple = this.coupleFoundation(last + 2);
			if (couple !== undefined) return couple;
		}
		// `Kiribati Broadcasting and Publications Authority`: a line of work may go on over `and`; `Kenya Airways and Precision Air`
		// are two.
		const fieldBeforeAnd = isOrganizationHead(this.lexicon, tokens[last].text) && FIELD_HEAD.test(tokens[last].text);
		if (isOrganizationHead(this.lexicon, tokens[last].text) && !pluralOpening && !fieldBeforeAnd) return undefined;
		// `Blumar and Australis Seafoods`, `Kemal Arslan and Dunstable Holdings`: a lone unknown word or a person's name before `and`
		// is a name of its own.
		// `Environment and Energy Agency`: a lone ordinary word may open one, if only ordinary words follow to the head.
		const fieldOpening =
			first === last &&
			!pluralOpening &&
			!isCommonWord(lexicon, tokens[last].text) &&
			isDictionaryWord(lexicon, tokens[last].text) &&
			!isGivenName(lexicon, tokens[last].text);
		if (
			(first === last && !isCommonWord(lexicon, tokens[last].text) && !pluralOpening
				&& !isDemonym(lexicon, tokens[last].text) && !fieldOpening) ||
			(this.isNameShaped(first, last) && this.personNameBasis(first, last) === 'given-name')
		)
			return undefined;
		// `suppliers such as Bay Seating and Algoa Plastics`: a list of names.
		if (
			/\b(?:such\s+as|including|like|between|both)\s+$/.test(
				this.text.slice(Math.max(0, tokens[first].start - 20), tokens[first].start),
			)
		)
			return undefined;
		let end = last + 1;
		// `Western and Central Pacific Fisheries Commission`: a place may stand inside the name, not right after `and`.
		// `Latin American and Caribbean Air Transport Association`: after a nationality, right after `and` too.
		const placeAllowedFrom = isDemonym(lexicon, tokens[last].text) ? last + 1 : last + 2;
		while (
			(this.namesNothing(end + 1) ||
				(end >= placeAllowedFrom && isPlaceName(lexicon, tokens[end + 1]?.text ?? '') && !tokens[end + 1].upper)) &&
			this.joins(end + 1) &&
			!isKnownOrganization(lexicon, tokens[end + 1].text)
		) {
			end++;
			// `Exchange Commission`, `Air Transport Association`: the last of the head words close together ends the name.
			if (isOrganizationHead(this.lexicon, tokens[end].text) && !this.headFollows(end)) break;
		}
		if (end === last + 1 || !isOrganizationHead(this.lexicon, tokens[end].text) || end - last > 5) return undefined;
		// `Ministry of Finance and Skyverin Holdings`: after a name with its head word, only a list of fields goes on.
		const namedBefore = this.headBeforeConnector(first, last);
		if ((fieldBeforeAnd || fieldOpening || namedBefore) && !this.everyWord(last + 2, end - 1, word => isDictionaryWord(lexicon, word)))
			return undefined;
		const next = tokens[end + 1];
		return next && next.capitalised && next.spaced ? undefined : end;
	}

	/** Whether another head word follows `index` within three words that name nothing of their own. */
	private headFollows(index: number): boolean {
		for (let next = index + 1; next <= index + 3 && this.namesNothing(next) && this.joins(next); next++) {
			if (isOrganizationHead(this.lexicon, this.tokens[next].text)) return true;
		}
		return false;
	}

	/** After `Knut and`: the index of the head word ending `Alice Wallenberg Foundation`, or nothing. */
	private coupleFoundation(index: number): number | undefined {
		const tokens = this.tokens;
		if (!tokens[index] || !isGivenName(this.lexicon, tokens[index].text) || !this.joins(index)) return undefined;
		for (let end = index + 1; end <= index + 3 && end < tokens.length && tokens[end].capitalised && this.joins(end); end++) {
			if (this.cues.coupleHeads.has(tokens[end].text)) return end;
		}
		return undefined;
	}

	private everyWord(first: number, last: number, test: (word: string) => boolean): boolean {
		for (let index = first; index <= last; index++) if (!test(this.tokens[index].text)) return false;
		return true;
	}

	/** `Ministry of Finance`, `Bank of Ruritania`: a head word with its `of` inside the words. */
	private headBeforeConnector(first: number, last: number): boolean {
		for (let index = first; index < last; index++) {
			if (isOrganizationHead(this.lexicon, this.tokens[index].text) && this.cues.phraseConnectors.has(this.tokens[index + 1].text))
				return true;
		}
		return false;
	}

	private someWord(first: number, last: number, test: (word: string) => boolean): boolean {
		for (let index = first; index <= last; index++) if (test(this.tokens[index].text)) return true;
		return false;
	}

	/** `clinics in El Fasher`, `at La Bombonera`: a place preposition before the name (but not `wrote in Le Monde`). */
	/** `in Northland and Rotorua`: the mention before `and` follows a place preposition. */
	pairAfterPlacePreposition(): boolean {
		const previous = this.mentions[this.mentions.length - 1];
		if (!previous) return false;
		const before = this.text.slice(Math.max(0, previous.start - 12), previous.start);
		return /\b(?:in|near|across|throughout|around|between)\s+$/.test(before);
	}

	afterPlacePreposition(index: number): boolean {
		const before = this.text.slice(Math.max(0, this.tokens[index].start - 40), this.tokens[index].start);
		return (
			/\b(?:[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom)\s+$/.test(before) ||
			(/\bin\s+$/.test(before) &&
				!/\b(?:wrote|published|said|told|interview|article|column|op-ed|editorial|reported|quoted)\s+in\s+$/.test(before))
		);
	}

	/** `(Lewis, Simons, & Fennig, 2014)`, `Binderman et al.`: cited authors are persons, whatever their run was taken for. */
	private markCitedAuthors(): void {
		const lexicon = this.lexicon;
		const cited = citedNames(this.text, word => {
			if (isPlaceName(lexicon, word) || isKnownOrganization(lexicon, word) || isCalendarWord(lexicon, word) ||
				isEventHead(lexicon, word) || isOrganizationHead(lexicon, word)) return false;
			// `Moss`, `Fowler`: an ordinary word is a surname only beside one (`Moss & Kerrigan, 2010`); a function word never is.
			if (!isDictionaryWord(lexicon, word)) return 'surname';
			return !isCommonWord(lexicon, word) && 'ordinary';
		});
		if (cited.length === 0) return;
		const kept = this.mentions.filter(mention => !cited.some(name => name.start < mention.end && mention.start < name.end));
		this.mentions.length = 0;
		this.mentions.push(...kept, ...cited.map(name => this.mention(name.start, name.end, 'person', 'form', 'cited-author', false,
			{ nameWords: [this.text.slice(name.start, name.end)] })));
	}

	/**
	 * `Médecins Sans Frontières (MSF)`, `Consumer Electronics Show (CES)`: an acronym in parentheses
	 * that spells the name before it names the same thing, so both take the name's kind, an
	 * organisation when the name was only guessed to be a person's. Each pair is asked of `ACRONYM_RULES`.
	 */
	private linkAcronymDefinitions(mentions: LocalMention[]): LocalMention[] {
		const result = [...mentions].sort((a, b) => a.start - b.start);
		const pair = new AcronymPair();
		for (let index = 1; index < result.length; index++) {
			const acronym = result[index];
			const name = result[index - 1];
			if (acronym.start - name.end !== 2 || this.text.charCodeAt(name.end) !== 0x20 || this.text.charCodeAt(name.end + 1) !== 0x28
				|| this.text.charCodeAt(acronym.end) !== 0x29)
				continue;
			pair.reset(name, acronym);
			for (const unit of ACRONYM_RULES) {
				const decision = unit.id === undefined ? unit.decide(pair) : unit.decide(pair, unit.id);
				if (decision === undefined) continue;
				if (decision !== true) {
					if (decision.name) result[index - 1] = decision.name;
					if (decision.acronym) result[index] = decision.acronym;
				}
				break;
			}
		}
		return result;
	}

	private particleStart(index: number): number {
		let start = index;
		while (
			start > 0 &&
			this.cues.nameConnectors.has(this.tokens[start - 1].text) &&
			!this.cues.phraseConnectors.has(this.tokens[start - 1].text) &&
			this.tokens[start].spaced
		)
			start--;
		return start;
	}

	pushPerson(first: number, last: number, basis: Basis, rule: EntityRuleId): void {
		const tokens = this.tokens;
		if (first === last) first = this.particleStart(first);
		this.mentions.push(
			this.mention(tokens[first].start, tokens[last].end, 'person', basis, rule, tokens[first].sentenceStart, {
				nameWords: this.words(first, last),
			}),
		);
		for (let index = first; index <= last; index++) this.consumed[index] = 1;
	}

	pushText(start: number, end: number, kind: EntityKind, basis: Basis, rule: EntityRuleId): void {
		this.mentions.push(this.mention(start, end, kind, basis, rule, false));
	}

	push(first: number, last: number, kind: EntityKind, basis: Basis, rule: EntityRuleId): void {
		const tokens = this.tokens;
		if (kind === 'person') return this.pushPerson(first, last, basis, rule);
		let end = tokens[last].end;
		if (kind === 'organization' && this.cues.abbreviatedSuffixes.has(tokens[last].text) && this.text.charCodeAt(end) === 0x2e) end++;
		// `SC Hasetal 1912`, `TSV 1860`: a club's founding year after its name belongs to it.
		const year = tokens[last + 1];
		if (kind === 'organization' && this.cues.clubPrefixes.has(tokens[first].text) && year && YEAR.test(year.text) && year.spaced) {
			last++;
			end = year.end;
		}
		// `AFSCME Local 7`, `CUPE Local 500`: a union's branch is named by its number.
		const local = tokens[last + 1];
		const number = tokens[last + 2];
		if (kind === 'organization' && local?.text === 'Local' && local.spaced && number?.spaced && /^\d+$/.test(number.text)) {
			last += 2;
			end = number.end;
		}
		// `Jiangsu Xinou Logistics Co., Ltd.`: the usual English form of a Chinese company's name.
		const limited = tokens[last + 1];
		if (kind === 'organization' && tokens[last].text === 'Co' && limited?.text === 'Ltd' && /^\.,\s*$/.test(limited.gapBefore)) {
			last++;
			end = limited.end + (this.text.charCodeAt(limited.end) === 0x2e ? 1 : 0);
		}
		if (kind === 'organization') end = this.lowerCaseTail(first, end, last > first);
		this.mentions.push(this.mention(tokens[first].start, end, kind, basis, rule, tokens[first].sentenceStart));
		for (let index = first; index <= last; index++) this.consumed[index] = 1;
	}

	/**
	 * `Confédération paysanne`, `Autorité de la concurrence`: French and Iberian names of bodies go on in
	 * lower case. Words after a foreign connector belong to the name; others only right after the opening
	 * word, and only when they are no English words (`Grupo Bimbo reported`).
	 */
	lowerCaseTail(first: number, end: number, connectorFirst: boolean): number {
		if (!this.cues.organizationOpenings.has(this.tokens[first].text)) return end;
		let tail = end;
		let afterConnector = false;
		for (let words = 0; words < 5; words++) {
			LOWER_CASE_WORD.lastIndex = tail;
			const match = LOWER_CASE_WORD.exec(this.text);
			if (!match) break;
			const word = match[1];
			if (this.cues.foreignConnectors.has(word)) {
				afterConnector = true;
				tail = LOWER_CASE_WORD.lastIndex;
				continue;
			}
			if (!afterConnector && (connectorFirst || isDictionaryWord(this.lexicon, word) || this.vocabulary.keepsWord(word))) break;
			tail = LOWER_CASE_WORD.lastIndex;
			end = tail;
			afterConnector = false;
		}
		return end;
	}

	private mention(
		start: number,
		end: number,
		kind: EntityKind | undefined,
		basis: Basis,
		rule: EntityRuleId,
		sentenceStart: boolean,
		extra?: Parameters<typeof localMention>[7],
	): LocalMention {
		return localMention(start, end, this.text.slice(start, end), kind, basis, rule, sentenceStart, extra);
	}

	// ---- registry --------------------------------------------------------------------------------

	/**
	 * The registry wins where both speak, except where the detector saw a longer name with a head
	 * word of another kind around a registry name (`Beijing` inside `Beijing Winter Olympics`).
	 */
	private mergeWithRegistry(detected: LocalMention[]): LocalMention[] {
		const registryMatches = this.registry.match(this.tokens);
		if (registryMatches.length === 0) return detected;
		const result: LocalMention[] = [];
		// Detected mentions a registry match took the place of, by index.
		const replaced = new Uint8Array(detected.length);
		const notReplaced = (index: number) => replaced[index] === 0;
		const byOffset = new OverlapIndex(detected);
		let claimedUntil = 0;
		for (const match of registryMatches) {
			// `Xi Jinping Xi Jinping`: a match inside a wider name an earlier match already took.
			if (match.start < claimedUntil) continue;
			const found = byOffset.overlapping(match.start, match.end, notReplaced);
			const overlapping = found.map(index => detected[index]);
			const wider = overlapping.find(
				mention =>
					mention.start <= match.start && match.end <= mention.end && mention.end - mention.start > match.end - match.start,
			);
			// `Taiwan Power Company` around a registry's `Taiwan`: a well-known longer name wins too.
			if (wider && wider.kind && wider.kind !== match.entry.kind && (wider.basis === 'form' || wider.basis === 'lexicon'))
				continue;
			for (const index of found) replaced[index] = 1;
			const sameKindWider = wider && wider.kind === match.entry.kind && overlapping.length === 1 ? wider : undefined;
			const start = sameKindWider ? sameKindWider.start : match.start;
			const end = sameKindWider ? sameKindWider.end : match.end;
			claimedUntil = end;
			const token = this.tokens[match.startToken];
			result.push(
				this.mention(start, end, match.entry.kind, 'registry', 'registry', token.sentenceStart && !token.cjk, {
					registry: match.entry,
					nameWords: match.entry.kind === 'person' && !token.cjk ? this.text.slice(start, end).split(/\s+/) : undefined,
				}),
			);
		}
		for (let index = 0; index < detected.length; index++) if (replaced[index] === 0) result.push(detected[index]);
		return result.sort((a, b) => a.start - b.start);
	}

	// ---- titles ----------------------------------------------------------------------------------

	/** The role written right before a person's name, in any case: `Chinese Vice Foreign Minister`, `vice premier`. */
	private withTitle(mention: LocalMention): LocalMention {
		const lexicon = this.lexicon;
		const tokens = this.tokens;
		const nameIndex = this.tokenIndexAt(mention.start);
		if (nameIndex <= 0 || tokens[nameIndex].cjk) return mention;
		let first = nameIndex;
		for (let index = nameIndex - 1; index >= 0 && nameIndex - index <= MAX_NAME_WORDS; index--) {
			const token = tokens[index];
			if (!tokens[index + 1].spaced || token.possessive) break;
			const word = token.text;
			if (index === nameIndex - 1) {
				// `will chair Conexa Sur`: a role word in lower case may be a verb.
				if (
					!isRoleHead(lexicon, word) ||
					(!token.capitalised && this.cues.ambiguousLowerCaseRoles.has(word) &&
						!isTitleWord(lexicon, tokens[index - 1]?.text ?? ''))
				)
					break;
				first = index;
			} else if (isTitleWord(lexicon, word) || isAcronym(this.lexicon, token)) {
				first = index;
			} else if (!(this.cues.phraseConnectors.has(word) && index > 0 && isTitleWord(lexicon, tokens[index - 1].text))) {
				break;
			}
		}
		if (first === nameIndex) return mention;
		const title = this.text.slice(tokens[first].start, tokens[nameIndex - 1].end);
		return localMention(mention.start, mention.end, mention.surface, mention.kind, mention.basis, mention.rule,
			mention.sentenceStart, {
			...mention,
			title,
		});
	}

	private tokenIndexAt(start: number): number {
		let low = 0;
		let high = this.tokens.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const token = this.tokens[middle];
			if (token.end <= start) low = middle + 1;
			else if (token.start > start) high = middle - 1;
			else return middle;
		}
		return -1;
	}

	// ---- helpers -----------------------------------------------------------------------------------

	/** The separator after the capitalised words that follow `index` (inside a parenthesis). */
	gapAfterParenthesis(index: number): string {
		const end = this.capitalisedRunEnd(index);
		return end < this.tokens.length ? this.gapAfter(end) : '';
	}

	/** The last of the capitalised words spaced after `index`, at most `MAX_NAME_WORDS` words on. */
	capitalisedRunEnd(index: number): number {
		let end = index;
		while (
			end - index < MAX_NAME_WORDS &&
			end + 1 < this.tokens.length &&
			this.tokens[end + 1].capitalised &&
			this.tokens[end + 1].spaced
		)
			end++;
		return end;
	}

	gapAfter(index: number): string {
		const next = this.tokens[index + 1];
		return this.text.slice(this.tokens[index].end, next ? next.start : this.text.length);
	}

	textOf(first: number, last: number): string {
		const start = this.tokens[first].start;
		const end = this.tokens[last].end;
		const words = this.text.slice(start, end);
		return hasSpacesToCollapse(this.text, start, end) ? words.replace(/\s+/g, ' ') : words;
	}

	words(first: number, last: number): string[] {
		return this.tokens.slice(first, last + 1).map(token => token.text);
	}
}

/**
 * Whether `replace(/\s+/g, ' ')` would change `text.slice(start, end)`: white space other than a
 * lone space. Most names have none, and are looked up without a copy made by a regular expression.
 */
function hasSpacesToCollapse(text: string, start: number, end: number): boolean {
	let previousSpace = false;
	for (let index = start; index < end; index++) {
		const code = text.charCodeAt(index);
		// Below the space, everything \s matches is a control character; between it and U+00A0, only the space.
		if (code > 0x20 && code < 0xa0) {
			previousSpace = false;
			continue;
		}
		const space = code === 0x20 || WHITE_SPACE.test(text[index]);
		if (space && (previousSpace || code !== 0x20)) return true;
		previousSpace = space;
	}
	return false;
}

/** A headline in Title Case: most words that are not short function words start with a capital. */
function isTitleCase(paragraph: TokenizedParagraph, text: string): boolean {
	// A line with a sentence break inside is running text, whatever its capitals.
	if (paragraph.contentWords < 3 || paragraph.capitalisedContentWords / paragraph.contentWords < 0.8) return false;
	// A long line ending a sentence is running text full of names, not a headline.
	if (paragraph.contentWords >= 8 && /[.!?]["”’]?\s*$/.test(text)) return false;
	return !paragraph.tokens.some((token, index) => index > 0 && /[.!?]\s/.test(token.gapBefore));
}

/** Whether `text` from `start` to `end` is only white space (what `trim()` removes), stopping at the first other character. */
function isBlank(text: string, start: number, end: number): boolean {
	for (let index = end - 1; index >= start; index--) if (!WHITE_SPACE.test(text[index])) return false;
	return true;
}
