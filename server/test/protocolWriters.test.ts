/**
 * Fault injection over stdio with the real built server (issue 14 §1, §3, §6): two server processes
 * tagging one seed, outside rewrites between and during tags, kill -9 during a loop of tags,
 * symbolic links, read-only files and folders (judged from mode bits, so the tests hold as root),
 * and hostile YAML. Bounded in time and count; loopback only (stdio pipes, temporary folders).
 */
import assert from 'node:assert/strict';
import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { parse as parseYaml } from 'yaml';
import { acquireLock } from '../src/node/lockFile';
import type { AnnotationInfo } from '../src/protocol/commands';
import { startServer as startSession, type ServerSession } from './support/lspClient';
import { readSample, samples, seedsFolder } from './support/samples';

const sessions: ServerSession[] = [];

/** Starts a server and remembers it, so that `after` can make sure none outlives the file's tests. */
async function startServer(folder: string, initializationOptions?: object): Promise<ServerSession> {
	const session = await startSession(folder, initializationOptions);
	sessions.push(session);
	return session;
}

after(() => {
	for (const { process: child, connection } of sessions) {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		connection.dispose();
		for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
	}
	// Under a loaded machine this file's process has been seen to stay alive after every test passed and
	// every server was gone (stdio sockets still open), which would hold the whole suite for ever: past
	// a grace period it exits, naming what was still open. The timer is unref'd, so a clean run ends at once.
	setTimeout(() => {
		const open = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles();
		const names = open.map(handle => handle.constructor.name).join(', ');
		console.error(`protocolWriters: exiting with ${open.length} handles still open: ${names}`);
		process.exit();
	}, 5000).unref();
});

/** A fresh copy of the sample seeds in `<tmp>/seeds`; removed by the returned function. */
function seedsCopy(): { folder: string; remove: () => void } {
	const folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-writers-')), 'seeds');
	cpSync(seedsFolder, folder, { recursive: true });
	return { folder, remove: () => rmSync(path.dirname(folder), { recursive: true, force: true }) };
}

const uriOf = (file: string) => `file://${file}`;
const sidecarOf = (seed: string) => seed.replace(/\.txt$/, '.tags.yaml');

function execute<T>(server: ServerSession, command: string, argument: object): Promise<T> {
	return server.connection.sendRequest<T>('workspace/executeCommand', { command, arguments: [argument] });
}

/** `count` distinct one-word ranges of a text, spread over its lines. */
function wordRanges(text: string, count: number): Range[] {
	const ranges: Range[] = [];
	const lines = text.split('\n');
	for (let line = 0; ranges.length < count; line = (line + 1) % lines.length) {
		const words = [...lines[line].matchAll(/\p{L}{3,}/gu)];
		const word = words[ranges.length % Math.max(words.length, 1)];
		if (word) ranges.push({ start: { line, character: word.index! }, end: { line, character: word.index! + word[0].length } });
	}
	return ranges;
}

function idsOnDisk(sidecar: string): Set<string> {
	const data = parseYaml(readFileSync(sidecar, 'utf8')) as { annotations: { id: string }[] | null };
	return new Set((data.annotations ?? []).map(annotation => annotation.id));
}

function temporaryFiles(folder: string): string[] {
	return readdirSync(folder).filter(name => name.endsWith('.tmp'));
}

test('two server processes tagging the same seed at once: every tag answered as saved is on disk (200 each)',
	{ timeout: 120_000 }, async (t) => {
	const { folder, remove } = seedsCopy();
	const servers = await Promise.all([startServer(folder), startServer(folder)]);
	try {
		const seed = path.join(folder, samples.s001);
		const ranges = wordRanges(readSample(samples.s001), 200);
		const answers = await Promise.all(servers.map(server => Promise.allSettled(ranges.map(range =>
			execute<AnnotationInfo>(server, 'seed.tag', { uri: uriOf(seed), range, tag: 'actor/state' })))));
		const saved = answers.flat().flatMap(answer => answer.status === 'fulfilled' ? [answer.value.id] : []);
		const onDisk = idsOnDisk(sidecarOf(seed));
		const lost = saved.filter(id => !onDisk.has(id));
		assert.equal(saved.length, 400, `answered as saved: ${saved.length} of 400`);
		assert.deepEqual(lost, [], `lost ${lost.length} of ${saved.length}`);
		t.diagnostic(`two servers: lost ${lost.length} of ${saved.length} tags answered as saved`);
		assert.deepEqual(temporaryFiles(folder), []);
		assert.ok(!existsSync(path.join(folder, `.${path.basename(sidecarOf(seed))}.lock`)), 'the lock file is gone');
	} finally {
		await Promise.all(servers.map(server => server.stop()));
		remove();
	}
});

