/**
 * The language server's entry point: `seed-language-server --stdio` (or `--node-ipc` from VS Code).
 * It supplies the Node file system and the lexicon files shipped beside the bundle to `startServer`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { findLexiconDirectory, lexiconCandidates, loadLexiconFiles } from './node/lexiconFiles';
import { NodeFileSystem } from './node/nodeFileSystem';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, {
	fileSystem: new NodeFileSystem(),
	// The large lexicons ship as data files beside the bundle; they are read once, before any detection.
	lexicon: loadLexiconFiles(findLexiconDirectory(lexiconCandidates(__dirname))),
});
connection.listen();
