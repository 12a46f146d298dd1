// Lossless REFI-QDA: export → import into an empty folder gives every seed byte for byte and every
// annotation as it was (tag, passage, offsets, note, coder, created, id); export → import → export
// gives the same project.qde, byte for byte — on the samples and on astral, CJK, CRLF and BOM texts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { URI } from 'vscode-uri';
import { Sidecar } from '../src/core/annotations/sidecar';
import { readExchangeProject, writeQdpx } from '../src/core/exchange/projectExport';
import { planImport } from '../src/core/exchange/projectImport';
import { withCoderSidecars } from '../src/node/coderSidecars';
import { existingFilesIn, writeImportPlan } from '../src/node/importPlanWriter';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { makeAnnotatedFolder, type FolderSeed } from './support/annotatedFolder';
import { readSample, repoRoot, samples } from './support/samples';
import { assertValidAgainst, projectSchema } from './support/xmllint';

const scratch = mkdtempSync(path.join(tmpdir(), 'seed-roundtrip-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const sampleCodebook = readFileSync(path.join(repoRoot, 'seeds/codebook.yaml'), 'utf8');

/** The samples, copied, each with a few annotations (and coders on two of them). */
function sampleSeeds(): FolderSeed[] {
	const words = ['Xi Jinping', 'Putin', 'Beijing', 'China', 'Russia', 'cooperation', '习近平', 'talks'];
	return Object.values(samples).map((file, index) => {
		const text = readSample(file);
		const found = words.filter(word => text.includes(word));
		return {
			file: `seeds/${file}`, text,
			annotations: found.slice(0, 4).map((word, n) => ({
				id: `a-${(index * 10 + n).toString(36).padStart(8, '0')}`, tag: n % 2 ? 'actor/state' : 'frame/cooperation', passage: word,
				...(n === 1 ? { note: `note ${n}: "quoted" & <angled>\r\nsecond line` }
					: {}), created: `2026-11-2${n}T06:22:49.${index}75Z`,
			})),
			...(index < 2 ? { coders: { alice: found.slice(0, 2).map((word, n) => ({ id: `a-c${index}${n}000000`.slice(0, 10),
				tag: 'claim/quote', passage: word, from: 1 })) } } : {}),
		};
	});
}

const edgeText = {
	astral: '🇨🇳🇷🇺 date 2022-02-06 Talks\nXi said 𝒜𝒝 "very successful" 👍🏽 and 👨‍👩‍👧 family.\n',
	cjk: '习近平同普京举行会谈。\n中方愿同俄方一道，推动两国关系。「很成功」。\n',
	crlf: ' date 2022-02-07 Line endings\r\n\r\nFirst paragraph, CRLF.\r\nSecond\rold Mac line.\nThird LF.\r\n',
	bom: ' date 2022-02-08 With a byte-order mark\n\nThe BOM is not a character of the text.\n',
};

function edgeSeeds(): FolderSeed[] {
	return [
		{ file: 'seeds/astral.txt', text: edgeText.astral, annotations: [
			{ id: 'a-00000001', tag: 'actor/state', passage: '🇷🇺' }, { id: 'a-00000002', tag: 'claim/evaluation',
				passage: '𝒜𝒝 "very successful" 👍🏽', note: '👍 and 𝒜' },
			{ id: 'a-00000003', tag: 'x', passage: '👨‍👩‍👧' }, { id: 'hand_written-id', tag: 'x/y', passage: 'family' },
		], coders: { bob: [{ id: 'a-00000004', tag: 'actor/state', passage: 'Xi' }] } },
		{ file: 'seeds/cjk.txt', text: edgeText.cjk, annotations: [{ id: 'a-00000005', tag: 'actor/state', passage: '普京' },
			{ id: 'a-00000006', tag: 'claim/quote', passage: '「很成功」' }] },
		{ file: 'seeds/crlf.txt', text: edgeText.crlf, annotations: [{ id: 'a-00000007', tag: 'x', passage: 'CRLF.\r\nSecond\rold' },
			{ id: 'a-00000008', tag: 'x', passage: 'Third LF.' }] },
		{ file: 'seeds/bom.txt', text: edgeText.bom, bom: true, annotations: [{ id: 'a-00000009', tag: 'x', passage: 'BOM',
			note: ' spaces kept ' }] },
		{ file: 'seeds/sub/empty.txt', text: '' },
	];
}

function seedsOf(folder: string): { uri: URI; name: string }[] {
	const found: string[] = [];
	const walk = (dir: string) => readdirSync(dir).sort().forEach(name => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) walk(full);
		else if (name.endsWith('.txt')) found.push(full);
	});
	walk(path.join(folder, 'seeds'));
	return found.map(file => ({ uri: URI.file(file), name: path.relative(folder, file).split(path.sep).join('/') }));
}

