import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { URI } from 'vscode-uri';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { AnnotationService } from '../src/annotationService';
import { MemoryFileSystem } from '../src/core/annotations/memoryFileSystem';
import { ServerCommand } from '../src/protocol/commands';

const folder = URI.file('/w');
const seedA = URI.file('/w/seeds/a.txt').toString();
const seedB = URI.file('/w/seeds/b.txt').toString();
const sidecarA = URI.file('/w/seeds/a.tags.yaml');
const textA = 'BEIJING, Feb. 5 (Xinhua) -- Robin met Putin.\nLater, Robin said the talks were very successful.\n';

/** A service over an in-memory workspace, with an "editor" that applies changes like TextDocuments. */
function setup() {
	const fs = new MemoryFileSystem();
	fs.setText(URI.parse(seedA), textA);
	fs.setText(URI.parse(seedB), 'Xi Jinping and 🇷🇺 Putin\r\nsigned a statement.\r\n');
	const open = new Map<string, string>();
	let clock = 0;
	const service = new AnnotationService({
		fileSystem: fs,
		workspaceFolders: () => [folder],
		openDocumentText: uri => open.get(uri),
		listSeeds: async function* () {
			for (const key of [...fs.files.keys()].sort()) {
				if (key.endsWith('.txt')) {
					yield key;
				}
			}
		},
		now: () => new Date(Date.UTC(2026, 10, 21, 6, 0, clock++)),
		// "Robin" is the only entity: its mentions are every occurrence in the open text.
		mentionsOfEntityAt: (uri, offset) => {
			const text = open.get(uri) ?? '';
			const spans = [...text.matchAll(/Robin/g)].map(match => ({ start: match.index!, end: match.index! + 5 }));
			return spans.some(span => span.start <= offset && offset < span.end) ? spans : undefined;
		},
		random: (() => { let n = 0; return () => ((n++ * 7) % 36) / 36; })(),
	});
	const changedUris: string[] = [];
	const causes: string[] = [];
	service.onDidChangeAnnotations((uri, cause) => {
		changedUris.push(uri);
		causes.push(cause);
	});
	const editor = {
		async open(uri: string) {
			open.set(uri, fs.text(URI.parse(uri))!);
			await service.open(uri);
		},
		edit(uri: string, changes: TextDocumentContentChangeEvent[], apply: (text: string) => string) {
			service.willChange(uri, open.get(uri)!, changes);
			open.set(uri, apply(open.get(uri)!));
		},
		text: (uri: string) => open.get(uri)!,
		close(uri: string) {
			open.delete(uri);
			service.close(uri);
		},
	};
	return { fs, service, editor, changedUris, causes };
}

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

test('seed.tag writes the sidecar and answers the annotation with its range', async () => {
	const { fs, service, editor, changedUris } = setup();
	await editor.open(seedA);
	const info = (await service.executeCommand(ServerCommand.tag, [
		{ uri: seedA, range: range(1, 7, 12), tag: 'actor/state', note: 'second Robin' },
	])) as { id: string; range: unknown; text: string };
	assert.match(info.id, /^a-[0-9a-z]{8}$/);
	assert.equal(info.text, 'Robin');
	assert.deepEqual(info.range, range(1, 7, 12));
	const data = parse(fs.text(sidecarA)!) as { version: number; annotations: Record<string, unknown>[] };
	assert.equal(data.version, 1);
	assert.deepEqual(data.annotations, [
		{
			id: info.id,
			tag: 'actor/state',
			text: 'Robin',
			start: 52,
			end: 57,
			before: 'hua) -- Robin met Putin.\nLater, ',
			after: ' said the talks were very succes',
			note: 'second Robin',
			created: '2026-11-21T06:00:00.000Z',
		},
	]);
	assert.equal(textA.slice(52, 57), 'Robin');
	assert.ok(changedUris.includes(seedA));
	await assert.rejects(service.tag({ uri: seedA, range: range(1, 3, 3), tag: 'x' }), /Select a passage of a\.txt/);
	await assert.rejects(service.tag({ uri: seedA, range: range(1, 0, 3), tag: 'bad tag' }), /not a valid tag/);
});

