/**
 * Offsets ↔ LSP positions. LSP counts characters in UTF-16 code units, which is also how
 * JavaScript strings index, so an offset into the text is already in the right unit; only line
 * breaks need finding. `\r\n`, `\n` and `\r` all end a line, as in LSP.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from './model';

export function computeLineStarts(text: string): number[] {
	const starts = [0];
	if (!text.includes('\r')) {
		// The common case: jumping from one \n to the next is much faster than visiting every character.
		for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
		return starts;
	}
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 13 /* \r */) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		} else if (code === 10 /* \n */) {
			starts.push(i + 1);
		}
	}
	return starts;
}

export class LineIndex {
	constructor(private readonly text: string, readonly lineStarts: readonly number[]) {}

	get lineCount(): number {
		return this.lineStarts.length;
	}

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.lineStarts[mid] <= clamped) low = mid;
			else high = mid - 1;
		}
		return { line: low, character: clamped - this.lineStarts[low] };
	}

	offsetAt(position: Position): number {
		if (position.line < 0) return 0;
		if (position.line >= this.lineStarts.length) return this.text.length;
		const start = this.lineStarts[position.line];
		return Math.max(start, Math.min(start + Math.max(0, position.character), this.lineEnd(position.line)));
	}

	/** Offset just before the line's break. */
	lineEnd(line: number): number {
		const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
		let end = next;
		if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
		if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
		return end;
	}

	rangeOf(span: Span): Range {
		return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
	}
}
