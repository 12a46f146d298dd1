import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeArchive, writeArchiveInBackground } from '../src/core/exchange/archive';

test('a zip compressed on worker threads has the same bytes as one compressed on the calling thread', async () => {
	const text = 'Le Yucheng met the delegation in Beijing. 🇨🇳 '.repeat(40_000);
	const files = {
		'project.qde': new TextEncoder().encode('<Project/>'),
		'sources/a.txt': new TextEncoder().encode(text),
		'sources/empty.txt': new Uint8Array(),
	};
	assert.deepEqual(await writeArchiveInBackground(files), writeArchive(files));
});
