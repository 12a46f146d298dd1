/**
 * Nothing is written outside a workspace folder: every path the annotation code writes to goes
 * through `assertInsideWorkspace` first.
 */
import { URI, Utils } from 'vscode-uri';

export class OutsideWorkspaceError extends Error {
	constructor(readonly uri: URI) {
		super(`Refusing to write ${uri.fsPath}: it is outside the workspace folders.`);
		this.name = 'OutsideWorkspaceError';
	}
}

/** True when `uri` is strictly inside `folder` (same scheme and authority, path below it once `..` is resolved). */
export function isInsideFolder(uri: URI, folder: URI): boolean {
	if (uri.scheme !== folder.scheme || uri.authority.toLowerCase() !== folder.authority.toLowerCase()) {
		return false;
	}
	const path = normalizedPath(uri);
	const folderPath = normalizedPath(folder).replace(/\/+$/, '');
	return path.startsWith(folderPath + '/') && path.length > folderPath.length + 1;
}

export function assertInsideWorkspace(uri: URI, workspaceFolders: readonly URI[]): void {
	if (!workspaceFolders.some(folder => isInsideFolder(uri, folder))) {
		throw new OutsideWorkspaceError(uri);
	}
}

function normalizedPath(uri: URI): string {
	// joinPath resolves `.` and `..` segments; drive letters compare case-insensitively on Windows.
	const path = Utils.joinPath(uri.with({ path: '/' }), uri.path).path;
	return /^\/[a-zA-Z]:/.test(path) ? path[0] + path[1].toLowerCase() + path.slice(2) : path;
}