test('the sidecar rewritten on disk between and during tags (500 rounds): '
	+ 'every answered tag and every outside annotation is on disk', { timeout: 180_000 }, async (t) => {
	const { folder, remove } = seedsCopy();
	const server = await startServer(folder);
	try {
		// Rounds go round the five sample seeds, so that each sidecar stays a few hundred items long.
		const seeds = Object.values(samples).map(name => {
			const text = readSample(name);
			const seed = path.join(folder, name);
			// Outside annotations tag the seed's first word, so they anchor at once (orphans would be searched for).
			const word = /\p{L}+/u.exec(text)!;
			const item = (id: string) =>
				`  - {id: ${id}, tag: outside, text: "${word[0]}", start: ${word.index}, end: ${word.index + word[0].length}}\n`;
			writeFileSync(sidecarOf(seed), `version: 1\nannotations:\n${item(`a-first${name.slice(0, 3)}`)}`);
			return { seed, sidecar: sidecarOf(seed), item, ranges: wordRanges(text, 100) };
		});
		const outside = new Map<string, string[]>(seeds.map(({ sidecar }) => [sidecar, [`a-first${path.basename(sidecar).slice(0, 3)}`]]));
		const saved = new Map<string, string[]>(seeds.map(({ sidecar }) => [sidecar, []]));
		/** Another program's change: a read-modify-write adding one item, replacing the file atomically. */
		const rewrite = ({ sidecar, item }: typeof seeds[number], id: string) => {
			const text = readFileSync(sidecar, 'utf8').replace(/^annotations:.*\n/m, `annotations:\n${item(id)}`);
			const stat = statSync(sidecar);
			writeFileSync(`${sidecar}.outside`, text);
			renameSync(`${sidecar}.outside`, sidecar);
			// As `touch -d` would: the old modification time back (the cache must not trust it).
			utimesSync(sidecar, stat.atime, stat.mtime);
			outside.get(sidecar)!.push(id);
		};
		for (let round = 0; round < 500; round++) {
			const target = seeds[round % seeds.length];
			const answer = execute<AnnotationInfo>(server, 'seed.tag', {
				uri: uriOf(target.seed),
				range: target.ranges[Math.floor(round / seeds.length)],
				tag: 'actor/state',
			});
			// During the tag: a program that takes the same lock (as every Seed Annotator process does).
			await new Promise(resolve => setTimeout(resolve, round % 3));
			const release = await acquireLock(target.sidecar);
			try {
				rewrite(target, `a-during${round}`);
			} finally {
				await release();
			}
			saved.get(target.sidecar)!.push((await answer).id);
			// Between tags: a program that knows nothing of the lock (git pull, another editor).
			if (round % 5 === 0) rewrite(target, `a-between${round}`);
		}
		let tags = 0;
		let others = 0;
		for (const { sidecar } of seeds) {
			const onDisk = idsOnDisk(sidecar);
			const lostTags = saved.get(sidecar)!.filter(id => !onDisk.has(id));
			const lostOutside = outside.get(sidecar)!.filter(id => !onDisk.has(id));
			assert.deepEqual(lostTags, [], `${path.basename(sidecar)}: lost tags ${lostTags.length} of ${saved.get(sidecar)!.length}`);
			assert.deepEqual(
				lostOutside,
				[],
				`${path.basename(sidecar)}: lost outside annotations ${lostOutside.length} of ${outside.get(sidecar)!.length}`,
			);
			tags += saved.get(sidecar)!.length;
			others += outside.get(sidecar)!.length;
		}
		assert.deepEqual([tags, others], [500, 5 + 500 + 100]);
		t.diagnostic(`outside rewrites: lost 0 of ${tags} answered tags and 0 of ${others} outside annotations`);
	} finally {
		await server.stop();
		remove();
	}
});

