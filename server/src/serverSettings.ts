/**
 * What the client told the server at start-up: workspace folders, settings and trust. VS Code's
 * client restarts the server when these settings change, so they are read once.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { InitializeParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
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
	/** False in an untrusted workspace: then nothing is written. */
	readonly trusted?: boolean;
}

/** Commands that write files, refused in an untrusted workspace. */
export const writingCommands: ReadonlySet<string> = new Set([
	ServerCommand.tag, ServerCommand.tagMentions, ServerCommand.untag, ServerCommand.setNote, ServerCommand.renameTag,
	ServerCommand.reanchor, ServerCommand.addCodebookTag, ServerCommand.addToRegistry, ServerCommand.editCodebook,
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
		this.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
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