test('editing moves annotations at once; saving writes the moved positions', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	const { id } = await service.tag({ uri: seedA, range: range(1, 7, 12), tag: 'actor/state' });
	editor.edit(seedA, [{ range: range(1, 0, 0), text: 'Then, ' }], text => text.replace('Later, ', 'Then, Later, '));
	let [info] = await service.annotations({ uri: seedA });
	assert.deepEqual(info.range, range(1, 13, 18));
	assert.equal(info.text, 'Robin');
	// Growing inside the passage.
	editor.edit(seedA, [{ range: range(1, 15, 15), text: 'bb' }], text => text.replace('Later, Robin', 'Later, Robbbin'));
	[info] = await service.annotations({ uri: seedA });
	assert.equal(info.text, 'Robbbin');
	assert.match(fs.text(sidecarA)!, /start: 52\n/, 'typing does not write the sidecar');
	await service.saved(seedA);
	const saved = (parse(fs.text(sidecarA)!) as { annotations: { id: string; start: number; end: number; text: string }[] }).annotations[0];
	assert.deepEqual([saved.id, saved.start, saved.end, saved.text], [id, 58, 65, 'Robbbin']);
	assert.equal(editor.text(seedA).slice(58, 65), 'Robbbin');
});

test('deleting a tagged passage in the editor orphans it with a diagnostic and quick fixes; undo re-attaches it', async () => {
	const { service, editor } = setup();
	await editor.open(seedA);
	const { id } = await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	editor.edit(seedA, [{ range: range(0, 28, 34), text: '' }], text => text.replace('Robin met', 'met'));
	const [diagnostic] = service.orphanDiagnostics(seedA);
	assert.equal(diagnostic.code, 'orphaned-annotation');
	assert.deepEqual(diagnostic.range, range(0, 0, 38));
	assert.deepEqual(diagnostic.data, { id });
	assert.match(diagnostic.message, /actor\/state \("Robin"\) can no longer be found/);
	const [info] = await service.annotations({ uri: seedA });
	assert.equal(info.orphaned, true);
	assert.equal(info.range, undefined);
	const fixes = service.orphanQuickFixes(seedA, diagnostic, range(1, 7, 12));
	assert.deepEqual(fixes.map(fix => fix.command?.command), [ServerCommand.reanchor, ServerCommand.untag]);
	assert.deepEqual(service.orphanQuickFixes(seedA, diagnostic, range(1, 7, 7)).map(fix => fix.command?.command), [ServerCommand.untag]);
	editor.edit(seedA, [{ range: range(0, 28, 28), text: 'Robin ' }], text => text.replace('-- met', '-- Robin met'));
	assert.deepEqual(service.orphanDiagnostics(seedA), []);
	assert.deepEqual((await service.annotations({ uri: seedA }))[0].range, range(0, 28, 33));
});

test('undo of a deletion wider than the passage re-attaches it and clears the orphan diagnostic', async () => {
	const { service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	// "-- Robin met" [25, 37) removed, wider than "Robin" on both sides.
	editor.edit(seedA, [{ range: range(0, 25, 37), text: '' }], text => text.replace('-- Robin met', ''));
	assert.equal(service.orphanDiagnostics(seedA).length, 1);
	editor.edit(seedA, [{ range: range(0, 25, 25), text: '-- Robin met' }], () => textA);
	assert.deepEqual(service.orphanDiagnostics(seedA), []);
	assert.deepEqual((await service.annotations({ uri: seedA }))[0].range, range(0, 28, 33));
});

test('the re-anchor quick fix attaches an orphan to the selection', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	const { id } = await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	editor.edit(seedA, [{ range: range(0, 28, 33), text: 'Elisa' }], text => text.replace('Robin met', 'Elisa met'));
	const [fix] = service.orphanQuickFixes(seedA, service.orphanDiagnostics(seedA)[0], range(0, 28, 33));
	const info = await service.executeCommand(fix.command!.command, fix.command!.arguments) as { range: unknown; text: string };
	assert.deepEqual([info.range, info.text], [range(0, 28, 33), 'Elisa']);
	assert.deepEqual(service.orphanDiagnostics(seedA), []);
	assert.match(fs.text(sidecarA)!, new RegExp(`id: ${id}\\n    tag: actor/state\\n    text: "Elisa"\\n    start: 28\\n    end: 33\\n`));
});

