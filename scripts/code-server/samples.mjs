// The sample seeds as committed, copied where a test, a screenshot or a first `npm start` may change
// them freely; the working copy of seeds/ itself is never opened or written.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './install.mjs';

/** The git-ignored folder `npm start` opens: made from the committed samples on first use, then kept. */
export const tryOutFolder = join(repoRoot, 'try-out', 'seeds');

/**
 * Fills `target` (a folder named `seeds`, created if missing) with seeds/ as committed in git
 * (HEAD); outside a git checkout, with the working copy, the only version there is.
 */
export function copyCommittedSamples(target) {
	mkdirSync(target, { recursive: true });
	let archive;
	try {
		archive = execFileSync('git', ['archive', '--format=tar', 'HEAD', 'seeds'], {
			cwd: repoRoot,
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 << 20,
		});
	} catch {
		archive = undefined;
	}
	if (archive) {
		// The archive holds seeds/…: strip that component so the files land in `target` whatever its name.
		execFileSync('tar', ['-x', '-f', '-', '-C', target, '--strip-components=1'], { input: archive });
	} else {
		cpSync(join(repoRoot, 'seeds'), target, { recursive: true });
	}
}

/** The try-out folder, created on first use; answers whether it was created now. */
export function ensureTryOutFolder(folder = tryOutFolder) {
	if (existsSync(folder)) return false;
	mkdirSync(dirname(folder), { recursive: true });
	copyCommittedSamples(folder);
	return true;
}
