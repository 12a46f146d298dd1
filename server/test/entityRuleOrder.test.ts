/**
 * The entity rules as ordered lists (`rules/stages.ts`, `rules/spanRules.ts`, `rules/wordRules.ts`,
 * `rules/creditRules.ts`, `rules/titleRules.ts`, `rules/acronymRules.ts`, `rules/listRules.ts`,
 * `rules/documentRules.ts`): each
 * catalogued rule sits in exactly one list, in the catalogue's order; the first rule that decides puts
 * its id on the mention; the tokenizer keeps the lower-case words the rules declare.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityDetector } from '../src/core/entities/detector';
import { createLexicon, vocabularyOf } from './support/lexicon';
import { ENTITY_RULES } from '../src/core/entities/rules/catalogue';
import { keptLowerCaseWords } from '../src/core/entities/rules/keptWords';
import { ACRONYM_RULES, type AcronymUnit } from '../src/core/entities/rules/acronymRules';
import { CREDIT_WORD_RULES, DATELINE_RULES, type CreditRule, type CreditWord, type Dateline } from '../src/core/entities/rules/creditRules';
import { DOCUMENT_STAGE, documentRuleIds, type DocumentPass, type DocumentUnit } from '../src/core/entities/rules/documentRules';
import type { StageEntry } from '../src/core/entities/rules/ruleContext';
import { LIST_RULES, type ListUnit } from '../src/core/entities/rules/listRules';
import { RULES_BY_STAGE } from '../src/core/entities/rules/stages';
import { AFTER_TITLE_RULES, TITLE_RULES, type TitleWords } from '../src/core/entities/rules/titleRules';
import { SPAN_RULES } from '../src/core/entities/rules/spanRules';
import { WORD_RULES, type WordQuestion } from '../src/core/entities/rules/wordRules';
import { tokenizeParagraph } from '../src/core/entities/tokenizer';
import { parseSeed } from '../src/core/parser';
import { parseRegistry } from '../src/core/entities/registry';

/** Runs `check` with the entry at `index` taken out of the stage's `list`, and puts it back whatever happens. */
function withoutEntry<T>(list: T[], index: number, check: () => void): void {
	const [removed] = list.splice(index, 1);
	try {
		check();
	} finally {
		list.splice(index, 0, removed);
	}
}

function rulesOf(text: string, surface: string): string[][] {
	return new EntityDetector([], createLexicon())
		.analyse(parseSeed(text))
		.mentions.filter(mention => mention.surface === surface)
		.map(mention => [...mention.rules ?? []]);
}

test('the ordered lists hold every catalogued rule exactly once, by stage, in the catalogue\'s order', () => {
	const listed = RULES_BY_STAGE.flatMap(({ rules }) => rules);
	assert.equal(new Set(listed).size, listed.length, 'no rule is listed twice');
	assert.deepEqual(listed, ENTITY_RULES.map(rule => rule.id));
	for (const { stage, rules } of RULES_BY_STAGE) {
		const catalogued = ENTITY_RULES.filter(rule => rule.stage === stage).map(rule => rule.id);
		assert.deepEqual(rules, catalogued, `stage ${stage}`);
	}
});

test('a stage\'s steps have names of their own, no rule\'s id', () => {
	const ids = new Set<string>(ENTITY_RULES.map(rule => rule.id));
	const entries = [...SPAN_RULES, ...WORD_RULES, ...TITLE_RULES, ...AFTER_TITLE_RULES];
	const steps = entries.flatMap(entry => (entry.id === undefined ? [entry.step] : []));
	assert.ok(steps.length > 0);
	for (const step of steps) assert.ok(!ids.has(step), step);
});

test('the first rule that decides puts its id on the mention', () => {
	const place = WORD_RULES.findIndex(entry => entry.id === 'known-place-word');
	const preposition = WORD_RULES.findIndex(entry => entry.id === 'word-after-place-preposition');
	assert.ok(place >= 0 && place < preposition, 'a known place is decided before the preposition before it is read');
	// Both rules would decide `Paris` after `in`; an unknown word after `in` only the second.
	assert.deepEqual(rulesOf('Talks resumed in Paris on Monday.', 'Paris'), [['known-place-word']]);
	assert.deepEqual(rulesOf('Talks resumed in Kayole on Monday.', 'Kayole'), [['word-after-place-preposition']]);
	// The order is the precedence: swapped, the other rule decides `Paris`.
	const rules = WORD_RULES as StageEntry<WordQuestion>[];
	[rules[place], rules[preposition]] = [rules[preposition], rules[place]];
	try {
		assert.deepEqual(rulesOf('Talks resumed in Paris on Monday.', 'Paris'), [['word-after-place-preposition']]);
	} finally {
		[rules[place], rules[preposition]] = [rules[preposition], rules[place]];
	}
	assert.deepEqual(rulesOf('Talks resumed in Paris on Monday.', 'Paris'), [['known-place-word']]);
});