test('a text changed outside the editor is re-anchored on open; the corrected Robin is orphaned, not moved', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(1, 7, 12), tag: 'actor/state' });
	await service.tag({ uri: seedA, range: range(0, 38, 43), tag: 'actor/state' });
	editor.close(seedA);
	fs.setText(URI.parse(seedA), 'Update: corrected.\n' + textA.replace('Later, Robin', 'Later, Elisa'));
	await editor.open(seedA);
	const infos = await service.annotations({ uri: seedA });
	// Sorted by position; the orphan by its last known offset (52, before Putin's 57).
	assert.deepEqual(infos.map(info => [info.text, info.range, info.orphaned]), [
		['Robin', undefined, true],
		['Putin', range(1, 38, 43), undefined],
	]);
	assert.equal(service.orphanDiagnostics(seedA).length, 1);
});

test('a whole-document replacement (reload from disk) re-anchors instead of orphaning', async () => {
	const { service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 38, 43), tag: 'actor/state' });
	const reloaded = 'Breaking.\n' + textA;
	editor.edit(seedA, [{ range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, text: reloaded }], () => reloaded);
	const [info] = await service.annotations({ uri: seedA });
	assert.deepEqual([info.text, info.range], ['Putin', range(1, 38, 43)]);
});

test('a malformed sidecar refuses every command, names the file and the YAML error, and stays byte for byte', async () => {
	const { fs, service, editor } = setup();
	const broken = 'version: 1\nannotations:\n  - id: a-1\n    text: "unclosed\n';
	fs.setText(sidecarA, broken);
	await editor.open(seedA);
	for (const command of [
		() => service.tag({ uri: seedA, range: range(0, 0, 7), tag: 'actor/state' }),
		() => service.untag({ uri: seedA, id: 'a-1' }),
		() => service.setNote({ uri: seedA, id: 'a-1', note: 'x' }),
		() => service.annotations({ uri: seedA }),
	]) {
		await assert.rejects(command(), (error: Error) => {
			assert.match(error.message, /\/w\/seeds\/a\.tags\.yaml is malformed/);
			assert.match(error.message, /Missing closing "quote/);
			return true;
		});
	}
	assert.equal(fs.text(sidecarA), broken);
	const { uri, diagnostics } = await service.sidecarDiagnostics(seedA);
	assert.equal(uri, sidecarA.toString());
	assert.equal(diagnostics[0].range.start.line, 4);
	await assert.rejects(
		service.renameTag({ from: 'actor/state', to: 'actor/government' }),
		/a\.tags\.yaml is malformed; fix it first \(nothing was changed\)/,
	);
});

test('seed.renameTag renames a tag and its children across the workspace', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	await editor.open(seedB);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor' });
	await service.tag({ uri: seedA, range: range(0, 38, 43), tag: 'actor/state' });
	await service.tag({ uri: seedB, range: range(0, 0, 10), tag: 'actor/state' });
	await service.tag({ uri: seedB, range: range(0, 15, 23), tag: 'actors' });
	assert.deepEqual(await service.renameTag({ from: 'actor', to: 'agent' }), { renamed: 3, files: 2, codebook: false });
	assert.deepEqual((await service.annotations({ uri: seedA })).map(info => info.tag), ['agent', 'agent/state']);
	assert.deepEqual((await service.annotations({ uri: seedB })).map(info => info.tag), ['agent/state', 'actors']);
	assert.match(fs.text(URI.file('/w/seeds/b.tags.yaml'))!, /tag: agent\/state\n/);
});

