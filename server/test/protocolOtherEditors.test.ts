/**
 * The server as editors other than VS Code see it, over stdio (issue 15 §3.2, §3.3, §3.5):
 * hovers without `command:` links, a registry and sidecars read again where the editor cannot
 * watch files, and registered names inside hyphenated compounds.
 */
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Hover, Position } from 'vscode-languageserver-protocol';
import { startServerOnSeedsCopy, type ClientOptions, type SeedWorkspace } from './support/lspClient';
import { readSample, samples } from './support/samples';

/** Neovim 0.10 on Linux: declines dynamic registration of watched files. */
const neovim: ClientOptions = { clientInfo: { name: 'Neovim', version: '0.10.4' }, capabilities: { workspace: { applyEdit: true } } };
const vscode: ClientOptions = { clientInfo: { name: 'Visual Studio Code', version: '1.100.0' } };

function positionOf(text: string, passage: string, from = 0): Position {
	const offset = text.indexOf(passage, from);
	assert.ok(offset >= 0, passage);
	const lines = text.slice(0, offset).split('\n');
	return { line: lines.length - 1, character: lines.at(-1)!.length };
}

/** Runs one test against a server on a fresh copy of the samples, for the given editor; stops it afterwards. */
async function onSeedsCopy(client: ClientOptions, run: (workspace: SeedWorkspace) => Promise<void>): Promise<void> {
	const workspace = await startServerOnSeedsCopy(undefined, client);
	try {
		await run(workspace);
	} finally {
		await workspace.dispose();
	}
}

async function open(workspace: SeedWorkspace, name: string): Promise<{ uri: string; text: string }> {
	const uri = workspace.uriOf(name);
	const text = readSample(name);
	const textDocument = { uri, languageId: 'seed', version: 1, text };
	await workspace.server.connection.sendNotification('textDocument/didOpen', { textDocument });
	await workspace.server.waitForDiagnostics(uri);
	return { uri, text };
}

async function hoverText(workspace: SeedWorkspace, uri: string, position: Position): Promise<string> {
	const hover = await workspace.server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
	return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** Asks again until the hover matches: indexing and reloading happen in the background. */
async function hoverUntil(workspace: SeedWorkspace, uri: string, position: Position, pattern: RegExp, timeoutMs = 8000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let value = '';
	while (Date.now() < deadline) {
		value = await hoverText(workspace, uri, position);
		if (pattern.test(value)) return value;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	assert.fail(`the hover never matched ${pattern}; last:\n${value}`);
}

/** The registry is read in the background after `initialized`; changes made before that would prove nothing. */
async function registryLoaded(workspace: SeedWorkspace, uri: string, text: string): Promise<void> {
	await hoverUntil(workspace, uri, positionOf(text, 'Putin'), /President of Russia/);
}

test(
	'a client that is not VS Code gets hovers with plain relative paths and no command links',
	() => onSeedsCopy(neovim, async (workspace) => {
		const { uri, text } = await open(workspace, samples.s004);
		const putin = await hoverUntil(workspace, uri, positionOf(text, 'Putin'), /Seeds in the workspace that mention it: 5/);
		assert.doesNotMatch(putin, /command:/);
		assert.match(putin, /: `000_8fe48cf9272154b3\.txt`, `001_2bec4b55e153d035\.txt`, .*`004_ed3e051bfad3e112\.txt`/);
		const coldWar = await hoverText(workspace, uri, positionOf(text, 'Cold War'));
		assert.match(coldWar, /not in the registry/);
		assert.doesNotMatch(coldWar, /command:|\]\(/);
		assert.match(coldWar, /Not in the registry: add it to `entities\.yaml` \(code action \*Add Cold War to the registry\*\)\./);
	}),
);

test('VS Code keeps its command links', () => onSeedsCopy(vscode, async (workspace) => {
	const { uri, text } = await open(workspace, samples.s004);
	const putin = await hoverUntil(workspace, uri, positionOf(text, 'Putin'), /Seeds in the workspace that mention it: 5/);
	assert.match(putin, /\[000\\_8fe48cf9272154b3\.txt\]\(command:vscode\.open\?/);
	assert.match(await hoverText(workspace, uri, positionOf(text, 'Cold War')), /\[Add to registry\]\(command:seed\.addToRegistry\?/);
}));

test(
	'without the editor watching files, a registry changed on disk is read again and hovers show it',
	() => onSeedsCopy(neovim, async (workspace) => {
		const { uri, text } = await open(workspace, samples.s004);
		const coldWar = positionOf(text, 'Cold War');
		await registryLoaded(workspace, uri, text);
		assert.match(await hoverText(workspace, uri, coldWar), /not in the registry/);
		const entry = '  - name: Cold War\n    kind: event\n    description: The rivalry between the United States and the Soviet Union.\n';
		appendFileSync(path.join(workspace.folder, 'entities.yaml'), entry);
		const hover = await hoverUntil(workspace, uri, coldWar, /rivalry between the United States/);
		assert.doesNotMatch(hover, /not in the registry/);
	}),
);

test(
	'"Add to registry" is a code action with its arguments; the registry it writes is read again, unwatched by the editor',
	() => onSeedsCopy(neovim, async (workspace) => {
		const { uri, text } = await open(workspace, samples.s004);
		const coldWar = positionOf(text, 'Cold War');
		await registryLoaded(workspace, uri, text);
		const actions = await workspace.server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri }, range: { start: coldWar, end: coldWar }, context: { diagnostics: [] },
		});
		const add = actions.find((action) => action.kind === 'source.seed.registry');
		assert.equal(add?.title, 'Add Cold War (event) to the registry');
		const { command, arguments: args } = add.command!;
		assert.equal(await workspace.server.connection.sendRequest('workspace/executeCommand', { command, arguments: args }), true);
		assert.match(readFileSync(path.join(workspace.folder, 'entities.yaml'), 'utf8'), /- name: Cold War\n {4}kind: event\n/);
		const hover = await hoverUntil(workspace, uri, coldWar, /^\*\*Cold War\*\* — event\n(?![\s\S]*not in the registry)/);
		assert.doesNotMatch(hover, /Add Cold War/);
		const none = await workspace.server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri }, range: { start: coldWar, end: coldWar }, context: { diagnostics: [] },
		});
		assert.equal(none.filter((action) => action.kind === 'source.seed.registry').length, 0);
	}),
);

