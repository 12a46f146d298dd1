/**
 * A REFI-QDA project as Seed Annotator sees it, between its files and the XML: seeds with their
 * bytes and annotations, users (one per coder) and codes (the codebook's tags). Positions here are
 * Unicode code points from 0 with the end exclusive, as REFI-QDA 1.5 §10.2 counts them, in the text
 * without a byte-order mark.
 */

export interface ExchangeUser {
	readonly guid: string;
	readonly name: string;
}

export interface ExchangeCode {
	/** The full tag name, hierarchical with `/`. */
	readonly tag: string;
	readonly guid: string;
	/** A codebook tag (or used in an annotation); false for a parent that only groups others. */
	readonly codable: boolean;
	readonly description?: string;
	/** `#rrggbb` */
	readonly color?: string;
}

export interface ExchangeSelection {
	readonly id: string;
	readonly tag: string;
	/** Code points in the text (byte-order mark excluded). */
	readonly start: number;
	readonly end: number;
	/** The passage's text (the selection's label in QDA programs). */
	readonly passage: string;
	/** Undefined: the default user (no coder). */
	readonly coder?: string;
	readonly note?: string;
	/** ISO 8601, as the sidecar keeps it; empty when unknown. */
	readonly created: string;
}

export interface ExchangeSource {
	/** The seed's path relative to the exported folder, with `/`: `seeds/000_x.txt`. */
	readonly name: string;
	/** The file's bytes exactly (a byte-order mark, CRLF and all), stored under `sources/`. */
	readonly bytes: Uint8Array;
	/** The text positions count in: decoded, without the byte-order mark. */
	readonly text: string;
	readonly selections: readonly ExchangeSelection[];
}

export interface ExchangeProject {
	readonly name: string;
	readonly sources: readonly ExchangeSource[];
	/** The codebook's tags (with descriptions and colours); tags used but not listed are added by the writer. */
	readonly codebook: readonly { readonly name: string; readonly description?: string; readonly color?: string }[];
}

/** The user of annotations without a coder (plain `name.tags.yaml` without `coder:`). */
export const defaultUserName = 'Seed Annotator';

export const exchangeOrigin = 'Seed Annotator 0.1.0';
