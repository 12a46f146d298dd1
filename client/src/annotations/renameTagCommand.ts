/** Rename Tag: a tag in use, renamed in every sidecar of the workspace by the server. */
import * as vscode from 'vscode';
import type { AnnotationClient } from './annotationClient';
import { colorFor, type Codebook } from './codebook';
import type { ColorSwatches } from './colorSwatches';
import { canWriteAnnotations } from './workspaceTrust';

/** The Tags view passes its tag items, which carry the tag's name. */
export interface RenameTagArgs {
	readonly tag?: string;
}

export async function renameTag(
	client: AnnotationClient,
	codebook: Codebook,
	swatches: ColorSwatches,
	argument?: RenameTagArgs,
): Promise<boolean> {
	if (!canWriteAnnotations()) return false;
	const from = typeof argument?.tag === 'string' ? argument.tag : await pickTagInUse(client, codebook, swatches);
	if (!from) return false;
	const to = (
		await vscode.window.showInputBox({
			title: `Rename Tag "${from}"`,
			prompt: 'The new name, in every sidecar of the workspace',
			value: from,
			validateInput: value => {
				const name = value.trim();
				if (!name) return 'Type the new name.';
				return name === from ? 'Type a name different from the current one.' : undefined;
			},
		})
	)?.trim();
	if (!to) return false;
	const result = await client.renameTag(from, to);
	if (!result) return false;
	codebook.invalidate();
	const inCodebook = result.codebook ? ', and in the codebook' : '';
	void vscode.window.showInformationMessage(
		`Renamed "${from}" to "${to}": ${result.renamed} ${result.renamed === 1 ? 'annotation' : 'annotations'} `
			+ `in ${result.files} ${result.files === 1 ? 'file' : 'files'}${inCodebook}.`,
	);
	return true;
}

async function pickTagInUse(client: AnnotationClient, codebook: Codebook, swatches: ColorSwatches): Promise<string | undefined> {
	const seeds = await client.workspaceAnnotations('show');
	if (!seeds) return undefined;
	const counts = new Map<string, { passages: number; seeds: Set<string> }>();
	for (const seed of seeds) {
		for (const annotation of seed.annotations) {
			const count = counts.get(annotation.tag) ?? { passages: 0, seeds: new Set<string>() };
			count.passages++;
			count.seeds.add(seed.uri.toString());
			counts.set(annotation.tag, count);
		}
	}
	if (counts.size === 0) {
		void vscode.window.showInformationMessage('No tag is in use yet.');
		return undefined;
	}
	const tags = await codebook.tags();
	const items = await Promise.all([...counts].sort(([a], [b]) => a.localeCompare(b)).map(async ([tag, count]) => ({
		label: tag,
		description: `${count.passages} ${count.passages === 1 ? 'passage' : 'passages'} `
			+ `in ${count.seeds.size} ${count.seeds.size === 1 ? 'seed' : 'seeds'}`,
		iconPath: await swatches.swatch(colorFor(tags, tag)),
	})));
	return (await vscode.window.showQuickPick(items, { title: 'Rename Tag', placeHolder: 'Which tag to rename?' }))?.label;
}