test('a span rule that decides puts its id on the mention, and a later one never sees the run', () => {
	// `the Mara river`: name-shaped (a person by shape alone) and followed by a place noun; the place noun is asked first.
	const placeNoun = SPAN_RULES.findIndex(entry => entry.id === 'following-place-noun');
	const person = SPAN_RULES.findIndex(entry => entry.id === 'person-shape');
	assert.ok(placeNoun >= 0 && placeNoun < person);
	assert.deepEqual(rulesOf('Herders crossed the Kelvo Marandu river at dawn.', 'Kelvo Marandu'), [['following-place-noun']]);
	assert.deepEqual(rulesOf('Herders met Kelvo Marandu at dawn.', 'Kelvo Marandu'), [['person-shape']]);
});

test('the tokenizer keeps the lower-case words the rules declare, and no others', () => {
	const lexicon = createLexicon();
	const vocabulary = vocabularyOf(lexicon);
	const declared = new Set<string>();
	for (const entry of [...SPAN_RULES, ...WORD_RULES])
		for (const word of typeof entry.words === 'function' ? entry.words(lexicon.cues) : entry.words ?? []) declared.add(word);
	assert.deepEqual([...keptLowerCaseWords(lexicon.cues)].sort(), [...declared].sort());
	// Most come from the lexicon's cue words (`said`, `minister`), a few are listed by the rules themselves.
	for (const word of ['said', 'rivers', 'coalition', 'minister', 'in', 'of', 'and', 'capital'])
		assert.ok(vocabulary.keepsWord(word), word);
	assert.ok(!vocabulary.keepsWord('banana'));
	const words = tokenizeParagraph('The Surma and Kushiyara rivers flooded, officials said.', vocabulary).tokens.map(token => token.text);
	assert.deepEqual(words, ['The', 'Surma', 'and', 'Kushiyara', 'rivers', 'said']);
});

function documentPass(name: string): DocumentPass {
	const pass = DOCUMENT_STAGE.find((entry): entry is DocumentPass => entry.pass === name);
	assert.ok(pass, name);
	return pass;
}

test('the document stage asks each catalogued document rule through one unit, first in the catalogue\'s order', () => {
	const catalogued = ENTITY_RULES.filter(rule => rule.stage === 'document').map(rule => rule.id);
	assert.deepEqual(documentRuleIds(), catalogued);
	const units = new Map<string, DocumentUnit>();
	for (const entry of DOCUMENT_STAGE) {
		if (entry.pass === undefined) continue;
		for (const unit of entry.units) {
			const key = unit.id ?? unit.step;
			assert.ok(!units.has(key) || units.get(key) === unit, `${key} is one unit wherever it is asked`);
			units.set(key, unit);
		}
	}
	const ids = new Set<string>(ENTITY_RULES.map(rule => rule.id));
	for (const [key, unit] of units) if (unit.id === undefined) assert.ok(!ids.has(key), `step ${key} has a name of its own`);
	const passes = DOCUMENT_STAGE.flatMap(entry => (entry.pass === undefined ? [] : [entry.pass]));
	assert.equal(new Set(passes).size, passes.length, 'no pass is named twice');
});

