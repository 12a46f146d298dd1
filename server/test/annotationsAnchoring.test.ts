import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextAround } from '../src/core/annotations/annotation';
import { followChanges, mapAnchor, toOffsetChanges, type TrackedAnchor } from '../src/core/annotations/editTracking';
import { reanchor, reanchorAll, type AnchorQuery } from '../src/core/annotations/reanchor';
import { approximateMatches, editDistance, similarity } from '../src/core/annotations/similarity';

const anchored = (start: number, end: number): TrackedAnchor => ({ kind: 'anchored', start, end });
const insert = (at: number, text: string) => ({ start: at, end: at, insertedLength: text.length });
const remove = (start: number, end: number) => ({ start, end, insertedLength: 0 });

/** What the sidecar would store for text.slice(start, end). */
function query(text: string, start: number, end: number): AnchorQuery {
	return { text: text.slice(start, end), start, end, ...contextAround(text, start, end) };
}

// "Hello Robin Hood here": "Robin" is [6, 11).
test('an insertion before a passage or at its start shifts it', () => {
	assert.deepEqual(mapAnchor(anchored(6, 11), insert(0, 'Oh, ')), anchored(10, 15));
	assert.deepEqual(mapAnchor(anchored(6, 11), insert(6, 'dear ')), anchored(11, 16));
	assert.deepEqual(mapAnchor(anchored(6, 11), remove(0, 6)), anchored(0, 5));
});

test('an insertion inside a passage grows it; one at or after its end leaves it', () => {
	assert.deepEqual(mapAnchor(anchored(6, 11), insert(8, 'bb')), anchored(6, 13));
	assert.deepEqual(mapAnchor(anchored(6, 11), { start: 6, end: 7, insertedLength: 2 }), anchored(6, 12));
	assert.deepEqual(mapAnchor(anchored(6, 11), insert(11, ' Jr')), anchored(6, 11));
	assert.deepEqual(mapAnchor(anchored(6, 11), remove(12, 16)), anchored(6, 11));
});

test('a change over one end trims the passage to its remaining words', () => {
	assert.deepEqual(mapAnchor(anchored(6, 11), { start: 4, end: 8, insertedLength: 1 }), anchored(5, 8));
	assert.deepEqual(mapAnchor(anchored(6, 11), { start: 9, end: 14, insertedLength: 3 }), anchored(6, 9));
});

test('deleting the whole passage orphans it, and undo re-attaches it', () => {
	const text = 'Hello Robin Hood here';
	const deleted = followChanges([anchored(6, 11)], ['Robin'], [remove(6, 11)], 'Hello  Hood here');
	assert.deepEqual(deleted, [{ kind: 'orphaned', at: 6 }]);
	const typedElsewhere = followChanges(deleted, ['Robin'], [insert(0, 'Yes. ')], 'Yes. Hello  Hood here');
	assert.deepEqual(typedElsewhere, [{ kind: 'orphaned', at: 11 }]);
	const undone = followChanges(typedElsewhere, ['Robin'], [insert(11, 'Robin')], 'Yes. ' + text);
	assert.deepEqual(undone, [anchored(11, 16)]);
});

test('deleting a passage never attaches it to identical words that follow', () => {
	// "Robin Robin said": the first Robin is tagged and deleted with its space.
	assert.deepEqual(followChanges([anchored(0, 5)], ['Robin'], [remove(0, 6)], 'Robin said'), [{ kind: 'orphaned', at: 0 }]);
});

// Issue 15 §1.1, on the words of sample 001: a deletion wider than the passage, then undo.
test('undo of a deletion wider than the passage re-attaches it', () => {
	const text = 'Putin said there is no ceiling on Sino-Russian relations, there is only a floor.';
	const passage = 'no ceiling on Sino-Russian relations';
	const wide = 'there is no ceiling on Sino-Russian relations, there';
	const start = text.indexOf(passage);
	const wideStart = text.indexOf(wide);
	const deletedText = text.replace(wide, '');
	const deleted = followChanges(
		[anchored(start, start + passage.length)],
		[passage],
		[remove(wideStart, wideStart + wide.length)],
		deletedText,
	);
	assert.deepEqual(deleted, [{ kind: 'orphaned', at: wideStart, within: start - wideStart }]);
	const typedBefore = followChanges(deleted, [passage], [insert(0, 'Mr ')], 'Mr ' + deletedText);
	assert.deepEqual(typedBefore, [{ kind: 'orphaned', at: wideStart + 3, within: start - wideStart }]);
	const undone = followChanges(typedBefore, [passage], [insert(wideStart + 3, wide)], 'Mr ' + text);
	assert.deepEqual(undone, [anchored(start + 3, start + 3 + passage.length)]);
});

