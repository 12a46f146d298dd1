// The corpus of issue 16 §5 on disk: 1,000 seeds × 3 coders × 30 annotations each, the coders mostly
// agreeing with jittered boundaries and now and then choosing another code (as bench/agreementBench.ts
// does in memory). Sidecars in the layout the server writes. No vscode import: a profiler can run it.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const seedCount = 1000;
export const coders = ['alice', 'bob', 'carol'];
export const perCoder = 30;

/** A small deterministic generator, so every run measures the same corpus. */
function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const words = ['the', 'ministry', 'said', 'trade', 'talks', 'between', 'both', 'sides', 'would', 'resume', 'after', 'a', 'long',
	'pause', 'officials', 'expect', 'growth', 'in', 'exports', 'and', 'deeper', 'cooperation', 'on', 'energy', 'security'];

function seedText(random: () => number, index: number): string {
	// A date header, so it is a seed wherever the folder is (not only under `seeds/`).
	const day = String(1 + (index % 28)).padStart(2, '0');
	const paragraphs: string[] = [` date 2024-03-${day} Report ${index}`, ''];
	let length = 0;
	while (length < 3000) {
		const word = () => words[Math.floor(random() * words.length)];
		const sentence = Array.from({ length: 12 }, (_, i) => (i === 5 ? String(Math.floor(random() * 100_000)) : word()));
		const line = `${sentence.join(' ')}.`;
		paragraphs.push(line);
		length += line.length + 1;
	}
	return `${paragraphs.join('\n')}\n`;
}

/** A coder's sidecar in the layout the server writes, anchored in `text`. */
function sidecarText(fileName: string, coder: string, text: string, units: readonly { tag: string; start: number; end: number }[]): string {
	const items = [...units].sort((a, b) => a.start - b.start || a.end - b.end).map((unit, index) => [
		`  - id: ${coder}-${index}`,
		`    tag: ${unit.tag}`,
		`    text: ${JSON.stringify(text.slice(unit.start, unit.end))}`,
		`    start: ${unit.start}`,
		`    end: ${unit.end}`,
		`    before: ${JSON.stringify(text.slice(Math.max(0, unit.start - 32), unit.start))}`,
		`    after: ${JSON.stringify(text.slice(unit.end, unit.end + 32))}`,
		'    created: "2026-12-01T10:00:00.000Z"',
	].join('\n'));
	const header = [`# Seed Annotator tags for ${fileName} by coder ${coder}`, 'version: 1', `coder: ${coder}`, 'annotations:'];
	return [...header, ...items, ''].join('\n');
}

/** 1,000 seeds in 10 folders, each coded by three coders who mostly agree, with jittered boundaries. */
export function writeAgreementCorpus(root: string): void {
	const random = generator(16);
	for (let s = 0; s < seedCount; s++) {
		const folder = path.join(root, `batch-${Math.floor(s / 100)}`);
		fs.mkdirSync(folder, { recursive: true });
		const name = `seed-${String(s).padStart(4, '0')}`;
		const text = seedText(random, s);
		fs.writeFileSync(path.join(folder, `${name}.txt`), text);
		const shared = Array.from({ length: perCoder }, (_, i) => {
			const start = Math.floor((i * (text.length - 120)) / perCoder + random() * 20);
			return { tag: `code/${Math.floor(random() * 10)}`, start, end: start + 10 + Math.floor(random() * 60) };
		});
		for (const coder of coders) {
			const units = shared.map(unit => (random() < 0.15
				? { tag: `code/${Math.floor(random() * 10)}`, start: unit.start + 5, end: unit.end + 5 }
				: { tag: unit.tag, start: unit.start + Math.floor(random() * 4), end: unit.end - Math.floor(random() * 4) }));
			fs.writeFileSync(path.join(folder, `${name}.${coder}.tags.yaml`), sidecarText(`${name}.txt`, coder, text, units));
		}
	}
}
