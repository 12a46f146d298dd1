/**
 * What a rule's decision function sees: the paragraph's tokens, the lexicon and the analyser's
 * predicates (`ParagraphAnalysis` in `../paragraphAnalyzer.ts` implements it), plus the few actions a
 * rule that splits a run needs. A rule reads; the stage's loop writes its mention (see `Rule`).
 */
import type { Cues } from '../lexicon/cues';
import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from '../tokenizer';
import type { EntityKind } from '../types';
import type { EntityRuleId } from './catalogue';

/**
 * What a mention's kind rests on, declared by the rule that made it; later stages weigh mentions by it
 * (a registry name or a listed name beats a guess, a person guessed by shape alone may be a firm):
 * - `registry`: the workspace registry names it;
 * - `lexicon`: a lexicon lists the whole name (a known place or organisation);
 * - `form`: the name's own form says it (a head word, an acronym, a legal suffix, a citation);
 * - `title`: a role right before it names a person;
 * - `given-name`: it opens with a given name, or has a Chinese or Korean name's shape;
 * - `shape`: capitalised words that are no ordinary words, nothing more;
 * - `context`: the words around it (a cue, a preposition, a verb);
 * - `none`: no kind yet; the document decides (`LocalMention.hint` may suggest one).
 */
export type Basis = 'registry' | 'lexicon' | 'form' | 'title' | 'given-name' | 'shape' | 'context' | 'none';

/** The analyser as the rules see it. Token indexes are inclusive; `first`..`last` is the run being decided. */
export interface RuleContext {
	readonly tokens: readonly Token[];
	readonly text: string;
	readonly lexicon: Lexicon;
	/** `lexicon.cues`, which the rules read most. */
	readonly cues: Cues;
	/** The paragraph is a Title Case headline: capitals say less. */
	readonly titleCase: boolean;
	/** Token indexes already in a mention. */
	readonly consumed: Uint8Array;

	// Predicates over the tokens.
	isNameShaped(first: number, last: number): boolean;
	personNameBasis(first: number, last: number): 'given-name' | 'shape' | 'context';
	textOf(first: number, last: number): string;
	words(first: number, last: number): string[];
	firstPhraseConnector(first: number, last: number): number | undefined;
	firstYear(first: number, last: number): number | undefined;
	headKind(first: number, last: number, followedByOf: boolean): EntityKind | 'document' | undefined;
	headBeforeTrailingPlace(first: number, last: number): number;
	lastRoleInTitle(first: number, last: number): number | undefined;
	corporateRoleAfterName(first: number, last: number): number | undefined;
	isOrdinaryOpening(first: number, last: number): boolean;
	/** The last word of an employer's name before a title that ends at `role` (`World Bank Country Director`). */
	employerBeforeTitle(first: number, role: number): number | undefined;
	articleOpensTitle(first: number, last: number): boolean;
	afterPlacePreposition(index: number): boolean;
	describedBy(last: number, nouns: ReadonlySet<string>): boolean;
	beforeStaffRole(last: number): boolean;
	beforeCorporateRole(index: number): boolean;
	precededByLowerCaseRole(index: number): boolean;
	precededBy(index: number, words: ReadonlySet<string>): boolean;
	placeNounBefore(token: Token): boolean;
	coordinatedKind(index: number): EntityKind | undefined;
	knownAsKind(index: number): EntityKind | undefined;
	afterPlacePossessive(index: number): boolean;
	endsWithBusinessWord(last: number): boolean;
	isPlaceNamedOrganization(first: number, last: number): boolean;
	personVerbAfter(index: number): boolean;
	pairAfterPlacePreposition(): boolean;
	organizationNameFollows(index: number): boolean;
	definesTerm(index: number): boolean;
	isRoadNumber(index: number): boolean;
	lowerCaseTail(first: number, end: number, connectorFirst: boolean): number;
	/** The end of a name that goes on over `and` after `last` (`Chamber of Commerce and Industry`), or `last`. */
	extendOverAnd(last: number): number;
	ofPlaceAfter(last: number): number;

