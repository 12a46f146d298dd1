/** The server's own file watcher (issue 15 §3.3), on a temporary folder. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { FileEvent } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { WorkspaceWatcher } from '../src/node/workspaceWatcher';

function collect(): { events: FileEvent[]; next(predicate: (event: FileEvent) => boolean): Promise<FileEvent> } {
	const events: FileEvent[] = [];
	return {
		events,
		async next(predicate) {
			const deadline = Date.now() + 5000;
			while (Date.now() < deadline) {
				const found = events.find(predicate);
				if (found) return found;
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			throw new Error(`no such event; got ${JSON.stringify(events)}`);
		},
	};
}

const fileOf = (event: FileEvent) => URI.parse(event.uri).fsPath;

test('reports sidecars changed and deleted, in sub-folders created after it started; skips node_modules', async () => {
	const root = mkdtempSync(path.join(tmpdir(), 'seed-watch-'));
	mkdirSync(path.join(root, 'node_modules'));
	const seen = collect();
	const watcher = new WorkspaceWatcher({ folders: [root], files: [] }, {
		accept: (file) => file.endsWith('.tags.yaml'),
		onChanges: (events) => seen.events.push(...events),
		settleMs: 10,
	});
	try {
		await new Promise((resolve) => setTimeout(resolve, 50));
		assert.equal(watcher.size, 1);
		const sidecar = path.join(root, 'a.tags.yaml');
		writeFileSync(sidecar, 'version: 1\n');
		writeFileSync(path.join(root, 'a.txt.tmp'), 'not accepted');
		assert.equal((await seen.next((event) => fileOf(event) === sidecar)).type, 2);
		const nested = path.join(root, 'batch', 'day-1');
		mkdirSync(nested, { recursive: true });
		await new Promise((resolve) => setTimeout(resolve, 200));
		const deep = path.join(nested, 'b.tags.yaml');
		writeFileSync(deep, 'version: 1\n');
		await seen.next((event) => fileOf(event) === deep);
		rmSync(deep);
		assert.equal((await seen.next((event) => fileOf(event) === deep && event.type === 3)).type, 3);
		writeFileSync(path.join(root, 'node_modules', 'c.tags.yaml'), 'version: 1\n');
		await new Promise((resolve) => setTimeout(resolve, 150));
		assert.ok(seen.events.every((event) => !fileOf(event).includes('node_modules') && !fileOf(event).endsWith('.tmp')));
	} finally {
		watcher.close();
		rmSync(root, { recursive: true, force: true });
	}
});

test('a missing folder is skipped; a registry outside the workspace is watched through its folder; close stops all', async () => {
	const root = mkdtempSync(path.join(tmpdir(), 'seed-watch-'));
	const elsewhere = mkdtempSync(path.join(tmpdir(), 'seed-registry-'));
	const registry = path.join(elsewhere, 'entities.yaml');
	const seen = collect();
	const places = { folders: [root, path.join(root, 'missing')], files: [registry, '/nonexistent/x/codebook.yaml'] };
	const watcher = new WorkspaceWatcher(places, {
		accept: (file) => file === registry,
		onChanges: (events) => seen.events.push(...events),
		settleMs: 10,
	});
	try {
		await new Promise((resolve) => setTimeout(resolve, 50));
		assert.equal(watcher.size, 2);
		writeFileSync(registry, 'entities: []\n');
		await seen.next((event) => fileOf(event) === registry);
		watcher.close();
		assert.equal(watcher.size, 0);
		const before = seen.events.length;
		writeFileSync(registry, 'entities: []\n# again\n');
		await new Promise((resolve) => setTimeout(resolve, 150));
		assert.equal(seen.events.length, before);
	} finally {
		watcher.close();
		rmSync(root, { recursive: true, force: true });
		rmSync(elsewhere, { recursive: true, force: true });
	}
});
