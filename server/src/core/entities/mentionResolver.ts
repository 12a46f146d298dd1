/**
 * Settles, for a whole document, what the paragraphs could not: which entity each mention names.
 * A lone surname names the person introduced with it (`Xi` after `Xi Jinping`, `President Putin`);
 * a lone word seen elsewhere with a kind takes that kind (`Sochi` after `in Sochi`); the rest is
 * dropped. The rules and their order are `DOCUMENT_STAGE` (`rules/documentRules.ts`); this file runs
 * them over the document's mentions and indexes what they read. Linear in the number of mentions.
 */
import type { LocalMention } from './paragraphAnalyzer';
import { detectedEntityId, type EntityKind, type EntityMention, type EntityRef } from './types';
import {
	type Lexicon, derivedOnce, isChineseSurname, isCommonWord, isDemonym, isEventHead, isForeignFunctionWord, isGivenName,
	isOrganizationHead, isPlaceHead, isPlaceName,
} from './lexicon/lexicon';
import type { EntityRuleId } from './rules/catalogue';
import {
	CLUB_RULES, DOCUMENT_STAGE, countNameWords, isGuessedPerson, type DocumentContext, type DocumentLearning, type DocumentPass,
	type PlacedMention,
} from './rules/documentRules';
import { isKoreanName, isPinyinGivenName } from './lexicon/personNames';
import { stormNameOf } from './rules/eventRules';
import { inRanges, ITEMS_PER_STEP, type Steps } from '../steps';

export interface ParagraphMentions {
	/** Offset of the paragraph in the document. */
	readonly offset: number;
	readonly mentions: readonly LocalMention[];
	/** The paragraph's text, which the mentions' offsets point into. */
	readonly text: string;
}

interface FullName {
	readonly start: number;
	readonly entity: EntityRef;
}

/** Pauses every few hundred mentions of each pass (see `core/steps.ts`). */
export function* resolveMentionsInSteps(paragraphs: readonly ParagraphMentions[], lexicon: Lexicon): Steps<EntityMention[]> {
	const document = new DocumentIndex(lexicon);
	let placedSincePause = 0;
	for (const paragraph of paragraphs) {
		document.placeParagraph(paragraph);
		placedSincePause += paragraph.mentions.length;
		if (placedSincePause >= ITEMS_PER_STEP) {
			placedSincePause = 0;
			yield;
		}
	}
	for (const entry of DOCUMENT_STAGE) {
		if (entry.pass === undefined) {
			yield* document.learn(entry.learn);
			continue;
		}
		if (entry.applies && !entry.applies(document)) continue;
		yield* inRanges(document.placed.length, (from, to) => runPass(entry, document, from, to));
	}
	const result: EntityMention[] = [];
	yield* inRanges(document.placed.length, (from, to) => collectMentions(document.placed, from, to, result));
	return result;
}

/** The mentions `from` up to `to` that name an entity, with the rules that made them, added to `result`. */
function collectMentions(placed: readonly PlacedMention[], from: number, to: number, result: EntityMention[]): void {
	for (let index = from; index < to; index++) {
		const { start, end, local, entity, resolvedBy } = placed[index];
		if (!entity) continue;
		const rules: EntityRuleId[] = [local.rule];
		if (local.changedBy) rules.push(...local.changedBy);
		if (resolvedBy) rules.push(resolvedBy);
		result.push({ start, end, entity, surface: local.surface, title: local.title, rules });
	}
}

/** One pass over the mentions `from` up to `to` (see `inRanges`): the first of its units that decides a mention wins. */
function runPass(pass: DocumentPass, document: DocumentIndex, from: number, to: number): void {
	const placed = document.placed;
	for (let index = from; index < to; index++) {
		const mention = placed[index];
		if (!pass.when(mention, document)) continue;
		for (const unit of pass.units) {
			const decision = unit.decide(document, mention);
			if (decision === undefined) continue;
			mention.entity = decision ?? undefined;
			if (unit.id !== undefined) mention.resolvedBy = unit.id;
			break;
		}
	}
}

