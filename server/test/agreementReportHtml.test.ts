import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCodersHtml } from '../../client/src/coders/compareCodersHtml';
import { agreementResult } from '../src/core/agreement/agreementResult';
import type { AgreementAnswer } from '../src/protocol/agreement';

const text = 'Robin met <Putin> in Beijing.';
const answer: AgreementAnswer = {
	...agreementResult([
		{
			seed: 'seeds/a.txt',
			text,
			coder: 'alice',
			annotations: [
				{ tag: 'actor', start: 0, end: 5 },
				{ tag: 'place', start: 21, end: 28 },
			],
		},
		{ seed: 'seeds/a.txt', text, coder: 'bob', annotations: [{ tag: 'actor', start: 0, end: 5 }] },
	]),
	seedUris: { 'seeds/a.txt': 'file:///w/seeds/a.txt' },
	problems: [],
	disagreementCount: 1,
	disagreements: [
		{
			seed: 'seeds/a.txt',
			uri: 'file:///w/seeds/a.txt',
			range: { start: { line: 0, character: 21 }, end: { line: 0, character: 28 } },
			kind: 'uncoded',
			message: 'Coders disagree: alice: place "Beijing" & <b>; bob: nothing',
		},
	],
};

test('the Compare Coders page: CSP with a nonce, sortable tables per code and per seed, disagreements as buttons, text escaped', () => {
	const html = compareCodersHtml(answer, 'NONCE123', 'vscode-resource:');
	const csp = "default-src 'none'; img-src vscode-resource:; style-src 'nonce-NONCE123'; script-src 'nonce-NONCE123';";
	assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy"\n\tcontent="${csp}">`), 'CSP');
	assert.equal((html.match(/<script /g) ?? []).length, 1);
	assert.match(html, /<script nonce="NONCE123">/);
	assert.match(html, /<table id="codes" class="sortable"><caption>Per code<\/caption>/);
	assert.match(html, /<table id="seeds" class="sortable"><caption>Per seed<\/caption>/);
	assert.match(html, /<th scope="col" aria-sort="none"><button type="button" data-column="1" title="Sort by u_alpha">uα<\/button><\/th>/);
	assert.match(html, /<th scope="row">actor<\/th><td>1\.000<\/td>/);
	assert.match(html, /<th scope="row">place<\/th><td class="na">n\/a<\/td>|<th scope="row">place<\/th><td>/);
	assert.ok(html.includes('<button type="button" data-open="0">seeds/a.txt:1</button>'
		+ ' Coders disagree: alice: place &#34;Beijing&#34; &#38; &#60;b&#62;; bob: nothing'), 'the disagreement, escaped');
	assert.doesNotMatch(html, /<b>/);
	assert.match(html, /Coders: alice, bob\. Seeds compared: 1\.\sPositions in code points\./);
	assert.match(html, /α ≥ 0\.800/);
	assert.match(html, /data-export="csv">Export CSV<\/button><button type="button" data-export="markdown">Export Markdown/);
	assert.match(html, /var\(--vscode-foreground\)/);
});

test('a cut list of disagreements says how many there are and offers them all', () => {
	const cut = compareCodersHtml({ ...answer, disagreementCount: 1234 }, 'N', 'vscode-resource:');
	assert.match(cut, /<h2 id="disagreements-heading">Disagreements \(1234\)<\/h2>/);
	assert.match(cut, /The first 1 of 1234 are listed\. <button type="button" data-action="allDisagreements">List all 1234<\/button>/);
	assert.doesNotMatch(compareCodersHtml(answer, 'N', 'vscode-resource:'), /data-action="allDisagreements"/);
});

test('above 50 seeds the per-seed table is folded, its rows kept as inert data built on opening', () => {
	const seeds = Array.from({ length: 51 }, (_, index) => `seeds/</script><b>${index}.txt`);
	const many = compareCodersHtml({
		...answer,
		perSeed: seeds.map(seed => ({ seed, agreement: answer.perSeed[0].agreement })),
	}, 'N', 'vscode-resource:');
	assert.match(many, /<details id="per-seed"><summary>Per seed \(51\)<\/summary>/);
	assert.match(many, /<tbody data-rows="seeds-rows"><\/tbody><\/table>\n<script type="application\/json" id="seeds-rows">\[\["seeds\/\\u003c\/script>/);
	assert.equal((many.match(/<\/script>/g) ?? []).length, 2, 'no seed name closes the data element');
	const data = /<script type="application\/json" id="seeds-rows">(.*?)<\/script>/s.exec(many)![1];
	assert.equal((JSON.parse(data) as string[][]).length, 51);
	assert.match(compareCodersHtml(answer, 'N', 'vscode-resource:'), /<details id="per-seed" open>/);
});
