import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { addLexiconText, parseLexiconText } from '../src/core/entities/lexiconData';
import { loadLexiconFiles } from '../src/node/lexiconFiles';

function kindOf(text: string, surface: string): string | undefined {
	return new EntityDetector([]).analyse(parseSeed(text)).mentions.find(mention => mention.surface === surface)?.entity.kind;
}

test('a lexicon file is read line by line: comments, blank lines, a BOM and CRLF are skipped, inner spaces collapsed', () => {
	assert.deepEqual(parseLexiconText('\uFEFF# organisations\r\nBrelvonix\r\n\r\n  Quorrin   Marine Group \n#  Skipped\n'), [
		'Brelvonix',
		'Quorrin Marine Group',
	]);
	assert.deepEqual(parseLexiconText(''), []);
});

test('names added from lexicon data change what the detector answers, also for words it was asked about before', () => {
	const text = 'Fishermen said Tarsk Vyland was flooded. Ilvo Brandt met Brelvonix on Monday.';
	assert.equal(kindOf(text, 'Tarsk Vyland'), 'person'); // two unknown capitalised words: a person's shape
	assert.equal(kindOf(text, 'Brelvonix'), undefined);
	assert.equal(addLexiconText('places', 'Tarsk Vyland\n'), 1);
	assert.equal(addLexiconText('organizations', '# companies\nBrelvonix\n'), 1);
	assert.equal(kindOf(text, 'Tarsk Vyland'), 'place');
	assert.equal(kindOf(text, 'Brelvonix'), 'organization');
	// `Ilvo Hamburg`: a place after an unknown word names a club; after a given name it is a surname (`Guilherme France`).
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Ilvo Hamburg'), 'organization');
	addLexiconText('givenNames', 'Ilvo\n');
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Ilvo Hamburg'), 'person');
	assert.equal(kindOf('Ilvo Hamburg said the club would appeal.', 'Hamburg'), undefined);
});

test('the shipped lexicon files load; a missing directory or file is reported, not thrown', () => {
	const shipped = loadLexiconFiles(path.resolve(__dirname, '..', '..', '..', 'server', 'data'));
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
	assert.match(loadLexiconFiles(undefined).problems[0], /no lexicon data directory/);
	const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lexicon-'));
	try {
		const result = loadLexiconFiles(empty);
		assert.equal(result.problems.length, 7);
		assert.match(result.problems[0], /^given-names\.txt: ENOENT/);
	} finally {
		fs.rmSync(empty, { recursive: true, force: true });
	}
});

test('a plural from the ordinary-plurals data opening a sentence is an ordinary word, not part of a name', () => {
	const text = 'Retailers Drevik and Pellamo said they had removed the syrup.';
	assert.equal(kindOf('Investigators say Tarmond Holdings won seven contracts.', 'Tarmond Holdings'), 'organization');
	assert.equal(kindOf('Zorblats Quellan Mors said the ground moved.', 'Zorblats Quellan Mors'), 'person');
	assert.equal(addLexiconText('ordinaryPlurals', 'zorblats\n'), 1);
	assert.equal(kindOf('Zorblats Quellan Mors said the ground moved.', 'Quellan Mors'), 'person');
	assert.equal(kindOf(text, 'Drevik'), 'organization');
});

test('a word from the dictionary data after `and` continues an organisation\'s name; an unknown one does not', () => {
	const text = 'Funding came from the Varnish Institute of Fine Arts and Zorblature (VIFAZ) last year.';
	assert.equal(kindOf(text, 'Varnish Institute of Fine Arts and Zorblature'), undefined);
	assert.equal(addLexiconText('dictionaryWords', 'zorblature\n'), 1);
	assert.equal(kindOf(text, 'Varnish Institute of Fine Arts and Zorblature'), 'organization');
	// The data leaves out `-ed` forms; the stem stands for them, so the lower-case rest of a French name stops before `zorbled`.
	assert.equal(addLexiconText('dictionaryWords', 'zorble\n'), 1);
	assert.equal(kindOf('The Autorité de la velorie zorbled the firm.', 'Autorité de la velorie'), 'organization');
});
