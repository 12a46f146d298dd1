/** `seed outline FILE [--format json|text]`: the DocumentSymbol[] the server returns, or a tree. */
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { computeDocumentSymbols } from '../core/languageFeatures/documentSymbols';
import { parseSeed } from '../core/parser';
import type { CommandOutput } from './commandOutput';
import { readSeedInputs } from './seedInput';

export async function outlineCommand(file: string | undefined, format: 'text' | 'json', output: CommandOutput): Promise<number> {
	if (!file) {
		output.error('seed outline: name one seed file');
		return 2;
	}
	let failed = false;
	const [input] = await readSeedInputs([file], (problem) => {
		output.error(`${problem.file}: ${problem.message}`);
		failed = true;
	});
	if (!input || failed && !input) return 2;
	const symbols = computeDocumentSymbols(parseSeed(input.text));
	if (format === 'json') output.write(JSON.stringify(symbols, null, 2));
	else printTree(symbols, '', output);
	return 0;
}

function printTree(symbols: readonly DocumentSymbol[], indent: string, output: CommandOutput): void {
	for (const symbol of symbols) {
		const detail = symbol.detail ? `  (${symbol.detail})` : '';
		output.write(`${indent}${symbol.name}${detail}  [${symbol.range.start.line + 1}:${symbol.range.start.character + 1}]`);
		printTree(symbol.children ?? [], indent + '  ', output);
	}
}
