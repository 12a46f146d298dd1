import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { createLexicon } from './support/lexicon';
import { parseRegistry } from '../src/core/entities/registry';
import type { EntityMention } from '../src/core/entities/types';

import { seedsFolder } from './support/samples';
const sample = (name: string) => fs.readFileSync(path.join(seedsFolder, name), 'utf8');
const registry = () => parseRegistry(fs.readFileSync(path.join(seedsFolder, 'entities.yaml'), 'utf8')).entries;

function detect(text: string, detector = new EntityDetector([], createLexicon())): EntityMention[] {
	return [...detector.analyse(parseSeed(text)).mentions];
}

/** `[surface, kind, entity name, start]` for compact exact comparisons. */
function summary(mentions: readonly EntityMention[]): [string, string, string, number][] {
	return mentions.map(mention => [mention.surface, mention.entity.kind, mention.entity.name, mention.start]);
}

function at(mentions: readonly EntityMention[], start: number): EntityMention | undefined {
	return mentions.find(mention => mention.start === start);
}

test('sample 000 without a registry: titled people, dateline place and agency, surname aliases', () => {
	const mentions = detect(sample('000_8fe48cf9272154b3.txt'));
	assert.deepEqual(summary(mentions).slice(0, 10), [
		['Xi', 'person', 'Xi Jinping', 31],
		['Putin', 'person', 'Vladimir Putin', 35],
		['BEIJING', 'place', 'Beijing', 96],
		['Xinhua', 'organization', 'Xinhua', 113],
		['Xi Jinping', 'person', 'Xi Jinping', 160],
		['Vladimir Putin', 'person', 'Vladimir Putin', 199],
		['Le Yucheng', 'person', 'Le Yucheng', 278],
		['Putin', 'person', 'Vladimir Putin', 302],
		['China', 'place', 'China', 330],
		['Beijing 2022 Olympic Winter Games', 'event', 'Beijing 2022 Olympic Winter Games', 379],
	]);
	assert.equal(at(mentions, 160)?.title, 'Chinese President');
	assert.equal(at(mentions, 278)?.title, 'Chinese Vice Foreign Minister');
	assert.equal(at(mentions, 278)?.end, 288);
	// `Le said` after `Le Yucheng` is Le Yucheng.
	const le = at(mentions, 637);
	assert.deepEqual([le?.surface, le?.end, le?.entity.name, le?.entity.kind], ['Le', 639, 'Le Yucheng', 'person']);
	assert.equal(mentions.filter(mention => mention.entity.name === 'Le Yucheng').length, 7);
});

test('sample 002: the French word Français is not an entity, Chinese names without titles are people', () => {
	const text = sample('002_91ec62a49ae75b28.txt');
	const mentions = detect(text);
	const francais = text.indexOf('Français');
	assert.equal(francais, 3);
	assert.equal(mentions.some(mention => mention.start <= francais && francais < mention.end), false);
	assert.equal(mentions.some(mention => mention.surface === 'Le' || mention.surface === 'Contact'), false);
	assert.deepEqual(summary(mentions.filter(mention => mention.start >= 8771 && mention.start < 8830)), [
		['Ding Xuexiang', 'person', 'Ding Xuexiang', 8771],
		['Yang Jiechi', 'person', 'Yang Jiechi', 8786],
		['Wang Yi', 'person', 'Wang Yi', 8799],
		['He Lifeng', 'person', 'He Lifeng', 8811],
	]);
	// The headline is Title Case: `Holds Talks` is not part of a name.
	assert.deepEqual(summary(mentions.filter(mention => mention.start < 100)), [
		['Xi Jinping', 'person', 'Xi Jinping', 34],
		['Vladimir Putin', 'person', 'Vladimir Putin', 80],
	]);
	assert.equal(at(mentions, 80)?.title, 'Russian President');
	// Title + surname and the possessive: `President Putin's invitation`.
	const putin = at(mentions, 638);
	assert.deepEqual([putin?.surface, putin?.end, putin?.entity.name, putin?.title], ['Putin', 643, 'Vladimir Putin', 'President']);
	assert.equal(text.slice(643, 645), "'s");
	assert.deepEqual(summary(mentions.filter(mention => mention.start >= 8880)), [
		['China International Development Cooperation Agency', 'organization', 'China International Development Cooperation Agency', 8890],
		['China Daily', 'organization', 'China Daily', 8976],
	]);
});