test(
	'without the editor watching files, saving the registry in the editor applies it (didSave) before it reaches the disk',
	() => onSeedsCopy(neovim, async (workspace) => {
		const { uri, text } = await open(workspace, samples.s004);
		const coldWar = positionOf(text, 'Cold War');
		await registryLoaded(workspace, uri, text);
		assert.match(await hoverText(workspace, uri, coldWar), /not in the registry/);
		const registryUri = workspace.uriOf('entities.yaml');
		const registry = readFileSync(path.join(workspace.folder, 'entities.yaml'), 'utf8');
		const connection = workspace.server.connection;
		const textDocument = { uri: registryUri, languageId: 'yaml', version: 1, text: registry };
		await connection.sendNotification('textDocument/didOpen', { textDocument });
		const end = { line: registry.split('\n').length - 1, character: 0 };
		const entry = '  - name: Cold War\n    kind: event\n    description: Saved in the editor.\n';
		await connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: registryUri, version: 2 },
			contentChanges: [{ range: { start: end, end }, text: entry }],
		});
		await connection.sendNotification('textDocument/didSave', { textDocument: { uri: registryUri } });
		assert.match(await hoverUntil(workspace, uri, coldWar, /Saved in the editor/), /^\*\*Cold War\*\* — event\n/);
	}),
);

test(
	'without the editor watching files, a sidecar written on disk is read again for the open text',
	() => onSeedsCopy(neovim, async (workspace) => {
		const { uri, text } = await open(workspace, samples.s004);
		const start = text.indexOf('Cold War');
		writeFileSync(path.join(workspace.folder, samples.s004.replace(/\.txt$/, '.tags.yaml')), [
			'version: 1', 'annotations:', '  - id: a-outside1', '    tag: frame/conflict', '    text: "Cold War"',
			`    start: ${start}`, `    end: ${start + 8}`, '    created: "2026-01-01T00:00:00.000Z"', '',
		].join('\n'));
		assert.match(await hoverUntil(workspace, uri, positionOf(text, 'Cold War'), /frame\/conflict/), /\*\*frame\/conflict\*\*/);
	}),
);

test('the server watcher tolerates a registry in a folder that does not exist, and lets the server exit', async () => {
	const settings = { registry: '/nonexistent/folder/entities.yaml', codebook: 'missing/codebook.yaml' };
	const workspace = await startServerOnSeedsCopy(settings, neovim);
	const { uri, text } = await open(workspace, samples.s004);
	assert.match(await hoverUntil(workspace, uri, positionOf(text, 'Putin'), /Putin/), /not in the registry/);
	await workspace.dispose();
	assert.equal(workspace.server.process.exitCode, 0);
});

test(
	'registered names inside hyphenated compounds are the registry\'s entities (China-Russia, Russia-China)',
	() => onSeedsCopy(neovim, async (workspace) => {
		const { uri, text } = await open(workspace, samples.s000);
		const compound = text.indexOf('China-Russia relations');
		// The registry is read in the background after `initialized`: wait for it, then look at the whole hover.
		const china = await hoverUntil(workspace, uri, positionOf(text, 'China', compound), /Country in East Asia/);
		assert.match(china, /^\*\*China\*\* — place\n\nCountry in East Asia; capital Beijing\./);
		assert.doesNotMatch(china, /not in the registry|Add to registry/);
		const russia = await hoverUntil(workspace, uri, positionOf(text, 'Russia', compound), /Country spanning/);
		assert.match(russia, /^\*\*Russia\*\* — place\n\nCountry spanning Eastern Europe/);
		const other = await open(workspace, samples.s002);
		const reversed = other.text.indexOf('Russia-China');
		const reversedHover = await hoverUntil(workspace, other.uri, positionOf(other.text, 'China', reversed), /Country in East Asia/);
		assert.match(reversedHover, /^\*\*China\*\* — place\n\nCountry in East Asia/);
		// Every mention of China in the text is one entity: the compound's are counted with the others.
		assert.match(china, /Mentions in this text: 7/);
	}),
);
