/**
 * "Add to registry" as a code action (issue 15 §3.2): editors other than VS Code cannot follow the
 * hover's `command:` link, so on a name that is not in the registry they are offered the same
 * `seed.addToRegistry` command, its arguments filled in, among their code actions.
 */
import type { CodeAction, Position } from 'vscode-languageserver-types';
import type { EntityKind } from './core/entities/types';
import { ServerCommand, type AddToRegistryArgs } from './protocol/commands';

export const REGISTRY_CODE_ACTION_KIND = 'source.seed.registry';

export interface RegistryCodeActionSource {
	/** False in an untrusted workspace: the registry is not written then. */
	readonly canWrite: () => boolean;
	/** The detected entity mentioned at a position, when the registry does not list it. */
	readonly unregisteredEntityAt: (uri: string, position: Position) => { readonly name: string; readonly kind: EntityKind } | undefined;
}

export function registryCodeActions(
	source: RegistryCodeActionSource, uri: string, position: Position, only?: readonly string[],
): CodeAction[] {
	const wanted = !only || only.some((kind) => REGISTRY_CODE_ACTION_KIND === kind || REGISTRY_CODE_ACTION_KIND.startsWith(kind + '.'));
	if (!source.canWrite() || !wanted) return [];
	const entity = source.unregisteredEntityAt(uri, position);
	if (!entity) return [];
	return [{
		title: `Add ${entity.name} (${entity.kind}) to the registry`,
		kind: REGISTRY_CODE_ACTION_KIND,
		command: {
			title: 'Add to registry',
			command: ServerCommand.addToRegistry,
			arguments: [{ name: entity.name, kind: entity.kind } satisfies AddToRegistryArgs],
		},
	}];
}