test('a wide selection replaced by typing, then undone, re-attaches; the passage typed again key by key too', () => {
	const text = 'Hello there Robin Hood here';
	const replaced = followChanges([anchored(12, 17)], ['Robin'], [{ start: 6, end: 22, insertedLength: 1 }], 'Hello x here');
	assert.deepEqual(replaced, [{ kind: 'orphaned', at: 6, within: 6 }]);
	assert.deepEqual(followChanges(replaced, ['Robin'], [{ start: 6, end: 7, insertedLength: 16 }], text), [anchored(12, 17)]);
	// Typed again one key at a time where the removed text began: re-attached with the last key.
	let anchors = followChanges([anchored(6, 11)], ['Robin'], [remove(6, 11)], 'Hello  Hood here');
	let typed = 'Hello  Hood here';
	for (const [index, key] of [...'Robin'].entries()) {
		typed = typed.slice(0, 6 + index) + key + typed.slice(6 + index);
		anchors = followChanges(anchors, ['Robin'], [insert(6 + index, key)], typed);
		assert.equal(anchors[0].kind, index < 4 ? 'orphaned' : 'anchored');
	}
	assert.deepEqual(anchors, [anchored(6, 11)]);
});

test('typing next to identical words that follow a deleted passage does not attach it to them', () => {
	const deleted = followChanges([anchored(0, 5)], ['Robin'], [remove(0, 6)], 'Robin said');
	assert.deepEqual(followChanges(deleted, ['Robin'], [insert(5, ' Hood')], 'Robin Hood said'), deleted);
	assert.deepEqual(followChanges(deleted, ['Robin'], [insert(10, '!')], 'Robin said!'), deleted);
});

test('replacing the tagged Robin by Elisa in the editor orphans it', () => {
	assert.deepEqual(followChanges([anchored(6, 11)], ['Robin'], [{ start: 6, end: 11, insertedLength: 5 }], 'Hello Elisa Hood here'), [
		{ kind: 'orphaned', at: 6 },
	]);
});

test('a whole-document replacement with the same words keeps the anchor', () => {
	const text = 'Hello Robin Hood here';
	const { changes, textAfter } = toOffsetChanges(text, [{ text }]);
	assert.deepEqual(followChanges([anchored(6, 11)], ['Robin'], changes, textAfter), [anchored(6, 11)]);
});

