/**
 * The `yaml` library's own check for duplicate keys (`uniqueKeys: true`) compares each key with
 * every key before it in its mapping: a codebook of 30,000 tags took minutes to parse. This finds
 * the same duplicates with one set per mapping, so parse with `uniqueKeys: false` and ask here.
 */
import { isMap, isScalar, visit, type Document } from 'yaml';

export interface DuplicateKey {
	readonly message: string;
	/** Offsets of the repeated key, as the `yaml` library reports its errors. */
	readonly pos: [number, number];
}

/** Every key that repeats an earlier scalar key of the same mapping, in document order, worded as the `yaml` library words it. */
export function duplicateKeys(document: Document): DuplicateKey[] {
	const found: DuplicateKey[] = [];
	visit(document, {
		Map(_, map) {
			if (!isMap(map)) return;
			const seen = new Set<unknown>();
			for (const pair of map.items) {
				if (!isScalar(pair.key)) continue;
				if (seen.has(pair.key.value)) {
					const start = pair.key.range?.[0] ?? 0;
					found.push({ message: 'Map keys must be unique', pos: [start, start + 1] });
				}
				seen.add(pair.key.value);
			}
		},
	});
	return found.sort((a, b) => a.pos[0] - b.pos[0]);
}
