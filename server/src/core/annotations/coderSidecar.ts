/**
 * Several coders: each coder's annotations of `name.txt` live in `name.<coder>.tags.yaml` beside
 * it, so coders never write the same file and git merges of their work never conflict. The plain
 * `name.tags.yaml` is then the consensus that adjudication writes.
 */
import { URI, Utils } from 'vscode-uri';

// ASCII only: the name becomes part of file names on every file system, and of git paths.
const coderName = /^[A-Za-z0-9_-]{1,64}$/;

/** Why a coder name is refused, or undefined when it is fine. It becomes part of file names. */
export function coderNameProblem(coder: string): string | undefined {
	if (coderName.test(coder)) {
		return undefined;
	}
	return coder.length === 0 || coder.length > 64
		? 'a coder name has 1 to 64 characters'
		: `"${coder}" is not a valid coder name: use ASCII letters, digits, "-" and "_" only (no spaces, dots or slashes)`;
}

function baseName(seed: URI): string {
	const name = Utils.basename(seed);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(0, dot) : name;
}

/** `name.txt` → `name.<coder>.tags.yaml` beside it. */
export function coderSidecarUri(seed: URI, coder: string): URI {
	return Utils.joinPath(Utils.dirname(seed), `${baseName(seed)}.${coder}.tags.yaml`);
}

/**
 * The coders whose sidecars for `seed` are among `fileNames` (the names in the seed's folder),
 * sorted. `name.tags.yaml` (the consensus) is not a coder's.
 */
export function codersOfSeed(seed: URI, fileNames: readonly string[]): string[] {
	const prefix = `${baseName(seed)}.`;
	const coders: string[] = [];
	for (const fileName of fileNames) {
		if (fileName.startsWith(prefix) && fileName.endsWith('.tags.yaml')) {
			const coder = fileName.slice(prefix.length, -'.tags.yaml'.length);
			if (coderNameProblem(coder) === undefined) coders.push(coder);
		}
	}
	return coders.sort();
}