test('in a document pass the first unit that decides wins; swapped, the other one decides', () => {
	const text = 'Sabine Kestrel founded the firm. Later Kestrel reported a loss.';
	// A hinted word (`Kestrel reported`: an organisation's cue) that is also the surname of a person named before it.
	assert.deepEqual(rulesOf(text, 'Kestrel'), [['word-organization-cue-weak', 'document-surname']]);
	assert.deepEqual(rulesOf('Kestrel reported a loss.', 'Kestrel'), [['word-organization-cue-weak', 'document-hint']]);
	const units = documentPass('hinted-word').units as DocumentUnit[];
	const surname = units.findIndex(unit => unit.id === 'document-surname');
	const hint = units.findIndex(unit => unit.id === 'document-hint');
	assert.ok(surname >= 0 && surname < hint);
	[units[surname], units[hint]] = [units[hint], units[surname]];
	try {
		assert.deepEqual(rulesOf(text, 'Kestrel'), [['word-organization-cue-weak', 'document-hint']]);
	} finally {
		[units[surname], units[hint]] = [units[hint], units[surname]];
	}
	assert.deepEqual(rulesOf(text, 'Kestrel'), [['word-organization-cue-weak', 'document-surname']]);
	// A step that decides first leaves no id: `Ford said` joins `Edsel Ford` before the lone verb makes it an organisation.
	assert.deepEqual(rulesOf('Ford said sales rose.', 'Ford'), [['word-before-person-verb', 'document-lone-verb-organization']]);
	assert.deepEqual(rulesOf('Ford said sales rose. Edsel Ford agreed.', 'Ford'), [['word-before-person-verb']]);
});

test('a later document pass decides a mention again: its rule\'s id replaces the earlier one', () => {
	const passes = DOCUMENT_STAGE.flatMap(entry => (entry.pass === undefined ? [] : [entry.pass]));
	assert.ok(passes.indexOf('lone-person-word') < passes.indexOf('guessed-person'));
	// `Almacenes Rivel said`: a person by shape, then the organisation the text names by the same words.
	const text = 'Almacenes Rivel Ltda cut prices; Almacenes Rivel said it would hire.\n\n';
	assert.deepEqual(rulesOf(text, 'Almacenes Rivel'), [['person-shape', 'document-organization-elsewhere']]);
	const pass = documentPass('guessed-person');
	const units = pass.units as DocumentUnit[];
	const saved = [...units];
	units.length = 0;
	try {
		assert.deepEqual(rulesOf(text, 'Almacenes Rivel'), [['person-shape']]);
	} finally {
		units.push(...saved);
	}
});

test('each member of a list is asked of the list units in order: a step before a rule keeps it from deciding', () => {
	const units = LIST_RULES as ListUnit[];
	const noOrganization = units.findIndex(unit => unit.step === 'no-organization-listed');
	const shares = units.findIndex(unit => unit.id === 'list-shares-organization');
	assert.ok(noOrganization >= 0 && noOrganization < shares);
	// Two persons by shape alone: a list without an organisation leaves them persons; with one, they are organisations too.
	const persons = 'Kelvo Marandu and Tarsk Vyland met on Monday.';
	assert.deepEqual(rulesOf(persons, 'Tarsk Vyland'), [['person-shape']]);
	assert.deepEqual(rulesOf('Deutsche Bank, Kelvo Marandu and Tarsk Vyland advised the deal.', 'Tarsk Vyland'),
		[['person-shape', 'list-shares-organization']]);
	[units[noOrganization], units[shares]] = [units[shares], units[noOrganization]];
	try {
		assert.deepEqual(rulesOf(persons, 'Tarsk Vyland'), [['person-shape', 'list-shares-organization']]);
	} finally {
		[units[noOrganization], units[shares]] = [units[shares], units[noOrganization]];
	}
	assert.deepEqual(rulesOf(persons, 'Tarsk Vyland'), [['person-shape']]);
});

test('a dateline\'s region and agency are written only after its place; a caption\'s photographer only after its agency', () => {
	const dateline = 'OSNABRUECK, Germany, April 27 (dpa) - Rain fell.\n';
	assert.deepEqual(rulesOf(dateline, 'Germany'), [['dateline-region']]);
	assert.deepEqual(rulesOf(dateline, 'dpa'), [['dateline-lower-case-agency']]);
	assert.deepEqual(DATELINE_RULES.map(rule => rule.id),
		['dateline-place', 'dateline-before-date', 'dateline-region', 'dateline-lower-case-agency']);
	// `LONDON 1996-12-06`: capitals right before a date in digits are the other rule's place; a region may end before the date.
	assert.deepEqual(rulesOf('LONDON 1996-12-06\n', 'LONDON'), [['dateline-before-date']]);
	const region = 'AL-AIN , United Arab Emirates 1996-12-06\n';
	assert.deepEqual(rulesOf(region, 'AL-AIN'), [['dateline-place']]);
	assert.deepEqual(rulesOf(region, 'United Arab Emirates'), [['dateline-region']]);
	const datelineRules = DATELINE_RULES as CreditRule<Dateline>[];
	const place = datelineRules.shift()!;
	try {
		// No place, no dateline: `Germany` is left to the word stage, `(dpa)` to nobody.
		assert.deepEqual(rulesOf(dateline, 'Germany'), [['known-place-word']]);
		assert.deepEqual(rulesOf(dateline, 'dpa'), []);
	} finally {
		datelineRules.unshift(place);
	}
	const caption = 'Crowds gathered. (Xinhua/Yao Dawei)\n';
	assert.deepEqual(rulesOf(caption, 'Yao Dawei'), [['caption-photographer']]);
	const wordRules = CREDIT_WORD_RULES as CreditRule<CreditWord>[];
	const agency = wordRules.findIndex(rule => rule.id === 'caption-agency');
	assert.ok(agency >= 0 && wordRules[agency + 1].id === 'caption-photographer');
	withoutEntry(wordRules, agency, () => assert.deepEqual(rulesOf(caption, 'Yao Dawei'), [['person-shape']]));
	assert.deepEqual(rulesOf(caption, 'Yao Dawei'), [['caption-photographer']]);
});

