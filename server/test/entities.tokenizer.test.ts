/**
 * The tokenizer keeps capitalised words, numbers and a list of lower-case words, and skips the
 * other lower-case words without cutting them out of the text (a table keyed by the scan's hash).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RegistryMatcher } from '../src/core/entities/registryMatcher';
import { tokenizeParagraph } from '../src/core/entities/tokenizer';
import { vocabularyOf } from './support/lexicon';

const vocabulary = vocabularyOf();

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

test('tokenizer: kept lower-case words stay (possessive too), other lower-case words are left in the gaps', () => {
	const text = 'The minister\'s aide told the press in Paris that Dr. Amina Okafor would attend with 12 delegates.';
	const paragraph = tokenizeParagraph(text, vocabulary);
	assert.deepEqual(
		paragraph.tokens.map(token => [token.text, token.start, token.end, token.possessive]),
		[
			['The', 0, 3, false],
			['minister', 4, 12, true],
			['told', 20, 24, false],
			['the', 25, 28, false],
			['in', 35, 37, false],
			['Paris', 38, 43, false],
			['Dr', 49, 51, false],
			['Amina', 53, 58, false],
			['Okafor', 59, 65, false],
			['with', 79, 83, false],
			['12', 84, 86, false],
		],
	);
	// `aide`, `press`, `that`, `would`, `attend`, `delegates` are skipped. Content words: every word but the number and
	// the function words `the`, `in`, `with` (kept or not); capitalised: The, Paris, Dr, Amina, Okafor.
	assert.equal(paragraph.contentWords, 13);
	assert.equal(paragraph.capitalisedContentWords, 5);
	assert.equal(paragraph.tokens[2].gapBefore, ' aide ');
});

test('tokenizer: a registry alias\'s lower-case word is kept for it, and only then', () => {
	const name = 'Médecins sans Frontières';
	const entry = { id: 'msf', name, kind: 'organization' as const, aliases: [], start: 0, end: 0, nameRange: range };
	const matcher = new RegistryMatcher([entry], vocabulary);
	assert.deepEqual([...matcher.lowercaseWords], ['sans']);
	const text = 'Staff of Médecins sans Frontières said sans doubt.';
	const words = (paragraph: ReturnType<typeof tokenizeParagraph>) => paragraph.tokens.map(token => token.text);
	assert.deepEqual(words(tokenizeParagraph(text, vocabulary)), ['Staff', 'of', 'Médecins', 'Frontières', 'said']);
	assert.deepEqual(words(tokenizeParagraph(text, vocabulary, matcher.extraWords)), [
		'Staff', 'of', 'Médecins', 'sans', 'Frontières', 'said', 'sans',
	]);
	const found = matcher.match(tokenizeParagraph(text, vocabulary, matcher.extraWords).tokens);
	assert.deepEqual(found.map(match => [text.slice(match.start, match.end), match.entry.id]), [['Médecins sans Frontières', 'msf']]);
});
