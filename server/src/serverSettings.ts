/**
 * What the client told the server at start-up: workspace folders, settings and trust. VS Code's
 * client restarts the server when these settings change, so they are read once.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { InitializeParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { coderNameProblem, coderSidecarUri } from './core/annotations/coderSidecar';
import { defaultSidecarUri } from './core/annotations/sidecarStore';
import { uriToPath } from './node/workspaceScanner';
import { ServerCommand } from './protocol/commands';

/** Settings the client sends as `initializationOptions`; other editors may send the same. */
export interface InitializationOptions {
	/** `seed.diagnostics.enable` */
	readonly diagnostics?: boolean;
	/** `seed.diagnostics.scope`: `workspace` (default) reports every indexed seed's problems, `openFiles` only open ones'. */
	readonly diagnosticsScope?: 'workspace' | 'openFiles';
	/** `seed.entities.registry`: a path, absolute or relative to the first workspace folder. */
	readonly registry?: string;
	/** `seed.annotations.codebook`: a path, absolute or relative to the first workspace folder. */
	readonly codebook?: string;
	/** `seed.entities.explain`: entity hovers name the rules that produced the mention. */
	readonly explainEntities?: boolean;
	/** False in an untrusted workspace: then nothing is written. */
	readonly trusted?: boolean;
	/** Whether hovers may carry `command:` links; by default only when `clientInfo` names VS Code or an editor built on it. */
	readonly commandLinks?: boolean;
	/** `seed.annotations.coder`: when set, this coder's tags go to `name.<coder>.tags.yaml`. */
	readonly coder?: string;
	/** "Show Disagreements" was on (then `coder-disagreement` diagnostics are published from the start). */
	readonly showDisagreements?: boolean;
}

/** Editors built on VS Code, by `clientInfo.name` (its `appName`): they follow `command:` links in hovers. */
const VS_CODE_CLIENTS = /visual studio code|vscode|vscodium|code - oss|code-server|cursor|windsurf/i;

/** Commands that write files, refused in an untrusted workspace. */
export const writingCommands: ReadonlySet<string> = new Set([
	ServerCommand.tag, ServerCommand.tagMentions, ServerCommand.untag, ServerCommand.setNote, ServerCommand.renameTag,
	ServerCommand.reanchor, ServerCommand.addCodebookTag, ServerCommand.addToRegistry, ServerCommand.restore, 'seed.adjudicate',
	ServerCommand.editCodebook,
]);

export class ServerSettings {
	folders: string[] = [];
	registryPath: string | undefined;
	codebookPath: string | undefined;
	diagnosticsEnabled = true;
	/** Diagnostics for every seed of the workspace, not only the open ones (`seed.diagnostics.scope`). */
	workspaceDiagnostics = true;
	trusted = true;
	canWatchFiles = false;
	/** The client takes LSP 3.18 snippet edits in code actions. */
	snippetEdits = false;
	/** VS Code follows `command:` links in hovers; other editors show them as dead links, so they get plain paths. */
	commandLinks = true;
	/** The coder whose sidecars are read and written; undefined in single-coder mode. */
	coder: string | undefined;
	/** Why the configured coder name was refused: then nothing is written, rather than into the wrong file. */
	coderProblem: string | undefined;
	showDisagreements = false;
	/** `seed.entities.explain` */
	explainEntities = false;

	initialize(params: InitializeParams): void {
		const folderUris = (params.workspaceFolders ?? []).map((folder) => folder.uri);
		if (folderUris.length === 0 && params.rootUri) folderUris.push(params.rootUri);
		this.folders = folderUris.map(uriToPath).filter((path): path is string => path !== undefined);
		const options = (params.initializationOptions ?? {}) as InitializationOptions;
		this.diagnosticsEnabled = options.diagnostics !== false;
		this.workspaceDiagnostics = options.diagnosticsScope !== 'openFiles';
		this.trusted = options.trusted !== false;
		this.registryPath = this.resolveInFolder(options.registry || 'seeds/entities.yaml');
		this.codebookPath = this.resolveInFolder(options.codebook || 'seeds/codebook.yaml');
		this.showDisagreements = options.showDisagreements === true;
		this.explainEntities = options.explainEntities === true;
		const coder = typeof options.coder === 'string' ? options.coder.trim() : '';
		this.coderProblem = coder ? coderNameProblem(coder) : undefined;
		this.coder = coder && !this.coderProblem ? coder : undefined;
		this.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		// LSP 3.18 snippet edits; the protocol types in use predate the field.
		this.snippetEdits =
			(params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
		this.commandLinks = options.commandLinks ?? VS_CODE_CLIENTS.test(params.clientInfo?.name ?? '');
	}

	/** A file as a path relative to the workspace folder that holds it (else absolute), for readers. */
	relativePath(uri: string): string {
		const file = uriToPath(uri);
		if (!file) return uri;
		const folder = this.folders.find((candidate) => {
			const relative = path.relative(candidate, file);
			return !relative.startsWith('..') && !path.isAbsolute(relative);
		});
		return folder ? path.relative(folder, file) : file;
	}

	/** `name.<coder>.tags.yaml` for the configured coder, else `name.tags.yaml`. */
	sidecarUriFor(seed: URI): URI {
		return this.coder ? coderSidecarUri(seed, this.coder) : defaultSidecarUri(seed);
	}

	/** The codebook: the setting, else `seeds/codebook.yaml` in the first workspace folder. */
	codebookUri(): URI | undefined {
		return this.codebookPath ? URI.file(this.codebookPath) : undefined;
	}

	/**
	 * A workspace file named by a setting, as an absolute path. The defaults name `seeds/…`; when
	 * the workspace folder is the `seeds` folder itself (as `npm start` opens it), the file is found
	 * at its top.
	 */
	private resolveInFolder(setting: string): string | undefined {
		if (path.isAbsolute(setting)) return setting;
		const folder = this.folders[0];
		if (!folder) return undefined;
		const direct = path.join(folder, setting);
		const parts = setting.split(/[\\/]+/);
		if (existsSync(direct) || parts[0] !== 'seeds') return direct;
		const inside = path.join(folder, ...parts.slice(1));
		return existsSync(inside) || path.basename(folder) === 'seeds' ? inside : direct;
	}
}
