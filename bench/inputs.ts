/** Benchmark inputs: the sample seeds' paragraphs repeated to a given size, as in the measured anchors. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

export function sampleParagraphs(): string[] {
	const folder = path.join(repoRoot, 'seeds');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.flatMap((name) => readFileSync(path.join(folder, name), 'utf8').split(/\n\s*\n/))
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph.length > 0);
}

/** A seed of about `bytes` UTF-16 code units: a header, then the samples' paragraphs over and over. */
export function buildSeed(bytes: number): string {
	const paragraphs = sampleParagraphs();
	const parts = [' date 2022-02-06 Benchmark seed'];
	let length = parts[0].length;
	for (let i = 0; length < bytes; i++) {
		const paragraph = paragraphs[i % paragraphs.length];
		parts.push(paragraph);
		length += paragraph.length + 2;
	}
	return parts.join('\n\n') + '\n';
}
