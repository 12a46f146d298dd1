/**
 * The entity detector: paragraphs analysed alone and cached by their text, then resolved for the
 * whole document. After a one-character edit only the changed paragraph is analysed again.
 */
import { analyseParagraph, localMention, type LocalMention } from './paragraphAnalyzer';
import type { Lexicon } from './lexicon/lexicon';
import type { RegistryEntry } from './registry';
import { RegistryMatcher } from './registryMatcher';
import { resolveMentions, type ParagraphMentions } from './mentionResolver';
import { tokenize } from './tokenizer';
import type { EntityMention, EntityTextDocument } from './types';

export interface EntityAnalysis {
	readonly mentions: readonly EntityMention[];
	/** Paragraphs analysed for this version (the others came from the previous analysis). */
	readonly paragraphsAnalysed: number;
}

/** Blocks that hold no names: bare image file names and lines that only state a date. */
const SKIPPED_BLOCKS = new Set(['image', 'dateLine']);

interface ParagraphCache {
	readonly detector: EntityDetector;
	readonly paragraphs: Map<string, readonly LocalMention[]>;
}

const caches = new WeakMap<EntityAnalysis, ParagraphCache>();

export class EntityDetector {
	readonly matcher: RegistryMatcher;

	/** `lexicon`: built once by the host (`loadLexicon`) or a test (`createLexicon`) and shared by its detectors. */
	constructor(
		readonly entries: readonly RegistryEntry[],
		readonly lexicon: Lexicon,
	) {
		this.matcher = new RegistryMatcher(entries);
	}

	/**
	 * Finds the mentions of `document`. Pass the analysis of the previous version of the same
	 * document to reuse the paragraphs that did not change.
	 */
	analyse(document: EntityTextDocument, previous?: EntityAnalysis): EntityAnalysis {
		const old = previous ? caches.get(previous) : undefined;
		const reusable = old?.detector === this ? old.paragraphs : undefined;
		const paragraphs = new Map<string, readonly LocalMention[]>();
		const found: ParagraphMentions[] = [];
		let paragraphsAnalysed = 0;
		for (const block of document.blocks) {
			if (SKIPPED_BLOCKS.has(block.kind)) continue;
			const key = block.otherLanguage ? '\u0000' + block.text : block.text;
			let mentions = paragraphs.get(key) ?? reusable?.get(key);
			if (!mentions) {
				mentions = block.otherLanguage ? this.registryOnly(block.text) : analyseParagraph(block.text, this.matcher, this.lexicon);
				paragraphsAnalysed++;
			}
			paragraphs.set(key, mentions);
			if (mentions.length > 0) found.push({ offset: block.start, mentions });
		}
		const analysis: EntityAnalysis = { mentions: resolveMentions(found, this.lexicon), paragraphsAnalysed };
		caches.set(analysis, { detector: this, paragraphs });
		return analysis;
	}

	/** Text in another language than the article: only the registry's names (`习近平`, `普京`). */
	private registryOnly(text: string): LocalMention[] {
		return this.matcher
			.match(tokenize(text))
			.map(match =>
				localMention(match.start, match.end, text.slice(match.start, match.end), match.entry.kind, 'registry', 'registry', false, {
					registry: match.entry,
				}),
			);
	}
}
