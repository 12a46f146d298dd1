// REFI-QDA import: projects in the shapes of ATLAS.ti, MAXQDA, NVivo and QualCoder, their quirks,
// selections that do not fit their text, and never overwriting what is there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { planImport, hexColor, positionMapper, seedPathOf } from '../src/core/exchange/projectImport';
import { existingFilesIn, writeImportPlan } from '../src/node/importPlanWriter';
import { repoRoot } from './support/samples';

const fixtures = path.join(repoRoot, 'server/test/fixtures/refi-qda');
const scratch = mkdtempSync(path.join(tmpdir(), 'seed-import-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A .qdpx of a fixture: its .qde at the top and its text files under sources/ as the .qde names them. */
function fixtureArchive(folder: string, qde: string, sources: Record<string, string> = {}): Uint8Array {
	const files: Record<string, Uint8Array> = { [qde]: readFileSync(path.join(fixtures, folder, qde)) };
	for (const [entry, file] of Object.entries(sources)) {
		files[`sources/${entry}`] = readFileSync(path.join(fixtures, folder, file));
	}
	return zipSync(files);
}

const archives = {
	atlas: () => fixtureArchive('atlas', 'Trial.qde', { '230B768E-5A3D-42B7-BE92-2A3721177944.txt': 'interview.txt' }),
	maxqda: () => fixtureArchive('maxqda', 'project.qde', { '{B2000000-0000-4000-8000-000000000001}.txt': 'transcript-b.txt' }),
	nvivo: () => fixtureArchive('nvivo', 'project.qde'),
	qualcoder: () => fixtureArchive('qualcoder', 'project.qde', { 'aaaabbbb-cccc-4ddd-8eee-ffff00001111.txt': 'chat.txt' }),
};

let folders = 0;
function emptyFolder(): string {
	const folder = path.join(scratch, `into-${folders++}`);
	mkdirSync(folder);
	return folder;
}

async function importInto(folder: string, archive: Uint8Array, options = {}) {
	const plan = await planImport(archive, 'project.qdpx', existingFilesIn(folder), options);
	const written = await writeImportPlan(folder, plan.files);
	return { report: plan.report, written };
}

interface SidecarData {
	coder?: string;
	annotations: { id: string; tag: string; text: string; start: number; end: number; note?: string; created: string }[];
}
const sidecar = (file: string) => parse(readFileSync(file, 'utf8')) as SidecarData;

test('ATLAS.ti: Trial.qde, CRLF counted as one, "::" codes, memos as Description, a zero-length selection and a PDF skipped', async () => {
	const folder = emptyFolder();
	const { report, written } = await importInto(folder, archives.atlas());
	assert.deepEqual(written.sort(), ['Interview 1.tags.yaml', 'Interview 1.txt', 'codebook.yaml']);
	const text = readFileSync(path.join(folder, 'Interview 1.txt'), 'utf8');
	assert.equal(text, readFileSync(path.join(fixtures, 'atlas/interview.txt'), 'utf8'),
		'the seed is the source byte for byte (CRLF kept)');
	const { annotations } = sidecar(path.join(folder, 'Interview 1.tags.yaml'));
	assert.deepEqual(annotations.map(a => [a.tag, a.text, text.slice(a.start, a.end), a.note]), [
		['Coke/diet_Coke', 'diet Coke', 'diet Coke', 'The usual answer.'],
		['waste_of_time', 'Nothing. It is a waste of time.', 'Nothing. It is a waste of time.', undefined],
	]);
	assert.equal(annotations[0].created, '2021-03-27T19:29:27Z');
	assert.ok(report.quirks.some(quirk => /Trial\.qde/.test(quirk)));
	assert.ok(report.quirks.some(quirk => /CRLF line break as one character/.test(quirk)));
	assert.deepEqual(report.skippedSelections.map(item => item.why), ['zero-length selection']);
	assert.match(report.skippedSelections[0].what, /Trial\.qde:\d+:\d+/);
	assert.deepEqual(report.skippedSources.map(item => item.what), ['PDFSource "Nutrition facts.pdf"']);
	const codebook = parse(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'));
	assert.deepEqual(codebook.tags['Coke/diet_Coke'], { description: 'non sucré', color: '#966450' });
	assert.ok(report.renamedCodes.some(item => item.what === 'code "Coke::diet Coke"'));
	assert.equal(report.coders.length, 0, 'one coding user: the plain sidecar');
});

test('MAXQDA: braced GUIDs, #RGB colours, notes through NoteRef', async () => {
	const folder = emptyFolder();
	const { report } = await importInto(folder, archives.maxqda());
	const text = readFileSync(path.join(folder, 'Transcript B.txt'), 'utf8');
	const { annotations } = sidecar(path.join(folder, 'Transcript B.tags.yaml'));
	assert.deepEqual(annotations.map(a => [a.tag, text.slice(a.start, a.end), a.note]), [
		['Emotions/Worry', 'I am worried', 'Worry is tied to prices & rent.'],
		['Economy', 'Prices went up again', undefined],
	]);
	const codebook = parse(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'));
	assert.deepEqual(codebook.tags.Emotions, { color: '#ff00aa' });
	assert.deepEqual(codebook.tags['Emotions/Worry'], { description: 'Expressions of concern', color: '#ff0000' });
	assert.equal(report.codings, 2);
});

test('NVivo: inline text, RGB colours; a selection beyond the end, rich text and a picture are reported and skipped', async () => {
	const folder = emptyFolder();
	const { report } = await importInto(folder, archives.nvivo());
	const text = readFileSync(path.join(folder, 'Focus group 3.txt'), 'utf8');
	assert.match(text, /^Focus group 3\. Participants talked about the river\. "The water is cleaner now," said one\.$/);
	const { annotations } = sidecar(path.join(folder, 'Focus group 3.tags.yaml'));
	assert.deepEqual(annotations.map(a => [a.tag, text.slice(a.start, a.end)]), [['Environment', 'the river'], ['Quotes',
		'"The water is cleaner now,"']]);
	assert.equal(report.skippedSelections.length, 1);
	assert.match(report.skippedSelections[0].what, /"beyond the end" \[80, 500\)/);
	assert.match(report.skippedSelections[0].why, /outside its text, which has 89 characters/);
	assert.deepEqual(report.skippedSources.map(item => item.what).sort(), ['PictureSource "River photo.jpg"',
		'text source "Field notes.docx"']);
	assert.match(report.skippedSources.find(item => /Field notes/.test(item.what))!.why, /rich text only/);
	const codebook = parse(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'));
	assert.equal(codebook.tags.Environment.color, '#0080ff');
	assert.equal(codebook.tags.Quotes.color, '#ff8000');
});

test('QualCoder: two users give one sidecar per coder; astral and CJK passages land on their words', async () => {
	const folder = emptyFolder();
	const { report, written } = await importInto(folder, archives.qualcoder());
	assert.deepEqual(written.sort(), ['chat.coder_one.tags.yaml', 'chat.coder_two.tags.yaml', 'chat.txt', 'codebook.yaml']);
	assert.deepEqual(report.coders, ['coder_one', 'coder_two']);
	const text = readFileSync(path.join(folder, 'chat.txt'), 'utf8');
	const one = sidecar(path.join(folder, 'chat.coder_one.tags.yaml'));
	const two = sidecar(path.join(folder, 'chat.coder_two.tags.yaml'));
	assert.equal(one.coder, 'coder_one');
	assert.deepEqual(one.annotations.map(a => text.slice(a.start, a.end)), ['我很高兴 😀']);
	assert.deepEqual(two.annotations.map(a => [a.tag, text.slice(a.start, a.end)]), [['joy', 'today'], ['maths', '𝒜 mathematical A']]);
});

test('positions counted in UTF-16 units: a selection inside a surrogate pair is reported and skipped, never moved', async () => {
	const text = 'ab😀cd';
	const map = positionMapper(text, { crlfAsOne: false, unit: 'utf16' });
	assert.equal(map(2), 2);
	assert.equal(map(3), undefined);
	assert.equal(map(4), 4);
	const points = positionMapper(text, { crlfAsOne: false, unit: 'codepoints' });
	assert.equal(points.size, 5);
	assert.equal(points(3), 4);
	assert.deepEqual([points(0), points(5), points(6), points(-1), points(2.5)], [0, 6, undefined, undefined, undefined]);
	const atlas = positionMapper('a\r\nb😀', { crlfAsOne: true, unit: 'codepoints' });
	assert.deepEqual([atlas.size, atlas(1), atlas(2), atlas(3), atlas(4)], [4, 1, 3, 4, 6]);
	const selection = (guid: string, start: number, end: number) => [
		`<PlainTextSelection guid="00000000-0000-4000-8000-00000000000${guid}" name="s${guid}"`,
		` startPosition="${start}" endPosition="${end}">`,
		'<Coding guid="10000000-0000-4000-8000-000000000000"><CodeRef targetGUID="20000000-0000-4000-8000-000000000000"/></Coding>',
		'</PlainTextSelection>',
	].join('');
	const qde = [
		'<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="Some .NET tool"><CodeBook><Codes>',
		'<Code guid="20000000-0000-4000-8000-000000000000" name="x" isCodable="true"/></Codes></CodeBook>',
		`<Sources><TextSource guid="30000000-0000-4000-8000-000000000000" name="t"><PlainTextContent>${text}</PlainTextContent>`,
		`${selection('1', 0, 3)}${selection('2', 2, 4)}${selection('3', 4, 6)}</TextSource></Sources></Project>`,
	].join('');
	const folder = emptyFolder();
	const { report } = await importInto(folder, zipSync({ 'project.qde': new TextEncoder().encode(qde) }), { positions: 'utf16' });
	assert.deepEqual(report.skippedSelections.map(item => [item.what.slice(0, 24), item.why]), [['selection "s1" [0, 3) in',
		'a position falls inside a surrogate pair (half of an emoji or other astral character)']]);
	assert.deepEqual(sidecar(path.join(folder, 't.tags.yaml')).annotations.map(a => a.text), ['😀', 'cd']);
});

test('colours and names from other suites', () => {
	assert.equal(hexColor('#ABC'), '#aabbcc');
	assert.equal(hexColor('rgb(255, 0, 10)'), '#ff000a');
	assert.equal(hexColor('0,128,255'), '#0080ff');
	assert.equal(hexColor('16711680'), '#ff0000');
	assert.equal(hexColor('red'), undefined);
	assert.equal(hexColor('300,0,0'), undefined);
	assert.equal(seedPathOf({ name: '../../etc/passwd', guid: 'abcdef12' }), 'etc/passwd.txt');
	assert.equal(seedPathOf({ name: 'C:\\Users\\x\\Interview 1.docx', guid: 'abcdef12' }), 'Users/x/Interview 1.txt');
	assert.equal(seedPathOf({ name: '/abs/a.txt', guid: 'abcdef12' }), 'abs/a.txt');
	assert.equal(seedPathOf({ guid: 'abcdef12-0000' } as never), 'source-abcdef12.txt');
	assert.equal(seedPathOf({ name: 'what?: "x"', guid: 'abcdef12' }), 'what__ _x_.txt');
});

test('the archive is untrusted: zip slip, zip bombs, DTDs, malformed XML, broken zips', async () => {
	const qde = readFileSync(path.join(fixtures, 'nvivo/project.qde'));
	const folder = emptyFolder();
	const refused = async (archive: Uint8Array, pattern: RegExp) => {
		await assert.rejects(planImport(archive, 'evil.qdpx', existingFilesIn(folder)), pattern);
	};
	const slip = zipSync({ 'project.qde': qde, '../../outside.txt': new Uint8Array([1]) });
	await refused(slip, /entry "\.\.\/\.\.\/outside\.txt" is refused: it climbs out/);
	await refused(zipSync({ 'project.qde': qde, '/etc/cron.d/x': new Uint8Array([1]) }), /absolute path/);
	await refused(zipSync({ 'project.qde': qde, 'C:/Windows/x.txt': new Uint8Array([1]) }), /drive letter/);
	// A 20 MB entry of zeros deflates to 20 KB: refused by its declared size before it is inflated.
	const limits = { maxEntries: 10, maxEntryBytes: 10_000_000, maxTotalBytes: 15_000_000 };
	const capped = (files: Record<string, Uint8Array>) => planImport(zipSync(files), 'big.qdpx', existingFilesIn(folder), { limits });
	await assert.rejects(capped({ 'project.qde': qde, 'sources/a.txt': new Uint8Array(20_000_000) }),
		/"sources\/a\.txt" would unpack to 19 MB, over the 10 MB limit per entry/);
	const nineMegabytes = new Uint8Array(9_000_000);
	await assert.rejects(capped({ 'project.qde': qde, 'sources/a.txt': nineMegabytes, 'sources/b.txt': nineMegabytes }),
		/would unpack to more than 14 MB: refused as a possible zip bomb/);
	const many: Record<string, Uint8Array> = { 'project.qde': qde };
	for (let i = 0; i < 20; i++) many[`sources/${i}.txt`] = new Uint8Array(1);
	await assert.rejects(planImport(zipSync(many), 'many.qdpx', existingFilesIn(folder), { limits }), /more than 10 entries/);
	const xxe = '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Project ' +
		'xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>';
	await refused(zipSync({ 'project.qde': new TextEncoder().encode(xxe) }), /project\.qde:2:1: a DOCTYPE declaration is refused/);
	const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Project name="&lol2;"/>';
	await refused(zipSync({ 'project.qde': new TextEncoder().encode(bomb) }), /DOCTYPE declaration is refused/);
	const project = (name: string, xml: string) => zipSync({ [name]: new TextEncoder().encode(xml) });
	const unclosed = '<?xml version="1.0"?>\n<Project name="x">\n  <Users>\n</Project>';
	await refused(project('project.qde', unclosed), /project\.qde:4:\d+: malformed XML/);
	await refused(project('project.qde', '<Project name="x"><Sources>\n<TextSource name="a"/></Sources></Project>'),
		/project\.qde:2:1: <TextSource> lacks its required attribute guid/);
	const badPosition = [
		'<Project name="x"><Sources><TextSource guid="00000000-0000-4000-8000-000000000000"><PlainTextContent>abc</PlainTextContent>\n\n',
		'<PlainTextSelection guid="00000000-0000-4000-8000-000000000001" startPosition="x1" endPosition="2"/>',
		'</TextSource></Sources></Project>',
	].join('');
	await refused(project('Project.qde', badPosition), /project\.qde:3:1: <PlainTextSelection> startPosition="x1" is not a whole number/i);
	await refused(zipSync({ 'notes.txt': new Uint8Array([1]) }), /holds no project\.qde/);
	await refused(new TextEncoder().encode('PK\u0003\u0004 not really a zip'), /evil\.qdpx is not a readable zip archive/);
	assert.deepEqual(readdirSync(folder), [], 'nothing was written by any refused import');
	assert.equal(existsSync(path.join(scratch, 'outside.txt')), false);
});

test('malformed XML that a lenient parser would read anyway is refused, naming the entry, line and column', async () => {
	const folder = emptyFolder();
	const guid = '00000000-0000-4000-8000-00000000000';
	const cases: [string, RegExp][] = [
		// A closing tag that does not match: read as if the <User> had been closed.
		[`<Project name="x">\n<Users><User guid="${guid}1"></Users>\n</Project>`, /project\.qde:2:\d+: malformed XML/],
		// Elements never closed at the end of the file.
		[`<Project name="x">\n<Users>\n<User guid="${guid}1"/>`, /project\.qde:3:\d+: malformed XML/],
		// An entity XML does not define, a raw "&" and a raw "<" in an attribute.
		[`<Project name="x">\n\n<Users><User guid="${guid}1" name="&nbsp;"/></Users></Project>`, /project\.qde:3:\d+: malformed XML/],
		[`<Project name="x">\n<Description>Q & A</Description></Project>`, /project\.qde:2:\d+: malformed XML/],
		[`<Project name="a<b"/>`, /project\.qde:1:\d+: malformed XML/],
		// An attribute without quotes, one given twice, a second root element.
		[`<Project name=x/>`, /project\.qde:1:\d+: malformed XML/],
		[`<Project name="x" name="y"/>`, /project\.qde:1:\d+: malformed XML/],
		[`<Project name="x"/>\n<Project name="y"/>`, /project\.qde:2:\d+: malformed XML/],
	];
	for (const [xml, pattern] of cases) {
		await assert.rejects(planImport(zipSync({ 'project.qde': new TextEncoder().encode(xml) }), 'bad.qdpx', existingFilesIn(folder)),
			pattern, xml);
	}
	assert.deepEqual(readdirSync(folder), []);
});

test('XML read as XML: namespace prefixes, CDATA, character and entity references, CRLF', async () => {
	const folder = emptyFolder();
	const xml = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" qda:name="R&amp;D" origin="Hand">',
		'<qda:CodeBook><qda:Codes><qda:Code guid="{C0000000-0000-4000-8000-000000000001}" name="Q&amp;A" isCodable="true" color="#ff0000">',
		'<qda:Description><![CDATA[<b>bold</b> & more]]> &#x1F600;</qda:Description></qda:Code></qda:Codes></qda:CodeBook>',
		'<qda:Sources><qda:TextSource guid="50000000-0000-4000-8000-000000000001" name="t.txt">',
		'<qda:PlainTextContent>a &lt;b&gt;\r\nc</qda:PlainTextContent>',
		'<qda:PlainTextSelection guid="51000000-0000-4000-8000-000000000001" startPosition="2" endPosition="5">',
		'<qda:Coding guid="52000000-0000-4000-8000-000000000001"><qda:CodeRef targetGUID="C0000000-0000-4000-8000-000000000001"/>',
		'</qda:Coding></qda:PlainTextSelection></qda:TextSource></qda:Sources></qda:Project>',
	].join('\n');
	const { report } = await importInto(folder, zipSync({ 'project.qde': new TextEncoder().encode(xml) }));
	assert.equal(report.project, 'R&D');
	assert.equal(report.codings, 1);
	// An XML reader turns a CRLF in text into LF (the exporter writes a CR it means as &#13;).
	assert.equal(readFileSync(path.join(folder, 't.txt'), 'utf8'), 'a <b>\nc');
	assert.equal(sidecar(path.join(folder, 't.tags.yaml')).annotations[0].text, '<b>');
	assert.deepEqual(parse(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8')).tags,
		{ 'Q_A': { description: '<b>bold</b> & more \u{1F600}', color: '#ff0000' } });
});

test('never overwrites: a differing seed refuses the whole import, --overwrite replaces; codebook entries are kept', async () => {
	const folder = emptyFolder();
	writeFileSync(path.join(folder, 'chat.txt'), 'my own, different text\n');
	writeFileSync(path.join(folder, 'codebook.yaml'), 'version: 1\ntags:\n  joy:\n    description: My own joy\n    color: "#000000"\n');
	const before = new Map(readdirSync(folder).map(name => [name, readFileSync(path.join(folder, name), 'utf8')]));
	await assert.rejects(importInto(folder, archives.qualcoder()), /would overwrite 1 file that differs: chat\.txt\. Nothing was written/);
	assert.deepEqual(new Map(readdirSync(folder).map(name => [name, readFileSync(path.join(folder, name), 'utf8')])), before);
	const { report } = await importInto(folder, archives.qualcoder(), { overwrite: false,
		codebookPath: 'codebook.yaml' }).catch(() => ({ report: undefined }));
	assert.equal(report, undefined);
	rmSync(path.join(folder, 'chat.txt'));
	const second = await importInto(folder, archives.qualcoder());
	assert.deepEqual(second.report.keptCodebookEntries, ['joy']);
	const codebook = parse(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'));
	assert.deepEqual(codebook.tags.joy, { description: 'My own joy', color: '#000000' });
	assert.deepEqual(codebook.tags.maths, { color: '#123456' });
	const again = await importInto(folder, archives.qualcoder());
	assert.deepEqual(again.written, [], 'importing the same project again changes nothing');
	writeFileSync(path.join(folder, 'chat.txt'), 'changed\n');
	const replaced = await importInto(folder, archives.qualcoder(), { overwrite: true });
	assert.ok(replaced.written.includes('chat.txt'));
	assert.equal(readFileSync(path.join(folder, 'chat.txt'), 'utf8'), readFileSync(path.join(fixtures, 'qualcoder/chat.txt'), 'utf8'));
	assert.equal(parse(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8')).tags.joy.description, 'Happy talk');
});

test('a failed write leaves the folder as it was: files written so far are removed again', async () => {
	const folder = emptyFolder();
	mkdirSync(path.join(folder, 'chat.txt')); // the seed's path is taken by a folder: its rename fails
	const plan = await planImport(archives.qualcoder(), 'project.qdpx', { read: async () => undefined });
	const order = ['chat.coder_one.tags.yaml', 'chat.txt'];
	const files = [...plan.files].sort((a, b) => order.indexOf(b.path) - order.indexOf(a.path));
	await assert.rejects(writeImportPlan(folder, files));
	assert.deepEqual(readdirSync(folder), ['chat.txt']);
	assert.deepEqual(readdirSync(path.join(folder, 'chat.txt')), []);
	const nested = emptyFolder();
	const nestedPlan = { ...plan, files: [...plan.files.map(file => ({ ...file, path: `new/deep/${file.path}` })),
		{ path: 'new/deep/chat.txt/x', content: new Uint8Array([1]), replaces: false }] };
	writeFileSync(path.join(nested, 'placeholder'), '');
	await assert.rejects(writeImportPlan(nested, nestedPlan.files));
	assert.deepEqual(readdirSync(nested), ['placeholder'], 'folders the import created are removed again');
});

test('a symbolic link inside the folder never leads the import outside it', async () => {
	const folder = emptyFolder();
	const outside = mkdtempSync(path.join(tmpdir(), 'seed-import-outside-'));
	try {
		symlinkSync(outside, path.join(folder, 'seeds'));
		const archive = zipSync({ 'project.qde': new TextEncoder().encode(
			'<Project name="p"><Sources><TextSource guid="30000000-0000-4000-8000-000000000000" name="seeds/a.txt">'
			+ '<PlainTextContent>text</PlainTextContent></TextSource></Sources></Project>',
		) });
		await assert.rejects(importInto(folder, archive), /its folder leads outside .* \(a symbolic link\)/);
		assert.deepEqual(readdirSync(outside), []);
	} finally {
		rmSync(outside, { recursive: true, force: true });
	}
});

test('seed import on the command line: report, exit codes, nothing overwritten', () => {
	const file = path.join(scratch, 'atlas.qdpx');
	writeFileSync(file, archives.atlas());
	const folder = path.join(scratch, 'cli-into');
	const run = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'import', ...args],
		{ encoding: 'utf8' });
	const first = run(file, '--into', folder);
	assert.equal(first.status, 0, first.stderr);
	assert.match(first.stdout, /^Imported Breakfast study \(ATLAS\.ti 9\.1\.3\.0 \(Windows\)\): /);
	assert.match(first.stdout, /: 1 source, 2 codings, 3 new tags in the codebook\./);
	assert.match(first.stdout, /Skipped PDFSource "Nutrition facts\.pdf": not a text source/);
	assert.match(first.stdout, /Skipped selection "" \[75, 75\) in Interview 1\.docx \(Trial\.qde:\d+:\d+\): zero-length selection/);
	writeFileSync(path.join(folder, 'Interview 1.txt'), 'edited');
	const second = run(file, '--into', folder);
	assert.equal(second.status, 1);
	assert.match(second.stderr, /would overwrite 1 file that differs: Interview 1\.txt/);
	assert.equal(readFileSync(path.join(folder, 'Interview 1.txt'), 'utf8'), 'edited');
	assert.equal(run(file, '--into', folder, '--overwrite').status, 0);
	assert.equal(run(file).status, 2);
	const json = JSON.parse(run(file, '--into', folder, '--json').stdout);
	assert.deepEqual(json.written, []);
	assert.equal(json.codings, 2);
});
