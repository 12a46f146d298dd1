/** Access to the bundled sample seeds and small helpers for checking edits, shared by the tests. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';

export const repoRoot = path.resolve(__dirname, '../../../..');
export const seedsFolder = path.join(repoRoot, 'seeds');

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