test('an outside rewrite of the same size that restores the modification time is not overwritten by the next tag', async () => {
	const { folder, remove } = seedsCopy();
	const server = await startServer(folder);
	try {
		const seed = path.join(folder, samples.s000);
		const sidecar = sidecarOf(seed);
		const [first, second] = wordRanges(readSample(samples.s000), 2);
		await execute(server, 'seed.tag', { uri: uriOf(seed), range: first, tag: 'actor/state', note: 'AAAA' });
		const stat = statSync(sidecar);
		writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('AAAA', 'BBBB'));
		utimesSync(sidecar, stat.atime, stat.mtime);
		assert.equal(statSync(sidecar).size, stat.size);
		await execute(server, 'seed.tag', { uri: uriOf(seed), range: second, tag: 'actor/state' });
		const text = readFileSync(sidecar, 'utf8');
		assert.match(text, /BBBB/);
		assert.doesNotMatch(text, /AAAA/);
	} finally {
		await server.stop();
		remove();
	}
});

test('kill -9 during a loop of tags: after a restart every answered tag is on disk and no temporary file is left',
	{ timeout: 120_000 }, async (t) => {
	const { folder, remove } = seedsCopy();
	try {
		const seed = path.join(folder, samples.s003);
		const sidecar = sidecarOf(seed);
		const ranges = wordRanges(readSample(samples.s003), 400);
		const saved: string[] = [];
		let next = 0;
		let lastPid = 0;
		for (let kill = 0; kill < 8; kill++) {
			const server = await startServer(folder);
			lastPid = server.process.pid!;
			let alive = true;
			server.process.once('exit', () => { alive = false; });
			const loop = (async () => {
				while (alive) {
					// Four tags in flight at once, so that the kill often lands between a write and its rename.
					const batch = await Promise.allSettled(
						[0, 1, 2, 3].map(() =>
							execute<AnnotationInfo>(server, 'seed.tag', {
								uri: uriOf(seed),
								range: ranges[next++ % ranges.length],
								tag: 'frame/x',
							}),
						),
					);
					for (const answer of batch) if (answer.status === 'fulfilled') saved.push(answer.value.id);
				}
			})();
			// Killed once it answers tags (start-up reads the lexicons first), at a different moment each time.
			const answeredBefore = saved.length;
			for (const started = Date.now(); saved.length === answeredBefore && Date.now() - started < 20_000;)
				await new Promise(resolve => setTimeout(resolve, 5));
			await new Promise(resolve => setTimeout(resolve, 10 + kill * 23));
			const exited = new Promise(resolve => server.process.once('exit', resolve));
			server.process.kill('SIGKILL');
			await exited;
			server.connection.dispose(); // rejects the requests still waiting for an answer
			await loop;
		}
		const leftovers = temporaryFiles(folder).length;
		// A kill between write and rename is rare in eight tries; leave what it leaves, as the last killed server would.
		const killedPid = lastPid;
		writeFileSync(path.join(folder, `.${path.basename(sidecar)}.p${killedPid}-k1ll3d.tmp`), 'half a sidecar');
		writeFileSync(
			path.join(folder, `.${path.basename(sidecar)}.lock`),
			JSON.stringify({ pid: killedPid, host: hostname(), token: 'killed' }),
		);
		const restarted = await startServer(folder);
		try {
			const onDisk = idsOnDisk(sidecar);
			const lost = saved.filter(id => !onDisk.has(id));
			assert.ok(saved.length > 20, `only ${saved.length} tags were answered`);
			assert.deepEqual(lost, [], `lost ${lost.length} of ${saved.length}`);
			t.diagnostic(
				`kill -9 ×8: lost ${lost.length} of ${saved.length} answered tags; ${leftovers} temporary files left by the killed servers `
					+ 'themselves, plus one planted, all removed at restart',
			);
			// The restarted server removes what the dead ones left, and writes despite a dead owner's lock.
			const deadline = Date.now() + 5000;
			while (temporaryFiles(folder).length > 0 && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
			assert.deepEqual(temporaryFiles(folder), []);
			// The dead server's lock is broken (or swept) rather than waited on.
			const after = await execute<AnnotationInfo>(restarted, 'seed.tag', {
				uri: uriOf(seed),
				range: ranges[0],
				tag: 'after/restart',
			});
			assert.ok(idsOnDisk(sidecar).has(after.id));
		} finally {
			await restarted.stop();
		}
	} finally {
		remove();
	}
});

test('a seeds folder that is a symbolic link to a folder outside the workspace: tagging refuses, naming the file', async () => {
	const root = mkdtempSync(path.join(tmpdir(), 'seed-symlink-'));
	const workspace = path.join(root, 'workspace');
	const outside = path.join(root, 'outside');
	mkdirSync(workspace);
	cpSync(seedsFolder, outside, { recursive: true });
	symlinkSync(outside, path.join(workspace, 'seeds'));
	const server = await startServer(workspace);
	try {
		const seed = path.join(workspace, 'seeds', samples.s000);
		const [range] = wordRanges(readSample(samples.s000), 1);
		await assert.rejects(execute(server, 'seed.tag', { uri: uriOf(seed), range, tag: 'actor/state' }), (error: Error) => {
			assert.match(error.message, new RegExp(`Refusing to write ${sidecarOf(seed).replace(/[.]/g, '\\.')}: it resolves \\(through a symbolic link\\) to ${outside}/`));
			return true;
		});
		assert.ok(!existsSync(sidecarOf(path.join(outside, samples.s000))));
		await assert.rejects(execute(server, 'seed.addCodebookTag', { tag: 'new/tag' }), /resolves \(through a symbolic link\)/);
	} finally {
		await server.stop();
		rmSync(root, { recursive: true, force: true });
	}
});

test('read-only sidecar, codebook and folder (mode bits, also as root): refused in words, nothing changed', async () => {
	const { folder, remove } = seedsCopy();
	const server = await startServer(folder);
	try {
		const seed = path.join(folder, samples.s004);
		const sidecar = sidecarOf(seed);
		const [first, second] = wordRanges(readSample(samples.s004), 2);
		await execute(server, 'seed.tag', { uri: uriOf(seed), range: first, tag: 'actor/state' });
		const before = readFileSync(sidecar, 'utf8');
		chmodSync(sidecar, 0o444);
		await assert.rejects(
			execute(server, 'seed.tag', { uri: uriOf(seed), range: second, tag: 'actor/state' }),
			new RegExp(`${sidecar.replace(/[.]/g, '\\.')} is read-only`),
		);
		assert.equal(readFileSync(sidecar, 'utf8'), before);
		assert.equal(statSync(sidecar).mode & 0o777, 0o444, 'not replaced by a writable file');
		chmodSync(sidecar, 0o644);

		const codebook = path.join(folder, 'codebook.yaml');
		const codebookBefore = readFileSync(codebook, 'utf8');
		chmodSync(codebook, 0o444);
		await assert.rejects(execute(server, 'seed.addCodebookTag', { tag: 'new/tag' }), /codebook\.yaml is read-only/);
		await assert.rejects(execute(server, 'seed.renameTag', { from: 'actor', to: 'agent' }), /read-only.*\(nothing was changed\)/);
		assert.equal(readFileSync(codebook, 'utf8'), codebookBefore);
		assert.equal(readFileSync(sidecar, 'utf8'), before, 'the rename changed no sidecar either');
		chmodSync(codebook, 0o644);

		chmodSync(folder, 0o555);
		try {
			await assert.rejects(execute(server, 'seed.tag', { uri: uriOf(seed), range: second, tag: 'actor/state' }), (error: Error) => {
				assert.match(error.message, new RegExp(`the folder ${folder} is not writable`));
				assert.doesNotMatch(error.message, /\.tmp/);
				return true;
			});
		} finally {
			chmodSync(folder, 0o755);
		}
		assert.equal(readFileSync(sidecar, 'utf8'), before);
	} finally {
		await server.stop();
		remove();
	}
});

test('didSave while the folder is not writable: positions kept, a diagnostic says why, '
	+ 'written once the folder is writable again', async () => {
	const { folder, remove } = seedsCopy();
	const server = await startServer(folder);
	try {
		const seed = path.join(folder, samples.s001);
		const uri = uriOf(seed);
		const text = readSample(samples.s001);
		await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'seed', version: 1, text } });
		await server.waitForDiagnostics(uri);
		const [range] = wordRanges(text, 1);
		const tagged = await execute<AnnotationInfo>(server, 'seed.tag', { uri, range, tag: 'actor/state' });
		await server.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'NEW ' }],
		});
		const before = readFileSync(sidecarOf(seed), 'utf8');
		chmodSync(folder, 0o555);
		try {
			await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
			const diagnostics = await server.waitForDiagnostics(uri, found => found.some(d => d.code === 'unsaved-annotation-positions'));
			const problem = diagnostics.find(d => d.code === 'unsaved-annotation-positions')!;
			assert.match(problem.message, new RegExp(`the folder ${folder} is not writable`));
			assert.doesNotMatch(problem.message, /\.tmp/);
			assert.equal(readFileSync(sidecarOf(seed), 'utf8'), before);
			// The server is alive and still has the moved position.
			const [info] = await execute<AnnotationInfo[]>(server, 'seed.annotations', { uri });
			assert.equal(info.range!.start.character, range.start.character + (range.start.line === 0 ? 4 : 0));
		} finally {
			chmodSync(folder, 0o755);
		}
		await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
		await server.waitForDiagnostics(uri, found => !found.some(d => d.code === 'unsaved-annotation-positions'));
		const [item] = (parseYaml(readFileSync(sidecarOf(seed), 'utf8')) as { annotations: { id: string; start: number }[] }).annotations;
		const originalStart =
			text.split('\n').slice(0, range.start.line).join('\n').length + (range.start.line > 0 ? 1 : 0) + range.start.character;
		assert.deepEqual([item.id, item.start], [tagged.id, originalStart + 4]);
	} finally {
		await server.stop();
		remove();
	}
});