/** The document's mentions and what the document rules read about them (`DocumentContext`), filled by the `learn` steps. */
class DocumentIndex implements DocumentContext {
	readonly placed: PlacedMention[] = [];
	private readonly refs = new Map<string, EntityRef>();
	private readonly surnames = new Map<string, FullName[]>();
	private readonly personForms = new Map<string, EntityRef>();
	private readonly known = new Map<string, EntityRef>();
	private organizations = new Map<string, EntityRef>();
	private readonly terms = new Set<string>();
	private readonly clubs = new Map<string, EntityRef>();
	private readonly storms = new Map<string, EntityRef>();
	// A paragraph repeated in the document repeats its mention objects: their forms are computed once.
	private readonly forms: FormsOf;

	constructor(readonly lexicon: Lexicon) {
		this.forms = new FormsOf(lexicon);
	}

	/** The mentions of one paragraph, placed in the document. */
	placeParagraph({ offset, mentions, text }: ParagraphMentions): void {
		for (const local of mentions) {
			const entity = local.kind ? this.entityOf(local) : undefined;
			this.placed.push({ start: offset + local.start, end: offset + local.end, local, paragraph: text, entity });
		}
	}

	entityOf(local: LocalMention): EntityRef {
		const key = local.registry ? local.registry.id : `${local.kind}\u0000${local.surface}`;
		let ref = this.refs.get(key);
		if (!ref) {
			ref = newEntityRef(local);
			this.refs.set(key, ref);
		}
		return ref;
	}

	fullName(surname: string, start: number, forward: boolean): EntityRef | undefined {
		return nearestFullName(this.surnames.get(surname), start, forward)?.entity;
	}

	personForm(word: string): EntityRef | undefined {
		return this.personForms.get(word);
	}

	knownForm(form: string): EntityRef | undefined {
		return this.known.get(form);
	}

	organizationForm(form: string): EntityRef | undefined {
		return this.organizations.get(form);
	}

	clubOf(word: string): EntityRef | undefined {
		return this.clubs.get(word.toLowerCase());
	}

	/** Set by the `full-names` step. */
	private townSurnames = false;

	get hasTownSurnames(): boolean {
		return this.townSurnames;
	}

	get namesClubsByTown(): boolean {
		return this.clubs.size > 0;
	}

	get namesStorms(): boolean {
		return this.storms.size > 0;
	}

	stormOf(word: string): EntityRef | undefined {
		return this.storms.get(word);
	}

	isTerm(surface: string): boolean {
		return this.terms.has(surface);
	}

	*learn(what: DocumentLearning): Steps<void> {
		switch (what) {
			case 'full-names':
				return yield* this.learnFullNames();
			case 'person-forms':
				return yield* this.learnPersonForms();
			case 'known-forms':
				this.known.clear();
				return yield* learnShortForms(this.placed, this.known, this.forms);
			case 'organization-forms':
				this.organizations = yield* organizationsBySurface(this.placed, this.forms);
				return;
			case 'clubs':
			case 'storms':
			case 'terms':
				return this.learnByRule(what);
		}
	}

	/** The clubs, storms and defined terms, by the rules that found them: one quick loop, outside the generator. */
	private learnByRule(what: 'clubs' | 'storms' | 'terms'): void {
		for (const { local, entity } of this.placed) {
			if (what === 'clubs') {
				if (entity?.kind === 'organization' && CLUB_RULES.has(local.rule) && !this.clubs.has(local.surface.toLowerCase()))
					this.clubs.set(local.surface.toLowerCase(), entity);
			} else if (what === 'storms') {
				if (entity?.kind === 'event' && local.rule === 'named-storm')
					this.storms.set(stormNameOf(this.lexicon.cues, local.surface), entity);
			} else if (local.rule === 'acronym-defined-as-term') this.terms.add(local.surface);
		}
	}

