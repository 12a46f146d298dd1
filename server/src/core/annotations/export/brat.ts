/**
 * brat standoff export (`.ann`, one per text, beside a `.txt` of the same name): a `T` line per
 * annotation with code-point offsets, and an `AnnotatorNotes` line for each note.
 *
 *     T1	actor-state 10 20	Xi Jinping
 *     #1	AnnotatorNotes T1	first mention
 *
 * A passage spanning line breaks becomes a discontinuous span (`0 5;7 12`) without the breaks,
 * its text fragments joined by a space, as brat writes them. Tag names are made brat-safe:
 * `/` becomes `-`, other characters outside letters, digits, `_` and `-` become `_`.
 */
import { codePointCounter } from '../codePoints';
import type { ExportSource } from './exportSource';

export function bratTypeName(tag: string): string {
	const safe = tag.replace(/\//g, '-').replace(/[^\p{L}\p{N}_-]/gu, '_');
	return /^\p{L}/u.test(safe) ? safe : `tag_${safe}`;
}

/** The brat type of each tag, made unique when two tags would collapse into one name. */
export function bratTypeNames(tags: Iterable<string>): Map<string, string> {
	const names = new Map<string, string>();
	const used = new Set<string>();
	for (const tag of [...new Set(tags)].sort()) {
		const base = bratTypeName(tag);
		let name = base;
		for (let n = 2; used.has(name); n++) {
			name = `${base}_${n}`;
		}
		used.add(name);
		names.set(tag, name);
	}
	return names;
}

export function toBrat(source: ExportSource): string {
	const toCodePoints = codePointCounter(source.text);
	const types = bratTypeNames(source.annotations.map(annotation => annotation.tag));
	const lines: string[] = [];
	const sorted = [...source.annotations].sort((a, b) => a.start - b.start || a.end - b.end);
	let number = 0;
	for (const annotation of sorted) {
		const fragments = lineFragments(source.text, annotation.start, annotation.end);
		if (fragments.length === 0) {
			continue; // only line breaks: nothing brat can show
		}
		number++;
		const spans = fragments.map(([start, end]) => `${toCodePoints(start)} ${toCodePoints(end)}`).join(';');
		const text = fragments.map(([start, end]) => source.text.slice(start, end)).join(' ');
		lines.push(`T${number}\t${types.get(annotation.tag)} ${spans}\t${text}`);
		// brat has no annotator field: the coder goes into the one note line brat shows per annotation.
		const coder = source.coder ? `coder: ${source.coder}` : undefined;
		const note = [annotation.note?.replace(/[\t\r\n]+/g, ' '), coder].filter(Boolean).join(' | ');
		if (note) {
			lines.push(`#${number}\tAnnotatorNotes T${number}\t${note}`);
		}
	}
	return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** The passage split at line breaks (CRLF, LF, CR), without them and without empty pieces. */
function lineFragments(text: string, start: number, end: number): [number, number][] {
	const fragments: [number, number][] = [];
	const lineBreak = /\r\n|\n|\r/g;
	lineBreak.lastIndex = start;
	let fragmentStart = start;
	for (let match = lineBreak.exec(text); match && match.index < end; match = lineBreak.exec(text)) {
		if (match.index > fragmentStart) {
			fragments.push([fragmentStart, match.index]);
		}
		fragmentStart = Math.min(end, match.index + match[0].length);
	}
	if (end > fragmentStart) {
		fragments.push([fragmentStart, end]);
	}
	return fragments;
}
