/** Folding ranges: sections, other-language blocks and runs of boilerplate. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Block, SeedDocument } from '../model';

export function computeFoldingRanges(document: SeedDocument): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
		if (endLine > startLine) ranges.push({ startLine, endLine, kind });
	};
	for (const section of document.sections) {
		add(section.heading.line, lastLine(section.blocks, section.heading));
	}
	for (const group of document.otherLanguageBlocks) {
		add(group.blocks[0].line, lastLine(group.blocks, group.blocks[0]));
	}
	const blocks = document.blocks;
	for (let i = 0; i < blocks.length; i++) {
		if (blocks[i].kind !== 'boilerplate') continue;
		let j = i;
		while (j + 1 < blocks.length && blocks[j + 1].kind === 'boilerplate') j++;
		add(blocks[i].line, blocks[j].line, FoldingRangeKind.Comment);
		i = j;
	}
	return ranges.sort((a, b) => a.startLine - b.startLine);
}

function lastLine(blocks: readonly Block[], fallback: Block): number {
	return (blocks.at(-1) ?? fallback).line;
}
