import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { computeDiagnostics } from '../src/core/languageFeatures/diagnostics';
import { computeQuickFixes } from '../src/core/languageFeatures/quickFixes';
import { parseSeed } from '../src/core/parser';
import { applyEdits, readSample, samples } from './support/samples';

const uri = 'file:///seeds/x.txt';

function fixes(text: string, code: string): CodeAction[] {
	const doc = parseSeed(text);
	const diagnostics = computeDiagnostics(doc).filter((d) => d.code === code);
	assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic`);
	return computeQuickFixes(doc, uri, diagnostics);
}

function apply(text: string, action: CodeAction): string {
	return applyEdits(text, action.edit!.changes![uri]);
}

const codesAfter = (text: string) => computeDiagnostics(parseSeed(text)).map((d) => d.code);

test('002: the preferred fix inserts the header from the date line and the headline; the diagnostic goes', () => {
	const text = readSample(samples.s002);
	const actions = fixes(text, 'missing-date');
	assert.equal(actions[0].isPreferred, true);
	assert.equal(actions[0].kind, CodeActionKind.QuickFix);
	assert.ok(actions.slice(1).every((a) => !a.isPreferred));
	const fixed = apply(text, actions[0]);
	assert.equal(fixed.split('\n')[0], ' date 2022-02-05 President Xi Jinping Holds Talks with Russian President Vladimir Putin');
	assert.equal(fixed.slice(fixed.indexOf('\n') + 2), text, 'nothing else changes');
	assert.ok(!codesAfter(fixed).includes('missing-date'));
	// The other choice: February 4, whose year comes from the dated evidence.
	assert.equal(apply(text, actions[1]).split('\n')[0].slice(0, 16), ' date 2022-02-04');
});

test('003: the fix takes the dateline date and the headline', () => {
	const text = readSample(samples.s003);
	const fixed = apply(text, fixes(text, 'missing-date')[0]);
	assert.equal(fixed.split('\n')[0], ' date 2022-02-04 CGTN: China, Russia vow to turn mutual trust into cooperation in various fields');
	assert.ok(!codesAfter(fixed).includes('missing-date'));
});

test('001: dates without a year give a header to complete, which stays flagged until completed', () => {
	const text = readSample(samples.s001);
	const actions = fixes(text, 'missing-date');
	const fixed = apply(text, actions[0]);
	const firstLine = fixed.split('\n')[0];
	assert.equal(firstLine, ' date YYYY-02-05 On Feb. 4, Chinese President Xi Jinping held talks with Russian President Vladimir Putin');
	assert.deepEqual(codesAfter(fixed), ['invalid-date']);
	const completed = fixed.replace('YYYY-02-05', '2022-02-05');
	assert.deepEqual(codesAfter(completed), []);
});

test('a text with no date at all gets a YYYY-MM-DD header to fill in', () => {
	const text = 'Headline\n\nBody without any date.';
	const fixed = apply(text, fixes(text, 'missing-date')[0]);
	assert.equal(fixed, ' date YYYY-MM-DD Headline\n\nHeadline\n\nBody without any date.');
});

test('CRLF files get a CRLF header; a BOM stays first', () => {
	const text = '\uFEFFHeadline\r\n\r\nFebruary 06, 2022\r\n\r\nBody.';
	const fixed = apply(text, fixes(text, 'missing-date')[0]);
	assert.equal(fixed, '\uFEFF date 2022-02-06 Headline\r\n\r\nHeadline\r\n\r\nFebruary 06, 2022\r\n\r\nBody.');
});

test('invalid-date: replaced by dates found in the text, best first', () => {
	const text = ' date 2022-02-30 Title\n\nfmprc.gov.cn| Updated: 2022-02-05\n\nOn February 4, they met.';
	const actions = fixes(text, 'invalid-date');
	assert.deepEqual(actions.map((a) => a.title), ['Change the date to 2022-02-05', 'Change the date to 2022-02-04']);
	assert.ok(!codesAfter(apply(text, actions[0])).includes('invalid-date'));
});

test('misplaced-date: moved to line 1, or removed when line 1 has one already', () => {
	const text = 'Headline\n\n date 2022-02-06 Title\n\nBody.';
	const moved = apply(text, fixes(text, 'misplaced-date')[0]);
	assert.equal(moved, ' date 2022-02-06 Title\n\nHeadline\n\nBody.');
	assert.deepEqual(codesAfter(moved), []);
	const twice = ' date 2022-02-06 Title\n\nBody.\n\n date 2022-02-07 Again\n\nMore.';
	assert.equal(apply(twice, fixes(twice, 'misplaced-date')[0]), ' date 2022-02-06 Title\n\nBody.\n\nMore.');
});

test('unterminated-quote: the closing mark goes at the end of the sentence', () => {
	const text = ' date 2022-02-06 T\n\nHe said “we agree. Then he left.';
	const actions = fixes(text, 'unterminated-quote');
	assert.equal(actions[0].isPreferred, true);
	const fixed = apply(text, actions[0]);
	assert.equal(fixed.split('\n')[2], 'He said “we agree.” Then he left.');
	assert.deepEqual(codesAfter(fixed), []);
	const abbreviation = ' date 2022-02-06 T\n\nHe said "on Feb. 5 we agree. Then he left.';
	assert.equal(
		apply(abbreviation, fixes(abbreviation, 'unterminated-quote')[0]).split('\n')[2],
		'He said "on Feb. 5 we agree." Then he left.',
	);
});

test('unterminated-bracket: the closing bracket is inserted, before a dateline dash', () => {
	const text = ' date 2022-02-06 T\n\nBEIJING, Feb. 5 (Xinhua -- The talks were held.';
	const fixed = apply(text, fixes(text, 'unterminated-bracket')[0]);
	assert.equal(fixed.split('\n')[2], 'BEIJING, Feb. 5 (Xinhua) -- The talks were held.');
	assert.deepEqual(codesAfter(fixed), []);
	const nested = ' date 2022-02-06 T\n\nA (nested [pair here) end.';
	assert.equal(apply(nested, fixes(nested, 'unterminated-bracket')[0]).split('\n')[2], 'A (nested [pair here]) end.');
});

test('unmatched-closer: removed', () => {
	const text = ' date 2022-02-06 T\n\nIt ended) there.';
	const fixed = apply(text, fixes(text, 'unmatched-closer')[0]);
	assert.equal(fixed.split('\n')[2], 'It ended there.');
});

test('truncated-text: the dangling fragment is removed (003)', () => {
	const text = readSample(samples.s003);
	const actions = fixes(text, 'truncated-text');
	assert.equal(actions[0].title, 'Remove the dangling fragment "Video –"');
	const fixed = apply(text, actions[0]);
	assert.ok(fixed.endsWith('firmly uphold the central coordinating role of the United Nations, he added.'));
	assert.ok(!codesAfter(fixed).includes('truncated-text'));
	const mid = ' date 2022-02-06 T\n\nFull sentence here. And then it stopped in the';
	assert.equal(apply(mid, fixes(mid, 'truncated-text')[0]), ' date 2022-02-06 T\n\nFull sentence here.');
});

test('diagnostics from another source get no fixes', () => {
	const doc = parseSeed('Headline\n\nBody.');
	const foreign = computeDiagnostics(doc).map((d) => ({ ...d, source: 'other' }));
	assert.deepEqual(computeQuickFixes(doc, uri, foreign), []);
});
