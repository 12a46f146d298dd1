import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { computeDiagnostics } from '../src/core/languageFeatures/diagnostics';
import { computeDocumentSymbols } from '../src/core/languageFeatures/documentSymbols';
import { computeFoldingRanges } from '../src/core/languageFeatures/foldingRanges';
import { computeQuickFixes } from '../src/core/languageFeatures/quickFixes';
import { parseSeed } from '../src/core/parser';
import { applyEdits, readSample, samples } from './support/samples';

// Pieces that exercise every rule: headers, datelines, quotes, brackets, scripts, line breaks.
const pieces = [
	' date ', 'date 2022-02-06 ', '2022-02-30', 'YYYY-02-05', 'BEIJING, Feb. 5 (Xinhua) -- ', 'China News Agency, Beijing, Feb. 5. ',
	'"', '“', '”', '‘', '’', "'", '「', '」', '『', '』', '(', ')', '[', ']', '（', '）', '《', '》', '【', '】',
	'\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '\u00a0', '\uFEFF', 'Putin', 'Xi Jinping', 'said.', 'Video –', '(完)', '(End)',
	'习近平', '中文 Français Contact Us', 'Copyright © 2022', 'W0202.jpg', '🇨🇳', '🇷🇺', '\ud800', '\udfff', '\u0000',
	'Close communication maintained', 'February 06, 2022', 'The talks were very successful. ', 'fmprc.gov.cn| Updated: 2022-02-05',
];
const seedLike = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
		maxLength: 80,
	})
	.map(parts => parts.join(''));

const sampleTexts = Object.values(samples).map(readSample);
const mutatedSample = fc
	.tuple(fc.constantFrom(...sampleTexts), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...pieces)), { maxLength: 6 }))
	.map(([text, edits]) =>
		edits.reduce((current, [at, length, insert]) => {
			const start = at % (current.length + 1);
			return current.slice(0, start) + insert + current.slice(start + length);
		}, text),
	);

const anyText = fc.oneof(seedLike, mutatedSample);

function lineLengths(text: string): number[] {
	return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function validPosition(position: Position, lengths: readonly number[]): boolean {
	return position.line >= 0 && position.line < lengths.length && position.character >= 0 && position.character <= lengths[position.line];
}

function before(a: Position, b: Position): boolean {
	return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
	return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkSymbols(symbols: readonly DocumentSymbol[], lengths: readonly number[], parent?: Range): void {
	for (const symbol of symbols) {
		assert.ok(validPosition(symbol.range.start, lengths) && validPosition(symbol.range.end, lengths), `range of ${symbol.name}`);
		assert.ok(before(symbol.range.start, symbol.range.end));
		assert.ok(contains(symbol.range, symbol.selectionRange), `selection of ${symbol.name}`);
		if (parent) assert.ok(contains(parent, symbol.range), `${symbol.name} inside its parent`);
		checkSymbols(symbol.children ?? [], lengths, symbol.range);
	}
}

test('property: never throws; every range lies in the document; children inside parents', () => {
	fc.assert(fc.property(anyText, (text) => {
		const doc = parseSeed(text);
		const lengths = lineLengths(text);
		const diagnostics = computeDiagnostics(doc);
		for (const d of diagnostics) {
			assert.ok(validPosition(d.range.start, lengths) && validPosition(d.range.end, lengths), JSON.stringify(d));
			assert.ok(before(d.range.start, d.range.end));
		}
		checkSymbols(computeDocumentSymbols(doc), lengths);
		for (const range of computeFoldingRanges(doc)) assert.ok(range.startLine < range.endLine && range.endLine < lengths.length);
		for (const block of doc.blocks) assert.equal(text.slice(block.start, block.end), block.text);
		// Every quick fix applies cleanly.
		for (const action of computeQuickFixes(doc, 'file:///p.seed', diagnostics)) {
			const edits = action.edit!.changes!['file:///p.seed'];
			for (const edit of edits) assert.ok(validPosition(edit.range.start, lengths) && validPosition(edit.range.end, lengths));
			assert.equal(typeof applyEdits(text, edits), 'string');
		}
	}), { numRuns: 400 });
});

test('property: re-parsing from the previous version gives the same model as a fresh parse', () => {
	fc.assert(fc.property(anyText, anyText, (first, second) => {
		const incremental = parseSeed(second, parseSeed(first));
		const fresh = parseSeed(second);
		assert.deepEqual(incremental.blocks, fresh.blocks);
		assert.deepEqual(incremental.markProblems, fresh.markProblems);
		assert.deepEqual(computeDiagnostics(incremental), computeDiagnostics(fresh));
	}), { numRuns: 200 });
});

test('a 10 MB seed parses without throwing and keeps every block', () => {
	const sample = readSample(samples.s003) + '\n\n';
	const big = sample.repeat(Math.ceil(10_000_000 / sample.length));
	const doc = parseSeed(big);
	assert.ok(big.length >= 10_000_000);
	assert.equal(doc.blocks.length, parseSeed(sample).blocks.length * Math.ceil(10_000_000 / sample.length));
});
