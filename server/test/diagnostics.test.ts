import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { computeDiagnostics } from '../src/core/languageFeatures/diagnostics';
import { parseSeed } from '../src/core/parser';
import { readSample, samples } from './support/samples';

const header = ' date 2022-02-06 A title\n\n';
const diagnose = (text: string) => computeDiagnostics(parseSeed(text));
/** `code@line:character` of each diagnostic, for compact exact comparisons. */
const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
const markSummary = (body: string) =>
	summary(diagnose(header + body).filter(d => d.code !== 'missing-date')).map(s =>
		s.replace(/@(\d+)/, (_, line) => `@${Number(line) - 2}`),
	);

test('samples: missing-date exactly on 001, 002 and 003; no quote or bracket problems anywhere', () => {
	const expected: Record<string, string[]> = {
		[samples.s000]: [],
		[samples.s001]: ['missing-date@0:0'],
		[samples.s002]: ['missing-date@0:0'],
		[samples.s003]: ['missing-date@0:0', 'truncated-text@42:0'],
		[samples.s004]: [],
	};
	for (const [name, codes] of Object.entries(expected)) {
		assert.deepEqual(summary(diagnose(readSample(name))), codes, name);
	}
});

test('every diagnostic has source "seed", a fixed code and the right severity', () => {
	const diagnostics = diagnose('No header here (oops\n\n date 2022-13-01 misplaced\n\nThe end is near and');
	assert.ok(diagnostics.length >= 4);
	for (const d of diagnostics) assert.equal(d.source, 'seed');
	const severity = Object.fromEntries(diagnostics.map((d) => [d.code, d.severity]));
	assert.equal(severity['misplaced-date'], DiagnosticSeverity.Warning);
	assert.equal(severity['unterminated-bracket'], DiagnosticSeverity.Warning);
	assert.equal(severity['truncated-text'], DiagnosticSeverity.Information);
});

test('missing-date covers line 1; a header on line 1 removes it', () => {
	const diagnostics = diagnose('Headline of the day\n\nBody text of the article.');
	assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } });
	assert.deepEqual(summary(diagnose(header + 'Body text of the article.')), []);
	assert.deepEqual(summary(diagnose('')), ['missing-date@0:0']);
});

test('invalid-date: impossible and malformed dates and placeholders are errors at the date', () => {
	for (const date of ['2022-02-30', '2022-13-01', '2021-02-29', '22-2-6', 'YYYY-02-05', '2022-2-6']) {
		const diagnostics = diagnose(` date ${date} Title\n\nBody.`);
		assert.deepEqual(summary(diagnostics), ['invalid-date@0:6'], date);
		assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
		assert.equal(diagnostics[0].range.end.character, 6 + date.length);
	}
	assert.deepEqual(summary(diagnose(' date 2024-02-29 Leap day\n\nBody.')), []);
	assert.match(diagnose(' date YYYY-02-05 T\n\nBody.')[0].message, /incomplete: fill in the year/);
});

test('misplaced-date: a header below line 1', () => {
	assert.deepEqual(summary(diagnose('\n date 2022-02-06 Title\n\nBody.')), ['misplaced-date@1:1']);
	assert.deepEqual(summary(diagnose('Headline\n\n date 2022-02-06 Title\n\nBody.')), ['misplaced-date@2:1']);
	assert.deepEqual(summary(diagnose(header + 'Body.\n\n date 2022-02-07 Again\n\nMore body.')), ['misplaced-date@4:1']);
	// Prose that starts with the word "date" is not a header.
	assert.deepEqual(summary(diagnose(header + 'date of the summit is not yet known.')), []);
});

test('quotations: closed straight, curly, single and CJK quotes give nothing', () => {
	assert.deepEqual(markSummary('He said "yes" and “no” and ‘maybe’ and 「是」 and 『好』 and «oui».'), []);
});