test('a name and the acronym after it are asked of the acronym units in order: a step before a rule keeps it from deciding', () => {
	const units = ACRONYM_RULES as AcronymUnit[];
	const namedPerson = units.findIndex(unit => unit.step === 'initials-after-named-person');
	assert.ok(namedPerson >= 0 && namedPerson < units.findIndex(unit => unit.id === 'initials-of-name'));
	// `Anna Berg (AB)`: initials after a person named by a given name are no acronym of hers; after a guessed name they are.
	const text = 'Anna Berg (AB) spoke on Monday.';
	assert.deepEqual(rulesOf(text, 'AB'), [['acronym']]);
	assert.deepEqual(rulesOf('Ilse Marnow Vrijheid (IMV) said so.', 'IMV'), [['initials-of-name']]);
	assert.deepEqual(rulesOf('Ilse Marnow Vrijheid (IMV) said so.', 'Ilse Marnow Vrijheid'), [['initials-after-guessed-name']]);
	withoutEntry(units, namedPerson, () => assert.deepEqual(rulesOf(text, 'AB'), [['initials-of-name']]));
	assert.deepEqual(rulesOf(text, 'AB'), [['acronym']]);
});

test('a title\'s words are asked of the title rules in order: the place with its head word before the word alone', () => {
	const text = 'Nairobi County Governor Johnson Sakaja said the roads would reopen.';
	assert.deepEqual(rulesOf(text, 'Nairobi County'), [['place-in-title']]);
	assert.deepEqual(rulesOf(text, 'Johnson Sakaja'), [['name-after-title']]);
	const rules = TITLE_RULES as StageEntry<TitleWords>[];
	const place = rules.findIndex(entry => entry.id === 'place-in-title');
	const word = rules.findIndex(entry => entry.id === undefined && entry.step === 'place-or-acronym-in-title');
	assert.ok(place >= 0 && place < word);
	[rules[place], rules[word]] = [rules[word], rules[place]];
	try {
		assert.deepEqual(rulesOf(text, 'Nairobi'), [['known-place-word']]);
		assert.deepEqual(rulesOf(text, 'Nairobi County'), []);
	} finally {
		[rules[place], rules[word]] = [rules[word], rules[place]];
	}
	assert.deepEqual(rulesOf(text, 'Nairobi County'), [['place-in-title']]);
});

test('list coordination runs after the registry: a member the registry names as a person keeps the others persons', () => {
	const lexicon = createLexicon({ organizations: ['Goldman Sachs'] });
	const text = 'The deal was signed by Merrow Dalby, Quill Hartigan and Goldman Sachs on Monday.\n';
	const kinds = (detector: EntityDetector): string[] => detector.analyse(parseSeed(text)).mentions
		.map(mention => `${mention.surface}: ${mention.entity.kind} (${mention.rules?.join(' > ')})`);
	assert.deepEqual(kinds(new EntityDetector([], lexicon)), [
		'Merrow Dalby: organization (person-shape > list-shares-organization)',
		'Quill Hartigan: organization (person-shape > list-shares-organization)',
		'Goldman Sachs: organization (known-organization)',
	]);
	const registry = parseRegistry('- id: dalby\n  name: Merrow Dalby\n  kind: person\n');
	assert.deepEqual(kinds(new EntityDetector(registry.entries, lexicon)), [
		'Merrow Dalby: person (registry)',
		'Quill Hartigan: person (person-shape)',
		'Goldman Sachs: organization (known-organization)',
	]);
});
