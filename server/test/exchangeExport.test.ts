// REFI-QDA export: project.qde valid against Project.xsd, positions in code points, stable GUIDs, users per coder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { URI } from 'vscode-uri';
import { readExchangeProject, writeQdc, writeQdpx } from '../src/core/exchange/projectExport';
import { annotationIdFromGuid, selectionGuid, stableGuid } from '../src/core/exchange/guid';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { withCoderSidecars } from '../src/node/coderSidecars';
import { makeAnnotatedFolder } from './support/annotatedFolder';
import { repoRoot } from './support/samples';
import { assertValidAgainst, codebookSchema, hasXmllint, projectSchema } from './support/xmllint';

export const astralText = '🇨🇳🇷🇺 date 2022-02-06 Talks\r\nXi Jinping said 𝒜 "very successful" 👍🏽.\r\n';
export const cjkText = '习近平同普京举行会谈。\n中方愿同俄方一道，推动两国关系。\n';
export const codebook = 'version: 1\ntags:\n  actor/state:\n    description: A state & its <leader>\n    color: "#1F77B4"\n  claim:\n    ' +
	'color: "#ff7f0e"\n';

const folder = makeAnnotatedFolder([
	{ file: 'seeds/astral.txt', text: astralText, bom: true, annotations: [
		{ id: 'a-00000001', tag: 'actor/state', passage: 'Xi Jinping', note: 'leader, with a "note" & <markup>' },
		{ id: 'a-0000000z', tag: 'claim', passage: '"very successful" 👍🏽' },
		{ id: 'my_own-id', tag: 'frame/cooperation', passage: '🇷🇺' },
	] },
	{ file: 'seeds/cjk.txt', text: cjkText, coders: {
		alice: [{ id: 'a-00000002', tag: 'actor/state', passage: '习近平', created: '2026-11-21T07:00:00Z' }],
		bob: [{ id: 'a-00000003', tag: 'actor/state', passage: '普京', note: 'Putin' }],
	} },
	{ file: 'seeds/plain.txt', text: ' date 2022-02-07 Not annotated\n\nBody.\n' },
], codebook, 'seed-qdpx-');
after(() => rmSync(folder, { recursive: true, force: true }));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, isArray: name => ['Code',
	'TextSource', 'PlainTextSelection', 'User', 'Note'].includes(name) });

async function exportFolder() {
	const seeds = ['astral', 'cjk', 'plain'].map(name => ({ uri: URI.file(path.join(folder, 'seeds', `${name}.txt`)),
		name: `seeds/${name}.txt` }));
	const read = await readExchangeProject(new NodeFileSystem(), await withCoderSidecars(seeds), readFileSync(path.join(folder,
		'seeds/codebook.yaml'), 'utf8'));
	assert.deepEqual(read.problems, []);
	return { read, qdpx: writeQdpx(read.project) };
}

test('the .qdpx holds project.qde and each seed\'s exact bytes under sources/; project.qde is valid against Project.xsd', async () => {
	const { qdpx } = await exportFolder();
	const files = unzipSync(qdpx);
	assert.deepEqual(Object.keys(files)[0], 'project.qde');
	const xml = new TextDecoder().decode(files['project.qde']);
	assertValidAgainst(projectSchema, xml, 'project.qde');
	const project = parser.parse(xml).Project;
	assert.equal(project.xmlns, 'urn:QDA-XML:project:1.0');
	const sources = project.Sources.TextSource as Record<string, unknown>[];
	assert.deepEqual(sources.map(source => source.name), ['seeds/astral.txt', 'seeds/cjk.txt', 'seeds/plain.txt']);
	for (const source of sources) {
		const entry = `sources/${String(source.plainTextPath).replace('internal://', '')}`;
		assert.deepEqual(Buffer.from(files[entry]), readFileSync(path.join(folder, String(source.name))),
			`${entry} is the seed byte for byte`);
	}
});

