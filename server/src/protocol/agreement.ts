/**
 * The server's agreement command, for any LSP editor: `workspace/executeCommand` with
 * `seed.agreement` and one `AgreementArgs` answers an `AgreementAnswer`. Figures count positions in
 * Unicode code points; disagreement ranges are LSP ranges (UTF-16) in the seed's text.
 */
import type { AgreementResult } from '../core/agreement/agreementResult';

export const agreementCommand = 'seed.agreement';

export interface AgreementArgs {
	/** Seeds or folders (URIs); every workspace folder when absent. */
	readonly uris?: readonly string[];
	/** Coders to compare; every coder with a `name.<coder>.tags.yaml` when absent. */
	readonly coders?: readonly string[];
	/** Codes to measure; every code used when absent. */
	readonly codes?: readonly string[];
}

export interface AgreementAnswer extends AgreementResult {
	/** Seed URIs by the seed names used in the result. */
	readonly seedUris: Readonly<Record<string, string>>;
	/** Coder files that could not be used, or annotations no longer found in their text. */
	readonly problems: readonly { readonly file: string; readonly message: string }[];
}
