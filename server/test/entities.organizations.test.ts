import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { createLexicon, type Lexicon } from './support/lexicon';
import { spellsInitials, nameBeforeLedSuffix, organizationCue } from '../src/core/entities/organizationContext';

/** The helper on `lexicon`: a test that needs names of the data files builds its own lexicon with them. */
function withLexicon(lexicon: Lexicon) {
	const detector = new EntityDetector([], lexicon);
	return {
		/** `[surface, kind, start]` of every mention, for exact comparisons. */
		detect(text: string): [string, string, number][] {
			return detector.analyse(parseSeed(text)).mentions.map(mention => [mention.surface, mention.entity.kind, mention.start]);
		},
	};
}

/** On the built-in lexicons alone. */
const { detect } = withLexicon(createLexicon());

test('organisation cues before and after a lone name: shares of, spokesperson for, possessive role, appositive, '
	+ 'statement, which, verbs', () => {
	const text = 'Shares of Kestrel rose 4%. A spokesperson for Lumora declined to comment. Vantor\'s chief executive left.\n'
		+ 'Orbis, the state power company, said prices would rise. According to Telvane, demand fell. '
		+ 'Quillon said in a statement that it would appeal. Brantwood, which makes trucks, reported a loss.';
	assert.deepEqual(detect(text), [
		['Kestrel', 'organization', 10],
		['Lumora', 'organization', 46],
		['Vantor', 'organization', 74],
		['Orbis', 'organization', 105],
		['Telvane', 'organization', 174],
		['Quillon', 'organization', 196],
		['Brantwood', 'organization', 246],
	]);
});

test('a weak cue yields to a surname; a strong cue makes an ordinary word an organisation; the kind spreads over guessed persons', () => {
	const text = 'Mark Halvorsen joined the board. According to Halvorsen, demand fell. Shares of Apple rose. '
		+ 'Kestrel said prices would rise. Analysts expect Kestrel to report a loss. Shares of Kestrel fell.';
	assert.deepEqual(detect(text), [
		['Mark Halvorsen', 'person', 0],
		['Halvorsen', 'person', 46],
		['Apple', 'organization', 80],
		['Kestrel', 'organization', 92],
		['Kestrel', 'organization', 140],
		['Kestrel', 'organization', 176],
	]);
	// Without any cue, a lone `Kestrel said` is an organisation too (no person of that name is introduced);
	// after a person's full name it is that person's surname.
	assert.deepEqual(detect('Kestrel said prices would rise.'), [['Kestrel', 'organization', 0]]);
	assert.deepEqual(detect('Ann Kestrel spoke first. Kestrel said prices would rise.'), [
		['Ann Kestrel', 'person', 0],
		['Kestrel', 'person', 25],
	]);
});

test('football scores make clubs, tennis set scores do not', () => {
	assert.deepEqual(detect('Marvale beat Dunstan 1-0 on Sunday. Ortega beat Lindqvist 6-4, 6-3.'), [
		['Marvale', 'organization', 0],
		['Dunstan', 'organization', 13],
	]);
	// The winner of a basketball score is a team too, though its first word is a given name.
	assert.deepEqual(detect('Pinar Veltok stunned Orvalis 81-77 on Sunday. Veltok led by nine at half-time.'), [
		['Pinar Veltok', 'organization', 0], ['Orvalis', 'organization', 21], ['Veltok', 'organization', 46],
	]);
});

test('`the X` is an organisation unless a place preposition or a noun says otherwise', () => {
	assert.deepEqual(detect('Reporters visited the Orion capsule. Trading on the Nasdaq was thin. '
		+ 'Critics slammed the COVID rules. Fans cheered in the Zocalo.'), [
		['Nasdaq', 'organization', 52],
	]);
});

test('X-led: the name before the suffix, a place for a country, nothing for a nationality', () => {
	assert.deepEqual(detect('The Zentra-led coalition and the US-backed forces fought the Saudi-led alliance.'), [
		['Zentra', 'organization', 4],
		['US', 'place', 33],
	]);
	assert.equal(nameBeforeLedSuffix('ANC-led'), 'ANC');
	assert.equal(nameBeforeLedSuffix('well-led'), 'well');
	assert.equal(nameBeforeLedSuffix('Zentra'), undefined);
});

