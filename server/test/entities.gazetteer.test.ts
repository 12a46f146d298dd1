import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { parseRegistry, type RegistryEntry } from '../src/core/entities/registry';
import * as path from 'node:path';
import { isKnownOrganization } from '../src/core/entities/lexicon/lexicon';
import { loadLexicon } from '../src/node/lexiconFiles';

// The gazetteer is the built-in list and the shipped data file together (football clubs are in the file).
const { lexicon } = loadLexicon(path.resolve(__dirname, '..', '..', '..', 'server', 'data'));

/** `[surface, kind, start]` of every mention, for exact comparisons. */
function detect(text: string, entries: readonly RegistryEntry[] = []): [string, string, number][] {
	return new EntityDetector(entries, lexicon)
		.analyse(parseSeed(text))
		.mentions.map(mention => [mention.surface, mention.entity.kind, mention.start]);
}

test('the organisation gazetteer (built in and data file) is a general Set of thousands of names, none of them a place name', () => {
	assert.ok(lexicon.organizationNames instanceof Set);
	assert.ok(lexicon.organizationNames.size > 10_000);
	assert.deepEqual([...lexicon.organizationNames].filter(name => lexicon.placeNames.has(name)), []);
	assert.ok(isKnownOrganization(lexicon, 'International Monetary Fund'));
	assert.ok(isKnownOrganization(lexicon, 'Galatasaray'));
	// Whole names only, by their written form.
	assert.ok(!isKnownOrganization(lexicon, 'galatasaray'));
	assert.ok(!isKnownOrganization(lexicon, 'Monetary Fund'));
});

test('a gazetteer organisation beats a person by shape: `X said`, a multi-word club', () => {
	assert.deepEqual(detect('Galatasaray said on Monday it had signed a striker.'), [['Galatasaray', 'organization', 0]]);
	assert.deepEqual(detect('Manchester United said the deal was done.'), [['Manchester United', 'organization', 0]]);
	assert.deepEqual(detect('Fans of Borussia Dortmund told reporters they would march.'), [['Borussia Dortmund', 'organization', 8]]);
});

test('an explicit person context beats the gazetteer: a title, a given name and surname earlier in the text', () => {
	assert.deepEqual(detect('President Ford said the economy was strong.'), [['Ford', 'person', 10]]);
	assert.deepEqual(detect('Harrison Ford arrived late. Ford said he was tired.'), [
		['Harrison Ford', 'person', 0],
		['Ford', 'person', 28],
	]);
	// Without a person of that name in the text, the same sentence names the carmaker.
	assert.deepEqual(detect('Ford said sales rose.'), [['Ford', 'organization', 0]]);
});

test('the registry wins over the gazetteer', () => {
	const { entries } = parseRegistry('- name: Bayer Leverkusen Fan\n  kind: person\n  aliases: [Bayer]\n');
	assert.deepEqual(detect('Bayer said it would appeal.', entries), [['Bayer', 'person', 0]]);
	assert.deepEqual(detect('Bayer said it would appeal.'), [['Bayer', 'organization', 0]]);
});

test('a lone unknown word before `said` is an organisation unless a person of that name, a title or a given name says otherwise', () => {
	assert.deepEqual(detect('Quorvex said it would appeal the ruling.'), [['Quorvex', 'organization', 0]]);
	assert.deepEqual(detect('The ruling was appealed, said Quorvex.'), [['Quorvex', 'organization', 30]]);
	assert.deepEqual(detect('Lena Quorvex chairs the panel. Quorvex said it would meet again.'), [
		['Lena Quorvex', 'person', 0],
		['Quorvex', 'person', 31],
	]);
	assert.deepEqual(detect('Minister Quorvex said the panel would meet again.'), [['Quorvex', 'person', 9]]);
	assert.deepEqual(detect('Maria said she would stay.'), [['Maria', 'person', 0]]);
});
