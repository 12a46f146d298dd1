import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { DocumentHighlight, Hover, Location, SemanticTokens, SymbolInformation } from 'vscode-languageserver-types';
import { useSeedWorkspace } from './support/lspClient';
import { readSample, samples } from './support/samples';

const workspace = useSeedWorkspace();

async function open(name: string): Promise<{ uri: string; text: string }> {
	const uri = workspace.uriOf(name);
	const text = readSample(name);
	await workspace.server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'seed', version: 1, text },
	});
	await workspace.server.waitForDiagnostics(uri);
	return { uri, text };
}

function positionOf(text: string, needle: string, from = 0) {
	const offset = text.indexOf(needle, from);
	const lines = text.slice(0, offset).split('\n');
	return { line: lines.length - 1, character: lines.at(-1)!.length };
}

/** Polls a request until the background index has answered it. */
async function eventually<T>(request: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
	const deadline = Date.now() + 30_000; // background indexing on a loaded machine
	let value = await request();
	while (!done(value) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 50));
		value = await request();
	}
	return value;
}

test('hover on a name shows the registry entry, titles seen and the corpus count', async () => {
	const { uri, text } = await open(samples.s000);
	const hover = await eventually(
		() =>
			workspace.server.connection.sendRequest<Hover | null>('textDocument/hover', {
				textDocument: { uri },
				position: positionOf(text, 'Le Yucheng'),
			}),
		h => h !== null && /Seeds in the workspace that mention it: 2/.test(JSON.stringify(h)),
	);
	const markdown = (hover!.contents as { value: string }).value;
	assert.match(markdown, /Le Yucheng/);
	assert.match(markdown, /person/);
	assert.match(markdown, /Vice Minister of Foreign Affairs from 2018 to 2022/);
	assert.match(markdown, /Chinese Vice Foreign Minister/);
	assert.match(markdown, /Seeds in the workspace that mention it: 2/, '000 and 001 name him');
	assert.match(markdown, /\(command:vscode\.open\?/);
	assert.deepEqual(hover!.range, {
		start: positionOf(text, 'Le Yucheng'),
		end: { ...positionOf(text, 'Le Yucheng'), character: positionOf(text, 'Le Yucheng').character + 10 },
	});
	// Plain words get no hover.
	assert.equal(
		await workspace.server.connection.sendRequest('textDocument/hover', {
			textDocument: { uri },
			position: positionOf(text, 'successful'),
		}),
		null,
	);
});

test('document highlights and references: every mention, here and across the workspace', async () => {
	const { uri, text } = await open(samples.s000);
	const highlights = await workspace.server.connection.sendRequest<DocumentHighlight[]>('textDocument/documentHighlight', {
		textDocument: { uri },
		position: positionOf(text, 'Putin'),
	});
	const surfaces = highlights.map((h) => text.split('\n')[h.range.start.line].slice(h.range.start.character, h.range.end.character));
	assert.ok(surfaces.length >= 3, JSON.stringify(surfaces));
	assert.ok(surfaces.every((s) => /Putin/.test(s)), JSON.stringify(surfaces));
	const references = await eventually(
		() =>
			workspace.server.connection.sendRequest<Location[]>('textDocument/references', {
				textDocument: { uri },
				position: positionOf(text, 'Putin'),
				context: { includeDeclaration: true },
			}),
		// Every sample, not any five files (the registry is one): the background indexing may still be at work.
		locations => Object.values(samples).every(name => locations.some(l => path.basename(l.uri) === name)),
	);
	const files = new Set(references.map((l) => path.basename(l.uri)));
	for (const name of Object.values(samples)) assert.ok(files.has(name), `${name} mentions Putin`);
	assert.ok(files.has('entities.yaml'), 'the declaration is the registry entry');
	const definition = await workspace.server.connection.sendRequest<Location>('textDocument/definition', {
		textDocument: { uri },
		position: positionOf(text, 'Putin'),
	});
	const registryLines = readFileSync(path.join(workspace.folder, 'entities.yaml'), 'utf8').split('\n');
	assert.match(registryLines[definition.range.start.line], /name: Vladimir Putin/);
});

test('semantic tokens mark entity mentions with their kind', async () => {
	const { uri, text } = await open(samples.s004);
	const tokens = await workspace.server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', {
		textDocument: { uri },
	});
	assert.ok(tokens.data.length >= 5 * 5);
	// Decode: [deltaLine, deltaStart, length, type, modifiers] per token; legend person, place, organization, event.
	const lines = text.split('\n');
	const decoded: [string, number][] = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i < tokens.data.length; i += 5) {
		line += tokens.data[i];
		character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
		decoded.push([lines[line].slice(character, character + tokens.data[i + 2]), tokens.data[i + 3]]);
	}
	assert.ok(decoded.some(([surface, type]) => surface === 'Xi Jinping' && type === 0), JSON.stringify(decoded.slice(0, 8)));
	assert.ok(decoded.some(([surface, type]) => surface === 'Beijing' && type === 1));
	assert.ok(decoded.some(([surface, type]) => surface === 'Xinhua' && type === 2));
});

