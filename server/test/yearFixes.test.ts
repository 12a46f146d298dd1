// Issue 15 §1.6: after the missing-date fix on 001 (a date without a year), `invalid-date` on `YYYY`
// gets one quick fix per year the evidence allows, best first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { computeDiagnostics } from '../src/core/languageFeatures/diagnostics';
import { computeQuickFixes, type QuickFixOptions } from '../src/core/languageFeatures/quickFixes';
import { yearChoices } from '../src/core/languageFeatures/yearFixes';
import { otherDatesInFolder } from '../src/core/workspace/folderDates';
import { WorkspaceIndex } from '../src/core/workspace/workspaceIndex';
import { parseSeed } from '../src/core/parser';
import { applyEdits, readSample, samples } from './support/samples';

const uri = 'file:///w/seeds/001.txt';

/** 001 with the header its missing-date fix inserts: ` date YYYY-02-05 …`. */
function sample001WithYearToFill(): string {
	const text = readSample(samples.s001);
	const doc = parseSeed(text);
	const [fix] = computeQuickFixes(doc, uri, computeDiagnostics(doc).filter((d) => d.code === 'missing-date'));
	return applyEdits(text, fix.edit!.changes![uri]);
}

function invalidDate(text: string): Diagnostic[] {
	const diagnostics = computeDiagnostics(parseSeed(text)).filter((d) => d.code === 'invalid-date');
	assert.equal(diagnostics.length, 1);
	return diagnostics;
}

function yearActions(text: string, options: QuickFixOptions): CodeAction[] {
	return computeQuickFixes(parseSeed(text), uri, invalidDate(text), undefined, options);
}

test('001: the years of the folder\'s dated seeds (most common first), then the file\'s year; the fix completes the date', () => {
	const text = sample001WithYearToFill();
	assert.ok(text.startsWith(' date YYYY-02-05 '));
	const actions = yearActions(text, { yearEvidence: { folderDates: ['2022-02-06', '2022-12-31', '2021-07-01'], modifiedYear: 2026 } });
	assert.deepEqual(actions.map((action) => action.title), [
		'Set the year to 2022 (2 other seeds of this folder are from 2022)',
		'Set the year to 2021 (1 other seed of this folder is from 2021)',
		'Set the year to 2026 (the year the file was last modified)',
	]);
	assert.deepEqual(actions.map((action) => action.isPreferred), [true, false, false]);
	const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
	assert.ok(fixed.startsWith(' date 2022-02-05 On Feb. 4,'));
	assert.deepEqual(computeDiagnostics(parseSeed(fixed)).map((d) => d.code), []);
});

test('without evidence there is no year to offer; a year the dateline states comes first', () => {
	assert.deepEqual(yearActions(sample001WithYearToFill(), {}), []);
	const text = ' date YYYY-02-04 Title\n\nBEIJING, Feb. 4, 2022 /PRNewswire/ — Talks were held.\n';
	assert.deepEqual(
		yearChoices(parseSeed(text), { folderDates: ['2023-01-01'], modifiedYear: 2026 }).map(choice => [choice.year, choice.reason]),
		[
			[2022, "the dateline's year"],
			[2023, '1 other seed of this folder is from 2023'],
			[2026, 'the year the file was last modified'],
		],
	);
});

test('a year in which the day does not exist is not offered (29 February)', () => {
	const text = ' date YYYY-02-29 Title\n\nBody.\n';
	assert.deepEqual(yearChoices(parseSeed(text), { folderDates: ['2023-05-01', '2024-05-01'] }).map((choice) => choice.year), [2024]);
});

test('where the client takes snippet edits, the year is a placeholder to type over', () => {
	const [action] = yearActions(sample001WithYearToFill(), { snippetEdits: true, yearEvidence: { folderDates: ['2022-02-06'] } });
	const [change] = action.edit!.documentChanges as unknown as {
		textDocument: { uri: string };
		edits: { range: unknown; snippet: { kind: string; value: string } }[];
	}[];
	assert.equal(change.textDocument.uri, uri);
	assert.deepEqual(change.edits, [
		{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 10 } }, snippet: { kind: 'snippet', value: '${1:2022}' } },
	]);
});

test('the folder\'s other dated seeds come from the workspace index: same folder only, not the text itself', () => {
	const index = new WorkspaceIndex();
	index.update('file:///w/seeds/000.txt', parseSeed(' date 2022-02-06 A\n\nText.\n'));
	index.update('file:///w/seeds/001.txt', parseSeed(' date 2020-01-01 Self\n\nText.\n'));
	index.update('file:///w/seeds/002.txt', parseSeed('No header.\n'));
	index.update('file:///w/seeds/sub/003.txt', parseSeed(' date 2019-03-03 Deeper\n\nText.\n'));
	index.update('file:///w/other/004.txt', parseSeed(' date 2018-03-03 Elsewhere\n\nText.\n'));
	assert.deepEqual(otherDatesInFolder(index, 'file:///w/seeds/001.txt'), ['2022-02-06']);
});
