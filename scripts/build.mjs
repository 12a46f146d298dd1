// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shebang = { js: '#!/usr/bin/env node' };
const targets = [
	{ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	{ entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: shebang },
	{ entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang },
	// Exports and REFI-QDA exchange, loaded by the server on first use (server/src/exchangeLoader.ts).
	{ entryPoints: ['server/src/exchangeEntry.ts'], outfile: 'dist/exchange.js' },
	// The worker thread the exchange bundle zips a .qdpx on (server/src/node/archiveOnWorker.ts).
	{ entryPoints: ['server/src/node/archiveWorker.ts'], outfile: 'dist/archiveWorker.js' },
	// Loaded by the server on first use (agreementLoader.ts), to keep dist/server.js small.
	{ entryPoints: ['server/src/agreementFeatures.ts'], outfile: 'dist/agreement.js' },
	// Loaded by the server on the first seed.corpusStats request (server/src/corpusStatsLoader.ts).
	{ entryPoints: ['server/src/corpusStatsService.ts'], outfile: 'dist/corpusStats.js' },
	// The Corpus Overview webview (and its stylesheet, dist/overview.css): runs in the browser, not Node.
	{
		entryPoints: ['client/webview/overview/main.ts'],
		outfile: 'dist/overview.js',
		platform: 'browser',
		format: 'iife',
		target: 'es2022',
	},
].filter(target => existsSync(target.entryPoints[0]));

/** See `mangleProps` below. */
const MANGLED_PROPERTIES = [
	// Tokens and local mentions.
	'sentenceStart', 'possessive', 'nameWords', 'gapBefore', 'ordinaryWord', 'changedBy', 'capitalised', 'spaced', 'upper', 'basis',
	'tokens', 'consumed', 'lexicon', 'titleCase',
	// The paragraph analysis as the rules see it (`RuleContext`).
	'tokenIs', 'isNameShaped', 'personNameBasis', 'pushPerson', 'pushHint', 'describedBy', 'extendOverAnd', 'textOf', 'classify',
	'classifyWord', 'headKind', 'personVerbAfter', 'pushUnsettled', 'placeNounBefore', 'coordinatedKind', 'afterPlacePreposition',
	'firstPhraseConnector', 'isPlaceNamedOrganization', 'afterPlacePossessive', 'classifyAfterTitle', 'pairAfterPlacePreposition',
	'titleMentions', 'precededByLowerCaseRole', 'organizationNameFollows', 'headBeforeTrailingPlace', 'corporateRoleAfterName',
	'beforeStaffRole', 'endsWithBusinessWord', 'beforeCorporateRole', 'isOrdinaryOpening', 'articleOpensTitle', 'pushWordWithHint',
	'lastRoleInTitle', 'ledSuffix', 'pushNamed', 'pushLoneWord', 'ofPlaceAfter', 'isRoadNumber', 'knownAsKind', 'definesTerm',
	'firstYear',
	// The stages' entries (`Rule`, `Step`) and questions (`SpanRun`, `WordQuestion`).
	'decide', 'when', 'output', 'connector', 'innerRole', 'cueAround', 'innerRoleIndex', 'roleIndex', 'connectorIndex', 'personBasis',
	'nameShaped', 'shaped', 'narrow', 'englishWord', 'titleCaseWord', 'knownName', 'words', 'holds',
	// The cue word lists (`Cues`, read from dist/data/core-cues.txt by section name, never by property name), the
	// lexicon's derived structures and the tokenizer's table of kept words.
	'cues', 'roleHeads', 'titleModifiers', 'roleAcronyms', 'nonEntityAcronyms', 'legalSuffixes', 'organizationHeads', 'businessHeads',
	'clubPrefixes', 'organizationOpenings', 'stateHeads', 'eventHeads', 'eventOpenings', 'standaloneEvents', 'documentHeads',
	'stormWords', 'stormModifiers',
	'placeHeads', 'placePrefixes', 'standaloneInstitutions', 'standalonePlaces', 'followingPlaceNouns', 'corporateRoles', 'staffRoles',
	'followingOrganizationNouns', 'personVerbs', 'lifeVerbs', 'placePrepositions', 'nameConnectors', 'phraseConnectors',
	'namePossessives', 'officeHeads', 'derived', 'vocabulary', 'keptWords', 'keepsWord', 'knownWords', 'knownWordKept',
	'knownWordFunction', 'slotMask', 'slotHashes', 'slotWords', 'knownShapes', 'knownWordAt', 'sharesKnownShapeAndHash',
	'legalSuffix', 'businessHead', 'clubAffixes',
	'currencyWords', 'usStateCodes', 'usStateAbbreviations', 'airportCodeLabels', 'foreignArticles',
	'organizationNounPatterns', 'descriptorNounPatterns', 'pluralDescriptorPatterns', 'partnerPluralPatterns',
	'sharedDescriptorPatterns', 'personAfterNounPatterns', 'employerRoles', 'innerNameWords', 'titledRoles', 'calendarGivenNames',
	'commonSurnames', 'roleNamedInstitutions', 'possessedBuildings', 'coupleHeads', 'foreignConnectors',
	'ambiguousLowerCaseRoles', 'abbreviatedSuffixes', 'nationalBodyFields', 'numberWords', 'functionWords', 'compassWords',
	'romanNumerals', 'stateWords', 'facilityHeads', 'surnameHeads', 'placeInTitleHeads', 'calendarWords', 'foreignFunctionWords',
	'chineseSurnames', 'koreanSurnames',
];

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
	// Properties of the entity detector's own objects (tokens, local mentions, the paragraph analysis's
	// methods and the rules' entries and questions), read thousands of times in its rules: short names
	// in the bundle keep dist/server.js within its budget. They never leave the process (no JSON,
	// no protocol); do not add a name here that is serialised or that a library reads.
	mangleProps: new RegExp(`^(?:${MANGLED_PROPERTIES.join('|')})$`),
	logLevel: 'warning',
	alias: {
		// One copy of the LSP types: `import` would pick the package's ESM build and the protocol's
		// `require` its UMD build, bundling both (20 KB).
		'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js',
		// The same `yaml` compiled as ES modules, which esbuild can tree-shake (17 KB less than its
		// CommonJS build); the two builds differ only in how a warning is logged.
		yaml: './node_modules/yaml/browser/dist/index.js',
	},
};

// The entity lexicons too large for a bundle ship beside it as plain-text data.
mkdirSync('dist/data', { recursive: true });
for (const file of readdirSync('server/data').filter(name => name.endsWith('.txt')))
	copyFileSync(`server/data/${file}`, `dist/data/${file}`);

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
