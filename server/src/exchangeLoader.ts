/**
 * Loads the export and exchange code on first use: `dist/exchange.js` beside the bundled server,
 * or the compiled `exchangeEntry` module when running from sources (tests). The path is computed
 * so that esbuild leaves the `require` to run time instead of bundling the module in.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export type ExchangeModule = typeof import('./exchangeEntry');

export function loadExchange(): ExchangeModule {
	const bundled = path.join(__dirname, 'exchange.js');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return require(existsSync(bundled) ? bundled : path.join(__dirname, 'exchangeEntry')) as ExchangeModule;
}