test('events, facilities, organisations with `of` and acronyms', () => {
	const mentions = detect(sample('004_ed3e051bfad3e112.txt'));
	const kinds = new Map(mentions.map(mention => [mention.surface, mention.entity.kind]));
	assert.equal(kinds.get('20th National Congress of the Communist Party of China'), 'event');
	assert.equal(kinds.get('CPC'), 'organization');
	assert.equal(kinds.get('CPC Central Committee'), 'organization');
	assert.equal(kinds.get('G20'), 'organization');
	assert.equal(kinds.get('SCO'), 'organization');
	assert.equal(kinds.get('Cold War'), 'event');
	assert.equal(kinds.get('Year of Sports Exchange'), 'event');
	assert.equal(kinds.get('Yao Dawei'), 'person');
	assert.equal(kinds.get('COVID'), undefined);
	const general = mentions.find(mention => mention.title === 'General Secretary');
	assert.deepEqual([general?.surface, general?.entity.name], ['Xi', 'Xi Jinping']);
	const olympics = detect(sample('002_91ec62a49ae75b28.txt'))
		.filter(mention => mention.entity.kind === 'event')
		.map(mention => mention.surface);
	assert.deepEqual(olympics.slice(0, 3), ['Olympic Winter Games Sochi\u20022014', 'Winter Olympics', 'Spring Festival']);
	const guesthouse = detect(sample('002_91ec62a49ae75b28.txt')).find(mention => mention.surface === 'Diaoyutai State Guesthouse');
	assert.deepEqual([guesthouse?.start, guesthouse?.entity.kind], [268, 'place']);
});

test('hyphenated place pairs are two places; a prefix like Sino- is not an entity', () => {
	const text = 'The China-Russia relations grew. Sino-Russian ties and Russia–Ukraine talks continued.';
	assert.deepEqual(summary(detect(text)), [
		['China', 'place', 'China', 4],
		['Russia', 'place', 'Russia', 10],
		['Russia', 'place', 'Russia', 55],
		['Ukraine', 'place', 'Ukraine', 62],
	]);
});

test('possessives: the mention stops before the apostrophe (straight and curly)', () => {
	const text = "Kenyan President William Ruto spoke in Nairobi. Ruto's plan and Ruto’s allies were discussed.";
	const mentions = detect(text);
	assert.deepEqual(summary(mentions), [
		['William Ruto', 'person', 'William Ruto', 17],
		['Nairobi', 'place', 'Nairobi', 39],
		['Ruto', 'person', 'William Ruto', 48],
		['Ruto', 'person', 'William Ruto', 64],
	]);
	assert.equal(mentions[0].title, 'Kenyan President');
});

test('texts of other kinds: a European summit, particles in names, agencies in datelines', () => {
	const text = [
		'BRUSSELS, June 27 (Reuters) - European Union leaders agreed to nominate Ursula von der Leyen for a second term.',
		'',
		'Hungarian Prime Minister Viktor Orban voted against von der Leyen, while Belgian Prime Minister Alexander De Croo told reporters '
			+ 'the European Council would meet again.',
	].join('\n');
	const mentions = detect(text);
	assert.deepEqual(summary(mentions), [
		['BRUSSELS', 'place', 'Brussels', 0],
		['Reuters', 'organization', 'Reuters', 19],
		['European Union', 'organization', 'European Union', 30],
		['Ursula von der Leyen', 'person', 'Ursula von der Leyen', 72],
		['Viktor Orban', 'person', 'Viktor Orban', 138],
		['von der Leyen', 'person', 'Ursula von der Leyen', 165],
		['Alexander De Croo', 'person', 'Alexander De Croo', 209],
		['European Council', 'organization', 'European Council', 246],
	]);
	assert.equal(at(mentions, 138)?.title, 'Hungarian Prime Minister');
});

test('a lone surname that is an ordinary word is not linked at the start of a sentence', () => {
	const text = 'Vice Premier He Lifeng visited Shanghai. He said trade grew. Officials met He later.';
	const mentions = detect(text);
	assert.deepEqual(summary(mentions), [
		['He Lifeng', 'person', 'He Lifeng', 13],
		['Shanghai', 'place', 'Shanghai', 31],
		['He', 'person', 'He Lifeng', 75],
	]);
	assert.equal(mentions[0].title, 'Vice Premier');
});

test('Le before Le Yucheng is introduced, or followed by a capitalised word, is not the surname', () => {
	const text = 'Le Monde reported the visit. Chinese Vice Foreign Minister Le Yucheng said talks went well. Le said more.';
	const mentions = detect(text);
	assert.equal(mentions.some(mention => mention.entity.kind === 'person' && mention.start === 0), false);
	assert.deepEqual(summary(mentions), [
		['Le Monde', 'organization', 'Le Monde', 0],
		['Le Yucheng', 'person', 'Le Yucheng', 59],
		['Le', 'person', 'Le Yucheng', 92],
	]);
});

test('the registry wins: canonical names, aliases in other scripts, kinds', () => {
	const detector = new EntityDetector(registry(), createLexicon());
	const text = sample('001_2bec4b55e153d035.txt');
	const mentions = detect(text, detector);
	const first = mentions[0];
	assert.deepEqual([first.surface, first.entity.id, first.entity.kind], ['China News Agency', 'China News Service', 'organization']);
	const xi = mentions.find(mention => mention.surface === '习近平');
	assert.equal(xi?.entity.name, 'Xi Jinping');
	assert.equal(xi?.start, text.indexOf('习近平'));
	const putin = mentions.find(mention => mention.surface === '普京');
	assert.equal(putin?.entity.id, 'Vladimir Putin');
	const olympics = mentions.find(mention => mention.surface === 'Beijing Winter Olympics');
	assert.deepEqual([olympics?.entity.name, olympics?.entity.kind], ['2022 Winter Olympics', 'event']);
	// The registry's place `Beijing` does not break the event `Beijing Winter Olympics`.
	assert.equal(mentions.some(mention => mention.surface === 'Beijing' && mention.start === olympics?.start), false);
});

