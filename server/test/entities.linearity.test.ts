/**
 * Entity analysis grows linearly with a paragraph's length: the work on a text four (or eight)
 * times longer is compared with the work on the shorter one, best of several runs, with a loose
 * bound between linear growth and quadratic growth. No absolute time is asserted (`npm run bench`
 * holds the speed targets).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyseParagraph } from '../src/core/entities/paragraphAnalyzer';
import { createLexicon, vocabularyOf } from './support/lexicon';
import { parseRegistry } from '../src/core/entities/registry';
import { RegistryMatcher } from '../src/core/entities/registryMatcher';

const lexicon = createLexicon();

// The garbage one size leaves would otherwise be collected while the other is timed.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const root = path.resolve(__dirname, '..', '..', '..');
const matcher = new RegistryMatcher(
	parseRegistry(fs.readFileSync(path.join(root, 'seeds', 'entities.yaml'), 'utf8')).entries,
	vocabularyOf(lexicon),
);

/** The samples' prose on a single line, as a scraped page without line breaks. */
function singleLineProse(length: number): string {
	const prose = fs.readdirSync(path.join(root, 'seeds')).filter(name => name.endsWith('.txt')).sort()
		.map(name => fs.readFileSync(path.join(root, 'seeds', name), 'utf8').replace(/\s+/g, ' ')).join(' ');
	return prose.repeat(Math.ceil(length / prose.length)).slice(0, length);
}

/** The processor time `run` takes, in microseconds: other processes on a busy machine do not count. */
function cpuTime(run: () => unknown): number {
	const before = process.cpuUsage();
	run();
	const used = process.cpuUsage(before);
	return used.user + used.system;
}

/**
 * Time on `times`× the text over time on the text: near `times` when linear, near `times`² when
 * quadratic. Processor time, not elapsed time; the two sizes run in turns, best of several.
 */
function growth(shape: (length: number) => string, length: number, times: number): number {
	const short = shape(length);
	const long = shape(length * times);
	let bestShort = Infinity;
	let bestLong = Infinity;
	analyseParagraph(short, matcher, lexicon);
	analyseParagraph(long, matcher, lexicon);
	for (let run = 0; run < 7; run++) {
		collectGarbage();
		bestShort = Math.min(bestShort, cpuTime(() => analyseParagraph(short, matcher, lexicon)));
		collectGarbage();
		bestLong = Math.min(bestLong, cpuTime(() => analyseParagraph(long, matcher, lexicon)));
	}
	return bestLong / bestShort;
}

const repeated = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const shapes: [string, (length: number) => string, number, number][] = [
	['a run of capitalised words', repeated('Aaa Bbb Ccc Ddd '), 16_000, 8],
	['a run of acronyms', repeated('AAA BBB CCC DDD '), 16_000, 8],
	['capitalised words joined by of', repeated('Aaa of Bbb of '), 16_000, 8],
	['a list of ordinary capitalised words', repeated('Health, Education, '), 16_000, 8],
	['parentheses before capitalised words', repeated('(Aaa Bbb '), 16_000, 8],
	['titles before a name', repeated('Vice Foreign Minister Aaa '), 16_000, 8],
	['lower-case words and a capitalised one after and', repeated('foo and Zzz '), 16_000, 8],
	['prose on a single line, with the registry', singleLineProse, 16_000, 8],
];

for (const [name, shape, length, times] of shapes) {
	test(`entity analysis is linear in the paragraph's length: ${name}`, (context) => {
		const ratio = growth(shape, length, times);
		context.diagnostic(`${times}× the text: ${ratio.toFixed(1)}× the time`);
		// Linear growth gives about `times`, quadratic about `times`²: the bound is halfway on a log scale, and some more.
		assert.ok(ratio < times * Math.sqrt(times) * 1.5, `${times}× the text took ${ratio.toFixed(1)}× the time`);
	});
}

test('a run of capitalised words longer than any name is still read as names, a bounded number of words at a time', () => {
	const text = 'Aaa Bbb Ccc Ddd '.repeat(200);
	const mentions = analyseParagraph(text, matcher, lexicon);
	// Nothing here is a name the lexicons know; what matters is that each span stays short.
	for (const mention of mentions) assert.ok(mention.surface.split(' ').length <= 24, mention.surface);
});