async function exportProject(folder: string): Promise<Uint8Array> {
	const codebook = readFileSync(path.join(folder, 'seeds/codebook.yaml'), 'utf8');
	const read = await readExchangeProject(new NodeFileSystem(), await withCoderSidecars(seedsOf(folder)), codebook);
	assert.deepEqual(read.problems, []);
	assert.equal(read.orphaned, 0);
	return writeQdpx(read.project);
}

/** Every file of the folder but the codebook: path → bytes. */
function filesOf(folder: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const walk = (dir: string) => readdirSync(dir).forEach(name => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) walk(full);
		else files.set(path.relative(folder, full).split(path.sep).join('/'), readFileSync(full));
	});
	walk(folder);
	return files;
}

/** A sidecar's annotations as compared: every field the issue names (context is derived from the text). */
function annotationsIn(bytes: Buffer) {
	const text = bytes.toString('utf8');
	const parsed = Sidecar.parse(text);
	assert.ok(parsed.ok);
	const coder = /^coder: (.*)$/m.exec(text)?.[1];
	return { coder, annotations: [...parsed.sidecar.annotations].sort((a, b) => a.id < b.id ? -1 : 1).map(({ id, tag, text: passage,
		start, end, note, created }) => ({ id, tag, passage, start, end, note, created })) };
}

async function roundTrip(seeds: FolderSeed[], codebook: string) {
	const original = makeAnnotatedFolder(seeds, codebook, 'seed-roundtrip-from-');
	const target = path.join(scratch, `into-${path.basename(original)}`);
	mkdirSync(target);
	try {
		const qdpx = await exportProject(original);
		const qde = new TextDecoder().decode(unzipSync(qdpx)['project.qde']);
		assertValidAgainst(projectSchema, qde, 'project.qde (round trip)');
		const plan = await planImport(qdpx, 'round.qdpx', existingFilesIn(target));
		assert.deepEqual(plan.report.skippedSelections, []);
		assert.deepEqual(plan.report.skippedSources, []);
		await writeImportPlan(target, plan.files);
		const before = filesOf(original);
		const after_ = filesOf(target);
		before.delete('seeds/codebook.yaml');
		after_.delete('seeds/codebook.yaml');
		assert.deepEqual([...after_.keys()].sort(), [...before.keys()].sort(), 'the same seeds and sidecars');
		for (const [file, bytes] of before) {
			if (file.endsWith('.txt')) {
				assert.ok(after_.get(file)!.equals(bytes), `${file} is byte-identical`);
			} else {
				assert.deepEqual(annotationsIn(after_.get(file)!), annotationsIn(bytes), `${file}: the same annotations`);
			}
		}
		const again = await exportProject(target);
		assert.equal(new TextDecoder().decode(unzipSync(again)['project.qde']), qde, 'export → import → export: the same project.qde');
		assert.ok(Buffer.from(again).equals(Buffer.from(qdpx)), 'and the same .qdpx bytes');
		return { original, target };
	} catch (error) {
		rmSync(original, { recursive: true, force: true });
		throw error;
	}
}

test('lossless on the samples, with a coder', async () => {
	const { original } = await roundTrip(sampleSeeds(), sampleCodebook);
	rmSync(original, { recursive: true, force: true });
});

test('lossless on astral, CJK, CRLF (and a lone CR) and BOM texts, an empty seed, hand-written ids and notes with CRLF', async () => {
	const { original, target } = await roundTrip(edgeSeeds(), 'version: 1\ntags:\n  x:\n    description: "line one\\r\\nline two"\n');
	assert.equal(readFileSync(path.join(target, 'seeds/bom.txt'))[0], 0xef, 'the BOM is kept');
	rmSync(original, { recursive: true, force: true });
});

test('on the command line: seed export --format qdpx, seed import --into, seed export again: the same bytes', () => {
	const original = makeAnnotatedFolder(sampleSeeds(), sampleCodebook, 'seed-roundtrip-cli-');
	try {
		const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), ...args], { cwd,
			encoding: 'utf8' });
		const first = path.join(scratch, 'first.qdpx');
		assert.equal(cli(original, 'export', 'seeds', '--format', 'qdpx', '--out', first).status, 0);
		const target = path.join(scratch, 'cli-target');
		const imported = cli(scratch, 'import', first, '--into', target);
		assert.equal(imported.status, 0, imported.stderr);
		const second = path.join(scratch, 'second.qdpx');
		assert.equal(cli(target, 'export', 'seeds', '--format', 'qdpx', '--out', second).status, 0);
		assert.ok(readFileSync(first).equals(readFileSync(second)));
	} finally {
		rmSync(original, { recursive: true, force: true });
	}
});