test('seed.export covers every annotated seed; brat offsets are code points', async () => {
	const { service, editor } = setup();
	await editor.open(seedB);
	await service.tag({ uri: seedB, range: range(0, 15, 25), tag: 'actor/state', note: 'after a flag' });
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	const csv = await service.export({ format: 'csv' });
	assert.equal(csv.slice(csv.indexOf('\r\n') + 2), [
		'seed,tag,text,start,end,note,coder',
		'seeds/a.txt,actor/state,Robin,28,33,,',
		'seeds/b.txt,actor/state,🇷🇺 Putin,15,23,after a flag,',
		'',
	].join('\r\n'));
	assert.equal(
		await service.export({ format: 'brat', uris: [seedB] }),
		'T1\tactor-state 15 23\t🇷🇺 Putin\n#1\tAnnotatorNotes T1\tafter a flag\n',
	);
	assert.deepEqual(Object.keys(JSON.parse(await service.export({ format: 'brat' }))), ['seeds/a.ann', 'seeds/b.ann', 'annotation.conf']);
	const one = JSON.parse(await service.export({ format: 'brat', uris: [seedB], bratConf: true })) as Record<string, string>;
	assert.deepEqual(Object.keys(one), ['seeds/b.ann', 'annotation.conf']);
	assert.match(one['annotation.conf'], /\[entities\]\n!actor\n\tactor-state\n/);
	assert.equal(JSON.parse(await service.export({ format: 'w3c' })).total, 2);
	assert.equal((await service.export({ format: 'jsonl' })).split('\n').length, 4);
	await assert.rejects(service.export({ format: 'xml' as never }), /Unknown export format xml/);
});

test('seed.export exports the saved text, not the editor\'s unsaved edits, and says so in its header', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	// Unsaved: ten characters typed at the start of the text move the passage in the editor only.
	editor.edit(seedA, [{ range: range(0, 0, 0), text: 'UNSAVED!! ' }], text => 'UNSAVED!! ' + text);
	assert.equal((await service.annotations({ uri: seedA }))[0].range?.start.character, 38);
	const csv = await service.export({ format: 'csv' });
	const [header, columns, row] = csv.split('\r\n');
	assert.match(header, /^# Seed Annotator export of the seeds and sidecars as saved on disk/);
	assert.equal(columns, 'seed,tag,text,start,end,note,coder');
	assert.equal(row, 'seeds/a.txt,actor/state,Robin,28,33,,');
	assert.equal(fs.text(URI.parse(seedA))!.slice(28, 33), 'Robin');
	const jsonl = (await service.export({ format: 'jsonl' })).split('\n');
	assert.match(JSON.parse(jsonl[0]).texts, /as saved on disk/);
	assert.equal(JSON.parse(jsonl[1]).start, 28);
	const w3c = JSON.parse(await service.export({ format: 'w3c' }));
	assert.match(w3c.comment, /as saved on disk/);
	assert.equal(w3c.first.items[0].target.selector[1].start, 28);
});

test('seed.export CSV: formula cells are prefixed unless turned off', async () => {
	const { fs, service } = setup();
	fs.setText(URI.parse(seedA), '=HYPERLINK("http://x") and -5 and @SUM(A1)\n');
	await service.tag({ uri: seedA, range: range(0, 0, 22), tag: 'claim', note: '+1 important' });
	const rows = (await service.export({ format: 'csv' })).split('\r\n');
	assert.equal(rows[2], `seeds/a.txt,claim,"'=HYPERLINK(""http://x"")",0,22,'+1 important,`);
	const raw = (await service.export({ format: 'csv', formulaEscape: false })).split('\r\n');
	assert.equal(raw[2], 'seeds/a.txt,claim,"=HYPERLINK(""http://x"")",0,22,+1 important,');
});