test('selections count Unicode code points from 0, end exclusive, in the text without its BOM', async () => {
	const { qdpx } = await exportFolder();
	const files = unzipSync(qdpx);
	const project = parser.parse(new TextDecoder().decode(files['project.qde'])).Project;
	const notes = new Map((project.Notes.Note as Record<string, unknown>[]).map(note => [note.guid, note.PlainTextContent]));
	const codes = new Map<string, string>();
	const walk = (list: Record<string, unknown>[], prefix: string) => list.forEach(code => {
		codes.set(String(code.guid), prefix + String(code.name));
		walk((code.Code as Record<string, unknown>[] | undefined) ?? [], `${prefix}${code.name}/`);
	});
	walk(project.CodeBook.Codes.Code, '');
	const seen: string[] = [];
	for (const source of project.Sources.TextSource as Record<string, unknown>[]) {
		const text = new TextDecoder().decode(files[`sources/${String(source.plainTextPath).slice(11)}`]).replace(/^\ufeff/, '');
		for (const selection of (source.PlainTextSelection as (Record<string, unknown> & { Coding: { CodeRef: Record<string,
			string> } })[] | undefined) ?? []) {
			const passage = Array.from(text).slice(Number(selection.startPosition), Number(selection.endPosition)).join('');
			const tag = codes.get(selection.Coding.CodeRef.targetGUID);
			const note = selection.NoteRef ? notes.get((selection.NoteRef as Record<string, string>).targetGUID) : undefined;
			seen.push(`${tag}|${passage}|${note ?? ''}`);
		}
	}
	assert.deepEqual(seen.sort(), [
		'"very successful" 👍🏽|claim|', 'Xi Jinping|actor/state|leader, with a "note" & ' +
			'<markup>', '习近平|actor/state|', '普京|actor/state|Putin', '🇷🇺|frame/cooperation|',
	].map(entry => { const [passage, tag, note] = entry.split('|'); return `${tag}|${passage}|${note}`; }).sort());
	const astral = (project.Sources.TextSource as Record<string, unknown>[])[0].PlainTextSelection as Record<string, string>[];
	const xi = astral.find(selection => selection.name === 'Xi Jinping')!;
	assert.equal(Number(xi.startPosition), [...astralText].indexOf('X'), 'the flag emoji counts 2 code points and CRLF 2, the BOM 0');
});

