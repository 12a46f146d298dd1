// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shebang = { js: '#!/usr/bin/env node' };
const targets = [
	{ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	{ entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: shebang },
	{ entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang },
	// Loaded by the server on the first seed.corpusStats request (server/src/corpusStatsLoader.ts).
	{ entryPoints: ['server/src/corpusStatsService.ts'], outfile: 'dist/corpusStats.js' },
	// The Corpus Overview webview (and its stylesheet, dist/overview.css): runs in the browser, not Node.
	{ entryPoints: ['client/webview/overview/main.ts'], outfile: 'dist/overview.js', platform: 'browser', format: 'iife', target: 'es2022' },
].filter((target) => existsSync(target.entryPoints[0]));

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	minify: production,
	sourcemap: !production,
	legalComments: production ? 'none' : 'inline',
	// Names in many scripts (Łódź, 习近平) stay as UTF-8 instead of six-byte escapes.
	charset: 'utf8',
	logLevel: 'warning',
};

// The entity lexicons too large for a bundle ship beside it as plain-text data.
mkdirSync('dist/data', { recursive: true });
for (const file of readdirSync('server/data').filter((name) => name.endsWith('.txt'))) copyFileSync(`server/data/${file}`, `dist/data/${file}`);

if (watch) {
	for (const target of targets) {
		const context = await esbuild.context({ ...common, ...target });
		await context.watch();
	}
	console.log('esbuild: watching', targets.map((t) => t.outfile).join(', '));
} else {
	await Promise.all(targets.map((target) => esbuild.build({ ...common, ...target })));
	for (const target of targets) {
		if (target.banner) chmodSync(target.outfile, 0o755);
	}
}