test('detected names keep their kind: a person is never a place', () => {
	const text = 'Jordan Peterson spoke in Jordan. Georgia Meloni is not Georgia. Paris Hilton stayed in Paris.';
	const kinds = summary(detect(text)).map(([surface, kind]) => `${surface}:${kind}`);
	assert.ok(kinds.includes('Jordan:place'));
	assert.ok(kinds.includes('Paris:place'));
	assert.ok(!kinds.includes('Paris Hilton:place'));
	assert.ok(!kinds.includes('Jordan Peterson:place'));
});

test('after a one-character edit only the changed paragraph is analysed again', () => {
	const detector = new EntityDetector([], createLexicon());
	const text = sample('002_91ec62a49ae75b28.txt');
	const document = parseSeed(text);
	const first = detector.analyse(document);
	assert.ok(first.paragraphsAnalysed > 10);
	const at = text.indexOf('extraordinary');
	const edited = text.slice(0, at) + 'E' + text.slice(at + 1);
	const second = detector.analyse(parseSeed(edited, document), first);
	assert.equal(second.paragraphsAnalysed, 1);
	assert.deepEqual(second.mentions.map(mention => mention.start), first.mentions.map(mention => mention.start));
	// Another detector (a changed registry) does not reuse the cache.
	assert.equal(new EntityDetector([], createLexicon()).analyse(parseSeed(edited), first).paragraphsAnalysed, first.paragraphsAnalysed);
});

test('organisations without head words: firms after `at`, before company roles, with acronyms, in lists', () => {
	const text = 'Analysts at Goldman Sachs and Morgan Stanley agreed. '
		+ 'Samsung Chairman Lee Jae-yong met Nvidia chief executive Jensen Huang, and SK Hynix said Apple Inc. grew.';
	assert.deepEqual(summary(detect(text)), [
		['Goldman Sachs', 'organization', 'Goldman Sachs', 12],
		['Morgan Stanley', 'organization', 'Morgan Stanley', 30],
		['Samsung', 'organization', 'Samsung', 53],
		['Lee Jae-yong', 'person', 'Lee Jae-yong', 70],
		['Nvidia', 'organization', 'Nvidia', 87],
		['Jensen Huang', 'person', 'Jensen Huang', 110],
		['SK Hynix', 'organization', 'SK Hynix', 128],
		['Apple Inc.', 'organization', 'Apple Inc.', 142],
	]);
});

test('names with particles, regnal numbers and places named by the noun after them', () => {
	const text = "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II. Sisi later flew to Anambra state.";
	const mentions = detect(text);
	assert.deepEqual(summary(mentions), [
		['Abdel Fattah al-Sisi', 'person', 'Abdel Fattah al-Sisi', 19],
		['Jordan', 'place', 'Jordan', 44],
		['Abdullah II', 'person', 'Abdullah II', 58],
		['Sisi', 'person', 'Abdel Fattah al-Sisi', 71],
		['Anambra', 'place', 'Anambra', 90],
	]);
	assert.equal(mentions[2].title, 'King');
});

test('any text: no exception, mentions inside the text, in order, without overlaps, surface = text', async () => {
	const fc = await import('fast-check');
	const detector = new EntityDetector(registry(), createLexicon());
	const pieces = [
		'Xi Jinping', 'President ', 'Le ', 'said', ' of the ', 'BEIJING, ', '(Xinhua) -- ', "'s", '’', '-', 'China-Russia', '习近平',
		'\n\n', '. ', ' ', 'Français', 'G20', 'U.S.', 'al-Sisi', 'II', '“', '"',
	];
	fc.assert(
		fc.property(
			fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
				maxLength: 40,
			}),
			parts => {
				const text = parts.join('');
				const mentions = detector.analyse(parseSeed(text)).mentions;
				let previousEnd = 0;
				for (const mention of mentions) {
					assert.ok(
						mention.start >= previousEnd && mention.end > mention.start && mention.end <= text.length,
						JSON.stringify({ text, mention }),
					);
					assert.equal(text.slice(mention.start, mention.end), mention.surface);
					previousEnd = mention.end;
				}
			},
		),
		{ numRuns: 400 },
	);
});

test('a registry name inside a wider name taken by an earlier registry match adds no overlapping mention', () => {
	const spans = new EntityDetector(registry(), createLexicon())
		.analyse(parseSeed('Xi Jinping Xi Jinping'))
		.mentions.map(mention => [mention.start, mention.end]);
	assert.deepEqual(spans, [[0, 21]]);
});