	private *learnFullNames(): Steps<void> {
		const placeWords = new Set<string>();
		for (const { local } of this.placed) {
			const word = local.kind === 'place' ? placeWordOf(local.surface) : local.surface;
			if (word !== local.surface) placeWords.add(word);
		}
		yield* inRanges(this.placed.length, (from, to) => this.fullNamesIn(from, to, placeWords));
	}

	/** `learnFullNames` of the mentions `from` up to `to`. */
	private fullNamesIn(from: number, to: number, placeWords: ReadonlySet<string>): void {
		for (let index = from; index < to; index++) {
			const { start, local, entity } = this.placed[index];
			if (entity?.kind !== 'person' || !local.nameWords || countNameWords(this.lexicon, local.nameWords) < 2) continue;
			const surname = this.forms.surname(local, local.nameWords);
			// `Mercy Dunharrow` guessed by its shape after `the City of Dunharrow`: the word stays the place's.
			if (isGuessedPerson(local) && placeWords.has(surname)) continue;
			const list = this.surnames.get(surname) ?? [];
			list.push({ start, entity });
			this.surnames.set(surname, list);
			if (!this.townSurnames && isPlaceName(this.lexicon, surname)) this.townSurnames = true;
		}
	}

	/** `Azman said` after `Azman Hashim Rahmat`, `Ortiz said` after `Elena Ortiz Barragán`: the other words of full names. */
	private *learnPersonForms(): Steps<void> {
		yield* inRanges(this.placed.length, (from, to) => this.personFormsIn(from, to));
	}

	/** `learnPersonForms` of the mentions `from` up to `to`. */
	private personFormsIn(from: number, to: number): void {
		for (let index = from; index < to; index++) {
			const { local, entity } = this.placed[index];
			if (entity?.kind !== 'person') continue;
			// `President Brennick`, `Mr. Brennick`: a surname a title introduced is the person's wherever it stands alone.
			if ((local.title || local.basis === 'title') && !local.surface.includes(' ')) {
				if (!this.personForms.has(local.surface)) this.personForms.set(local.surface, entity);
				continue;
			}
			if (!local.nameWords || local.nameWords.length < 2) continue;
			const personShortForms = this.forms.of(local, entity);
			for (let index = 1; index < personShortForms.length; index++)
				if (!this.personForms.has(personShortForms[index])) this.personForms.set(personShortForms[index], entity);
		}
	}
}

/** The names each entity is written by later in the text; the first entity to claim a form keeps it. */
function* learnShortForms(
	placed: readonly { local: LocalMention; entity?: EntityRef }[],
	known: Map<string, EntityRef>,
	forms: FormsOf,
): Steps<void> {
	yield* inRanges(placed.length, (from, to) => shortFormsOf(placed, from, to, known, forms));
}

/** `learnShortForms` of the mentions `from` up to `to`. */
function shortFormsOf(
	placed: readonly { local: LocalMention; entity?: EntityRef }[], from: number, to: number, known: Map<string, EntityRef>, forms: FormsOf,
): void {
	for (let index = from; index < to; index++) {
		const mention = placed[index];
		if (!mention.entity) continue;
		for (const alias of forms.of(mention.local, mention.entity)) if (!known.has(alias)) known.set(alias, mention.entity);
	}
}

/**
 * `shortForms` and `surnameOf` of each mention, computed once per mention object and kind: the
 * passes ask for them several times, and a paragraph repeated in a document shares its mentions.
 */
class FormsOf {
	private readonly byKind = new Map<EntityKind, Map<LocalMention, readonly string[]>>();
	private readonly surnames = new Map<LocalMention, string>();

	constructor(private readonly lexicon: Lexicon) {}

	of(local: LocalMention, entity: EntityRef): readonly string[] {
		let forms = this.byKind.get(entity.kind);
		if (!forms) this.byKind.set(entity.kind, (forms = new Map()));
		let found = forms.get(local);
		if (!found) forms.set(local, (found = shortForms(local, entity, this.lexicon)));
		return found;
	}