test('stable GUIDs: the same folder gives the same bytes; GUIDs come from ids and carry standard ids back', async () => {
	const first = await exportFolder();
	const second = await exportFolder();
	assert.deepEqual(Buffer.from(first.qdpx), Buffer.from(second.qdpx));
	assert.equal(stableGuid('code:actor/state'), stableGuid('code:actor/state'));
	assert.notEqual(stableGuid('code:actor/state'), stableGuid('code:actor/stat'));
	const guid = selectionGuid('seeds/astral.txt', 'a-0000000z');
	assert.match(guid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	assert.equal(annotationIdFromGuid('seeds/astral.txt', guid), 'a-0000000z');
	assert.equal(annotationIdFromGuid('seeds/other.txt', guid), undefined, 'a GUID moved to another source does not pass');
	assert.equal(annotationIdFromGuid('seeds/astral.txt', `{${guid.toUpperCase()}}`), 'a-0000000z');
	assert.equal(annotationIdFromGuid('seeds/astral.txt', '85D17F60-7BB0-481E-B742-B4861DD669DF'), undefined);
});

test('users: one per coder, the plain sidecar\'s annotations by "Seed Annotator"; codes: codebook, tags in use, parents', async () => {
	const { qdpx } = await exportFolder();
	const project = parser.parse(new TextDecoder().decode(unzipSync(qdpx)['project.qde'])).Project;
	assert.deepEqual((project.Users.User as Record<string, string>[]).map(user => user.name), ['Seed Annotator', 'alice', 'bob']);
	const top = project.CodeBook.Codes.Code as Record<string, unknown>[];
	assert.deepEqual(top.map(code => [code.name, code.isCodable]), [['actor', 'false'], ['claim', 'true'], ['frame', 'false']]);
	const state = (top[0].Code as Record<string, unknown>[])[0];
	assert.deepEqual([state.name, state.color, state.Description], ['state', '#1F77B4', 'A state & its <leader>']);
	assert.equal(((top[2].Code as Record<string, unknown>[])[0]).name, 'cooperation', 'a tag used but not in the codebook is exported too');
	const alice = (project.Users.User as Record<string, string>[])[1].guid;
	const cjk = (project.Sources.TextSource as Record<string, unknown>[])[1].PlainTextSelection as Record<string, string>[];
	assert.equal(cjk.find(selection => selection.name === '习近平')!.creatingUser, alice);
	assert.equal(cjk.find(selection => selection.name === '习近平')!.creationDateTime, '2026-11-21T07:00:00Z');
});

test('without coders, one user', async () => {
	const solo = makeAnnotatedFolder([{ file: 'seeds/a.txt', text: 'Xi met Putin.\n', annotations: [{ id: 'a-00000001', tag: 'x',
		passage: 'Xi' }] }]);
	try {
		const read = await readExchangeProject(new NodeFileSystem(), await withCoderSidecars([{ uri: URI.file(path.join(solo,
			'seeds/a.txt')), name: 'seeds/a.txt' }]), undefined);
		const xml = new TextDecoder().decode(unzipSync(writeQdpx(read.project))['project.qde']);
		assert.deepEqual((parser.parse(xml).Project.Users.User as Record<string, string>[]).map(user => user.name), ['Seed Annotator']);
		assertValidAgainst(projectSchema, xml, 'project.qde (one user)');
	} finally {
		rmSync(solo, { recursive: true, force: true });
	}
});

test('the codebook alone as .qdc is valid against the Codebook schema of the specification', async () => {
	const { read } = await exportFolder();
	const qdc = writeQdc(read.project);
	assertValidAgainst(codebookSchema, qdc, 'codebook.qdc');
	const codebookXml = parser.parse(qdc).CodeBook;
	assert.equal(codebookXml.xmlns, 'urn:QDA-XML:codebook:1.0');
	assert.deepEqual((codebookXml.Codes.Code as Record<string, unknown>[]).map(code => code.name), ['actor', 'claim', 'frame']);
});

test('seed export --format qdpx|qdc on the command line: valid files, stable bytes', () => {
	const run = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'export', ...args], { cwd: folder,
		encoding: 'utf8' });
	const out = path.join(folder, 'out', 'project.qdpx');
	const first = run('seeds', '--format', 'qdpx', '--out', out);
	assert.equal(first.status, 0, first.stderr);
	assert.match(first.stderr, /3 sources, 5 codings/);
	const bytes = readFileSync(out);
	assert.equal(run('seeds', '--format', 'qdpx', '--out', out).status, 0);
	assert.deepEqual(readFileSync(out), bytes);
	assertValidAgainst(projectSchema, new TextDecoder().decode(unzipSync(bytes)['project.qde']), 'project.qde (CLI)');
	const qdc = run('seeds', '--format', 'qdc');
	assert.equal(qdc.status, 0, qdc.stderr);
	assertValidAgainst(codebookSchema, qdc.stdout, 'codebook.qdc (CLI)');
	assert.match(run('seeds', '--format', 'qdpx').stderr, /give --out FILE\.qdpx/);
});

test('the schema check can fail: a project without its required name is refused',
	{ skip: !hasXmllint() && !process.env.CI ? 'xmllint is not installed' : false }, () => {
	const nameless = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"/>';
	assert.throws(() => assertValidAgainst(projectSchema, nameless, 'nameless.qde'), /name.*required|required.*name/i);
});
