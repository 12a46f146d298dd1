/**
 * Trying the product must leave the repository as it was (issue 15 §2): `npm start` opens a
 * git-ignored working copy made from the committed samples, and a first session there (a quick fix,
 * two tags, a new codebook tag, an export) changes nothing git tracks. The session runs through the
 * real server over stdio, in a working copy made by `scripts/start.mjs --prepare-only` under the
 * ignored `try-out/` (its own folder, never the person's `try-out/seeds`).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import type { AnnotationInfo } from '../src/protocol/commands';
import { startServer } from './support/lspClient';
import { applyEdits, repoRoot, samples } from './support/samples';

const isGitCheckout =
	spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim() === 'true';

function gitStatus(): string {
	return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repoRoot, encoding: 'utf8' });
}

function positionAt(text: string, offset: number) {
	const lines = text.slice(0, offset).split('\n');
	return { line: lines.length - 1, character: lines.at(-1)!.length };
}

test(
	"npm start's working copy is git-ignored and a first session in it leaves git status as it was",
	{ skip: !isGitCheckout && 'not a git checkout' },
	async () => {
		assert.equal(
			spawnSync('git', ['check-ignore', '-q', 'try-out/seeds/001_x.txt'], { cwd: repoRoot }).status,
			0,
			'try-out/ must be git-ignored',
		);
		const scratch = path.join(repoRoot, 'try-out', `test-${process.pid}`);
		const folder = path.join(scratch, 'seeds');
		const statusBefore = gitStatus();
		try {
			const started = spawnSync(
				process.execPath,
				[path.join(repoRoot, 'scripts', 'start.mjs'), '--prepare-only', '--folder', folder],
				{
					cwd: repoRoot,
					encoding: 'utf8',
				},
			);
			assert.equal(started.status, 0, started.stderr);
			assert.match(
				started.stdout,
				new RegExp(`working copy of the samples: ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
				'the path is printed',
			);
			assert.match(started.stdout, /5 seeds checked: 0 errors, 3 warnings, 1 note\./);
			assert.equal(
				readFileSync(path.join(folder, samples.s001), 'utf8'),
				execFileSync('git', ['show', `HEAD:seeds/${samples.s001}`], { cwd: repoRoot, encoding: 'utf8' }),
			);

			const server = await startServer(folder);
			try {
				const uriOf = (name: string) => `file://${path.join(folder, name)}`;
				const execute = <T>(command: string, argument: object) =>
					server.connection.sendRequest<T>('workspace/executeCommand', { command, arguments: [argument] });
				// The quick fix for missing-date on 002, applied and saved as an editor would.
				const uri = uriOf(samples.s002);
				let text = readFileSync(path.join(folder, samples.s002), 'utf8');
				await server.connection.sendNotification('textDocument/didOpen', {
					textDocument: { uri, languageId: 'seed', version: 1, text },
				});
				const diagnostics = await server.waitForDiagnostics(uri, list => list.some(d => d.code === 'missing-date'));
				const missing = diagnostics.find((d: Diagnostic) => d.code === 'missing-date')!;
				const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
					textDocument: { uri },
					range: missing.range,
					context: { diagnostics: [missing] },
				});
				const edits = actions[0].edit!.changes![uri] as TextEdit[];
				text = applyEdits(text, edits);
				await server.connection.sendNotification('textDocument/didChange', {
					textDocument: { uri, version: 2 },
					contentChanges: [{ text }],
				});
				writeFileSync(path.join(folder, samples.s002), text);
				await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
				// Two tags, one of them new to the codebook.
				const offset = text.indexOf('Vladimir Putin');
				await execute<AnnotationInfo>('seed.tag', {
					uri,
					range: { start: positionAt(text, offset), end: positionAt(text, offset + 14) },
					tag: 'actor/state',
				});
				await execute('seed.addCodebookTag', { tag: 'frame/friendship' });
				const second = text.indexOf('Xi Jinping');
				await execute<AnnotationInfo>('seed.tag', {
					uri,
					range: { start: positionAt(text, second), end: positionAt(text, second + 10) },
					tag: 'frame/friendship',
				});
				// The export, saved where the client proposes: the workspace folder.
				const csv = await execute<string>('seed.export', { format: 'csv' });
				writeFileSync(path.join(folder, 'seeds-annotations.csv'), csv);

				assert.match(readFileSync(path.join(folder, samples.s002), 'utf8'), /^ date 2022-02-05 /);
				assert.ok(existsSync(path.join(folder, samples.s002.replace(/\.txt$/, '.tags.yaml'))));
				assert.match(readFileSync(path.join(folder, 'codebook.yaml'), 'utf8'), /frame\/friendship/);
				assert.match(csv, /actor\/state,Vladimir Putin/);
			} finally {
				await server.stop();
			}
			assert.equal(gitStatus(), statusBefore, 'the session changed files git tracks');
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	},
);
