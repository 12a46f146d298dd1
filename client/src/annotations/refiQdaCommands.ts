/**
 * REFI-QDA exchange in the editor: *Export as REFI-QDA Project…* (.qdpx), *Export Codebook as
 * REFI-QDA (.qdc)…*, and *Import REFI-QDA Project…*. The server makes and reads the files
 * (`seed.exportProject`, `seed.importProject`); this side chooses files and folders and says what
 * happened. Exports are made from the saved files, so unsaved seeds are offered for saving first.
 * Like VS Code's own commands, each takes its files as optional arguments instead of asking
 * (`{ target }` for the exports, `{ file, folder, overwrite? }` for the import): scripts and the
 * in-editor tests use that.
 */
import * as vscode from 'vscode';
import type { AnnotationClient } from './annotationClient';
import { savedOrAccepted } from './exportCommand';
import type { Prompts } from './prompts';

export interface ExportProjectCommandArgs {
	readonly target?: vscode.Uri;
}

export interface ImportProjectCommandArgs {
	readonly file?: vscode.Uri;
	readonly folder?: vscode.Uri;
	readonly overwrite?: boolean;
}

export async function exportProject(
	client: AnnotationClient,
	prompts: Prompts,
	format: 'qdpx' | 'qdc',
	args?: ExportProjectCommandArgs,
): Promise<vscode.Uri | undefined> {
	if (!(await savedOrAccepted(prompts))) return undefined;
	const folder = vscode.workspace.workspaceFolders?.[0];
	const label = format === 'qdpx' ? 'REFI-QDA Project' : 'REFI-QDA Codebook';
	const target =
		args?.target ??
		(await vscode.window.showSaveDialog({
			title: format === 'qdpx' ? 'Export as REFI-QDA Project' : 'Export Codebook as REFI-QDA',
			defaultUri: folder && vscode.Uri.joinPath(folder.uri, `${folder.name}${format === 'qdc' ? '-codebook' : ''}.${format}`),
			filters: { [label]: [format] },
			saveLabel: 'Export',
		}));
	if (!target) return undefined;
	// A file on the server's machine the server writes itself, so that a large project never travels as
	// one base64 answer; another scheme, or an untrusted workspace (where the server writes nothing), gets
	// the content and this side writes it.
	const serverWrites = target.scheme === 'file' && vscode.workspace.isTrusted;
	const result = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: `Exporting the ${label}…`, cancellable: true },
		(_progress, token) => client.exportProject(format, serverWrites ? target : undefined, token),
	);
	if (!result) return undefined;
	if (result.content !== undefined) {
		const bytes = result.encoding === 'base64' ? Buffer.from(result.content, 'base64') : new TextEncoder().encode(result.content);
		try {
			await vscode.workspace.fs.writeFile(target, bytes);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			void vscode.window.showErrorMessage(`Could not write ${target.fsPath}: ${reason}`);
			return undefined;
		}
	}
	const what = format === 'qdpx' ? `${result.sources} seeds and ${result.codings} codings` : 'the codebook';
	const problems = result.problems.length > 0 ? ` Left out: ${result.problems.join('; ')}` : '';
	void (result.problems.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage)(
		`Exported ${what} to ${vscode.workspace.asRelativePath(target)}.${problems}`,
	);
	return target;
}

export async function importProject(client: AnnotationClient, args?: ImportProjectCommandArgs): Promise<string[] | undefined> {
	const [file] = args?.file ? [args.file] : await vscode.window.showOpenDialog({
		title: 'Import REFI-QDA Project', canSelectMany: false, filters: { 'REFI-QDA Project': ['qdpx'] }, openLabel: 'Import',
	}) ?? [];
	if (!file) return undefined;
	const [folder] = args?.folder ? [args.folder] : await vscode.window.showOpenDialog({
		title: 'Import into which folder? (seeds, sidecars and codebook are written there)', canSelectFiles: false, canSelectFolders: true,
		canSelectMany: false, defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri, openLabel: 'Import Here',
	}) ?? [];
	if (!folder) return undefined;
	let result = await client.importProject(file, folder, args?.overwrite === true);
	if (!result && !args?.file) {
		const answer = await vscode.window.showWarningMessage(
			'Import again and replace the seeds and sidecars that differ (and the codebook entries the project describes differently)?',
			{ modal: true }, 'Replace',
		);
		if (answer !== 'Replace') return undefined;
		result = await client.importProject(file, folder, true);
		if (!result) return undefined;
	}
	if (!result) return undefined;
	const [headline, ...details] = result.summary.split('\n');
	void vscode.window.showInformationMessage(headline, ...(details.length > 0 ? ['Show Report'] : [])).then(async (answer) => {
		if (answer === 'Show Report') {
			await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: result!.summary,
				language: 'plaintext' }));
		}
	});
	return [...result.written];
}