	surname(local: LocalMention, nameWords: readonly string[]): string {
		let found = this.surnames.get(local);
		if (found === undefined) this.surnames.set(local, (found = surnameOf(nameWords, this.lexicon)));
		return found;
	}
}

/** The organisations of the document by surface, from mentions with real evidence (not guessed persons). */
function* organizationsBySurface(
	placed: readonly { local: LocalMention; entity?: EntityRef }[], forms: FormsOf,
): Steps<Map<string, EntityRef>> {
	const organizations = new Map<string, EntityRef>();
	yield* inRanges(placed.length, (from, to) => {
		for (let index = from; index < to; index++) {
			const { local, entity } = placed[index];
			if (entity?.kind !== 'organization') continue;
			for (const form of forms.of(local, entity)) if (!organizations.has(form)) organizations.set(form, entity);
		}
	});
	return organizations;
}

function newEntityRef(local: LocalMention): EntityRef {
	if (local.registry) return { id: local.registry.id, name: local.registry.name, kind: local.registry.kind };
	const kind = local.kind!;
	const name = kind === 'place' ? canonicalName(local.surface) : local.surface.replace(/\s+/g, ' ').replace(/^the /i, '');
	return { id: detectedEntityId(kind, name), name, kind };
}

/** `BEIJING` → `Beijing`, `the  United Nations` → `United Nations`. */
function canonicalName(surface: string): string {
	const name = surface.replace(/\s+/g, ' ').replace(/^the /i, '');
	if (name.length > 3 && name === name.toUpperCase() && /\p{Lu}{4}/u.test(name)) {
		return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
	}
	return name;
}

