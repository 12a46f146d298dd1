/**
 * Semantic tokens for entity mentions, one token type per kind.
 *
 * The legend uses four custom token types, `person`, `place`, `organization` and `event`; the
 * extension declares them (`contributes.semanticTokenTypes`) with standard super types so every
 * theme colours them: person → `variable`, place → `enumMember`, organization → `class`,
 * event → `event`. Editors without custom types can use `STANDARD_ENTITY_TOKEN_LEGEND`.
 */
import type { SemanticTokensLegend } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import { ENTITY_KINDS, type EntityKind } from './types';

export const ENTITY_TOKEN_LEGEND: SemanticTokensLegend = { tokenTypes: [...ENTITY_KINDS], tokenModifiers: ['registered'] };

export const STANDARD_TOKEN_TYPE: Readonly<Record<EntityKind, string>> = {
	person: 'variable',
	place: 'enumMember',
	organization: 'class',
	event: 'event',
};

export const STANDARD_ENTITY_TOKEN_LEGEND: SemanticTokensLegend = {
	tokenTypes: ENTITY_KINDS.map(kind => STANDARD_TOKEN_TYPE[kind]),
	tokenModifiers: ['registered'],
};

export interface TokenMention {
	readonly range: {
		readonly start: { readonly line: number; readonly character: number };
		readonly end: { readonly line: number; readonly character: number };
	};
	readonly entity: { readonly id: string; readonly kind: EntityKind };
}

/**
 * LSP semantic token data (relative encoding) for mentions sorted by position. A mention that
 * spans lines (never produced by the detector) is cut at its first line's end.
 * `isRegistered` marks registry entities with the `registered` modifier.
 */
export function encodeEntityTokens(
	mentions: readonly TokenMention[], isRegistered: (id: string) => boolean = () => false, token?: CancellationToken,
): number[] {
	const data: number[] = [];
	let previousLine = 0;
	let previousCharacter = 0;
	let previousEnd = -1;
	for (const [index, mention] of mentions.entries()) {
		// A cancelled request's answer is dropped: stop, and answer nothing rather than a partial list.
		if (index % 1000 === 0 && token?.isCancellationRequested) return [];
		const { start, end } = mention.range;
		const length = end.line === start.line ? end.character - start.character : 0;
		if (length <= 0) continue;
		const deltaLine = start.line - previousLine;
		const deltaCharacter = deltaLine === 0 ? start.character - previousCharacter : start.character;
		if (deltaLine < 0 || deltaLine === 0 && (deltaCharacter < 0 || start.character < previousEnd)) continue;
		data.push(deltaLine, deltaCharacter, length, ENTITY_KINDS.indexOf(mention.entity.kind), isRegistered(mention.entity.id) ? 1 : 0);
		previousLine = start.line;
		previousCharacter = start.character;
		previousEnd = end.character;
	}
	return data;
}
