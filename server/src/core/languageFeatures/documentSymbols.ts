/**
 * The outline: the article, named by its title with the date as detail, containing its dateline,
 * date lines, images and captions, paragraphs (named by their first words), subheaded sections,
 * other-language blocks, boilerplate and a truncated ending, in text order.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { Block, OtherLanguageBlock, Section, SeedDocument, Span } from '../model';

const scriptNames: Record<string, string> = {
	latin: 'Latin', han: 'Chinese (Han)', kana: 'Japanese', hangul: 'Korean', cyrillic: 'Cyrillic', arabic: 'Arabic', greek: 'Greek',
};

export function computeDocumentSymbols(document: SeedDocument, token?: CancellationToken): DocumentSymbol[] {
	const symbol = (
		name: string,
		kind: SymbolKind,
		span: Span,
		detail?: string,
		selection: Span = span,
		children?: DocumentSymbol[],
	): DocumentSymbol => ({
		name: name || '(empty)',
		detail,
		kind,
		range: document.rangeOf(span),
		selectionRange: document.rangeOf(selection),
		children,
	});

	const sectionByHeading = new Map(document.sections.map((section) => [section.heading, section]));
	const otherLanguageByFirst = new Map(document.otherLanguageBlocks.map((group) => [group.blocks[0], group]));

	const blockSymbols = (blocks: readonly Block[]): DocumentSymbol[] => {
		const symbols: DocumentSymbol[] = [];
		for (let i = 0; i < blocks.length && !token?.isCancellationRequested; i++) {
			const block = blocks[i];
			const otherLanguage = otherLanguageByFirst.get(block);
			if (otherLanguage) {
				symbols.push(otherLanguageSymbol(otherLanguage));
				i += otherLanguage.blocks.length - 1;
				continue;
			}
			const section = sectionByHeading.get(block);
			if (section) {
				symbols.push(sectionSymbol(section));
				i += section.blocks.length;
				continue;
			}
			if (block.kind === 'boilerplate') {
				let j = i;
				while (j + 1 < blocks.length && blocks[j + 1].kind === 'boilerplate') j++;
				const group = { start: block.start, end: blocks[j].end };
				symbols.push(symbol('Boilerplate', SymbolKind.Null, group, shorten(block.text)));
				i = j;
				continue;
			}
			symbols.push(...plainBlockSymbols(block));
		}
		return symbols;
	};

	const plainBlockSymbols = (block: Block): DocumentSymbol[] => {
		switch (block.kind) {
			case 'paragraph': {
				if (!block.dateline) return [symbol(firstWords(block.text), SymbolKind.String, block, 'paragraph')];
				// The dateline and the paragraph it opens are siblings that do not overlap.
				const rest = document.text.slice(block.dateline.end, block.end);
				const bodyStart = block.dateline.end + (rest.length - rest.trimStart().length);
				const datelineText = document.text.slice(block.dateline.start, block.dateline.end);
				const datelineDetail = [block.dateline.place?.text, block.dateline.date?.text, block.dateline.agency?.text]
					.filter(Boolean)
					.join(' · ');
				const symbols = [symbol(datelineText, SymbolKind.Event, block.dateline, `dateline: ${datelineDetail}`)];
				if (bodyStart < block.end) {
					symbols.push(
						symbol(
							firstWords(document.text.slice(bodyStart, block.end)),
							SymbolKind.String,
							{ start: bodyStart, end: block.end },
							'paragraph',
						),
					);
				}
				return symbols;
			}
			case 'dateLine':
				return [symbol(block.text, SymbolKind.Constant, block, 'date line')];
			case 'image':
				return [symbol(block.text, SymbolKind.File, block, 'image')];
			case 'caption':
				return [symbol(firstWords(block.text), SymbolKind.Property, block, 'photo caption')];
			case 'subheading':
				return [symbol(block.text, SymbolKind.Namespace, block, 'section')];
			case 'fragment':
				return [symbol(block.text, SymbolKind.Null, block, 'truncated ending')];
			case 'headline':
			case 'header':
				// Shown as the article itself.
				return [];
			case 'boilerplate':
				return [symbol('Boilerplate', SymbolKind.Null, block, shorten(block.text))];
		}
	};

	const sectionSymbol = (section: Section): DocumentSymbol => {
		const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph').length;
		return symbol(
			section.heading.text,
			SymbolKind.Namespace,
			section,
			`section · ${count(paragraphs, 'paragraph')}`,
			section.heading,
			blockSymbols(section.blocks),
		);
	};

	const otherLanguageSymbol = (group: OtherLanguageBlock): DocumentSymbol => {
		const children = group.blocks.map((block) => symbol(firstWords(block.text), SymbolKind.String, block, 'paragraph'));
		return symbol('Other-language block', SymbolKind.Package, group,
			`${scriptNames[group.script] ?? group.script} · ${count(group.blocks.length, 'paragraph')}`, group.blocks[0], children);
	};

	const article = { start: 0, end: document.text.length };
	const titleBlock = document.header?.line === 0 ? document.blocks[0] : document.headline;
	const titleSpan = document.header?.line === 0 ? document.header.titleSpan : titleBlock;
	const selection = titleSpan && titleSpan.end > titleSpan.start ? titleSpan : { start: 0, end: 0 };
	const detail = document.header?.line === 0 ? document.header.dateText : undefined;
	const body = document.blocks.filter((block) => block !== titleBlock);
	return [symbol(document.title || 'Untitled seed', SymbolKind.File, article, detail, selection, blockSymbols(body))];
}

const firstWordsPatterns = new Map<number, RegExp>();

/** The first words of a paragraph, to name it in the outline. */
export function firstWords(text: string, words = 8): string {
	if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) {
		return text.length <= 16 ? text : text.slice(0, 16) + '…';
	}
	// Only the first words are looked at: paragraphs can be thousands of characters long.
	let pattern = firstWordsPatterns.get(words);
	if (!pattern) firstWordsPatterns.set(words, pattern = new RegExp(`^\\S+(?:\\s+\\S+){0,${words - 1}}`));
	const head = pattern.exec(text)?.[0] ?? text;
	return head.length === text.length ? text : head.replace(/\s+/g, ' ') + '…';
}

function shorten(text: string, length = 60): string {
	return text.length <= length ? text : text.slice(0, length - 1) + '…';
}

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
