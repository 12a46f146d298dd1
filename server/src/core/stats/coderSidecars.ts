/**
 * Which sidecars belong to a seed: `name.tags.yaml` (the plain sidecar, coder '') and one
 * `name.<coder>.tags.yaml` per coder (DESIGN §7). A coder file may also say `coder: <name>` at its
 * top; that name wins over the one in the file name.
 */
import { parseDocument, isMap, isScalar } from 'yaml';

export interface SidecarOfSeed {
	readonly fileName: string;
	/** '' for the plain sidecar. */
	readonly coder: string;
}

const coderName = /^[\p{L}\p{N}_-]+$/u;

/** The sidecars among `siblings` (file names in the seed's folder) that belong to `seedFileName`. */
export function sidecarsOfSeed(seedFileName: string, siblings: Iterable<string>): SidecarOfSeed[] {
	const dot = seedFileName.lastIndexOf('.');
	const stem = dot > 0 ? seedFileName.slice(0, dot) : seedFileName;
	const found: SidecarOfSeed[] = [];
	for (const name of siblings) {
		if (!name.startsWith(stem + '.') || !name.endsWith('.tags.yaml')) continue;
		const middle = name.slice(stem.length + 1, name.length - '.tags.yaml'.length);
		if (name === `${stem}.tags.yaml`) found.push({ fileName: name, coder: '' });
		else if (coderName.test(middle)) found.push({ fileName: name, coder: middle });
	}
	return found.sort((a, b) => a.coder.localeCompare(b.coder));
}

/**
 * The `coder:` a sidecar names at its top, read from the lines before `annotations:` only (the list
 * can be long); undefined when it names none.
 */
export function declaredCoder(sidecarText: string): string | undefined {
	const head = sidecarText.slice(0, Math.max(0, sidecarText.search(/^annotations\s*:/m))) || sidecarText.slice(0, 4096);
	if (!/^coder\s*:/m.test(head)) return undefined;
	const document = parseDocument(head);
	if (!isMap(document.contents)) return undefined;
	const value = document.contents.get('coder', true);
	return isScalar(value) && typeof value.value === 'string' && coderName.test(value.value) ? value.value : undefined;
}
