/**
 * Reading seeds for the command line: expands folders into the seeds they hold and decodes files
 * the way an editor does (UTF-8, byte-order mark dropped), with a clear word about bad input.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileAccessError } from '../core/fileAccess';
import { readRegularFile } from '../node/regularFile';
import { findSeedFiles, readSeedFile, withoutByteOrderMark } from '../node/workspaceScanner';

export interface SeedInput {
	readonly file: string;
	readonly text: string;
}

export interface InputProblem {
	readonly file: string;
	readonly message: string;
	/** The path does not exist: a usage error (exit 2), where an unreadable or binary file is only skipped. */
	readonly missing?: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Files named on the command line are read as they are; folders contribute the seeds inside. */
export async function readSeedInputs(paths: readonly string[], onProblem: (problem: InputProblem) => void): Promise<SeedInput[]> {
	const inputs: SeedInput[] = [];
	for (const given of paths.length ? paths : ['.']) {
		const stat = await fs.stat(given).catch(() => undefined);
		if (!stat) {
			onProblem({ file: given, message: 'no such file or folder', missing: true });
		} else if (stat.isDirectory()) {
			for await (const file of findSeedFiles(given)) {
				if (await readSeedFile(file) === undefined) continue; // not a seed, binary or too large
				const input = await readInput(file, onProblem);
				if (input) inputs.push(input);
			}
		} else {
			const input = await readInput(given, onProblem);
			if (input) inputs.push(input);
		}
	}
	return inputs;
}

async function readInput(file: string, onProblem: (problem: InputProblem) => void): Promise<SeedInput | undefined> {
	const bytes = await readRegularFile(file).catch((error: unknown) => {
		onProblem({ file, message: `cannot read: ${fileAccessError(error, file, 'read').reason}` });
		return undefined;
	});
	if (!bytes) return undefined;
	if (bytes.subarray(0, 8192).includes(0)) {
		onProblem({ file, message: 'skipped: binary content (NUL bytes), not a text seed' });
		return undefined;
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		onProblem({ file, message: 'not valid UTF-8: invalid bytes were read as U+FFFD' });
		text = bytes.toString('utf8');
	}
	return { file: path.normalize(file), text: withoutByteOrderMark(text) };
}
