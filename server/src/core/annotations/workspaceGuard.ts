/**
 * Nothing is written outside a workspace folder: every path the annotation code writes to goes
 * through `assertInsideWorkspace` first, and through `resolveInsideWorkspace` (symbolic links
 * resolved) just before it is written.
 */
import { URI, Utils } from 'vscode-uri';
import type { AnnotationFileSystem } from './fileSystem';

export class OutsideWorkspaceError extends Error {
	constructor(readonly uri: URI, readonly resolved?: URI) {
		super(resolved && resolved.fsPath !== uri.fsPath
			? `Refusing to write ${uri.fsPath}: it resolves (through a symbolic link) to ${resolved.fsPath}, outside the workspace folders.`
			: `Refusing to write ${uri.fsPath}: it is outside the workspace folders.`);
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

/**
 * The path a write to `uri` really reaches, once symbolic links are resolved; refused when that
 * is outside every workspace folder (resolved the same way), e.g. a `seeds` link to a folder elsewhere.
 */
export async function resolveInsideWorkspace(fileSystem: AnnotationFileSystem, uri: URI, workspaceFolders: readonly URI[]): Promise<URI> {
	assertInsideWorkspace(uri, workspaceFolders);
	if (!fileSystem.realPath) {
		return uri;
	}
	const [real, ...realFolders] = await Promise.all([uri, ...workspaceFolders].map(path => fileSystem.realPath!(path)));
	if (!realFolders.some(folder => isInsideFolder(real, folder))) {
		throw new OutsideWorkspaceError(uri, real);
	}
	return real;
}

function normalizedPath(uri: URI): string {
	// joinPath resolves `.` and `..` segments; drive letters compare case-insensitively on Windows.
	const path = Utils.joinPath(uri.with({ path: '/' }), uri.path).path;
	return /^\/[a-zA-Z]:/.test(path) ? path[0] + path[1].toLowerCase() + path.slice(2) : path;
}
