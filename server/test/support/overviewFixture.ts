/**
 * The overview test corpus (`server/test/fixtures/overview/seeds`): five seeds in two folders, one
 * without a date header and one with an impossible date, plain sidecars, a coder's sidecar
 * (`one.alice.tags.yaml`) and a codebook. Tests copy it into a temporary folder first.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './samples';

export const overviewFixture = path.join(repoRoot, 'server', 'test', 'fixtures', 'overview');

/** A fresh copy of the fixture; its `seeds/` folder holds the corpus. */
export function copyOverviewFixture(): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'seed-overview-'));
	cpSync(overviewFixture, folder, { recursive: true });
	return folder;
}