test('acronym definitions: the acronym takes the long name\'s kind, a guessed person becomes an organisation', () => {
	assert.deepEqual(detect('The Pellar Trade Expo (PTE) opened. Ilse Marnow Vrijheid (IMV) said. Anna Berg (AB) spoke.'), [
		['Pellar Trade Expo', 'event', 4],
		['PTE', 'event', 23],
		['Ilse Marnow Vrijheid', 'organization', 36],
		['IMV', 'organization', 58],
		['Anna Berg', 'person', 69],
		['AB', 'organization', 80],
	]);
	assert.equal(spellsInitials('MSF', 'Médecins Sans Frontières'), true);
	assert.equal(spellsInitials('OSCE', 'Organization for Security and Co-operation in Europe'), true);
	assert.equal(spellsInitials('DIHK', 'German Chamber of Commerce and Industry'), false);
});

test('an organisation head before `of` carries ordinary words after `and`, but not another name', () => {
	const { detect } = withLexicon(createLexicon({ organizations: ['Goldman Sachs'] }));
	assert.deepEqual(detect('The Ministry of Trade and Industry said. The Bank of Ruritania and Goldman Sachs agreed.'), [
		['Ministry of Trade and Industry', 'organization', 4],
		['Bank of Ruritania', 'organization', 45],
		['Goldman Sachs', 'organization', 67],
	]);
});

test('events: numbered conferences, head word with a year, Copa openings, a war after Gulf; plural roles and mixed-case acronyms', () => {
	assert.deepEqual(detect('Delegates gathered at COP29 in Baku. Expo 2030 will be held in Riyadh. '
		+ 'The Copa Sudamericana final was played. They recalled the Gulf War. The far-right AfD gained. He holds a PhD from Oxford.'), [
		['COP29', 'event', 22],
		['Baku', 'place', 31],
		['Expo 2030', 'event', 37],
		['Riyadh', 'place', 63],
		['Copa Sudamericana', 'event', 75],
		['Gulf War', 'event', 129],
		['AfD', 'organization', 153],
	]);
	// `Delegates` is a role in the plural, never a person; `Summit` alone is no event.
	assert.deepEqual(detect('Delegates recalled the Summit.'), []);
});

test('a long sentence full of names is running text, not a Title Case headline', () => {
	assert.deepEqual(detect('Ministers recalled the Asian Financial Crisis as they prepared for the Lisbon Water Forum '
		+ 'and the Oslo Energy Conference in March.'), [
		['Asian Financial Crisis', 'event', 23],
		['Lisbon Water Forum', 'event', 71],
		['Oslo Energy Conference', 'event', 98],
	]);
});

test('the Asian Football Confederation is an organisation; the Russian Federation a state; a foreign article after `in` a place', () => {
	assert.deepEqual(detect('The Asian Football Confederation met the Russian Federation. '
		+ 'Clinics in El Fasher closed. Le Monde reported it.'), [
		['Asian Football Confederation', 'organization', 4],
		['Russian Federation', 'place', 41],
		['El Fasher', 'place', 72],
		['Le Monde', 'organization', 90],
	]);
});

test('organizationCue reads only the words right around the name', () => {
	const lexicon = createLexicon();
	const text = 'Shares of Kestrel rose.';
	assert.equal(organizationCue(lexicon, text, 10, 17), 'strong');
	assert.equal(organizationCue(lexicon, 'Kestrel rose.', 0, 7), undefined);
	assert.equal(organizationCue(lexicon, 'Kestrel reported a loss.', 0, 7), 'weak');
});

test('"Al" opens an organisation only with context; otherwise it is a given name', () => {
	const people = detect('Al Pacino attended the premiere on Monday. Al Gore spoke later.');
	assert.deepEqual(people.filter(([surface]) => surface.startsWith('Al ')), [['Al Pacino', 'person', 0], ['Al Gore', 'person', 43]]);
	assert.deepEqual(detect('Al Jazeera said in a statement that its office was closed.'), [['Al Jazeera', 'organization', 0]]);
});
