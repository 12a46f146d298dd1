/**
 * US states after a town, as US news writes them: the postal code (`Austin, TX`) or the news agencies'
 * abbreviation (`Flint, Mich.`, `Albany, N.Y.`). Both the state and the town before it are places.
 */
import type { RuleContext } from './ruleContext';

/** Whether the word at `index` is a state's postal code, or its abbreviation with its period (`Mich.`, `N.Y.`). */
export function isStateAbbreviationAt(c: RuleContext, index: number): boolean {
	const token = c.tokens[index];
	if (c.cues.usStateCodes.has(token.text)) return true;
	return c.cues.usStateAbbreviations.has(token.text) && (token.text.endsWith('.') || c.text.charCodeAt(token.end) === 0x2e);
}

/** Whether the words ending at `last` are followed by `, ` and a state: `Flint, Mich.`, `Palo Alto, Calif.`. */
export function isTownBeforeState(c: RuleContext, last: number): boolean {
	const next = c.tokens[last + 1];
	// `said Petr Novotný, CT's head of sport`: a broadcaster, no state.
	return next !== undefined && next.gapBefore === ', ' && !c.tokens[last].possessive && !next.possessive
		&& isStateAbbreviationAt(c, last + 1);
}