test('apostrophes are not quotation marks', () => {
	assert.deepEqual(markSummary('Russia’s role, the countries’ heads, don\'t, the leaders\' view, rock \'n\' roll, the \'90s.'), []);
	assert.deepEqual(markSummary('It\'s Putin‘s mistyped apostrophe.'), []);
});

test('unterminated-quote at the opening mark, for each kind of quote', () => {
	assert.deepEqual(markSummary('He said "yes and left.'), ['unterminated-quote@0:8']);
	assert.deepEqual(markSummary('He said “yes and left.'), ['unterminated-quote@0:8']);
	assert.deepEqual(markSummary('他说「是的。'), ['unterminated-quote@0:2']);
	assert.deepEqual(markSummary('She called it ‘a deal and left.'), ['unterminated-quote@0:14']);
	assert.deepEqual(markSummary('Then “outer ‘inner” closes.'), ['unterminated-quote@0:12']);
});

test('a quotation over several paragraphs, reopened each time, is not an error', () => {
	const body = '“The first paragraph of a long quote.\n\n“The second paragraph goes on.\n\n“The last one closes,” he said.';
	assert.deepEqual(markSummary(body), []);
	const straight = '"First part.\n\n"Second part," he said.';
	assert.deepEqual(markSummary(straight), []);
	// Not reopened: the first paragraph's quote is really unterminated.
	assert.deepEqual(markSummary('“The first paragraph.\n\nThe second paragraph, he said.'), ['unterminated-quote@0:0']);
});

test('a quote left open at the end of the text is unterminated', () => {
	assert.deepEqual(markSummary('Body text.\n\nHe ended with “never again.'), ['unterminated-quote@2:14']);
});

test('brackets: nested and CJK brackets balance; unclosed ones are reported at the opener', () => {
	assert.deepEqual(markSummary('A (nested [pair] here) and （中文） and 《书名》 and 【标题】.'), []);
	assert.deepEqual(markSummary('A (nested [pair here) end.'), ['unterminated-bracket@0:10']);
	assert.deepEqual(markSummary('A (never closed, it goes on.'), ['unterminated-bracket@0:2']);
	assert.deepEqual(markSummary('BEIJING, Feb. 5 (Xinhua -- The talks were held.'), ['unterminated-bracket@0:16']);
});

test('unmatched closers: brackets, curly and CJK quotes; list numbering and smileys are fine', () => {
	assert.deepEqual(markSummary('It ended) there.'), ['unmatched-closer@0:8']);
	assert.deepEqual(markSummary('It ended” there.'), ['unmatched-closer@0:8']);
	assert.deepEqual(markSummary('结束了」。'), ['unmatched-closer@0:3']);
	assert.deepEqual(markSummary('It was good." Then more.'), ['unmatched-closer@0:12']);
	assert.deepEqual(markSummary('1) First point.\n\na) Second point :) fine.'), []);
	assert.deepEqual(markSummary('A 5" screen.'), []);
});

test('truncated-text: a dangling fragment and a mid-sentence ending; complete endings are fine', () => {
	const fragment = diagnose(header + 'Full sentence here.\n\nVideo –');
	assert.deepEqual(summary(fragment), ['truncated-text@4:0']);
	assert.equal(fragment[0].range.end.character, 7);
	assert.deepEqual(summary(diagnose(header + 'Full sentence here. And then the scrape stopped in the middle of')), [
		'truncated-text@2:20',
	]);
	assert.deepEqual(summary(diagnose(header + 'Full sentence here.\n\nAnother one ends well!')), []);
	assert.deepEqual(summary(diagnose(header + '他说了。\n\n全文。（完）')), []);
	assert.deepEqual(summary(diagnose(header + 'Ends with a quote, "like this."')), []);
	assert.deepEqual(
		summary(diagnose(header + 'Body text.\n\nCopyright © 2022 Some Site. All rights reserved')),
		[],
		'trailing boilerplate is not a truncation',
	);
});
