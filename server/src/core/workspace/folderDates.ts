/** The header dates of the other seeds in a seed's folder, from the workspace index (evidence for a missing year). */
import type { WorkspaceIndex } from './workspaceIndex';

export function otherDatesInFolder(index: WorkspaceIndex, uri: string): string[] {
	const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
	const dates: string[] = [];
	for (const summary of index.all()) {
		if (summary.uri === uri || !summary.date || !summary.uri.startsWith(folder) || summary.uri.indexOf('/', folder.length) >= 0)
			continue;
		dates.push(summary.date);
	}
	return dates;
}