test('hostile YAML in a sidecar (custom tags, NUL, a dangling alias) is reported and left byte for byte; '
	+ 'commands are refused', async () => {
	const { folder, remove } = seedsCopy();
	const server = await startServer(folder);
	try {
		const seed = path.join(folder, samples.s000);
		const uri = uriOf(seed);
		const text = readSample(samples.s000);
		const [range] = wordRanges(text, 1);
		const item = '  - id: a-1\n    tag: t\n    text: "x"\n    start: 1\n    end: 2\n';
		for (const [hostile, message] of [
			[`version: 1\nannotations:\n${item}    note: !!js/function "function () {}"\n`, /!!js\/function/],
			[`version: 1\nannotations:\n${item}    note: !secret x\n`, /!secret/],
			[`version: 1\nannotations:\n${item}    note: "a\u0000b"\n`, /U\+0000/],
			[`version: 1\nannotations:\n${item}    before: *ctx\n`, /alias \*ctx/],
		] as const) {
			writeFileSync(sidecarOf(seed), hostile);
			await server.connection.sendNotification('textDocument/didOpen', {
				textDocument: { uri, languageId: 'seed', version: 1, text },
			});
			const diagnostics = await server.waitForDiagnostics(uriOf(sidecarOf(seed)), found => found.length > 0);
			assert.match(diagnostics[0].message, message);
			await assert.rejects(execute(server, 'seed.tag', { uri, range, tag: 'actor/state' }), /is malformed and is left untouched/);
			assert.equal(readFileSync(sidecarOf(seed), 'utf8'), hostile);
			await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
			server.diagnostics.delete(uriOf(sidecarOf(seed)));
		}
	} finally {
		await server.stop();
		remove();
	}
});

test('seed.renameTag with a codebook outside the workspace refuses before any sidecar is renamed', async () => {
	const { folder, remove } = seedsCopy();
	const elsewhere = mkdtempSync(path.join(tmpdir(), 'seed-codebook-'));
	const codebook = path.join(elsewhere, 'codebook.yaml');
	writeFileSync(codebook, 'version: 1\ntags:\n  frame:\n    color: "#123456"\n');
	const server = await startServer(folder, { codebook });
	try {
		const seed = path.join(folder, samples.s002);
		const [range] = wordRanges(readSample(samples.s002), 1);
		await execute(server, 'seed.tag', { uri: uriOf(seed), range, tag: 'frame' });
		const before = readFileSync(sidecarOf(seed), 'utf8');
		await assert.rejects(
			execute(server, 'seed.renameTag', { from: 'frame', to: 'framing' }),
			new RegExp(`Refusing to write ${codebook}: it is outside the workspace folders \\(nothing was changed\\)`),
		);
		assert.equal(readFileSync(sidecarOf(seed), 'utf8'), before);
		assert.match(readFileSync(codebook, 'utf8'), /frame:/);
	} finally {
		await server.stop();
		remove();
		rmSync(elsewhere, { recursive: true, force: true });
	}
});