	// Actions of rules that split a run or make more than one mention.
	push(first: number, last: number, kind: EntityKind, basis: Basis, rule: EntityRuleId): void;
	pushPerson(first: number, last: number, basis: Basis, rule: EntityRuleId): void;
	/** A mention with a kind only if the run names one on its own (`Expo 2025`, not `the Summit`). */
	pushNamed(first: number, last: number, kind: EntityKind, rule: EntityRuleId): void;
	/** A mention without a kind, with the kind its context suggests. */
	pushHint(first: number, last: number, kind: EntityKind, rule: EntityRuleId, basis?: Basis): void;
	/** A one-word mention without a kind, for the document to settle; `ordinaryWord` if it may be an ordinary word. */
	pushUnsettled(index: number, rule: EntityRuleId, ordinaryWord?: boolean): void;
	/** A one-word mention of `kind` that may be read as `hint` by the document (`Chanda said`: a town or a surname). */
	pushWordWithHint(index: number, kind: EntityKind, hint: EntityKind, basis: Basis, rule: EntityRuleId): void;
	/** A one-word mention without a kind, for the document to settle, from its name particles on (`von der Leyen`). */
	pushLoneWord(index: number, ordinaryWord: boolean, rule: EntityRuleId): void;
	/** `the ANC-led coalition`: the name before the suffix (rule `led-suffix-name`); false if the word has none. */
	ledSuffix(index: number): boolean;
	classify(first: number, last: number): void;
	classifyWord(index: number): void;
	classifyAfterTitle(first: number, last: number): void;
	titleMentions(first: number, last: number): void;
}

/**
 * A rule's decision about what it is asked: nothing (`undefined` or `false`: the next entry is asked),
 * a kind (the stage's loop writes the mention of what was asked, with the rule's id, basis and output),
 * or `true` (the rule wrote its mentions itself with the id it was given, or handed parts of the run on).
 */
export type Decision = EntityKind | boolean | undefined;

/**
 * A rule of one stage: its id (its description is in `catalogue.ts` and its examples in the tests, by id),
 * the lower-case words it reads (the tokenizer keeps them: see `keptWords.ts`), and its decision.
 * `Q` is what the stage asks about (a run of words, or one word).
 */
export interface Rule<Q> {
	readonly id: EntityRuleId;
	/** A condition the question must meet before the rule is asked (`not-ordinary`: no ordinary word), shared by several rules. */
	readonly when?: GateOf<Q>;
	/** What the mention's kind rests on, when the rule returns a kind (`context` if not said). */
	readonly basis?: Basis;
	/** `named`: a mention only if the words name something on their own (`pushNamed`); `hint`: no kind, a hint for the document. */
	readonly output?: 'named' | 'hint';
	readonly words?: DeclaredWords;
	decide(context: RuleContext, question: Q, id: EntityRuleId): Decision;
}

/**
 * A step of a stage that makes no mention of its own: it trims a run, splits it and hands the parts on,
 * or drops it (`NZ$240`: a currency, no place). It sits in the stage's list so that the order reads in one place.
 */
export interface Step<Q> {
	readonly id?: undefined;
	readonly step: string;
	readonly when?: GateOf<Q>;
	readonly words?: DeclaredWords;
	/** True when the step settled the question (dropped it, or handed its parts on). */
	decide(context: RuleContext, question: Q): boolean;
}

export type StageEntry<Q> = Rule<Q> | Step<Q>;

/** The lower-case words a rule reads: listed, or a list of the lexicon's cue words (`cues => cues.personVerbs`). */
export type DeclaredWords = Iterable<string> | ((cues: Cues) => Iterable<string>);

/** The conditions a stage's question can check for its rules (`SpanRun.holds`, `WordQuestion.holds`). */
export type GateOf<Q> = Q extends { holds(gate: infer G): boolean } ? G : never;

/**
 * A stage's list with every entry of one shape (the same fields in the same order), so that the
 * stage's loop reads them at one hidden class's offsets instead of looking each field up.
 */
export function stage<Q>(entries: readonly StageEntry<Q>[]): readonly StageEntry<Q>[] {
	return entries.map(entry => ({
		id: entry.id,
		when: entry.when,
		step: entry.id === undefined ? entry.step : undefined,
		basis: entry.id === undefined ? undefined : entry.basis,
		output: entry.id === undefined ? undefined : entry.output,
		words: entry.words,
		decide: entry.decide,
	}) as StageEntry<Q>);
}
