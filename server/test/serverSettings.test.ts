import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { InitializeParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { ServerSettings } from '../src/serverSettings';

const root = mkdtempSync(path.join(tmpdir(), 'seed-settings-'));
after(() => rmSync(root, { recursive: true, force: true }));

function settingsFor(folder: string, initializationOptions?: object): ServerSettings {
	const settings = new ServerSettings();
	settings.initialize({
		processId: null,
		rootUri: null,
		capabilities: {},
		workspaceFolders: [{ uri: `file://${folder}`, name: 'w' }],
		initializationOptions,
	} as InitializeParams);
	return settings;
}

test('registry and codebook default to seeds/… in the workspace folder', () => {
	const project = path.join(root, 'project');
	mkdirSync(path.join(project, 'seeds'), { recursive: true });
	writeFileSync(path.join(project, 'seeds', 'entities.yaml'), 'entities: []\n');
	const settings = settingsFor(project);
	assert.equal(settings.registryPath, path.join(project, 'seeds', 'entities.yaml'));
	assert.equal(settings.codebookUri()?.fsPath, path.join(project, 'seeds', 'codebook.yaml'));
	assert.equal(settings.trusted, true);
	assert.equal(settings.diagnosticsEnabled, true);
});

test('when the workspace folder is the seeds folder itself, the files are found at its top', () => {
	const seeds = path.join(root, 'other', 'seeds');
	mkdirSync(seeds, { recursive: true });
	const settings = settingsFor(seeds);
	assert.equal(settings.registryPath, path.join(seeds, 'entities.yaml'));
	assert.equal(settings.codebookUri()?.fsPath, path.join(seeds, 'codebook.yaml'));
});

test('explicit settings, relative or absolute, and trust come from the initialization options', () => {
	const project = path.join(root, 'explicit');
	mkdirSync(project, { recursive: true });
	const settings = settingsFor(project, {
		registry: 'data/people.yaml',
		codebook: '/srv/codebook.yaml',
		trusted: false,
		diagnostics: false,
	});
	assert.equal(settings.registryPath, path.join(project, 'data', 'people.yaml'));
	assert.equal(settings.codebookUri()?.fsPath, '/srv/codebook.yaml');
	assert.equal(settings.trusted, false);
	assert.equal(settings.diagnosticsEnabled, false);
});

test('seed.annotations.coder: a valid name picks name.<coder>.tags.yaml; an invalid one is refused, unset is single-coder', () => {
	const seed = URI.file(path.join(root, 'seeds', 'a.txt'));
	const alice = settingsFor(root, { coder: ' alice ' });
	assert.equal(alice.coder, 'alice');
	assert.equal(alice.sidecarUriFor(seed).fsPath, path.join(root, 'seeds', 'a.alice.tags.yaml'));
	const bad = settingsFor(root, { coder: '../eve' });
	assert.equal(bad.coder, undefined);
	assert.match(bad.coderProblem!, /"\.\.\/eve" is not a valid coder name/);
	const unset = settingsFor(root, { coder: '' });
	assert.equal(unset.coderProblem, undefined);
	assert.equal(unset.sidecarUriFor(seed).fsPath, path.join(root, 'seeds', 'a.tags.yaml'));
});
