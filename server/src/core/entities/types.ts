/**
 * Entity types shared by the registry, the detector, the workspace index and the language features.
 * Offsets are UTF-16 code units into the analysed text, spans half-open, like the document model.
 */
import type { EntityRuleId } from './rules/catalogue';

export const ENTITY_KINDS = ['person', 'place', 'organization', 'event'] as const;
export type EntityKind = typeof ENTITY_KINDS[number];

export function isEntityKind(value: unknown): value is EntityKind {
	return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Which entity a mention is about. Registry entities keep their id; detected ones get `auto:<kind>:<name>`. */
export interface EntityRef {
	readonly id: string;
	readonly name: string;
	readonly kind: EntityKind;
}

export interface EntityMention {
	readonly start: number;
	readonly end: number;
	readonly entity: EntityRef;
	/** The text as written (without a possessive `'s`). */
	readonly surface: string;
	/** The role written right before the name: `Chinese Vice Foreign Minister`. */
	readonly title?: string;
	/** The ids of the rules that produced the mention and its kind, first the deciding one (see `rules/catalogue.ts`). */
	readonly rules?: readonly EntityRuleId[];
}

/** The part of a block the detector reads; the parser's `Block` satisfies it. */
export interface EntityTextBlock {
	readonly start: number;
	readonly text: string;
	readonly kind: string;
	readonly otherLanguage?: boolean;
}

/** The part of a document the detector reads; the parser's `SeedDocument` satisfies it. */
export interface EntityTextDocument {
	readonly text: string;
	readonly blocks: readonly EntityTextBlock[];
}

export function detectedEntityId(kind: EntityKind, name: string): string {
	return `auto:${kind}:${name}`;
}
