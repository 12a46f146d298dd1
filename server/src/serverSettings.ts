/**
 * What the client told the server at start-up: workspace folders, settings and trust. VS Code's
 * client restarts the server when these settings change, so they are read once.
 */
import type { InitializeParams } from 'vscode-languageserver/node';
import { URI, Utils } from 'vscode-uri';
import { uriToPath } from './node/workspaceScanner';
import { ServerCommand } from './protocol/commands';

/** Settings the client sends as `initializationOptions`; other editors may send the same. */
export interface InitializationOptions {
	/** `seed.diagnostics.enable` */
	readonly diagnostics?: boolean;
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
	ServerCommand.reanchor, ServerCommand.addCodebookTag, ServerCommand.addToRegistry,
]);

export class ServerSettings {
	folders: string[] = [];
	firstFolderUri: string | undefined;
	registryPath: string | undefined;
	codebookPath: string | undefined;
	diagnosticsEnabled = true;
	trusted = true;
	canWatchFiles = false;

	initialize(params: InitializeParams): void {
		const folderUris = (params.workspaceFolders ?? []).map((folder) => folder.uri);
		if (folderUris.length === 0 && params.rootUri) folderUris.push(params.rootUri);
		this.folders = folderUris.map(uriToPath).filter((path): path is string => path !== undefined);
		this.firstFolderUri = this.folders[0] && URI.file(this.folders[0]).toString();
		const options = (params.initializationOptions ?? {}) as InitializationOptions;
		this.diagnosticsEnabled = options.diagnostics !== false;
		this.trusted = options.trusted !== false;
		this.registryPath = options.registry || undefined;
		this.codebookPath = options.codebook || undefined;
		this.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
	}

	/** The codebook: the setting, else `seeds/codebook.yaml` in the first workspace folder. */
	codebookUri(): URI | undefined {
		const setting = this.codebookPath;
		if (setting?.startsWith('/')) return URI.file(setting);
		if (!this.firstFolderUri) return undefined;
		return Utils.joinPath(URI.parse(this.firstFolderUri), ...(setting ? setting.split(/[\\/]+/) : ['seeds', 'codebook.yaml']));
	}
}
