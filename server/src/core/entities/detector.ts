/**
 * The entity detector: paragraphs analysed alone and cached by their text, then resolved for the
 * whole document. After a one-character edit only the changed paragraph is analysed again. Very long
 * paragraphs are analysed in pieces (`longParagraphs.ts`).
 */
import { analyseParagraph, localMention, type LocalMention } from './paragraphAnalyzer';
import { paragraphPieces } from './longParagraphs';
import type { Lexicon } from './lexicon/lexicon';
import type { RegistryEntry } from './registry';
import { RegistryMatcher } from './registryMatcher';
import { resolveMentionsInSteps, type ParagraphMentions } from './mentionResolver';
import { tokenize } from './tokenizer';
import { tokenizerVocabulary } from './rules/keptWords';
import { runToEnd, type Steps } from '../steps';
import type { EntityMention, EntityTextDocument } from './types';

export interface EntityAnalysis {
	readonly mentions: readonly EntityMention[];
	/** Paragraphs analysed for this version (the others came from the previous analysis). */
	readonly paragraphsAnalysed: number;
}

/** Blocks that hold no names: bare image file names. A line that only states a date holds a dateline's place at most. */
const SKIPPED_BLOCKS = new Set(['image']);

/**
 * What an analysis that has not finished yet offers the next one: the paragraphs it analysed so
 * far, and those the analysis before it offered. A document edited while it is being analysed
 * starts again at its new version without losing that work.
 */
export interface PartialAnalysis {
	readonly partial: true;
}

interface ParagraphCache {
	readonly detector: EntityDetector;
	readonly paragraphs: ReadonlyMap<string, readonly LocalMention[]>;
	/** For a partial analysis: what its own previous analysis offered. */
	readonly older?: ReadonlyMap<string, readonly LocalMention[]>;
}

const caches = new WeakMap<EntityAnalysis | PartialAnalysis, ParagraphCache>();

/** An analysis running in steps (see `EntityDetector.analyseInSteps`). */
export interface AnalysisInSteps {
	readonly steps: Steps<EntityAnalysis>;
	/** Usable as `previous` at once, should this analysis be abandoned for a newer version. */
	readonly partial: PartialAnalysis;
}

export class EntityDetector {
	readonly matcher: RegistryMatcher;

	/** `lexicon`: built once by the host (`loadLexicon`) or a test (`createLexicon`) and shared by its detectors. */
	constructor(
		readonly entries: readonly RegistryEntry[],
		readonly lexicon: Lexicon,
	) {
		this.matcher = new RegistryMatcher(entries, tokenizerVocabulary(lexicon));
	}

	/**
	 * Finds the mentions of `document`. Pass the analysis of the previous version of the same
	 * document to reuse the paragraphs that did not change.
	 */
	analyse(document: EntityTextDocument, previous?: EntityAnalysis | PartialAnalysis): EntityAnalysis {
		return runToEnd(this.analyseInSteps(document, previous).steps);
	}

	/**
	 * The same analysis, pausing after each paragraph analysed afresh and every few hundred mentions
	 * while they are resolved: no step takes more than a paragraph's work.
	 */
	analyseInSteps(document: EntityTextDocument, previous?: EntityAnalysis | PartialAnalysis): AnalysisInSteps {
		const old = previous ? caches.get(previous) : undefined;
		const offered = old?.detector === this ? old : undefined;
		// Two levels at most: a partial analysis's offer is merged once, when a newer version takes it over.
		const reusable = offered?.older ? new Map([...offered.older, ...offered.paragraphs]) : offered?.paragraphs;
		const paragraphs = new Map<string, readonly LocalMention[]>();
		const partial: PartialAnalysis = { partial: true };
		caches.set(partial, { detector: this, paragraphs, older: reusable });
		const steps = function* (this: EntityDetector): Steps<EntityAnalysis> {
			const found: ParagraphMentions[] = [];
			let paragraphsAnalysed = 0;
			for (const block of document.blocks) {
				if (SKIPPED_BLOCKS.has(block.kind)) continue;
				for (const piece of paragraphPieces(block.text)) {
					const dateLine = block.kind === 'dateLine';
					const key = block.otherLanguage ? '\u0000' + piece.text : dateLine ? '\u0001' + piece.text : piece.text;
					let mentions = paragraphs.get(key) ?? reusable?.get(key);
					if (!mentions) {
						mentions = block.otherLanguage
							? this.registryOnly(piece.text)
							: analyseParagraph(piece.text, this.matcher, this.lexicon, dateLine);
						paragraphsAnalysed++;
						paragraphs.set(key, mentions);
						yield;
					}
					paragraphs.set(key, mentions);
					if (mentions.length > 0) found.push({ offset: block.start + piece.start, mentions, text: piece.text });
				}
			}
			const analysis: EntityAnalysis = { mentions: yield* resolveMentionsInSteps(found, this.lexicon), paragraphsAnalysed };
			caches.set(analysis, { detector: this, paragraphs });
			return analysis;
		}.call(this);
		return { steps, partial };
	}

	/** Text in another language than the article: only the registry's names (`习近平`, `普京`). */
	private registryOnly(text: string): LocalMention[] {
		return this.matcher
			.match(tokenize(text, tokenizerVocabulary(this.lexicon)))
			.map(match =>
				localMention(match.start, match.end, text.slice(match.start, match.end), match.entry.kind, 'registry', 'registry', false, {
					registry: match.entry,
				}),
			);
	}
}
