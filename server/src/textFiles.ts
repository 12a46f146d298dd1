import type { URI } from 'vscode-uri';
import type { AnnotationFileSystem } from './core/annotations/fileSystem';

/** A file's text as an editor would hold it (UTF-8, byte-order mark dropped); undefined when missing. */
export async function readTextFile(fileSystem: AnnotationFileSystem, uri: URI): Promise<string | undefined> {
	try {
		return new TextDecoder().decode(await fileSystem.readFile(uri));
	} catch (error) {
		if ((error as { code?: string }).code === 'ENOENT') {
			return undefined;
		}
		throw error;
	}
}
