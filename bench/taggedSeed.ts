/**
 * A large seed and a sidecar of many annotations that fit it exactly, as the server would have
 * written them: every passage is a word run of the text, with its context. Deterministic.
 */
import { contextAround, type Annotation } from '../server/src/core/annotations/annotation';
import { newSidecarText } from '../server/src/core/annotations/sidecar';
import { renderSlot } from '../server/src/core/annotations/sidecarSlot';
import { buildSeed } from './inputs';

export interface TaggedSeed {
	readonly text: string;
	readonly sidecarText: string;
	readonly annotations: readonly Annotation[];
}

const TAGS = ['actor/state', 'frame/cooperation', 'claim/quote', 'evaluation/positive'];

/** A seed of about `bytes` code units with `count` passages of one to three words tagged, spread evenly. */
export function taggedSeed(bytes: number, count: number): TaggedSeed {
	const text = buildSeed(bytes);
	const annotations: Annotation[] = [];
	const step = Math.floor(text.length / (count + 1));
	for (let index = 1; annotations.length < count; index++) {
		const word = /[A-Za-z]+(?: [A-Za-z]+){0,2}/g;
		word.lastIndex = index * step;
		const match = word.exec(text)!;
		const start = match.index;
		const end = start + match[0].length;
		annotations.push({
			id: `a-${annotations.length.toString(36).padStart(8, '0')}`,
			tag: TAGS[annotations.length % TAGS.length],
			text: match[0],
			start,
			end,
			...contextAround(text, start, end),
			...(annotations.length % 10 === 0 ? { note: 'check the translation' } : {}),
			created: '2026-11-21T06:00:00.000Z',
		});
	}
	const items = annotations.map((annotation) => renderSlot(annotation, 2, '\n').text).join('');
	return { text, annotations, sidecarText: newSidecarText('seed.txt').replace('annotations: []\n', `annotations:\n${items}`) };
}
