/**
 * Export Annotations…: choose a format, then a file; the server writes the content, this saves it.
 * CSV, JSON Lines and W3C cover every annotated seed; brat standoff is one `.ann` per text, so it
 * exports one seed (the active one, or one chosen), named after it and saved beside it by default.
 */
import * as vscode from 'vscode';
import type { Prompts } from './prompts';
import type { ExportFormat } from '../../../server/src/protocol/commands';
import type { AnnotationClient } from './annotationClient';

interface FormatItem extends vscode.QuickPickItem {
	readonly format: ExportFormat;
	readonly extension: string;
	readonly filterName: string;
}

const formats: readonly FormatItem[] = [
	{
		format: 'csv',
		extension: 'csv',
		filterName: 'CSV',
		label: 'CSV',
		detail: 'One row per passage: seed, tag, text, start, end, note. Opens in a spreadsheet.',
	},
	{
		format: 'jsonl',
		extension: 'jsonl',
		filterName: 'JSON Lines',
		label: 'JSON Lines',
		detail: 'One JSON object per passage, for scripts and data frames.',
	},
	{
		format: 'w3c',
		extension: 'jsonld',
		filterName: 'JSON-LD',
		label: 'W3C Web Annotation',
		detail: 'JSON-LD with TextQuoteSelector and TextPositionSelector, for annotation tools.',
	},
	{
		format: 'brat',
		extension: 'ann',
		filterName: 'brat standoff',
		label: 'brat standoff (.ann)',
		detail: 'T lines with code-point offsets and AnnotatorNotes, for one seed.',
	},
];

export async function exportAnnotations(client: AnnotationClient, prompts: Prompts): Promise<vscode.Uri | undefined> {
	const chosen = await vscode.window.showQuickPick(formats, { title: 'Export Annotations', placeHolder: 'In which format?' });
	if (!chosen) return undefined;
	if (!await savedOrAccepted(prompts)) return undefined;
	const seed = chosen.format === 'brat' ? await seedToExport(client) : undefined;
	if (chosen.format === 'brat' && !seed) return undefined;
	const target = await vscode.window.showSaveDialog({
		title: `Export Annotations as ${chosen.label}`,
		defaultUri: defaultTarget(chosen.extension, seed),
		filters: { [chosen.filterName]: [chosen.extension] },
		saveLabel: 'Export',
	});
	if (!target) return undefined;
	const exported = await client.exportAnnotations(chosen.format, seed && [seed], chosen.format === 'brat');
	if (exported === undefined) return undefined;
	// brat: the .ann, and annotation.conf beside it so that the folder opens in brat as it is.
	const files = chosen.format === 'brat' ? Object.entries(JSON.parse(exported) as Record<string, string>) : [];
	const content = chosen.format === 'brat' ? files.find(([name]) => name.endsWith('.ann'))?.[1] ?? '' : exported;
	let note = '';
	try {
		await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
		const conf = files.find(([name]) => name === 'annotation.conf')?.[1];
		if (conf !== undefined) note = await writeBratConf(vscode.Uri.joinPath(target, '..', 'annotation.conf'), conf);
	} catch (error) {
		void vscode.window.showErrorMessage(`Could not write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
		return undefined;
	}
	const message = `Exported the annotations to ${vscode.workspace.asRelativePath(target)}.${note}`;
	void vscode.window.showInformationMessage(message, 'Open').then((answer) => {
		if (answer === 'Open') void vscode.window.showTextDocument(target);
	});
	return target;
}

/**
 * Exports read the seeds as saved on disk. With unsaved seeds open, offers to save them first or to
 * export the saved versions; false when the person cancels.
 */
export async function savedOrAccepted(prompts: Prompts): Promise<boolean> {
	const dirty = vscode.workspace.textDocuments.filter((document) => document.isDirty && document.languageId === 'seed');
	if (dirty.length === 0) return true;
	const names = dirty.map((document) => vscode.workspace.asRelativePath(document.uri)).slice(0, 3).join(', ');
	// Through the prompts, so that the in-editor tests can answer it.
	const answer = await prompts.confirm(
		`${names}${dirty.length > 3 ? ` and ${dirty.length - 3} more` : ''} ${dirty.length === 1 ? 'has' : 'have'} unsaved changes.`,
		'The export is made from the saved files.',
		'Save and Export', 'Export Saved Versions',
	);
	if (answer === 'Save and Export') {
		return (await Promise.all(dirty.map((document) => document.save()))).every(Boolean);
	}
	return answer === 'Export Saved Versions';
}

/** Writes brat's annotation.conf unless one with other content is there (someone's own); says what happened. */
async function writeBratConf(uri: vscode.Uri, conf: string): Promise<string> {
	const existing = await vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
	if (existing !== undefined && existing !== conf) {
		return ` ${vscode.workspace.asRelativePath(uri)} was left as it is (it differs from the codebook's types).`;
	}
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(conf));
	return ' annotation.conf beside it declares the types.';
}

/** The active seed, or one picked among the annotated seeds. */
async function seedToExport(client: AnnotationClient): Promise<vscode.Uri | undefined> {
	const editor = vscode.window.activeTextEditor;
	if (editor?.document.languageId === 'seed') return editor.document.uri;
	const seeds = (await client.workspaceAnnotations('show'))?.filter((seed) => seed.annotations.length > 0);
	if (!seeds) return undefined;
	if (seeds.length === 0) {
		void vscode.window.showInformationMessage('No seed has annotations to export yet.');
		return undefined;
	}
	const picked = await vscode.window.showQuickPick(seeds.map((seed) => ({
		label: vscode.workspace.asRelativePath(seed.uri),
		description: `${seed.annotations.length} ${seed.annotations.length === 1 ? 'passage' : 'passages'}`,
		uri: seed.uri,
	})), { title: 'Export Annotations as brat standoff', placeHolder: 'brat keeps one file per text: which seed?' });
	return picked?.uri;
}

/** `name.ann` beside the seed for brat; `<folder>-annotations.<ext>` in the workspace folder otherwise. */
function defaultTarget(extension: string, seed: vscode.Uri | undefined): vscode.Uri | undefined {
	if (seed) {
		const base = seed.path.slice(seed.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
		return vscode.Uri.joinPath(seed, '..', `${base}.${extension}`);
	}
	const folder = vscode.workspace.workspaceFolders?.[0];
	return folder && vscode.Uri.joinPath(folder.uri, `${folder.name}-annotations.${extension}`);
}
