import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSeed } from '../src/core/parser';
import { readSample, samples } from './support/samples';

const kindsOf = (text: string) => parseSeed(text).blocks.map((block) => `${block.line}:${block.kind}`);

test('000: header on line 1 gives title and date; the date line and dateline are found', () => {
	const doc = parseSeed(readSample(samples.s000));
	assert.equal(doc.header?.line, 0);
	assert.equal(doc.header?.dateText, '2022-02-06');
	assert.deepEqual(doc.header?.date, { year: 2022, month: 2, day: 6 });
	assert.equal(doc.title, 'Talks between Xi, Putin "very successful": Chinese vice FM');
	assert.equal(doc.blocks[1].kind, 'dateLine');
	assert.equal(doc.blocks[1].text, 'February 06, 2022');
	const dateline = doc.blocks[2].dateline!;
	assert.equal(doc.text.slice(dateline.start, dateline.end), 'BEIJING, Feb. 5 (Xinhua) --');
	assert.equal(dateline.place?.text, 'BEIJING');
	assert.equal(dateline.date?.text, 'Feb. 5');
	assert.equal(dateline.agency?.text, 'Xinhua');
	assert.equal(doc.truncation, undefined);
});

test('001: agency-first dateline, other-language block of four Chinese paragraphs, end marker (完)', () => {
	const text = readSample(samples.s001);
	const doc = parseSeed(text);
	assert.equal(doc.header, undefined);
	assert.equal(doc.headline, undefined, 'the first line is a dateline paragraph, not a headline');
	const dateline = doc.blocks[0].dateline!;
	assert.equal(text.slice(dateline.start, dateline.end), 'China News Agency, Beijing, Feb. 5.');
	assert.equal(dateline.agency?.text, 'China News Agency');
	assert.equal(dateline.place?.text, 'Beijing');
	assert.equal(doc.script, 'latin');
	assert.equal(doc.otherLanguageBlocks.length, 1);
	const group = doc.otherLanguageBlocks[0];
	assert.equal(group.script, 'han');
	assert.equal(group.blocks.length, 4);
	assert.ok(text.slice(group.start).startsWith('乐玉成表示,中俄关系'));
	assert.equal(text.slice(doc.endMarker!.start, doc.endMarker!.end), '(完)');
	assert.equal(doc.endMarker!.end, text.length);
	assert.equal(doc.truncation, undefined, 'a text closed by (完) is not truncated');
});

test('002: navigation is boilerplate, the headline is found, image lines are not paragraphs', () => {
	const doc = parseSeed(readSample(samples.s002));
	assert.deepEqual(kindsOf(readSample(samples.s002)).slice(0, 5), [
		'0:boilerplate',
		'2:headline',
		'4:dateLine',
		'6:image',
		'8:paragraph',
	]);
	assert.equal(doc.title, 'President Xi Jinping Holds Talks with Russian President Vladimir Putin');
	const tail = doc.blocks.slice(-4).map((block) => block.kind);
	assert.deepEqual(tail, ['image', 'boilerplate', 'boilerplate', 'boilerplate']);
	assert.ok(doc.blocks.filter((b) => b.kind === 'paragraph').every((b) => !/\.jpg$|Copyright|ICP/.test(b.text)));
});

test('003: three sections with their paragraphs, a PR Newswire dateline and a dangling fragment', () => {
	const text = readSample(samples.s003);
	const doc = parseSeed(text);
	assert.deepEqual(doc.sections.map((s) => s.heading.text), [
		'Close communication maintained',
		'Promoting all-round practical cooperation',
		'Strengthening coordination in international affairs',
	]);
	assert.deepEqual(doc.sections.map((s) => s.blocks.length), [6, 5, 3]);
	assert.equal(doc.blocks[1].dateline?.agency?.text, 'PRNewswire');
	assert.equal(doc.blocks[1].dateline?.date?.text, 'Feb. 4, 2022');
	assert.equal(doc.truncation?.kind, 'fragment');
	assert.equal(text.slice(doc.truncation!.start, doc.truncation!.end), 'Video –');
});

test('under a header, a line repeating its title is the headline; another first line is not', () => {
	const fixed = parseSeed(' date 2022-02-04 CGTN: China, Russia vow\n\nCGTN:  China, Russia vow\n\n'
		+ 'BEIJING, Feb. 4, 2022 /PRNewswire/ — Body text.');
	assert.deepEqual(fixed.blocks.map((b) => b.kind), ['header', 'headline', 'paragraph']);
	assert.equal(fixed.title, 'CGTN: China, Russia vow');
	const other = parseSeed(' date 2022-02-04 A title\n\nA first short line\n\nBody text of the article.');
	assert.deepEqual(other.blocks.map((b) => b.kind), ['header', 'paragraph', 'paragraph']);
});

test('004: a photo caption with its credit is a caption', () => {
	const doc = parseSeed(readSample(samples.s004));
	assert.equal(doc.blocks[1].kind, 'caption');
	assert.ok(doc.blocks[1].text.endsWith('(Xinhua/Yao Dawei)'));
	assert.equal(doc.title, 'Xi meets Putin via video link');
});

