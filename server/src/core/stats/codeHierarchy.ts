/**
 * The hierarchy of codes by `/`: `frame/cooperation` sits under `frame`, so a passage tagged
 * `frame/cooperation` counts for both (the parent's counts are rolled up, shown as `frame/*`).
 */

/** The code itself and every code above it, nearest first: `a/b/c` → `a/b/c`, `a/b`, `a`. */
export function selfAndAncestors(code: string): string[] {
	const chain = [code];
	for (let slash = code.lastIndexOf('/'); slash > 0; slash = code.lastIndexOf('/', slash - 1)) {
		chain.push(code.slice(0, slash));
	}
	return chain;
}

export function parentOf(code: string): string | undefined {
	const slash = code.lastIndexOf('/');
	return slash > 0 ? code.slice(0, slash) : undefined;
}

/** Whether `code` is `filter` or sits under it. */
export function isWithin(code: string, filter: string): boolean {
	return code === filter || code.startsWith(filter + '/');
}