test('workspace symbols include entities', async () => {
	const symbols = await eventually(
		() => workspace.server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Yucheng' }),
		(found) => found.length > 0,
	);
	assert.ok(symbols.some((s) => s.name === 'Le Yucheng' && s.containerName === 'person'));
});

test('a malformed registry gets a diagnostic at the YAML error; other features keep working; '
	+ 'fixing it applies without restart', async () => {
	const registry = path.join(workspace.folder, 'entities.yaml');
	const good = readFileSync(registry, 'utf8');
	writeFileSync(registry, 'entities:\n  - name: Broken\n    kind: [person\n');
	const registryUri = `file://${registry}`;
	await workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: registryUri, type: 2 }] });
	const problems = await workspace.server.waitForDiagnostics(registryUri, (ds) => ds.length > 0);
	assert.ok(problems[0].range.start.line >= 2, 'at the broken flow sequence or where the parser gave up');
	assert.equal(problems[0].severity, 1);
	const { uri } = await open(samples.s003);
	const symbols = await workspace.server.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
	assert.equal(symbols.length, 1);
	writeFileSync(registry, good);
	await workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: registryUri, type: 2 }] });
	assert.deepEqual(await workspace.server.waitForDiagnostics(registryUri, (ds) => ds.length === 0), []);
});

test('"Add to registry" on a detected name writes a well-formed entry, and the registry then describes it', async () => {
	const name = 'okafor.txt';
	const text = ' date 2024-03-01 Minister visits Lagos\n\nLAGOS, March 1 (Reuters) -- Foreign Minister Amina Okafor '
		+ 'told reporters in Lagos on Friday that talks would resume. Okafor said the talks were useful.\n';
	writeFileSync(path.join(workspace.folder, name), text);
	const uri = workspace.uriOf(name);
	await workspace.server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'seed', version: 1, text },
	});
	await workspace.server.waitForDiagnostics(uri);
	const position = positionOf(text, 'Amina Okafor');
	const before = await workspace.server.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position });
	const markdown = (before.contents as { value: string }).value;
	assert.match(markdown, /not in the registry/);
	const link = /\[Add to registry\]\(command:seed\.addToRegistry\?([^)]+)\)/.exec(markdown);
	assert.ok(link, markdown);
	const args = JSON.parse(decodeURIComponent(link[1]));
	assert.deepEqual(args, [{ name: 'Amina Okafor', kind: 'person' }]);
	const registry = path.join(workspace.folder, 'entities.yaml');
	const applied = await workspace.server.connection.sendRequest('workspace/executeCommand', {
		command: 'seed.addToRegistry',
		arguments: args,
	});
	assert.equal(applied, true);
	const written = readFileSync(registry, 'utf8');
	assert.match(written, /- name: Amina Okafor\n\s+kind: person\n/);
	assert.ok(written.startsWith('# Seed Annotator entity registry'), 'the comments at the top are kept');
	await workspace.server.connection.sendNotification('workspace/didChangeWatchedFiles', {
		changes: [{ uri: `file://${registry}`, type: 2 }],
	});
	const after = await eventually(
		() => workspace.server.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position }),
		(hover) => !/not in the registry/.test((hover.contents as { value: string }).value),
	);
	assert.doesNotMatch((after.contents as { value: string }).value, /Add to registry/);
	// A second request for the same name is refused rather than writing a duplicate.
	await assert.rejects(
		workspace.server.connection.sendRequest('workspace/executeCommand', { command: 'seed.addToRegistry', arguments: args }),
		/already lists it/,
	);
});
