// The packaged extension holds only what runs: builds a .vsix with scripts/package.mjs (minified
// bundles, .vscodeignore) into a temp dir and checks its file list and bundle sizes.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..', '..');

interface PackageSummary {
	vsix: string;
	bytes: number;
	entries: { name: string; size: number }[];
	bundles: Record<string, number>;
}

const EXPECTED = [
	'[Content_Types].xml',
	'extension.vsixmanifest',
	'extension/LICENSE.txt',
	'extension/changelog.md',
	'extension/dist/agreement.js',
	'extension/dist/archiveWorker.js',
	'extension/dist/client.js',
	'extension/dist/corpusStats.js',
	'extension/dist/data/cities.txt',
	'extension/dist/data/core-common-words.txt',
	'extension/dist/data/core-countries.txt',
	'extension/dist/data/core-cues.txt',
	'extension/dist/data/core-demonyms.txt',
	'extension/dist/data/core-given-names.txt',
	'extension/dist/data/core-places.txt',
	'extension/dist/data/dictionary-words.txt',
	'extension/dist/data/given-names.txt',
	'extension/dist/data/ordinary-plurals.txt',
	'extension/dist/data/organizations.txt',
	'extension/dist/data/places.txt',
	'extension/dist/data/regions.txt',
	'extension/dist/exchange.js',
	'extension/dist/overview.css',
	'extension/dist/overview.js',
	'extension/dist/server.js',
	'extension/images/icon.png',
	'extension/language-configuration.json',
	'extension/package.json',
	'extension/readme.md',
	'extension/syntaxes/seed.tmLanguage.json',
];

const title = 'the .vsix contains exactly the bundles (with the overview\'s lazily loaded statistics and its webview, and the '
	+ 'REFI-QDA archive\'s worker), lexicon data, '
	+ 'grammar, language configuration, docs and icon';
test(title, { timeout: 120_000 }, () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-package-test-'));
	try {
		const out = path.join(dir, 'seed-annotator.vsix');
		const json = execFileSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), '--out', out, '--json'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const summary = JSON.parse(json) as PackageSummary;
		assert.equal(summary.bytes, fs.statSync(out).size);
		assert.deepEqual(summary.entries.map((entry) => entry.name).sort(), [...EXPECTED].sort());
		for (const [bundle, size] of Object.entries(summary.bundles)) {
			assert.ok(size <= 500 * 1024, `${bundle} is ${(size / 1024).toFixed(1)} KB, over 500 KB`);
		}
		assert.deepEqual(Object.keys(summary.bundles).sort(), [
			'dist/agreement.js', 'dist/archiveWorker.js', 'dist/client.js', 'dist/corpusStats.js', 'dist/exchange.js', 'dist/overview.js',
			'dist/server.js',
		]);
		// The Corpus Overview's webview bundle (Observable Plot included) has a tighter budget.
		const webview = summary.bundles['dist/overview.js'];
		assert.ok(webview <= 400 * 1024, `dist/overview.js is ${(webview / 1024).toFixed(1)} KB, over 400 KB`);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
