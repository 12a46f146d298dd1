/**
 * Very long paragraphs (a scraped page on one line) are analysed in pieces cut at sentence ends:
 * the pieces cover the paragraph exactly, mentions keep their document positions, and an edit
 * analyses again only the piece it falls in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { LONG_PARAGRAPH, paragraphPieces } from '../src/core/entities/longParagraphs';
import { runUntil } from '../src/core/steps';
import { createLexicon } from './support/lexicon';
import { seedsFolder } from './support/samples';

/** The samples' prose on a single line, `length` characters long. */
function singleLine(length: number): string {
	const prose = fs.readdirSync(seedsFolder).filter(name => name.endsWith('.txt')).sort()
		.map(name => fs.readFileSync(path.join(seedsFolder, name), 'utf8').replace(/\s+/g, ' ')).join(' ');
	return prose.repeat(Math.ceil(length / prose.length)).slice(0, length);
}

test('a paragraph of ordinary length is one piece, the paragraph itself', () => {
	const text = singleLine(LONG_PARAGRAPH);
	assert.deepEqual(paragraphPieces(text), [{ start: 0, text }]);
});

test('a long paragraph is cut after sentence ends into pieces that cover it exactly', () => {
	const text = singleLine(300_000);
	const pieces = paragraphPieces(text);
	assert.ok(pieces.length >= 9 && pieces.length <= 19, `${pieces.length} pieces`);
	assert.equal(pieces.map(piece => piece.text).join(''), text);
	for (const [index, piece] of pieces.entries()) {
		assert.equal(text.slice(piece.start, piece.start + piece.text.length), piece.text);
		assert.ok(piece.text.length <= LONG_PARAGRAPH * 1.5, `piece ${index}: ${piece.text.length}`);
		if (index < pieces.length - 1) {
			assert.match(piece.text, /[.!?][”"’')\]]*\s+$/u, `piece ${index} ends ${JSON.stringify(piece.text.slice(-20))}`);
			assert.match(pieces[index + 1].text, /^["“‘(]?\p{Lu}/u);
		}
	}
});

test('without sentence ends the cut falls after white space; without white space the paragraph stays whole', () => {
	const run = 'Aaa Bbb 𝒜ccc Ddd '.repeat(8192);
	const pieces = paragraphPieces(run);
	assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
	assert.equal(pieces.map(piece => piece.text).join(''), run);
	for (const piece of pieces.slice(0, -1)) assert.match(piece.text, /\s$/);
	const word = 'x'.repeat(100_000);
	assert.deepEqual(paragraphPieces(word), [{ start: 0, text: word }]);
});

test('mentions of a one-line page keep their document positions, and an edit analyses one piece again', () => {
	const body = singleLine(200_000);
	const text = ` date 2024-03-01 One line\n\n${body}\n`;
	const detector = new EntityDetector([], createLexicon());
	const document = parseSeed(text);
	const first = detector.analyse(document);
	assert.ok(first.paragraphsAnalysed >= 7, `${first.paragraphsAnalysed} paragraphs and pieces analysed`);
	assert.ok(first.mentions.length > 1000, `${first.mentions.length} mentions`);
	for (const mention of first.mentions) assert.equal(text.slice(mention.start, mention.end), mention.surface);
	// Each piece found its own names: the mentions are spread over the whole paragraph.
	const last = first.mentions[first.mentions.length - 1];
	assert.ok(last.start > text.length - 5000, `last mention at ${last.start} of ${text.length}`);

	const at = text.indexOf(' the ', 100_000);
	const edited = text.slice(0, at) + ' thE ' + text.slice(at + 5);
	const second = detector.analyse(parseSeed(edited, document), first);
	assert.ok(second.paragraphsAnalysed <= 2, `${second.paragraphsAnalysed} pieces analysed again`);
	assert.deepEqual(second.mentions.map(mention => mention.start), first.mentions.map(mention => mention.start));
});

test('a one-line page is analysed in many steps, so the server can answer between them', () => {
	const body = singleLine(200_000);
	const document = parseSeed(` date 2024-03-01 One line\n\n${body}\n`);
	const { steps } = new EntityDetector([], createLexicon()).analyseInSteps(document);
	let pauses = 0;
	// A deadline in the past: each call runs exactly one step.
	while (runUntil(steps, 0) === 'pending') pauses++;
	assert.ok(pauses >= paragraphPieces(body).length, `${pauses} pauses`);
});
