import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { CUES_FILE, parseLexiconText } from '../src/core/entities/lexiconData';
import { parseCues, type Cues } from '../src/core/entities/lexicon/cues';
import { createLexicon as createCoreLexicon } from '../src/core/entities/lexicon/lexicon';
import { createLexicon, type LexiconEntries } from './support/lexicon';
import { loadLexicon } from '../src/node/lexiconFiles';

const dataDirectory = path.resolve(__dirname, '..', '..', '..', 'server', 'data');

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

test('the shipped lexicon files load; a missing name list is reported, not thrown', () => {
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
	assert.ok(shipped.lexicon.cues.roleHeads.has('minister') && shipped.lexicon.cues.organizationHeads.has('Agency'));
	const onlyCues = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lexicon-'));
	try {
		fs.copyFileSync(path.join(dataDirectory, CUES_FILE), path.join(onlyCues, CUES_FILE));
		const result = loadLexicon(onlyCues);
		assert.equal(result.problems.length, 12);
		assert.match(result.problems[0], /^core-given-names\.txt: ENOENT/);
		assert.equal(result.lexicon.givenNames.size, 0);
		assert.ok(result.lexicon.cues.personVerbs.has('said'));
	} finally {
		fs.rmSync(onlyCues, { recursive: true, force: true });
	}
});

test('without the cue words there is no lexicon: a missing directory, file or section throws, naming it', () => {
	assert.throws(() => loadLexicon(undefined), /no lexicon data directory found \(it holds core-cues\.txt/);
	const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lexicon-'));
	try {
		assert.throws(() => loadLexicon(empty), /core-cues\.txt: ENOENT.*cannot work without them/);
		const shipped = fs.readFileSync(path.join(dataDirectory, CUES_FILE), 'utf8');
		fs.writeFileSync(path.join(empty, CUES_FILE), shipped.replace('[person-verbs]', '[person-verb]'));
		assert.throws(() => loadLexicon(empty), /core-cues\.txt: no section \[person-verbs\]/);
	} finally {
		fs.rmSync(empty, { recursive: true, force: true });
	}
	// A lexicon built without cue words (a caller without types) fails at once, not with empty lists.
	assert.throws(() => createCoreLexicon({} as LexiconEntries & { cues: Cues }), /a lexicon needs the cue words/);
});

test('the cue words file: sections of words, comments; words outside a section, a section twice, empty or unknown throw', () => {
	const shipped = fs.readFileSync(path.join(dataDirectory, CUES_FILE), 'utf8');
	const cues = parseCues(shipped.replace(/\n/g, '\r\n'));
	// Words on several lines of a section, and a list read as written (the legal suffixes are organisation heads too).
	assert.ok(cues.roleHeads.has('president') && cues.roleHeads.has('umpire') && !cues.roleHeads.has('President'));
	assert.ok(cues.organizationHeads.has('GmbH') && cues.legalSuffixes.has('GmbH') && !cues.businessHeads.has('#'));
	assert.deepEqual([...cues.phraseConnectors], ['of', 'for', 'the', 'on']);
	assert.throws(() => parseCues('said told\n' + shipped), /words before the first section: said told/);
	assert.throws(() => parseCues(shipped + '\n[life-verbs]\ndied\n'), /the section \[life-verbs\] comes twice/);
	assert.throws(() => parseCues(shipped + '\n[shouted-verbs]\nWARNS\n'), /unknown section \[shouted-verbs\]/);
	assert.throws(() => parseCues(shipped.replace(/\[standalone-places\]\n(?:#.*\n)*Capitol\n/, '[standalone-places]\n')),
		/the section \[standalone-places\] is empty/);
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
