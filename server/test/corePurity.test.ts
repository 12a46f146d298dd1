import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/samples';

// The core is reused by the CLI and tested in plain Node: it must not reach VS Code or the connection.
const forbidden =
	/from\s+['"](vscode|vscode-languageserver|vscode-languageserver\/node|vscode-languageclient[^'"]*)['"]|require\(['"]vscode['"]\)/;

function* sourceFiles(folder: string): Generator<string> {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) yield* sourceFiles(full);
		else if (entry.name.endsWith('.ts')) yield full;
	}
}

test('the core never imports vscode, the language server library or the client', () => {
	const files = [...sourceFiles(path.join(repoRoot, 'server/src/core'))];
	assert.ok(files.length > 10);
	const offenders = files.filter((file) => forbidden.test(readFileSync(file, 'utf8')));
	assert.deepEqual(offenders, []);
});

test('the purity check itself catches an offending import', () => {
	assert.ok(forbidden.test("import { createConnection } from 'vscode-languageserver/node';"));
	assert.ok(forbidden.test("import * as vscode from 'vscode';"));
	assert.ok(!forbidden.test("import type { Range } from 'vscode-languageserver-types';"));
});
