/**
 * The VS Code side of Seed Annotator: starts the language server and adds the commands.
 * UI and I/O only; all text analysis happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ServerCommand, serverInfoRequest } from '../../server/src/protocol/commands';
import type { InitializationOptions } from '../../server/src/serverSettings';
import { createOtherCoders, registerCoderFeatures } from './coders';
import { registerAnnotationFeatures } from './annotations';
import { yearPlaceholders } from './yearSnippets';
import { registerCodebookView } from './codebook';
import { registerCorpusOverview } from './overview';

let client: LanguageClient | undefined;

/** How long `activate()` took until it handed over to the server start, and until the server answered. */
const activationTimes = { activateMs: 0, serverReadyMs: 0 };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const started = performance.now();
	const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
	};
	const outputChannel = vscode.window.createOutputChannel('Seed Language Server');
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ language: 'seed' }],
		outputChannel,
		// Hovers link to the seeds that mention an entity and offer "Add to registry".
		markdown: { isTrusted: { enabledCommands: ['vscode.open', ServerCommand.addToRegistry] } },
		// A function, so every (re)start reads the current settings and trust.
		initializationOptions: () => initializationOptions(),
		middleware: yearPlaceholders,
	};
	// The id `seed` makes the client read the `seed.trace.server` setting.
	client = new LanguageClient('seed', 'Seed Language Server', serverOptions, clientOptions);

	const otherCoders = createOtherCoders(context, client);
	registerAnnotationFeatures(context, client, otherCoders);
	registerCoderFeatures(context, client, otherCoders);
	const overview = registerCorpusOverview(context, client);
	registerCodebookView(context, client, (code) => overview.show({ codes: [code] }));
	context.subscriptions.push(
		outputChannel,
		vscode.commands.registerCommand('seed.restartServer', () => client?.restart()),
		vscode.commands.registerCommand('seed.insertDateHeader', insertDateHeader),
		// Used by the in-editor tests to stop the server process and watch it come back.
		vscode.commands.registerCommand(
			'seed.debug.serverPid',
			async () => (await client?.sendRequest<{ pid: number }>(serverInfoRequest))?.pid,
		),
		// The server reads these once at start-up, so it is restarted when they change.
		vscode.workspace.onDidChangeConfiguration(event => {
			if (restartingSettings.some(setting => event.affectsConfiguration(setting))) void client?.restart();
		}),
		vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
		// For `npm run bench`, which reads it from a real workbench.
		vscode.commands.registerCommand('seed.debug.activationTimes', () => activationTimes),
	);
	activationTimes.activateMs = performance.now() - started;
	await client.start();
	activationTimes.serverReadyMs = performance.now() - started;
}

const restartingSettings = [
	'seed.diagnostics.enable', 'seed.diagnostics.scope', 'seed.entities.registry', 'seed.annotations.codebook', 'seed.annotations.coder',
	'seed.entities.explain',
];

function initializationOptions(): InitializationOptions {
	const configuration = vscode.workspace.getConfiguration('seed');
	return {
		diagnostics: configuration.get<boolean>('diagnostics.enable', true),
		diagnosticsScope: configuration.get<'workspace' | 'openFiles'>('diagnostics.scope', 'workspace'),
		registry: configuration.get<string>('entities.registry'),
		codebook: configuration.get<string>('annotations.codebook'),
		explainEntities: configuration.get<boolean>('entities.explain', false),
		coder: configuration.get<string>('annotations.coder'),
		// In an untrusted workspace the server reads and shows but writes nothing.
		trusted: vscode.workspace.isTrusted,
		// Whatever the host calls itself, VS Code follows the command links of hovers.
		commandLinks: true,
	};
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}

/** Applies the server's preferred `missing-date` quick fix to the active seed. */
async function insertDateHeader(): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor || editor.document.languageId !== 'seed') {
		void vscode.window.showInformationMessage('Open a seed to insert its date header.');
		return;
	}
	const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find((d) => codeOf(d) === 'missing-date');
	if (!diagnostic) {
		void vscode.window.showInformationMessage('This seed already has a date header on line 1.');
		return;
	}
	const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
		'vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
	// The API command leaves out each action's diagnostics, so the fixes are known by their edit:
	// a date header inserted on line 1.
	const fixes = (actions ?? []).filter((action) => action.edit?.get(editor.document.uri).some(insertsDateHeader));
	if (fixes.length === 0) return;
	const chosen = fixes.length === 1 ? fixes[0] : (await vscode.window.showQuickPick(
		fixes.map((action) => ({ label: action.title, action })), { placeHolder: 'Which date header?' }))?.action;
	if (chosen?.edit) await vscode.workspace.applyEdit(chosen.edit);
}

function insertsDateHeader(edit: vscode.TextEdit): boolean {
	return edit.range.isEmpty && edit.range.start.line === 0 && /^ date \S+/.test(edit.newText);
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
	const code = diagnostic.code;
	return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
