import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RegistryMatcher } from '../src/core/entities/registryMatcher';
import { tokenize } from '../src/core/entities/tokenizer';
import { cjkRegistry, cjkSeed } from '../../bench/largeInputs';
import { vocabularyOf } from './support/lexicon';

const vocabulary = vocabularyOf();

/** What one alternation of every alias, longest first, finds: the matcher's behaviour before it was indexed. */
function byAlternation(aliases: readonly string[], text: string): [number, number][] {
	const escaped = [...aliases].sort((a, b) => b.length - a.length).map(alias => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return [...text.matchAll(new RegExp(escaped.join('|'), 'gu'))].map(found => [found.index!, found.index! + found[0].length]);
}

test('CJK aliases: the indexed matcher finds what one alternation of all aliases found, longest first, without overlaps', () => {
	const entries = cjkRegistry(3000);
	const matcher = new RegistryMatcher(entries, vocabulary);
	const text = cjkSeed(entries, 4000).replace(/\s+/g, '');
	const aliases = entries.flatMap(entry => entry.aliases);
	const found = matcher.match(tokenize(text, vocabulary)).map(match => [match.start, match.end]);
	assert.ok(found.length > 100);
	assert.deepEqual(found, byAlternation([...new Set(aliases)], text));
});

test('CJK aliases: nested and astral aliases, the longest wins at each position', () => {
	const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	const entry = (id: string, aliases: string[]) => ({
		id,
		name: id,
		kind: 'person' as const,
		aliases,
		start: 0,
		end: 0,
		nameRange: range,
	});
	const matcher = new RegistryMatcher([entry('a', ['习近平', '习近']), entry('b', ['近平主席']), entry('c', ['𠮷野家'])], vocabulary);
	const text = '习近平主席和𠮷野家习近';
	const found = matcher.match(tokenize(text, vocabulary)).map(match => [text.slice(match.start, match.end), match.entry.id]);
	assert.deepEqual(found, [['习近平', 'a'], ['𠮷野家', 'c'], ['习近', 'a']]);
});

test('a registry of 60,000 CJK aliases: matching a 9 KB text costs about what a registry of 600 does', () => {
	const text = cjkSeed(cjkRegistry(600), 9000).replace(/\s+/g, '');
	const tokens = tokenize(text, vocabulary);
	const time = (matcher: RegistryMatcher) => {
		let best = Infinity;
		for (let run = 0; run < 5; run++) {
			const started = performance.now();
			matcher.match(tokens);
			best = Math.min(best, performance.now() - started);
		}
		return best;
	};
	const small = new RegistryMatcher(cjkRegistry(600), vocabulary);
	const large = new RegistryMatcher(cjkRegistry(60_000), vocabulary);
	time(small);
	const ratio = time(large) / time(small);
	// An alternation of every alias grew with the registry (100× the aliases, about 100× the time); the index does not.
	assert.ok(ratio < 10, `100× the aliases took ${ratio.toFixed(1)}× the time`);
});
