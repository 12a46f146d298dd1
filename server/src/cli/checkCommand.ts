/** `seed check [paths…] [--format text|json]`: diagnostics like a compiler; exit 1 on errors, 2 for a path that does not exist. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { computeDiagnostics } from '../core/languageFeatures/diagnostics';
import { parseSeed } from '../core/parser';
import type { CommandOutput } from './commandOutput';
import { readSeedInputs } from './seedInput';

const severityNames: Record<DiagnosticSeverity, string> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'info',
	[DiagnosticSeverity.Hint]: 'hint',
};

export async function checkCommand(paths: readonly string[], format: 'text' | 'json', output: CommandOutput): Promise<number> {
	let missing = false;
	const inputs = await readSeedInputs(paths, (problem) => {
		output.error(`${problem.file}: ${problem.message}`);
		missing ||= problem.missing === true;
	});
	const results = inputs.map((input) => ({ file: input.file, diagnostics: computeDiagnostics(parseSeed(input.text)) }));
	const all = results.flatMap((result) => result.diagnostics);
	const errors = count(all, DiagnosticSeverity.Error);
	if (format === 'json') {
		output.write(JSON.stringify(results, null, 2));
	} else {
		for (const { file, diagnostics } of results) {
			for (const d of diagnostics) {
				output.write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: `
					+ `${severityNames[d.severity ?? DiagnosticSeverity.Error]} ${d.code} ${d.message}`);
			}
		}
		output.write(`${plural(results.length, 'seed')} checked: ${plural(errors, 'error')}, `
			+ `${plural(count(all, DiagnosticSeverity.Warning), 'warning')}, `
			+ `${plural(count(all, DiagnosticSeverity.Information), 'note')}.`);
	}
	// A path that does not exist is a usage error: the others are still checked, then exit 2.
	return missing ? 2 : errors > 0 ? 1 : 0;
}

function count(diagnostics: readonly Diagnostic[], severity: DiagnosticSeverity): number {
	return diagnostics.filter((d) => d.severity === severity).length;
}

function plural(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
