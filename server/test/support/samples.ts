/**
 * Access to the bundled sample seeds and small helpers for checking edits, shared by the tests.
 *
 * Tests never read the working copy of `seeds/`, which a person trying the product may have
 * changed: they read a pristine copy, a temporary `seeds/` folder filled from the files committed
 * in git (HEAD), made once per test process and removed when it exits. Outside a git checkout (an
 * unpacked release) the working copy is copied instead, as the only version there is.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';

export const repoRoot = path.resolve(__dirname, '../../../..');

/** A temporary folder holding `seeds/` as committed; `seed check seeds` run here sees the samples as git has them. */
export const pristineRoot = makePristineCopy();
export const seedsFolder = path.join(pristineRoot, 'seeds');

export const samples = {
	s000: '000_8fe48cf9272154b3.txt',
	s001: '001_2bec4b55e153d035.txt',
	s002: '002_91ec62a49ae75b28.txt',
	s003: '003_babea2879160f884.txt',
	s004: '004_ed3e051bfad3e112.txt',
} as const;

export function readSample(name: string): string {
	return readFileSync(path.join(seedsFolder, name), 'utf8');
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create('file:///x.seed', 'seed', 1, text), [...edits]);
}

function makePristineCopy(): string {
	const root = mkdtempSync(path.join(tmpdir(), 'seed-samples-'));
	process.once('exit', () => rmSync(root, { recursive: true, force: true }));
	const target = path.join(root, 'seeds');
	mkdirSync(target);
	let archive: Buffer | undefined;
	try {
		archive = execFileSync('git', ['archive', '--format=tar', 'HEAD', 'seeds'], {
			cwd: repoRoot,
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 << 20,
		});
	} catch {
		archive = undefined; // not a git checkout
	}
	if (archive) {
		execFileSync('tar', ['-x', '-f', '-', '-C', root], { input: archive });
	} else {
		cpSync(path.join(repoRoot, 'seeds'), target, { recursive: true });
	}
	return root;
}
