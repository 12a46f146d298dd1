/**
 * The language server's entry point: `seed-language-server --stdio` (or `--node-ipc` from VS Code).
 * It supplies the Node file system and the lexicon files shipped beside the bundle to `startServer`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { findLexiconDirectory, lexiconCandidates, loadLexicon } from './node/lexiconFiles';
import { NodeFileSystem } from './node/nodeFileSystem';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// The last line of defence, as VS Code's own language servers have it: a promise nobody awaited
// that fails is logged, and the server goes on serving the editor instead of exiting.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled failure: ${(reason as Error)?.stack ?? String(reason)}`));
// The large lexicons ship as data files beside the bundle; they are read once, before any detection.
// Without the cue words the detector cannot work: a broken installation says which file and stops.
let lexicon: ReturnType<typeof loadLexicon>;
try {
	lexicon = loadLexicon(findLexiconDirectory(lexiconCandidates(__dirname)));
} catch (error) {
	process.stderr.write(`Seed language server cannot start: ${(error as Error).message}\n`);
	process.exit(1);
}
startServer(connection, { fileSystem: new NodeFileSystem(), lexicon });
connection.listen();
