/**
 * `seed entities [paths…] [--format json|text]`: per file, each entity with its kind, canonical
 * name and mention ranges (LSP ranges). The registry is `entities.yaml` in the first folder named
 * (or in `seeds/` under it), else `seeds/entities.yaml` under the current folder, if there is one.
 */
import { fileAccessError } from '../core/fileAccess';
import { readRegularFile } from '../node/regularFile';
import type { Range } from 'vscode-languageserver-types';
import { EntityDetector } from '../core/entities/detector';
import type { Lexicon } from '../core/entities/lexicon/lexicon';
import { ENTITY_RULES } from '../core/entities/rules/catalogue';
import { parseRegistry, type RegistryEntry } from '../core/entities/registry';
import type { EntityKind } from '../core/entities/types';
import { parseSeed } from '../core/parser';
import type { CommandOutput } from './commandOutput';
import { readSeedInputs } from './seedInput';
import { findBesideSeeds } from './workspaceFiles';

export interface FileEntities {
	readonly file: string;
	readonly entities: readonly {
		readonly id: string;
		readonly name: string;
		readonly kind: EntityKind;
		readonly registered: boolean;
		readonly mentions: readonly {
			readonly range: Range;
			readonly surface: string;
			readonly title?: string;
			/** With `--explain`: the rules that produced the mention and its kind, the deciding one first. */
			readonly rules?: readonly string[];
		}[];
	}[];
}

export async function entitiesCommand(
	paths: readonly string[],
	format: 'text' | 'json',
	output: CommandOutput,
	cwd: string,
	lexicon: Lexicon,
	explain = false,
): Promise<number> {
	let problems = 0;
	let missing = false;
	const inputs = await readSeedInputs(paths, problem => {
		output.error(`${problem.file}: ${problem.message}`);
		problems++;
		missing ||= problem.missing === true;
	});
	const registryFile = await findBesideSeeds(paths, cwd, 'entities.yaml');
	let entries: readonly RegistryEntry[] = [];
	const registryText =
		registryFile &&
		(await readRegularFile(registryFile).then(
			bytes => bytes.toString('utf8'),
			(error: unknown) => {
				output.error(fileAccessError(error, registryFile, 'read').message);
				problems++;
				return undefined;
			},
		));
	if (registryFile && registryText !== undefined) {
		const registry = parseRegistry(registryText);
		for (const problem of registry.problems) {
			output.error(
				`${registryFile}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: `
					+ `${problem.severity}: ${problem.message}`,
			);
		}
		entries = registry.entries;
	}
	const registered = new Set(entries.map(entry => entry.id));
	const detector = new EntityDetector(entries, lexicon);
	const result: FileEntities[] = inputs.map(input => {
		const document = parseSeed(input.text);
		const byEntity = new Map<
			string,
			FileEntities['entities'][number] & { mentions: { range: Range; surface: string; title?: string; rules?: readonly string[] }[] }
		>();
		for (const mention of detector.analyse(document).mentions) {
			let entity = byEntity.get(mention.entity.id);
			if (!entity) {
				entity = { ...mention.entity, registered: registered.has(mention.entity.id), mentions: [] };
				byEntity.set(mention.entity.id, entity);
			}
			entity.mentions.push({
				range: document.rangeOf(mention),
				surface: mention.surface,
				...(mention.title ? { title: mention.title } : {}),
				...(explain ? { rules: mention.rules ?? [] } : {}),
			});
		}
		return { file: input.file, entities: [...byEntity.values()] };
	});
	if (format === 'json') output.write(JSON.stringify(result, null, 2));
	else {
		for (const file of result) {
			output.write(file.file);
			for (const entity of file.entities) {
				output.write(
					`  ${entity.kind.padEnd(12)} ${entity.name}  (${entity.mentions.length})`
						+ `${entity.registered ? '' : '  [not in the registry]'}`,
				);
				if (explain) for (const mention of entity.mentions) output.write(explainedMention(mention, entity.kind));
			}
		}
		if (explain) for (const line of ruleLegend(result)) output.write(line);
	}
	return missing || (problems > 0 && inputs.length === 0) ? 2 : 0;
}

/** `    5:183 Le Yucheng  person  by name-after-title`: where a mention is, and the rules that made it and its kind. */
function explainedMention(mention: FileEntities['entities'][number]['mentions'][number], kind: EntityKind): string {
	const { line, character } = mention.range.start;
	return `      ${line + 1}:${character + 1} ${mention.surface}  ${kind}  by ${(mention.rules ?? []).join(' → ')}`;
}

/** The rules the listing names, each with its stage and one-line description, in catalogue order. */
function ruleLegend(result: readonly FileEntities[]): string[] {
	const used = new Set(result.flatMap(file => file.entities.flatMap(entity => entity.mentions.flatMap(mention => mention.rules ?? []))));
	const lines = ENTITY_RULES.filter(rule => used.has(rule.id)).map(rule => `  ${rule.id} (${rule.stage}): ${rule.description}`);
	return lines.length > 0 ? ['', 'Rules:', ...lines] : [];
}
