/**
 * Schema validation with libxml2's `xmllint --schema` (Debian `libxml2-utils`; `.ci/run` installs
 * it). Without xmllint the check is skipped and says so loudly — except on CI, where it fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './samples';

export const projectSchema = path.join(repoRoot, 'server/test/fixtures/refi-qda/Project.xsd');
export const codebookSchema = path.join(repoRoot, 'server/test/fixtures/refi-qda/Codebook.xsd');

export function hasXmllint(): boolean {
	return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Asserts that `xml` is valid against the schema; true when checked, false when skipped. */
export function assertValidAgainst(schema: string, xml: string, label: string): boolean {
	if (!hasXmllint()) {
		if (process.env.CI) {
			assert.fail('xmllint is missing on CI: install libxml2-utils (see .ci/run)');
		}
		const banner = `*** SKIPPED: schema validation of ${label}: xmllint is not installed (apt-get install libxml2-utils) ***`;
		process.stderr.write(`\n${banner}\n\n`);
		return false;
	}
	const folder = mkdtempSync(path.join(tmpdir(), 'seed-xmllint-'));
	try {
		const file = path.join(folder, path.basename(label).replace(/[^\w.-]/g, '_') || 'document.xml');
		writeFileSync(file, xml);
		const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
		assert.equal(result.status, 0, `${label} is not valid against ${path.basename(schema)}:\n${result.stderr}`);
		return true;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
