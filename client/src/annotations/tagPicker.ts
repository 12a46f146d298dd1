/**
 * Choosing a tag: the last tag used first and preselected (so tagging again is Enter), then the
 * codebook's tags with their descriptions and colours, then tags in use that the codebook lacks.
 * Typing a name that is not there offers to add it to the codebook.
 */
import * as vscode from 'vscode';
import type { CodebookTag } from '../../../server/src/protocol/commands';
import { colorOf, type Codebook } from './codebook';
import type { ColorSwatches } from './colorSwatches';

export interface PickedTag {
	readonly name: string;
	/** Not in the codebook yet: the caller adds it before tagging. */
	readonly isNew: boolean;
	/** Chosen by a person in the picker (not a test's stubbed answer): a new tag's description may be asked for. */
	readonly chosenInPicker?: boolean;
}

/** What the picker shows, for the in-editor tests that drive the real quick pick. */
export interface TagPickerState {
	readonly value: string;
	readonly items: readonly string[];
	readonly activeTag?: string;
}

interface TagItem extends vscode.QuickPickItem {
	readonly tag?: string;
	readonly isNew?: boolean;
}

const lastTagKey = 'seed.lastTag';

export class TagPicker {
	private shown: vscode.QuickPick<TagItem> | undefined;
	private stubbedAnswer: string | undefined;

	constructor(
		private readonly codebook: Codebook,
		private readonly workspaceState: vscode.Memento,
		private readonly swatches: ColorSwatches,
	) {}

	get lastTag(): string | undefined {
		return this.workspaceState.get<string>(lastTagKey);
	}

	remember(tag: string): Thenable<void> {
		return this.workspaceState.update(lastTagKey, tag);
	}

	/**
	 * Test hook: the next `pick` answers `tag` without showing anything, as if it had been chosen
	 * (or typed and added, when the codebook lacks it).
	 */
	answerNextWith(tag: string): void {
		this.stubbedAnswer = tag;
	}

	/** Test hook: types `value` into the quick pick on screen, as a person would; false when none is shown. */
	typeForTest(value: string): boolean {
		if (!this.shown) return false;
		this.shown.value = value;
		return true;
	}

	/** The quick pick on screen, or undefined. */
	get state(): TagPickerState | undefined {
		const quickPick = this.shown;
		if (!quickPick) return undefined;
		return { value: quickPick.value, items: quickPick.items.map(item => item.label), activeTag: quickPick.activeItems[0]?.tag };
	}

	async pick(title: string): Promise<PickedTag | undefined> {
		const tags = (await this.codebook.fresh())?.tags ?? [];
		const stubbed = this.stubbedAnswer;
		if (stubbed !== undefined) {
			this.stubbedAnswer = undefined;
			const existing = sameTag(
				tags.map(tag => tag.name),
				stubbed,
			);
			return existing ? { name: existing, isNew: false } : { name: stubbed, isNew: true };
		}
		const known = await this.itemsFor(tags);
		return new Promise<PickedTag | undefined>(resolve => {
			const quickPick = vscode.window.createQuickPick<TagItem>();
			quickPick.title = title;
			quickPick.placeholder = 'Choose a tag, or type a new one';
			quickPick.matchOnDetail = true;
			quickPick.items = known;
			let answer: PickedTag | undefined;
			quickPick.onDidChangeValue(value => {
				const name = value.trim();
				// Last, so that Enter on a partly typed name picks the existing tag it matches. A name
				// that differs from a tag only in case is that tag: it is offered, not added again.
				const existing = sameTag(
					known.flatMap(item => (item.tag ? [item.tag] : [])),
					name,
				);
				quickPick.items = !name || existing ? known : [...known, addItem(name)];
				if (existing && existing !== name) {
					const item = known.find(candidate => candidate.tag === existing);
					if (item) quickPick.activeItems = [item];
				}
			});
			quickPick.onDidAccept(() => {
				const item = quickPick.activeItems[0];
				if (!item?.tag) return;
				answer = { name: item.tag, isNew: item.isNew === true, chosenInPicker: true };
				quickPick.hide();
			});
			quickPick.onDidHide(() => {
				if (this.shown === quickPick) this.shown = undefined;
				quickPick.dispose();
				resolve(answer);
			});
			this.shown = quickPick;
			quickPick.show();
		});
	}

	private async itemsFor(tags: readonly CodebookTag[]): Promise<TagItem[]> {
		const last = this.lastTag;
		const item = async (tag: CodebookTag | undefined, name: string, description?: string): Promise<TagItem> => ({
			label: name,
			tag: name,
			description,
			detail: tag?.description,
			// The tag's own colour: looking each one up in the list took 1.5 s for 30,000 tags.
			iconPath: await this.swatches.swatch(colorOf(tag)),
		});
		const items: TagItem[] = [];
		if (last) {
			const tag = tags.find(candidate => candidate.name === last);
			items.push(await item(tag, last, tag && !tag.unlisted ? 'last used' : 'last used, not in the codebook'));
		}
		const listed = tags.filter(tag => !tag.unlisted && tag.name !== last);
		const unlisted = tags.filter(tag => tag.unlisted && tag.name !== last);
		if (listed.length > 0) {
			items.push({ label: 'Codebook', kind: vscode.QuickPickItemKind.Separator });
			for (const tag of listed) items.push(await item(tag, tag.name));
		}
		if (unlisted.length > 0) {
			items.push({ label: 'In use, not in the codebook', kind: vscode.QuickPickItemKind.Separator });
			for (const tag of unlisted) items.push(await item(tag, tag.name));
		}
		return items;
	}
}

/** The tag among `names` that `name` names, ignoring case (`Frame/Cooperation` is `frame/cooperation`). */
export function sameTag(names: readonly string[], name: string): string | undefined {
	const wanted = name.trim().toLowerCase();
	return names.find((candidate) => candidate === name.trim()) ?? names.find((candidate) => candidate.toLowerCase() === wanted);
}

function addItem(name: string): TagItem {
	return {
		label: `$(add) Add "${name}" to the codebook`,
		detail: 'and tag with it',
		tag: name,
		isNew: true,
		alwaysShow: true,
	};
}
