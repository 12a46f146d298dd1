import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { parseLexiconText } from '../src/core/entities/lexiconData';
import { createLexicon, type LexiconEntries } from './support/lexicon';
import { loadLexicon } from '../src/node/lexiconFiles';

function kindOf(text: string, surface: string, entries: LexiconEntries = {}): string | undefined {
	return new EntityDetector([],
		createLexicon(entries)).analyse(parseSeed(text)).mentions.find(mention => mention.surface === surface)?.entity.kind;
}

test('a lexicon file is read line by line: comments, blank lines, a BOM and CRLF are skipped, inner spaces collapsed', () => {
	assert.deepEqual(parseLexiconText('\uFEFF# organisations\r\nBrelvonix\r\n\r\n  Quorrin   Marine Group \n#  Skipped\n'), [
		'Brelvonix',
		'Quorrin Marine Group',
	]);
	assert.deepEqual(parseLexiconText(''), []);
});

test('names in a lexicon change what its detector answers; another lexicon, built before or after, does not see them', () => {
	const text = 'Fishermen said Tarsk Vyland was flooded. Ilvo Brandt met Brelvonix on Monday.';
	assert.equal(kindOf(text, 'Tarsk Vyland'), 'person'); // two unknown capitalised words: a person's shape
	assert.equal(kindOf(text, 'Brelvonix'), undefined);
	const entries = { places: parseLexiconText('Tarsk Vyland\n'), organizations: parseLexiconText('# companies\nBrelvonix\n') };
	assert.equal(kindOf(text, 'Tarsk Vyland', entries), 'place');
	assert.equal(kindOf(text, 'Brelvonix', entries), 'organization');
	assert.equal(kindOf(text, 'Tarsk Vyland'), 'person');
	// `Ilvo Hamburg`: a place after an unknown word names a club; after a given name it is a surname (`Guilherme France`).
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Ilvo Hamburg'), 'organization');
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Ilvo Hamburg', { givenNames: ['Ilvo'] }), 'person');
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Hamburg', { givenNames: ['Ilvo'] }), undefined);
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Ilvo Hamburg'), 'organization');
});

test('the shipped lexicon files load; a missing directory or file is reported, not thrown', () => {
	const shipped = loadLexicon(path.resolve(__dirname, '..', '..', '..', 'server', 'data'));
	assert.deepEqual(shipped.problems, []);
	for (const file of [
		'given-names.txt',
		'organizations.txt',
		'places.txt',
		'cities.txt',
		'regions.txt',
		'ordinary-plurals.txt',
		'dictionary-words.txt',
	])
		assert.ok(shipped.entries[file] > 1000, `${file}: ${shipped.entries[file]} entries`);
	// The short general lists the unit tests build on ship with the rest.
	assert.ok(shipped.entries['core-given-names.txt'] > 400 && shipped.entries['core-places.txt'] > 700, JSON.stringify(shipped.entries));
	assert.ok(shipped.entries['core-common-words.txt'] > 800, JSON.stringify(shipped.entries));
	assert.ok(shipped.entries['core-demonyms.txt'] > 200, JSON.stringify(shipped.entries));
	assert.match(loadLexicon(undefined).problems[0], /no lexicon data directory/);
	const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lexicon-'));
	try {
		const result = loadLexicon(empty);
		assert.equal(result.problems.length, 12);
		assert.match(result.problems[0], /^core-given-names\.txt: ENOENT/);
	} finally {
		fs.rmSync(empty, { recursive: true, force: true });
	}
});

test('a plural from the ordinary-plurals data opening a sentence is an ordinary word, not part of a name', () => {
	const text = 'Retailers Drevik and Pellamo said they had removed the syrup.';
	assert.equal(kindOf('Investigators say Tarmond Holdings won seven contracts.', 'Tarmond Holdings'), 'organization');
	assert.equal(kindOf('Zorblats Quellan Mors said the ground moved.', 'Zorblats Quellan Mors'), 'person');
	assert.equal(kindOf('Zorblats Quellan Mors said the ground moved.', 'Quellan Mors', { ordinaryPlurals: ['zorblats'] }), 'person');
	assert.equal(kindOf(text, 'Drevik'), 'organization');
});

test('a word from the dictionary data after `and` continues an organisation\'s name; an unknown one does not', () => {
	const text = 'Funding came from the Varnish Institute of Fine Arts and Zorblature (VIFAZ) last year.';
	assert.equal(kindOf(text, 'Varnish Institute of Fine Arts and Zorblature'), undefined);
	assert.equal(kindOf(text, 'Varnish Institute of Fine Arts and Zorblature', { dictionaryWords: ['zorblature'] }), 'organization');
	// The data leaves out `-ed` forms; the stem stands for them, so the lower-case rest of a French name stops before `zorbled`.
	const french = 'The Autorité de la velorie zorbled the firm.';
	assert.equal(kindOf(french, 'Autorité de la velorie', { dictionaryWords: ['zorblature', 'zorble'] }), 'organization');
});
