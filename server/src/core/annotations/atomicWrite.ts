/**
 * Writes a file so that a crash leaves either the old content or the new one, never half of each:
 * the content goes to a temporary file in the same folder (same file system, so the rename is
 * atomic), which then replaces the target.
 */
import { URI, Utils } from 'vscode-uri';
import type { AnnotationFileSystem } from './fileSystem';
import { assertInsideWorkspace } from './workspaceGuard';

export async function writeFileAtomically(
	fileSystem: AnnotationFileSystem,
	target: URI,
	content: Uint8Array,
	workspaceFolders: readonly URI[],
	random: () => number = Math.random,
): Promise<void> {
	assertInsideWorkspace(target, workspaceFolders);
	const temporary = Utils.joinPath(Utils.dirname(target), `.${Utils.basename(target)}.${random().toString(36).slice(2, 10)}.tmp`);
	assertInsideWorkspace(temporary, workspaceFolders);
	try {
		await fileSystem.writeFile(temporary, content);
		await fileSystem.rename(temporary, target);
	} catch (error) {
		// Best effort: a leftover temporary file is harmless, the target is untouched either way.
		await fileSystem.unlink(temporary).catch(() => undefined);
		throw error;
	}
}
