/**
 * A codebook of 30,000 tags edited through the real server over stdio (issue 14 §4), as a person
 * waits: the first `seed.addCodebookTag` and the first `seed.renameTag` after the server started and
 * indexed the workspace and read ahead for the overview (the codebook commands not used before), then
 * the codebook commands the views send.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startBenchServer } from './benchServer';
import { repoRoot } from './inputs';
import { largeCodebook } from './largeInputs';
import { median } from './measure';

export interface CodebookProtocolTiming {
	readonly codebookBytes: number;
	readonly firstAddMs: number;
	readonly firstRenameMs: number;
	/** The median of the adds after the first. */
	readonly laterAddMs: number;
	/** `seed.codebook`: every tag, for the tag picker, the highlights and the tags view. */
	readonly codebookListMs: number;
	readonly codebookListBytes: number;
	/** `seed.codebook` with the version of the last list, nothing changed since (the tag picker opened again): median of 5. */
	readonly codebookUnchangedMs: number;
	readonly codebookUnchangedBytes: number;
	/** `seed.editCodebook` adding a child code (the codebook view), through the codebook index. */
	readonly addChildMs: number;
	/** `seed.editCodebook` describing, recolouring and deleting a tag (the codebook view), through the codebook index. */
	readonly describeMs: number;
	readonly recolorMs: number;
	readonly deleteMs: number;
	/** `seed.editCodebook` merging a group of 600 tags into another (every sidecar read, the codebook written). */
	readonly mergeMs: number;
}

type Command = (name: string, args?: object) => Promise<[number, unknown]>;

/**
 * The first add and the first rename each in a server of its own (the first command of either kind
 * reads the codebook), then the other commands in the first one.
 */
export async function benchCodebookProtocol(count = 30_000): Promise<CodebookProtocolTiming> {
	const codebook = largeCodebook(count);
	const renaming = await withServerAtRest(codebook, command => command('seed.renameTag', { from: 'group7', to: 'renamed' }));
	return withServerAtRest(codebook, async command => {
		const [firstAddMs] = await command('seed.addCodebookTag', { tag: 'group3/first-new-tag' });
		const laterAdds: number[] = [];
		for (let index = 0; index < 5; index++) {
			laterAdds.push((await command('seed.addCodebookTag', { tag: `group${index}/later-${index}` }))[0]);
		}
		const lists: number[] = [];
		let list: unknown;
		for (let index = 0; index < 5; index++) {
			const [listMs, answer] = await command('seed.codebook');
			lists.push(listMs);
			list = answer;
		}
		const knownVersion = (list as { version?: string }).version;
		const unchanged: number[] = [];
		let unchangedAnswer: unknown;
		for (let index = 0; index < 5; index++) {
			const [unchangedMs, answer] = await command('seed.codebook', { knownVersion });
			unchanged.push(unchangedMs);
			unchangedAnswer = answer;
		}
		const addChild = { action: 'addChild', tag: 'group9', child: 'child', description: 'A child.' };
		const [addChildMs] = await command('seed.editCodebook', addChild);
		const [describeMs] = await command('seed.editCodebook', { action: 'describe', tag: 'group9/tag-9', description: 'Described.' });
		const [recolorMs] = await command('seed.editCodebook', { action: 'recolor', tag: 'group9/tag-59', color: '#abcdef' });
		const [deleteMs] = await command('seed.editCodebook', { action: 'delete', tag: 'group9/tag-109' });
		const [mergeMs] = await command('seed.editCodebook', { action: 'merge', tag: 'group7', into: 'group8' });
		return {
			codebookBytes: Buffer.byteLength(codebook),
			firstAddMs,
			firstRenameMs: renaming[0],
			laterAddMs: median(laterAdds),
			codebookListMs: median(lists),
			codebookListBytes: Buffer.byteLength(JSON.stringify(list)),
			codebookUnchangedMs: median(unchanged),
			codebookUnchangedBytes: Buffer.byteLength(JSON.stringify(unchangedAnswer)),
			addChildMs,
			describeMs,
			recolorMs,
			deleteMs,
			mergeMs,
		};
	});
}

/** A server started on a copy of the samples with `codebook`, once it has indexed and read ahead. */
async function withServerAtRest<T>(codebook: string, run: (command: Command) => Promise<T>): Promise<T> {
	const folder = path.join(mkdtempSync(path.join(tmpdir(), 'seed-bench-codebook-')), 'seeds');
	cpSync(path.join(repoRoot, 'seeds'), folder, { recursive: true });
	writeFileSync(path.join(folder, 'codebook.yaml'), codebook);
	const server = await startBenchServer(folder);
	const command: Command = async (name, args) => {
		const started = performance.now();
		const result = await server.connection.sendRequest('workspace/executeCommand', { command: name, arguments: args ? [args] : [] });
		return [performance.now() - started, result];
	};
	try {
		await server.workspaceIndexed;
		// After indexing, the server reads ahead what the overview shows and a large codebook: wait until
		// it is done and answers at once three times in a row, so that the figures are those of a server at
		// rest, not of a queue.
		const started = Date.now();
		for (let quick = 0; quick < 3 && Date.now() - started < 60_000;) {
			await new Promise(resolve => setTimeout(resolve, 50));
			const asked = performance.now();
			const info = (await server.settled()) as { overviewReadAhead?: boolean };
			quick = info.overviewReadAhead && performance.now() - asked < 15 ? quick + 1 : 0;
		}
		return await run(command);
	} finally {
		await server.stop();
		rmSync(path.dirname(folder), { recursive: true, force: true });
	}
}
