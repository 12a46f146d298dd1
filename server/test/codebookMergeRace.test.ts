/**
 * A merge from the codebook view while another writer changes a sidecar between the merge's plan and
 * its write: the file is changed under its lock on its version on disk then, so the other writer's
 * change is kept (and merged too), never overwritten by the version planned.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { URI } from 'vscode-uri';
import { parse } from 'yaml';
import { CodebookEditor } from '../src/codebookEditor';
import { NodeFileSystem } from '../src/node/nodeFileSystem';
import { copyOverviewFixture } from './support/overviewFixture';

/** Node's file system, where another writer rewrites one file just before its lock is taken. */
class InterruptedFileSystem extends NodeFileSystem {
	constructor(private readonly file: string, private readonly otherWriter: () => void) {
		super();
	}

	override lock(uri: URI) {
		if (uri.fsPath === this.file) this.otherWriter();
		return super.lock(uri);
	}
}

test('a merge keeps what another writer changed in a sidecar after the merge was planned, and merges it too', async () => {
	const folder = copyOverviewFixture();
	try {
		const seeds = path.join(folder, 'seeds');
		const sidecar = path.join(seeds, 'a', 'one.tags.yaml');
		const tags = () => (parse(readFileSync(sidecar, 'utf8')) as { annotations: { tag: string }[] }).annotations.map(item => item.tag);
		assert.deepEqual(tags(), ['actor/state', 'actor/state', 'frame/cooperation', 'frame/cooperation']);
		// The other writer re-tags the first passage `frame/cooperation/summit`, a tag under the one merged.
		const otherWriter = () =>
			writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('tag: actor/state', 'tag: frame/cooperation/summit'));
		const editor = new CodebookEditor({
			seedFiles: () => ['a/one.txt', 'a/two.txt', 'b/three.txt', 'b/four.txt', 'five.txt'].map(file => path.join(seeds, file)),
			codebookPath: () => path.join(seeds, 'codebook.yaml'),
			folders: () => [folder],
			fileSystem: new InterruptedFileSystem(sidecar, otherWriter),
		});
		const result = await editor.edit({ action: 'merge', tag: 'frame/cooperation', into: 'frame/conflict' });
		assert.ok((result.passages ?? 0) >= 2, JSON.stringify(result));
		assert.deepEqual(tags(), ['frame/conflict/summit', 'actor/state', 'frame/conflict', 'frame/conflict']);
		assert.doesNotMatch(readFileSync(path.join(seeds, 'codebook.yaml'), 'utf8'), /^ {2}frame\/cooperation:/m);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