test('LSP ranges are converted with CRLF line breaks and astral characters', () => {
	const text = '🇨🇳 Xi\r\nRobin met Putin';
	const robin = text.indexOf('Robin');
	assert.equal(robin, 9);
	const { changes, textAfter } = toOffsetChanges(text, [
		{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Sir ' },
		{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, text: '' },
	]);
	assert.deepEqual(changes, [insert(9, 'Sir '), remove(0, 4)]);
	const [moved] = followChanges([anchored(robin, robin + 5)], ['Robin'], changes, textAfter);
	assert.deepEqual(moved, anchored(9, 14));
	assert.equal(textAfter.slice(9, 14), 'Robin');
});

test('REQUIRED: the tagged second Robin corrected to Elisa outside the editor does not move to the first Robin', () => {
	const before = 'Robin opened the meeting in Beijing on Monday.\nAfter the talks, Robin told reporters the visit went well.';
	const second = before.lastIndexOf('Robin');
	const stored = query(before, second, second + 5);
	const after = before.slice(0, second) + 'Elisa' + before.slice(second + 5);
	assert.equal(after.indexOf('Robin'), 0, 'the first Robin is still there');
	assert.deepEqual(reanchor(after, stored), { status: 'orphaned' });
	// Also when the text around it shifted.
	assert.deepEqual(reanchor('Breaking: ' + after, stored), { status: 'orphaned' });
	assert.deepEqual(reanchorAll(after, [query(before, 0, 5), stored]), [
		{ status: 'unchanged', start: 0, end: 5 },
		{ status: 'orphaned' },
	]);
});

test('an exact repeat is chosen by its context, not by nearness', () => {
	const before = 'Officials from China arrived first. Then talks with China on trade resumed.';
	const second = before.lastIndexOf('China');
	const stored = query(before, second, second + 5);
	// Outside, the opening sentence was cut so that the first "China" now sits near the old offset.
	const after = 'Then talks with China on trade resumed. Officials from China arrived first.';
	const result = reanchor(after, stored);
	assert.deepEqual(result, { status: 'moved', start: 16, end: 21 });
	assert.equal(after.slice(16, 39), 'China on trade resumed.');
});

test('text inserted before the passage outside the editor moves it exactly', () => {
	const before = 'BEIJING, Feb. 5 (Xinhua) -- Chinese President Xi Jinping held talks with Putin.';
	const start = before.indexOf('Xi Jinping');
	const inserted = 'Editor\'s note: updated.\n\n';
	const result = reanchor(inserted + before, query(before, start, start + 10));
	assert.deepEqual(result, { status: 'moved', start: start + inserted.length, end: start + inserted.length + 10 });
});

test('a slightly edited passage is recovered by the fuzzy match', () => {
	const before = 'Le Yucheng said the talks were very successful and fruitful, according to the ministry.';
	const start = before.indexOf('the talks were very successful');
	const end = start + 'the talks were very successful'.length;
	const after = 'Le Yucheng said the talks were highly successful and fruitful, according to the ministry.';
	const result = reanchor(after, query(before, start, end));
	assert.deepEqual(result, { status: 'fuzzy', start, end: start + 'the talks were highly successful'.length });
});

test('a deleted passage is orphaned', () => {
	const before = 'First paragraph about trade.\n\nSecond paragraph quotes Lavrov: "a new era".\n\nThird paragraph.';
	const start = before.indexOf('"a new era"');
	const after = 'First paragraph about trade.\n\nThird paragraph.';
	assert.deepEqual(reanchor(after, query(before, start, start + 11)), { status: 'orphaned' });
});

test('CRLF line breaks and emoji flags before the passage shift it in UTF-16 code units', () => {
	const before = 'Title\nChina and Russia\nXi met Putin in Beijing.';
	const start = before.indexOf('Putin');
	const after = '🇨🇳🇷🇺 ' + before.replace(/\n/g, '\r\n');
	const result = reanchor(after, query(before, start, start + 5));
	// 🇨🇳🇷🇺 is 8 code units, the space 1, and two LF became CRLF.
	assert.deepEqual(result, { status: 'moved', start: start + 8 + 1 + 2, end: start + 8 + 1 + 2 + 5 });
	assert.equal(after.slice(start + 11, start + 16), 'Putin');
});

test('a long passage that occurs once is found even when all its context changed', () => {
	const passage = 'a comprehensive strategic partnership of coordination';
	const before = `Opening words. They announced ${passage} for a new era.`;
	const start = before.indexOf(passage);
	const after = `Completely different lead here! ${passage}? Yes.`;
	assert.deepEqual(reanchor(after, query(before, start, start + passage.length)), {
		status: 'moved',
		start: 32,
		end: 32 + passage.length,
	});
});

test('re-anchoring many annotations follows the shift of the previous one through repeated paragraphs', () => {
	const paragraph = 'China and Russia held talks on energy and trade.\n';
	const before = paragraph.repeat(50);
	const queries = Array.from({ length: 50 }, (_, i) => query(before, i * paragraph.length + 10, i * paragraph.length + 16));
	const inserted = 'x'.repeat(paragraph.length * 3 + 7);
	const results = reanchorAll(inserted + before, queries);
	results.forEach((result, i) =>
		assert.deepEqual(result, {
			status: 'moved',
			start: inserted.length + i * paragraph.length + 10,
			end: inserted.length + i * paragraph.length + 16,
		}),
	);
});

test('edit distance and approximate matching', () => {
	assert.equal(editDistance('kitten', 'sitting'), 3);
	assert.equal(editDistance('', 'abc'), 3);
	assert.equal(editDistance('abcdefgh', 'stuvwxyz', 3), 4, 'stops past the maximum');
	assert.equal(editDistance('abcdefgh', 'abcdefxy', 3), 2);
	assert.equal(similarity('abcdefgh', 'abcdefxy', 0.6), 0.75);
	assert.equal(similarity('abcdefgh', 'abcdxxxx', 0.6), 0);
	const text = 'xx the talks were highly successful yy';
	const [best] = approximateMatches(text, 'the talks were very successful', 0, text.length, 7);
	assert.deepEqual({ start: best.start, end: best.end }, { start: 3, end: 35 });
});