test('dates are ranked: date lines, then datelines, then the body', () => {
	assert.deepEqual(
		parseSeed(readSample(samples.s002)).dates.map(d => [d.source, d.text]),
		[
			['dateLine', '2022-02-05'],
			['body', 'February 4'],
		],
	);
	assert.deepEqual(
		parseSeed(readSample(samples.s003)).dates.map(d => [d.source, d.text]),
		[
			['dateline', 'Feb. 4, 2022'],
			['body', 'February 4'],
		],
	);
	assert.deepEqual(parseSeed('X\n\n2022年2月5日\n\nHe spoke on 5 March 2021 and on 2021/03/07.').dates.map((d) => [d.source, d.date]), [
		['dateLine', { year: 2022, month: 2, day: 5 }],
		['body', { year: 2021, month: 3, day: 5 }],
		['body', { year: 2021, month: 3, day: 7 }],
	]);
});

test('a plain text without structure yields paragraphs only (negative cases)', () => {
	const text = 'The committee met on Tuesday and agreed on a budget.\n\nIt will meet again next week to discuss the details.\n';
	const doc = parseSeed(text);
	assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
	assert.equal(doc.header, undefined);
	assert.equal(doc.blocks[0].dateline, undefined);
	assert.equal(doc.sections.length, 0);
	assert.equal(doc.otherLanguageBlocks.length, 0);
	assert.equal(doc.endMarker, undefined);
	assert.equal(doc.truncation, undefined);
	assert.equal(doc.dates.length, 0);
});

test('a short capitalised line is a subheading only when body text follows it', () => {
	const body = 'This paragraph is long enough to be body text and it ends with a full stop.';
	const doc = parseSeed(`${body}\n\nA New Chapter\n\n${body}\n`);
	assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'subheading', 'paragraph']);
	// Followed by another short line, it is not a subheading; at the very end it is a dangling fragment.
	const stacked = parseSeed(`${body}\n\nA New Chapter\n\nShort Line\n\n${body}\n`);
	assert.deepEqual(stacked.blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'subheading', 'paragraph']);
	assert.deepEqual(parseSeed(`${body}\n\nA New Chapter`).blocks.map((b) => b.kind), ['paragraph', 'fragment']);
	const lower = parseSeed(`${body}\n\nand then the story goes on\n\n${body}\n`);
	assert.equal(lower.blocks[1].kind, 'paragraph');
});

test('end markers: (End) and （完） are recognised; a bracketed word is not', () => {
	assert.ok(parseSeed('Body text here.\n\nMore body text. (End)').endMarker);
	assert.ok(parseSeed('正文。\n\n更多正文。（完）').endMarker);
	assert.equal(parseSeed('Body text here.\n\nMore body text (Ending soon).').endMarker, undefined);
});

test('positions are UTF-16 code units: emoji flags before a range shift it by four per flag', () => {
	const text = '🇨🇳🇷🇺 talks "open\n\nNext paragraph.';
	const doc = parseSeed(text);
	const problem = doc.markProblems.find((p) => p.code === 'unterminated-quote')!;
	assert.equal(problem.start, 15, '🇨🇳🇷🇺 is 8 code units, then " talks " is 7');
	assert.deepEqual(doc.positionAt(problem.start), { line: 0, character: 15 });
	assert.equal(text.slice(problem.start, problem.end), '"');
	assert.deepEqual(doc.offsetAt({ line: 2, character: 4 }), text.indexOf('Next') + 4);
});

test('CRLF, CR and mixed line endings give the same lines; a BOM does not hide the header', () => {
	const lf = ' date 2022-02-06 Title\n\nFirst paragraph.\n\nSecond paragraph.';
	const crlf = lf.replace(/\n/g, '\r\n');
	const mixed = ' date 2022-02-06 Title\r\n\nFirst paragraph.\r\r\nSecond paragraph.';
	for (const text of [lf, crlf, mixed, '\uFEFF' + lf]) {
		const doc = parseSeed(text);
		assert.equal(doc.header?.dateText, '2022-02-06', JSON.stringify(text));
		assert.deepEqual(doc.blocks.map((b) => b.text), ['date 2022-02-06 Title', 'First paragraph.', 'Second paragraph.']);
		for (const block of doc.blocks) assert.equal(text.slice(block.start, block.end), block.text);
	}
	assert.deepEqual(parseSeed(crlf).positionAt(crlf.indexOf('Second')), { line: 4, character: 0 });
});

test('never throws: empty, blank, binary, lone surrogates, a huge line', () => {
	const inputs = [
		'',
		'\n\n\n',
		'\u0000\u0001\u00ff\ufffd'.repeat(100),
		'\ud800 lone \udfff surrogates "',
		'word '.repeat(200_000),
		'\r',
		'(((((',
		')))))',
	];
	for (const text of inputs) {
		const doc = parseSeed(text);
		for (const block of doc.blocks) assert.ok(block.start >= 0 && block.end <= text.length);
	}
	assert.equal(parseSeed('').blocks.length, 0);
	assert.equal(parseSeed('').title, '');
});

test('re-parsing reuses the analysis of unchanged lines and gives the same model', () => {
	const text = readSample(samples.s003);
	const first = parseSeed(text);
	const edited = text.replace('Close communication maintained', 'Close communication kept');
	const second = parseSeed(edited, first);
	const fresh = parseSeed(edited);
	assert.deepEqual(second.blocks, fresh.blocks);
	assert.deepEqual(second.markProblems, fresh.markProblems);
	assert.equal(second.sections[0].heading.text, 'Close communication kept');
});
