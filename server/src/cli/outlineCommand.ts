/**
 * `seed outline PATH… [--format json|text]`: the DocumentSymbol[] the server returns, or a tree.
 * One file gives its DocumentSymbol[] as it always did; a folder or several paths give one entry
 * per seed, `[{file, symbols}]`, so that no file named is silently left out.
 */
import { promises as fs } from 'node:fs';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { computeDocumentSymbols } from '../core/languageFeatures/documentSymbols';
import { parseSeed } from '../core/parser';
import type { CommandOutput } from './commandOutput';
import { readSeedInputs } from './seedInput';

export interface FileOutline {
	readonly file: string;
	readonly symbols: readonly DocumentSymbol[];
}

export async function outlineCommand(paths: readonly string[], format: 'text' | 'json', output: CommandOutput): Promise<number> {
	if (paths.length === 0) {
		output.error('seed outline: name one or more seed files or folders');
		return 2;
	}
	let missing = false;
	const inputs = await readSeedInputs(paths, (problem) => {
		output.error(`${problem.file}: ${problem.message}`);
		missing ||= problem.missing === true;
	});
	const outlines: FileOutline[] = inputs.map((input) => ({ file: input.file, symbols: computeDocumentSymbols(parseSeed(input.text)) }));
	const singleFile = paths.length === 1 && await fs.stat(paths[0]).then((stat) => stat.isFile(), () => false);
	if (singleFile && inputs.length === 0) return 2; // binary or unreadable: said on stderr
	if (format === 'json') {
		output.write(JSON.stringify(singleFile ? outlines[0]?.symbols ?? [] : outlines, null, 2));
	} else {
		for (const { file, symbols } of outlines) {
			if (!singleFile) output.write(`${file}:`);
			printTree(symbols, singleFile ? '' : '  ', output);
		}
	}
	return missing ? 2 : 0;
}

function printTree(symbols: readonly DocumentSymbol[], indent: string, output: CommandOutput): void {
	for (const symbol of symbols) {
		const detail = symbol.detail ? `  (${symbol.detail})` : '';
		output.write(`${indent}${symbol.name}${detail}  [${symbol.range.start.line + 1}:${symbol.range.start.character + 1}]`);
		printTree(symbol.children ?? [], indent + '  ', output);
	}
}
