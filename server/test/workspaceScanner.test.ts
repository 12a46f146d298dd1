import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { findSeedFiles, readSeedFile } from '../src/node/workspaceScanner';

const root = mkdtempSync(path.join(tmpdir(), 'seed-scanner-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('seeds on disk: .seed files, .txt under seeds/, .txt with a date header; never dependencies or binaries', async () => {
	mkdirSync(path.join(root, 'seeds', 'nested'), { recursive: true });
	mkdirSync(path.join(root, 'notes'));
	mkdirSync(path.join(root, 'node_modules', 'pkg', 'seeds'), { recursive: true });
	writeFileSync(path.join(root, 'seeds', 'nested', 'a.txt'), 'No header, but inside seeds/.');
	writeFileSync(path.join(root, 'notes', 'b.txt'), ' date 2022-02-06 A header makes it a seed\n\nBody.');
	writeFileSync(path.join(root, 'notes', 'c.txt'), 'A plain note.');
	writeFileSync(path.join(root, 'notes', 'd.seed'), 'Any .seed file.');
	writeFileSync(path.join(root, 'seeds', 'e.txt'), Buffer.from([0x50, 0, 0x4e, 0x47]));
	writeFileSync(path.join(root, 'node_modules', 'pkg', 'seeds', 'f.txt'), 'Not ours.');
	const found: string[] = [];
	for await (const file of findSeedFiles(root)) if (await readSeedFile(file) !== undefined) found.push(path.relative(root, file));
	assert.deepEqual(found.sort(), ['notes/b.txt', 'notes/d.seed', 'seeds/nested/a.txt']);
});

test('a byte-order mark is dropped, as editors do, so positions agree with the editor', async () => {
	const file = path.join(root, 'seeds', 'bom.txt');
	writeFileSync(file, '\uFEFF date 2022-02-06 Title\n\nBody.');
	assert.equal(await readSeedFile(file), ' date 2022-02-06 Title\n\nBody.');
});