test('the codebook: listing and adding a tag on the spot', async () => {
	const { fs, service } = setup();
	assert.deepEqual((await service.codebook()).tags, []);
	const added = await service.addCodebookTag({ tag: 'frame/cooperation', description: 'Partnership.' });
	assert.deepEqual(added, { name: 'frame/cooperation', description: 'Partnership.', color: '#4477aa' });
	assert.match(fs.text(URI.file('/w/seeds/codebook.yaml'))!, /frame\/cooperation:\n    description: Partnership\.\n    color: "#4477aa"/);
	const codebook = await service.codebook();
	assert.equal(codebook.uri, URI.file('/w/seeds/codebook.yaml').toString());
	assert.deepEqual(codebook.tags, [added]);
	await assert.rejects(service.addCodebookTag({ tag: 'frame/cooperation' }), /already has a tag/);
});

test('a sidecar changed on disk is reloaded for its open text', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	assert.equal(await service.sidecarChangedOnDisk(sidecarA.toString()), undefined, 'the echo of our own write is no change');
	fs.setText(sidecarA, fs.text(sidecarA)!.replace('tag: actor/state', 'tag: actor/person'));
	assert.equal(await service.sidecarChangedOnDisk(sidecarA.toString()), seedA);
	assert.equal((await service.annotations({ uri: seedA }))[0].tag, 'actor/person');
	assert.equal(service.hoverMarkdown(seedA, { line: 0, character: 30 }), '**actor/person**');
	assert.equal(service.hoverMarkdown(seedA, { line: 0, character: 34 }), undefined);
});

test('a sidecar broken on disk while its text is open gets diagnostics and refuses commands', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	fs.setText(sidecarA, '<<<<<<< HEAD\n' + fs.text(sidecarA)!);
	assert.equal(await service.sidecarChangedOnDisk(sidecarA.toString()), seedA);
	const { diagnostics } = await service.sidecarDiagnostics(seedA);
	assert.ok(diagnostics.length > 0);
	await assert.rejects(service.untag({ uri: seedA, id: 'whatever' }), /a\.tags\.yaml is malformed/);
	assert.ok(fs.text(sidecarA)!.startsWith('<<<<<<< HEAD\n'));
});

test('seed.tagMentions tags every mention of the entity once, in one write', async () => {
	const { fs, service, editor } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/person' });
	let writes = 0;
	const rename = fs.rename.bind(fs);
	fs.rename = async (source, target) => { writes++; return rename(source, target); };
	const infos = (await service.executeCommand(ServerCommand.tagMentions, [
		{ uri: seedA, position: { line: 1, character: 8 }, tag: 'actor/person' },
	])) as { text: string; range: unknown }[];
	assert.deepEqual(infos.map(info => [info.text, info.range]), [['Robin', range(1, 7, 12)]], 'the first Robin already had the tag');
	assert.equal(writes, 1);
	assert.deepEqual((await service.annotations({ uri: seedA })).map(info => info.range), [range(0, 28, 33), range(1, 7, 12)]);
	await assert.rejects(
		service.tagMentions({ uri: seedA, position: { line: 0, character: 0 }, tag: 'actor/person' }),
		/no known entity at line 1, column 1 of a\.txt/,
	);
});

test('listeners hear why annotations changed, and an edit only once the text is updated', async () => {
	const { service, editor, causes } = setup();
	await editor.open(seedA);
	await service.tag({ uri: seedA, range: range(0, 28, 33), tag: 'actor/state' });
	assert.deepEqual(causes, ['load', 'command']);
	let textSeen: string | undefined;
	service.onDidChangeAnnotations(() => { textSeen = editor.text(seedA); });
	editor.edit(seedA, [{ range: range(0, 0, 0), text: '>' }], text => '>' + text);
	assert.deepEqual(causes, ['load', 'command'], 'not during the change');
	await Promise.resolve();
	assert.deepEqual(causes, ['load', 'command', 'edit']);
	assert.ok(textSeen?.startsWith('>BEIJING'));
});
