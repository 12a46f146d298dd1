/**
 * Test-only commands (`seed.debug.*`, not in the command palette) through which the in-editor tests
 * see what the UI drew and stand in for the person at the tag picker. They only read state, except
 * `answerNextTagPick` and `answerNextQuestion`, which answer one pick or question.
 */
import * as vscode from 'vscode';
import type { AnnotationDecorations } from './decorations';
import type { Prompts } from './prompts';
import type { AnnotationStatusBar } from './statusBar';
import type { TagPicker } from './tagPicker';
import type { TagsTreeDataProvider, TagsTreeNode } from './tagsTreeView';

export const TestCommand = {
	/** → `{ tag, color, ranges: {start:{line,character}, end:{line,character}}[] }[]` drawn in the active editor. */
	decorations: 'seed.debug.decorations',
	/** `(tag)`: the next tag pick answers `tag` without showing the quick pick. */
	answerNextTagPick: 'seed.debug.answerNextTagPick',
	/** `(text)`: types into the tag quick pick on screen; → false when none is shown. */
	typeInTagPicker: 'seed.debug.typeInTagPicker',
	/** → the tag quick pick on screen (`{ value, items, activeTag }`), or undefined. */
	tagPicker: 'seed.debug.tagPicker',
	/** → the status bar text for the active seed, or undefined when hidden. */
	annotationStatus: 'seed.debug.annotationStatus',
	/**
	 * → the Tags view's tree: `{ tag, description, label, seeds: { uri, description, label, passages: string[],
	 * others: string[], passageLabels: string[] }[] }[]` (`label`: what a screen reader says for the row; `others`:
	 * the other coders' passages as `coder: text`, shown after one's own while "Show All Coders" is on).
	 */
	tagsTree: 'seed.debug.tagsTree',
	/** `(choice | null)`: the next question (a confirmation, an Undo offer) answers `choice` (null: dismissed). */
	answerNextQuestion: 'seed.debug.answerNextQuestion',
	/** → every question asked so far: `{ message, choices, modal }[]`. */
	questions: 'seed.debug.questions',
} as const;

export function registerTestHooks(
	decorations: AnnotationDecorations, picker: TagPicker, statusBar: AnnotationStatusBar, tagsTree: TagsTreeDataProvider, prompts: Prompts,
): vscode.Disposable {
	return vscode.Disposable.from(
		vscode.commands.registerCommand(TestCommand.decorations, () => {
			const editor = vscode.window.activeTextEditor;
			return editor
				? decorations.drawnIn(editor).map(({ tag, color, ranges }) => ({ tag, color, ranges: ranges.map(plainRange) }))
				: [];
		}),
		vscode.commands.registerCommand(TestCommand.answerNextTagPick, (tag: unknown) => {
			if (typeof tag !== 'string') throw new Error(`${TestCommand.answerNextTagPick} takes a tag name`);
			picker.answerNextWith(tag);
		}),
		vscode.commands.registerCommand(TestCommand.tagPicker, () => picker.state),
		vscode.commands.registerCommand(
			TestCommand.typeInTagPicker,
			(text: unknown) => typeof text === 'string' && picker.typeForTest(text),
		),
		vscode.commands.registerCommand(TestCommand.annotationStatus, () => statusBar.shownText),
		vscode.commands.registerCommand(TestCommand.tagsTree, () => describeTree(tagsTree)),
		vscode.commands.registerCommand(TestCommand.answerNextQuestion, (choice: unknown) =>
			prompts.answerNext(typeof choice === 'string' ? choice : undefined),
		),
		vscode.commands.registerCommand(TestCommand.questions, () => prompts.asked.map(question => ({ ...question }))),
	);
}

/** The tree as the view shows it, read through the same provider calls the view makes. */
async function describeTree(tagsTree: TagsTreeDataProvider) {
	tagsTree.refresh(true);
	const describe = async (node: TagsTreeNode) => (await tagsTree.getTreeItem(node)).description;
	const label = async (node: TagsTreeNode) => (await tagsTree.getTreeItem(node)).accessibilityInformation?.label;
	return Promise.all((await tagsTree.getChildren()).map(async (tagNode) => ({
		tag: tagNode.kind === 'tag' ? tagNode.tag : undefined,
		description: await describe(tagNode),
		label: await label(tagNode),
		seeds: await Promise.all((await tagsTree.getChildren(tagNode)).map(async (seedNode) => {
			const passages = await tagsTree.getChildren(seedNode);
			return {
				uri: seedNode.kind === 'seed' ? seedNode.uri.toString() : undefined,
				description: await describe(seedNode),
				label: await label(seedNode),
				passages: passages.flatMap((passage) => (passage.kind === 'passage' ? [passage.annotation.text] : [])),
				others: passages.flatMap((node) => (node.kind === 'otherPassage' ? [`${node.passage.coder}: ${node.passage.text}`] : [])),
				passageLabels: await Promise.all(passages.map(label)),
			};
		})),
	})));
}

/** Plain data, so the answer means the same whichever way the command result travels. */
function plainRange(range: vscode.Range) {
	return {
		start: { line: range.start.line, character: range.start.character },
		end: { line: range.end.line, character: range.end.character },
	};
}
