/**
 * brat standoff export (`.ann`, one per text, beside a `.txt` of the same name): a `T` line per
 * annotation with code-point offsets, and an `AnnotatorNotes` line for each note; and the
 * `annotation.conf` that declares the entity types, so the folder opens in brat as it is.
 *
 *     T1	actor-state 10 20	Xi Jinping
 *     #1	AnnotatorNotes T1	first mention
 *
 * A passage spanning line breaks becomes a discontinuous span (`0 5;7 12`) without the breaks,
 * its text fragments joined by a space, as brat writes them. brat splits a line at TABs, so a TAB
 * inside the passage is written as a space in the informative text field (one character for one:
 * the offsets, which are what brat reads, are untouched).
 *
 * Tag names become brat type names reversibly (`tagFromBratType` undoes it): brat types are made of
 * letters, digits, `-` and `_`, so `/` becomes `-`, and the characters that would then be
 * ambiguous are escaped with `_`: `-` → `_h`, `_` → `__`, `.` → `_d`, any other character that is no
 * letter or digit → `_u` + its code point in hex + `_` (a space: `_u20_`); a name that starts with a
 * digit gets `_n` in front. `actor/state` → `actor-state`, `left-wing/x_y` → `left_hwing-x__y`.
 */
import { codePointCounter } from '../codePoints';
import { exportedPositions, exportedTexts, type ExportSource } from './exportSource';

export function bratTypeName(tag: string): string {
	const escapes: Record<string, string> = { '-': '_h', '_': '__', '.': '_d', '/': '-' };
	const escaped = tag.replace(/[^\p{L}\p{N}]/gu, character => escapes[character] ?? `_u${character.codePointAt(0)!.toString(16)}_`);
	return /^\p{N}/u.test(escaped) ? `_n${escaped}` : escaped;
}

/** The tag a brat type name stands for; undefined when the name is not one `bratTypeName` makes. */
export function tagFromBratType(type: string): string | undefined {
	let tag = '';
	for (let i = type.startsWith('_n') ? 2 : 0; i < type.length; i++) {
		const character = type[i];
		if (character === '-') {
			tag += '/';
		} else if (character === '_' && type[i + 1] === 'u') {
			const close = type.indexOf('_', i + 2);
			const code = close < 0 ? NaN : parseInt(type.slice(i + 2, close), 16);
			if (!/^[0-9a-f]+$/.test(type.slice(i + 2, close)) || !(code <= 0x10ffff)) {
				return undefined;
			}
			tag += String.fromCodePoint(code);
			i = close;
		} else if (character === '_') {
			const escaped = ({ h: '-', _: '_', d: '.' } as Record<string, string>)[type[++i]];
			if (escaped === undefined) {
				return undefined;
			}
			tag += escaped;
		} else {
			tag += character;
		}
	}
	return tag;
}

/** The brat type of each tag (the mapping is one to one, so no two tags share a type). */
export function bratTypeNames(tags: Iterable<string>): Map<string, string> {
	return new Map([...new Set(tags)].sort().map(tag => [tag, bratTypeName(tag)]));
}

export function toBrat(source: ExportSource): string {
	const toCodePoints = codePointCounter(source.text);
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
		const text = fragments.map(([start, end]) => source.text.slice(start, end)).join(' ').replace(/\t/g, ' ');
		lines.push(`T${number}\t${bratTypeName(annotation.tag)} ${spans}\t${text}`);
		// brat has no annotator field: the coder goes into the one note line brat shows per annotation.
		const coder = source.coder ? `coder: ${source.coder}` : undefined;
		const note = [annotation.note?.replace(/[\t\r\n]+/g, ' '), coder].filter(Boolean).join(' | ');
		if (note) {
			lines.push(`#${number}\tAnnotatorNotes T${number}\t${note}`);
		}
	}
	return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/**
 * `annotation.conf`: every tag of the codebook and of the exported annotations as an entity type,
 * nested under its parent as the codebook nests it (brat nests by TAB indentation); a parent that is
 * not a tag itself is listed with `!` (a grouping brat does not offer for annotation).
 */
export function bratAnnotationConf(tags: Iterable<string>): string {
	const used = new Set(tags);
	const all = new Set<string>();
	for (const tag of used) {
		const segments = tag.split('/');
		for (let i = 1; i <= segments.length; i++) {
			all.add(segments.slice(0, i).join('/'));
		}
	}
	const lines = [
		`# brat configuration written by Seed Annotator from the codebook; annotations: ${exportedTexts}, offsets in ${exportedPositions}.`,
		'# Tag names map to types reversibly: "/" becomes "-"; "-" "_" "." become "_h" "__" "_d"; a leading digit gets "_n".',
		'[entities]',
	];
	for (const tag of [...all].sort()) {
		const depth = tag.split('/').length - 1;
		lines.push('\t'.repeat(depth) + (used.has(tag) ? '' : '!') + bratTypeName(tag));
	}
	lines.push('[relations]', '[events]', '[attributes]');
	return lines.join('\n') + '\n';
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
