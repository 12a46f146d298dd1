/**
 * Tagging as code actions over stdio (issue 15 §3.1), as Helix does it: ask for the code actions of
 * a selection, then send `workspace/executeCommand` with the command exactly as returned.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, Command, Range } from 'vscode-languageserver-protocol';
import { parse as parseYaml } from 'yaml';
import { startServerOnSeedsCopy, type SeedWorkspace } from './support/lspClient';
import { readSample, samples } from './support/samples';

/** Helix 25.01: no dynamic registration of watched files, code actions with commands. */
const helix = {
	clientInfo: { name: 'helix', version: '25.01' },
	capabilities: { workspace: { applyEdit: true }, textDocument: { codeAction: {} } },
};

let workspace: SeedWorkspace;
before(async () => {
	workspace = await startServerOnSeedsCopy(undefined, helix);
});
after(() => workspace?.dispose());

const text = readSample(samples.s000);
const uri = () => workspace.uriOf(samples.s000);

function rangeOf(passage: string, from = 0): Range {
	const start = text.indexOf(passage, from);
	assert.ok(start >= 0, passage);
	const position = (offset: number) => {
		const lines = text.slice(0, offset).split('\n');
		return { line: lines.length - 1, character: lines.at(-1)!.length };
	};
	return { start: position(start), end: position(start + passage.length) };
}

async function codeActions(range: Range, only?: string[]): Promise<CodeAction[]> {
	const actions = await workspace.server.connection.sendRequest<(CodeAction | Command)[] | null>('textDocument/codeAction', {
		textDocument: { uri: uri() }, range, context: { diagnostics: [], ...(only ? { only } : {}) },
	});
	return (actions ?? []).filter((action): action is CodeAction => 'kind' in action && action.kind === 'source.seed.tag');
}

/** Runs the action's command exactly as the server returned it, as Helix and Neovim do. */
function run(action: CodeAction): Promise<unknown> {
	assert.ok(action.command, `${action.title} has a command`);
	const { command, arguments: args } = action.command;
	return workspace.server.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
}

function sidecar(): { tag: string; text: string; id: string }[] {
	return parseYaml(readFileSync(path.join(workspace.folder, samples.s000.replace(/\.txt$/, '.tags.yaml')), 'utf8')).annotations;
}

test('the tagging kind is declared, so clients that filter by kind (Zed) ask for it', async () => {
	const provider = workspace.server.initializeResult.capabilities.codeActionProvider;
	assert.ok(typeof provider === 'object' && provider.codeActionKinds?.includes('source.seed.tag'));
	const textDocument = { uri: uri(), languageId: 'seed', version: 1, text };
	await workspace.server.connection.sendNotification('textDocument/didOpen', { textDocument });
	await workspace.server.waitForDiagnostics(uri());
});

test('a selection offers one action per codebook tag (at most ten); running one writes the sidecar', async () => {
	const actions = await codeActions(rangeOf('Le Yucheng'));
	assert.equal(actions.length, 10);
	assert.deepEqual(actions.slice(0, 3).map((action) => action.title),
		['Tag as actor/state', 'Tag as actor/official', 'Tag as actor/organization']);
	assert.ok(actions.every((action) => action.edit === undefined && action.command?.command === 'seed.tag'));
	await run(actions[1]);
	assert.deepEqual(sidecar().map(({ tag, text }) => [tag, text]), [['actor/official', 'Le Yucheng']]);
});

test('the last tag used comes first, then the most used tags', async () => {
	// frame/economy twice, then claim/quote once: claim/quote is the last, frame/economy the most used.
	const byTitle = async (range: Range, title: string) => {
		const actions = await codeActions(range);
		const action = actions.find((candidate) => candidate.title === title || candidate.title === `${title} (last used)`);
		assert.ok(action, title);
		await run(action);
	};
	await byTitle(rangeOf('very successful'), 'Tag as frame/economy');
	await byTitle(rangeOf('Vladimir Putin'), 'Tag as frame/economy');
	await byTitle(rangeOf('BEIJING'), 'Tag as claim/quote');
	const titles = (await codeActions(rangeOf('Xinhua'))).map((action) => action.title);
	assert.deepEqual(titles.slice(0, 4),
		['Tag as claim/quote (last used)', 'Tag as frame/economy', 'Tag as actor/official', 'Tag as actor/state']);
	assert.equal(titles.length, 11);
	assert.equal(new Set(titles.map((title) => title.replace(' (last used)', ''))).size, 11);
});

test('inside a tagged passage: "Remove tag", which removes it from the sidecar', async () => {
	const cursor = rangeOf('Yucheng').start;
	const actions = await codeActions({ start: cursor, end: cursor });
	assert.deepEqual(actions.map((action) => action.title), ['Remove tag actor/official from "Le Yucheng"']);
	await run(actions[0]);
	assert.deepEqual(sidecar().filter(({ text }) => text === 'Le Yucheng'), []);
	assert.equal(sidecar().length, 3);
});

test('no tagging actions for an empty selection outside tags, a blank one, or a request for quick fixes only', async () => {
	const cursor = rangeOf('Le Yucheng').start;
	assert.deepEqual(await codeActions({ start: cursor, end: cursor }), []);
	assert.deepEqual(await codeActions({ start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }), []);
	assert.deepEqual(await codeActions(rangeOf('Le Yucheng'), ['quickfix']), []);
	assert.equal((await codeActions(rangeOf('Le Yucheng'), ['source'])).length, 11);
});
