/**
 * The server's agreement command, for any LSP editor: `workspace/executeCommand` with
 * `seed.agreement` and one `AgreementArgs` answers an `AgreementAnswer`. Figures count positions in
 * Unicode code points; disagreement ranges are LSP ranges (UTF-16) in the seed's text.
 */
import type { Range } from 'vscode-languageserver-types';
import type { AgreementResult } from '../core/agreement/agreementResult';

export const agreementCommand = 'seed.agreement';

/**
 * How many disagreements the Compare Coders report lists at first (`maxDisagreements`): thousands of
 * them would make it slow to appear. The server computes that answer ahead (see `warmUpCoderFiles`).
 */
export const reportDisagreementLimit = 200;

export interface AgreementArgs {
	/** Seeds or folders (URIs); every workspace folder when absent. */
	readonly uris?: readonly string[];
	/** Coders to compare; every coder with a `name.<coder>.tags.yaml` when absent. */
	readonly coders?: readonly string[];
	/** Codes to measure; every code used when absent. */
	readonly codes?: readonly string[];
	/** At most this many disagreements listed (all are counted); all when absent. */
	readonly maxDisagreements?: number;
}

/** `[{ uri }]` → `OtherCoderAnnotation[]`: the other coders' annotations of an open seed ("Show All Coders"). */
export const coderAnnotationsCommand = 'seed.coderAnnotations';

export interface OtherCoderAnnotation {
	readonly coder: string;
	readonly tag: string;
	readonly text: string;
	readonly range: Range;
}

/**
 * `[{}]` → `SeedCoderAnnotations[]`: the other coders' annotations (every coder's but the current
 * one's) in every seed of the workspace that has some ("Show All Coders" in a Tags view). Ranges
 * are LSP ranges in the text the editor holds for an open seed, else in the text on disk.
 */
export const workspaceCoderAnnotationsCommand = 'seed.workspaceCoderAnnotations';

export interface SeedCoderAnnotations {
	readonly uri: string;
	readonly annotations: readonly OtherCoderAnnotation[];
}

/** A place where coders differ, for the report's list. */
export interface ReportedDisagreement {
	readonly seed: string;
	readonly uri: string;
	readonly range: Range;
	readonly kind: string;
	readonly message: string;
}

export interface AgreementAnswer extends AgreementResult {
	/** Places where the coders differ (no adjudication decision taken into account), by seed. */
	readonly disagreements: readonly ReportedDisagreement[];
	/** How many places differ in all: more than listed when `maxDisagreements` cut the list. */
	readonly disagreementCount: number;
	/** Seed URIs by the seed names used in the result. */
	readonly seedUris: Readonly<Record<string, string>>;
	/** Coder files that could not be used, or annotations no longer found in their text. */
	readonly problems: readonly { readonly file: string; readonly message: string }[];
}

export const adjudicateCommand = 'seed.adjudicate';

/** Client → server, `{ enabled: boolean }`: "Show Disagreements" turned on or off. */
export const showDisagreementsNotification = 'seed/showDisagreements';

/** What a `coder-disagreement` diagnostic carries in `data`, for its quick fixes. */
export interface DisagreementData {
	/** The place, UTF-16 offsets in the text the diagnostic was computed on. */
	readonly start: number;
	readonly end: number;
	readonly annotations: readonly { readonly coder: string; readonly id: string; readonly tag: string }[];
}

/**
 * `[AdjudicateArgs]` → `number` (annotations written to the consensus file `name.tags.yaml`).
 * Accepted annotations are copied there with their coder and time; the decision (accepted or
 * rejected) is recorded in `name.adjudication.yaml`, so the place is no longer flagged. A coder's
 * own file is never changed.
 */
export interface AdjudicateArgs {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
	/** The annotations to accept; empty to reject them all. */
	readonly accept: readonly { readonly coder: string; readonly id: string }[];
}
