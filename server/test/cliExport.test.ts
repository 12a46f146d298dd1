// `seed export`: the server's seed.export on the command line, byte for byte, from the saved files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { URI } from 'vscode-uri';
import { AnnotationService } from '../src/annotationService';
import { sliceCodePoints } from '../src/core/annotations/codePoints';
import { tagFromBratType } from '../src/core/annotations/export/brat';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { makeAnnotatedFolder } from './support/annotatedFolder';
import { repoRoot } from './support/samples';

const textA = 'BEIJING, Feb. 5 (Xinhua) -- Xi Jinping met\tPutin.\n=SUM(A1) said -5 people.\n';
const textB = '🇨🇳 date 2022-02-06 Talks\r\nLe Yucheng said the talks were "very successful".\r\n';
const codebook = 'version: 1\ntags:\n  actor/state:\n    description: A state\n    color: "#1f77b4"\n  claim:\n    color: "#ff7f0e"\n  ' +
	'frame/left-wing_x:\n    color: "#2ca02c"\n';
const folder = makeAnnotatedFolder([
	{ file: 'seeds/a.txt', text: textA, annotations: [
		{ id: 'a-00000001', tag: 'actor/state', passage: 'Xi Jinping met\tPutin', note: 'two leaders' },
		{ id: 'a-00000002', tag: 'claim', passage: '=SUM(A1) said -5' },
	] },
	{ file: 'seeds/b.txt', text: textB, bom: true, annotations: [{ id: 'a-00000003', tag: 'actor/state', passage: 'Le Yucheng' }] },
	{ file: 'seeds/c.txt', text: ' date 2022-02-07 Not annotated\n\nBody.\n' },
], codebook);
after(() => rmSync(folder, { recursive: true, force: true }));

function seed(...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd: folder, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function service() {
	return new AnnotationService({
		fileSystem: new NodeFileSystem(),
		workspaceFolders: () => [URI.file(folder)],
		openDocumentText: () => undefined,
		listSeeds: async function* () {
			for (const name of ['a.txt', 'b.txt', 'c.txt']) yield URI.file(path.join(folder, 'seeds', name)).toString();
		},
	});
}

test('seed export --format csv|jsonl|w3c prints what the server\'s seed.export answers, byte for byte', async () => {
	for (const format of ['csv', 'jsonl', 'w3c'] as const) {
		const cli = seed('export', 'seeds', '--format', format);
		assert.equal(cli.code, 0, cli.stderr);
		const server = await service().export({ format });
		if (format === 'w3c') {
			// Target URIs are the same files; only the file URI's spelling could differ.
			assert.deepEqual(JSON.parse(cli.stdout).total, JSON.parse(server).total);
			assert.equal(cli.stdout, server);
		} else {
			assert.equal(cli.stdout, server, format);
		}
	}
});

test('seed export --format csv: formulas prefixed by default, raw with --no-formula-escape, positions in code points', () => {
	const rows = seed('export', 'seeds', '--format', 'csv').stdout.split('\r\n');
	assert.match(rows[0], /^# Seed Annotator export of the seeds and sidecars as saved on disk/);
	assert.equal(rows[1], 'seed,tag,text,start,end,note,coder');
	assert.equal(rows[3], `seeds/a.txt,claim,'=SUM(A1) said -5,${textA.indexOf('=SUM')},${textA.indexOf('=SUM') + 16},,`);
	assert.equal(rows[4], `seeds/b.txt,actor/state,Le Yucheng,${[...textB].indexOf('L')},${[...textB].indexOf('L') + 10},,`);
	const raw = seed('export', 'seeds/a.txt', '--format', 'csv', '--no-formula-escape').stdout.split('\r\n');
	assert.equal(raw[3].split(',')[2], '=SUM(A1) said -5');
	assert.doesNotMatch(raw[0], /prefixed/);
});

test('seed export --format brat --out FOLDER: .txt, .ann and annotation.conf that brat opens as they are', () => {
	const out = path.join(folder, 'brat-out');
	const result = seed('export', 'seeds', '--format', 'brat', '--out', out);
	assert.equal(result.code, 0, result.stderr);
	assert.deepEqual(readdirSync(path.join(out, 'seeds')).sort(), ['a.ann', 'a.txt', 'b.ann', 'b.txt', 'c.ann', 'c.txt']);
	const conf = readFileSync(path.join(out, 'annotation.conf'), 'utf8');
	const types = conf.slice(conf.indexOf('[entities]\n') + 11, conf.indexOf('[relations]')).split('\n').filter(Boolean);
	assert.deepEqual(types, ['!actor', '\tactor-state', 'claim', '!frame', '\tframe-left_hwing__x']);
	assert.equal(tagFromBratType('frame-left_hwing__x'), 'frame/left-wing_x');
	const bText = readFileSync(path.join(out, 'seeds', 'b.txt'), 'utf8');
	assert.equal(bText, textB, 'the .txt beside the .ann has no byte-order mark: brat would count it');
	for (const name of ['a', 'b']) {
		const text = readFileSync(path.join(out, 'seeds', `${name}.txt`), 'utf8');
		for (const line of readFileSync(path.join(out, 'seeds', `${name}.ann`),
			'utf8').trimEnd().split('\n').filter(l => l.startsWith('T'))) {
			const fields = line.split('\t');
			assert.equal(fields.length, 3, line);
			const spans = fields[1].split(' ').slice(1).join(' ').split(';').map(span => span.split(' ').map(Number));
			assert.equal(spans.map(([start, end]) => sliceCodePoints(text, start, end)).join(' ').replace(/\t/g, ' '), fields[2]);
		}
	}
	rmSync(out, { recursive: true, force: true });
});

test('seed export: clear errors and exit codes', () => {
	assert.equal(seed('export', 'seeds').code, 2);
	assert.match(seed('export', 'seeds', '--format', 'xml').stderr, /--format takes csv, jsonl, w3c, brat, qdpx or qdc, not xml/);
	assert.match(seed('export', 'seeds', '--format', 'csv', '--bogus').stderr, /unknown option --bogus/);
	const missing = seed('export', 'nowhere', '--format', 'csv');
	assert.equal(missing.code, 1);
	assert.match(missing.stderr, /nowhere: no such file or folder/);
	const out = path.join(folder, 'out', 'x.csv');
	assert.equal(seed('export', 'seeds', '--format', 'csv', '--out', out).code, 0);
	assert.equal(readFileSync(out, 'utf8'), seed('export', 'seeds', '--format', 'csv').stdout);
});