/** The patterns of a company's or a club's short forms, built once per lexicon from its cue words. */
const shortFormPatterns = derivedOnce(({ cues }) => ({
	/** `Apple` for `Apple Inc.`, `Frigorífico Xingu` for `Frigorífico Xingu Ltda`, `Jiangsu Xinou` for `Jiangsu Xinou Co., Ltd.`. */
	legalSuffix: new RegExp(
		String.raw`,?\s+(?:Co\.?,?\s+Ltd\.?|S\.A\.|S\.p\.A\.|N\.V\.|(?:${[...cues.legalSuffixes, 'Group', 'Holdings'].join('|')})\.?)$`,
	),
	businessHead: new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}-]+)\s+(?:${[...cues.businessHeads].join('|')})$`, 'u'),
	clubAffixes: new RegExp(`^(?:${[...cues.clubPrefixes].join('|')})\\s+|\\s+(?:FC|CF|SC|AFC)$`),
}));

/**
 * The forms a name is also written in later: itself, `Apple` for `Apple Inc.`, `Sisi` for
 * `al-Sisi`, `Erling` for `Erling Haaland` (a given name alone, as sports writing does).
 */
/** `Cleveland` for `City of Cleveland`: the word a place is named by alone. */
function placeWordOf(surface: string): string {
	if (!surface.includes(' of ')) return surface;
	return /^(?:City|Town|Village|Borough|Port|Municipality) of (\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(surface)?.[1] ?? surface;
}

function shortForms(local: LocalMention, entity: EntityRef, lexicon: Lexicon): string[] {
	const forms = [local.surface];
	if (entity.kind === 'place' && placeWordOf(local.surface) !== local.surface) forms.push(placeWordOf(local.surface));
	// `BELÉM` in the dateline, `Belém` in the text.
	if (entity.kind === 'place' && local.surface.length > 3 && local.surface === local.surface.toUpperCase())
		forms.push(canonicalName(local.surface));
	if (entity.kind === 'organization') {
		const patterns = shortFormPatterns(lexicon);
		const stem = local.surface.replace(patterns.legalSuffix, '');
		if (stem !== local.surface) forms.push(stem);
		// `Cogeco` for `Cogeco Communications`: a company named by its distinctive word without the line of business.
		const business = patterns.businessHead.exec(stem);
		if (business && !isPlaceName(lexicon, business[1]) && !isDemonym(lexicon, business[1]) && !isCommonWord(lexicon, business[1])
			&& !isGivenName(lexicon, business[1]))
			forms.push(business[1]);
		// `SC Hasetal 1912`, `FC Porto`: a club is named without its prefix and its year.
		const club = stem.replace(patterns.clubAffixes, '').replace(/\s+(?:18|19|20)\d\d$/, '');
		if (club !== stem && /^\p{Lu}/u.test(club)) forms.push(club);
		// `Efes` for `Anadolu Efes`, `Karsiyaka` for `Pinar Karsiyaka`: either word of a two-word name that names nothing else.
		const pair = /^(\p{Lu}[\p{Ll}\p{M}'’-]+) (\p{Lu}[\p{Ll}\p{M}'’-]+)$/u.exec(stem);
		if (pair && local.basis !== 'registry') for (const word of [pair[1], pair[2]]) if (isDistinctiveWord(word,
			lexicon)) forms.push(word);
	}
	if (entity.kind === 'person' && local.nameWords && local.nameWords.length >= 2) {
		const last = local.nameWords[local.nameWords.length - 1];
		const bare = last.replace(/^(?:al|el|ad|ash|as|at|az|ul|bin|ibn|abu|ben)[-‐]/, '');
		if (bare !== last) forms.push(bare);
		const words = local.nameWords.filter(word => !lexicon.cues.nameConnectors.has(word));
		// The given name alone (`Erling`), as sports writing and Malay or Thai names use it (`Azman`, `Somchai`).
		if (surnameOf(local.nameWords, lexicon) !== words[0]) forms.push(words[0]);
		// `Ortiz` for `Elena Ortiz Barragán`: Spanish names are shortened to the first of two surnames.
		if (words.length === 3 && !isGivenName(lexicon, words[1])) forms.push(words[1]);
	}
	return forms;
}

/** A word that, alone, can only mean the name it was taken from: no ordinary word, place, given name, head word or nationality. */
function isDistinctiveWord(word: string, lexicon: Lexicon): boolean {
	return (
		word.length > 2 &&
		!isCommonWord(lexicon, word) &&
		!isForeignFunctionWord(lexicon, word) &&
		!isPlaceName(lexicon, word) &&
		!isGivenName(lexicon, word) &&
		!isDemonym(lexicon, word) &&
		!isOrganizationHead(lexicon, word) &&
		!isPlaceHead(lexicon, word) &&
		!isEventHead(lexicon, word)
	);
}

/** Chinese names put the surname first (`Xi Jinping`), most others last (`Vladimir Putin`). */
export function surnameOf(words: readonly string[], lexicon: Lexicon): string {
	if (isKoreanName(lexicon, words)) return words[0];
	if (words.length >= 2 && isChineseSurname(lexicon, words[0]) && words.slice(1).every(word => isPinyinGivenName(word))) return words[0];
	// `von der Leyen`, `De Croo`: particles before the last word belong to the surname.
	let first = words.length - 1;
	while (first > 1 && lexicon.cues.nameConnectors.has(words[first - 1].toLowerCase())) first--;
	return words.slice(first).join(' ');
}

/** The full name introduced before `start`; with `forward`, also the first one after it. */
function nearestFullName(candidates: readonly FullName[] | undefined, start: number, forward: boolean): FullName | undefined {
	if (!candidates || candidates.length === 0) return undefined;
	// Candidates are in text order: binary search for the last one before `start`.
	let low = 0;
	let high = candidates.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (candidates[middle].start < start) low = middle + 1;
		else high = middle - 1;
	}
	if (high >= 0) return candidates[high];
	return forward ? candidates[0] : undefined;
}
