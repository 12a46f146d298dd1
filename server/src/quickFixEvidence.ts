/**
 * What the quick fixes need beyond the text, gathered only when a diagnostic asks for it: for an
 * `invalid-date` header dated `YYYY-MM-DD`, the dates of the other seeds of its folder (from the
 * workspace index) and the year the file was last modified.
 */
import { stat } from 'node:fs/promises';
import type { Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { DiagnosticCode } from './core/diagnosticCodes';
import type { QuickFixOptions } from './core/languageFeatures/quickFixes';
import { otherDatesInFolder } from './core/workspace/folderDates';
import type { WorkspaceIndex } from './core/workspace/workspaceIndex';

export async function quickFixOptions(
	uri: string,
	diagnostics: readonly Diagnostic[],
	index: WorkspaceIndex,
	snippetEdits: boolean,
): Promise<QuickFixOptions> {
	if (!diagnostics.some(diagnostic => diagnostic.code === DiagnosticCode.invalidDate)) return { snippetEdits };
	return { snippetEdits, yearEvidence: { folderDates: otherDatesInFolder(index, uri), modifiedYear: await modifiedYear(uri) } };
}

async function modifiedYear(uri: string): Promise<number | undefined> {
	const parsed = URI.parse(uri);
	if (parsed.scheme !== 'file') return undefined;
	try {
		return (await stat(parsed.fsPath)).mtime.getFullYear();
	} catch {
		return undefined; // not saved yet, or gone
	}
}
