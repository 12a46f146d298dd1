/**
 * `seed agreement [paths…] [--coders a,b] [--codes x,y] [--format text|json|csv] [--min-alpha X] [--per-code]`:
 * inter-coder agreement from the coders' sidecars (`name.<coder>.tags.yaml`) on disk. Exit status 1
 * when the overall uα (or, with --per-code, any code's) is below --min-alpha, so a research team
 * can keep reliability in its CI; 2 on a usage error.
 */
import * as path from 'node:path';
import { agreementResult, belowThreshold, type AgreementResult } from '../core/agreement/agreementResult';
import { agreementTable, tableToCsv, tableToText } from '../core/agreement/agreementTables';
import { formatMeasure } from '../core/agreement/measure';
import { coderNameProblem } from '../core/annotations/coderSidecar';
import { loadCoderSeeds, type CoderFileProblem } from '../node/coderSeedFiles';
import type { CommandOutput } from './commandOutput';
import { readSeedInputs } from './seedInput';

export const agreementUsage = `  agreement [paths…] [--coders a,b] [--codes x,y] [--format text|json|csv]
            [--min-alpha X] [--per-code]
                                        inter-coder agreement from name.<coder>.tags.yaml files:
                                        Krippendorff's unitizing alpha, Cohen's/Fleiss' kappa,
                                        span F1, per code; exit status 1 when uα < X`;

interface AgreementOptions {
	readonly paths: string[];
	readonly coders?: string[];
	readonly codes?: string[];
	readonly format: 'text' | 'json' | 'csv';
	readonly minAlpha?: number;
	readonly perCode: boolean;
}

function list(value: string): string[] {
	return value.split(',').map(item => item.trim()).filter(Boolean);
}

/** The options, or the reason they are refused. */
export function parseAgreementArgs(args: readonly string[]): AgreementOptions | string {
	const paths: string[] = [];
	let coders: string[] | undefined;
	let codes: string[] | undefined;
	let format: AgreementOptions['format'] = 'text';
	let minAlpha: number | undefined;
	let perCode = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const value = () => {
			const next = args[++i];
			if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
			return next;
		};
		try {
			if (arg === '--coders') coders = list(value());
			else if (arg === '--codes') codes = list(value());
			else if (arg === '--per-code') perCode = true;
			else if (arg === '--format') {
				const given = value();
				if (given !== 'text' && given !== 'json' && given !== 'csv') return `--format takes text, json or csv, not ${given}`;
				format = given;
			} else if (arg === '--min-alpha') {
				const given = value();
				minAlpha = Number(given);
				if (given.trim() === '' || !Number.isFinite(minAlpha) || minAlpha > 1)
					return `--min-alpha takes a number up to 1, not ${given}`;
			} else if (arg.startsWith('--')) return `unknown option ${arg}`;
			else paths.push(arg);
		} catch (error) {
			return (error as Error).message;
		}
	}
	const badCoder = coders?.map(coderNameProblem).find(Boolean);
	if (badCoder) return `--coders: ${badCoder}`;
	if (coders && coders.length === 0) return '--coders needs at least one name';
	return {
		paths, format, perCode, ...(coders ? { coders } : {}), ...(codes ? { codes } : {}), ...(minAlpha !== undefined ? { minAlpha } : {}),
	};
}

export async function agreementCommand(args: readonly string[], output: CommandOutput): Promise<number> {
	const options = parseAgreementArgs(args);
	if (typeof options === 'string') {
		output.error(`seed agreement: ${options}`);
		return 2;
	}
	const inputs = await readSeedInputs(options.paths, problem => output.error(`${problem.file}: ${problem.message}`));
	const loaded = await loadCoderSeeds(inputs.map(({ file, text }) => ({ file, seed: path.relative('.', file) || file, text })));
	for (const problem of loaded.problems) output.error(`${problem.file}: ${problem.message}`);
	const { coders, codes } = options;
	const result = agreementResult(loaded.files, { ...(coders ? { coders } : {}), ...(codes ? { codes } : {}) });
	const failing = options.minAlpha === undefined ? [] : belowThreshold(result, options.minAlpha, options.perCode);
	write(result, loaded.problems, options, output);
	if (failing.length > 0) {
		output.error(`seed agreement: Krippendorff's uα below ${options.minAlpha} (or n/a) for ${failing.join(', ')}`);
		return 1;
	}
	return 0;
}

function write(result: AgreementResult, problems: readonly CoderFileProblem[], options: AgreementOptions, output: CommandOutput): void {
	const table = agreementTable([result.overall, ...result.codes], result.coders);
	if (options.format === 'json') {
		output.write(JSON.stringify({ ...result, problems }, null, 2));
		return;
	}
	if (options.format === 'csv') {
		output.write(tableToCsv(table).trimEnd());
		return;
	}
	output.write(`Coders: ${result.coders.join(', ') || '(none found)'}. Seeds compared: ${result.seeds.length}` +
		`${result.excluded.length ? `, left out: ${result.excluded.length}` : ''}. Positions in code points (${result.length} in all).`);
	for (const excluded of result.excluded) output.write(`  left out ${excluded.seed}: ${excluded.reason}`);
	output.write('');
	output.write(tableToText(table).trimEnd());
	const reasons = [result.overall, ...result.codes].flatMap(entry => [entry.unitizingAlpha, entry.kappa]
		.filter(measure => measure.value === null)
		.map(measure => `  n/a for ${entry.code ?? '(all codes)'}: ${measure.reason}`));
	if (reasons.length) output.write(['', ...new Set(reasons)].join('\n'));
	if (options.perCode || result.perSeed.length > 1) {
		output.write('');
		const seedOf = (_: unknown, index: number) => result.perSeed[index].seed;
		const perSeed = agreementTable(result.perSeed.map(entry => entry.agreement), result.coders, 'seed', seedOf);
		output.write(tableToText(perSeed).trimEnd());
	}
	output.write('');
	output.write(`Overall uα ${formatMeasure(result.overall.unitizingAlpha)}: `
		+ 'Krippendorff: rely on data with α ≥ 0.800; 0.667 ≤ α < 0.800 for tentative conclusions only.');
}
