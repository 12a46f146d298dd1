/**
 * Loads the agreement features on first use: `dist/agreement.js` beside the server bundle, or the
 * compiled module itself when running from `out/` (tests). The path is computed, so esbuild leaves
 * the require to run time instead of bundling the module into the server.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type * as AgreementFeatures from './agreementFeatures';

export function loadAgreementFeatures(): typeof AgreementFeatures {
	const bundled = path.join(__dirname, 'agreement.js');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(existsSync(bundled) ? bundled : path.join(__dirname, 'agreementFeatures.js')) as typeof AgreementFeatures;
}
