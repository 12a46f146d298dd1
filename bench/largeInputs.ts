/**
 * Large generated inputs for the scale rows of `npm run bench` and their tests: a registry of
 * many CJK aliases, a codebook of many tags. Deterministic (a fixed linear congruential sequence).
 */
import type { RegistryEntry } from '../server/src/core/entities/registry';

/** CJK Unified Ideographs, the common block. */
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fa5 - 0x4e00;

function sequence(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** `count` aliases of two to four Han characters, three to a registry entry. */
export function cjkRegistry(count: number): RegistryEntry[] {
	const random = sequence(7);
	const han = () => String.fromCharCode(HAN_FIRST + Math.floor(random() * HAN_COUNT));
	const entries: RegistryEntry[] = [];
	const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	for (let index = 0; entries.length * 3 < count; index++) {
		const aliases = [0, 1, 2].map(() => Array.from({ length: 2 + Math.floor(random() * 3) }, han).join(''));
		entries.push({ id: `cjk-${index}`, name: `Entity ${index}`, kind: 'person', aliases, start: 0, end: 0, nameRange: range });
	}
	return entries;
}

/** A seed of about `length` characters of Han text that names some of `entries`' aliases. */
export function cjkSeed(entries: readonly RegistryEntry[], length: number): string {
	const random = sequence(11);
	const han = () => String.fromCharCode(HAN_FIRST + Math.floor(random() * HAN_COUNT));
	let body = '';
	while (body.length < length) {
		body += random() < 0.3 ? entries[Math.floor(random() * entries.length)].aliases[0] : han() + han() + han();
		if (random() < 0.05) body += '。\n\n';
	}
	return ' date 2024-03-01 CJK registry bench\n\n' + body + '\n';
}

/** A codebook of `count` tags in 50 groups, each with a description and a colour. */
export function largeCodebook(count: number): string {
	const lines = ['# A large codebook', 'version: 1', 'tags:'];
	for (let index = 0; index < count; index++)
		lines.push(`  group${index % 50}/tag-${index}:`, `    description: Tag ${index}.`, '    color: "#1f77b4"');
	return lines.join('\n') + '\n';
}
