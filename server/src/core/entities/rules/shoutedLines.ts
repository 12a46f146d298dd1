/**
 * A line written all in capitals (`SOCCER - LYON HELD BY MARSEILLE.`, `RUSSIA WARNS NATO OVER EXERCISES.`):
 * capitals say nothing there, so every word would look like an abbreviation. Such a line names only what
 * the lexicons know (a place, an organisation, a given name and a surname); the other words name nothing,
 * rather than an organisation each. Decided before the span and word stages, which never see the line.
 */
import { NAME_CONNECTORS } from '../lexicon/cues';
import { isCountryName, isDictionaryWord, isGivenName, isKnownOrganization, isPlaceName } from '../lexicon/lexicon';
import type { EntityKind } from '../types';
import { RESULT_VERB } from './matchContext';
import type { RuleContext } from './ruleContext';

/** `SOCCER - `, `ICE HOCKEY - `: a sports report's headline opens with its sport. */
const SPORT_TAG = /^[A-Z]+(?: [A-Z]+)? [-–—] /;
/** The most words a name in a shouted line is looked up with. */
const MOST_WORDS = 4;

/** Whether the paragraph is a shouted line: two words or more in capitals, no small letter anywhere. */
export function isShoutedLine(context: RuleContext): boolean {
	const tokens = context.tokens;
	return tokens.length > 1 && tokens[0].upper && tokens[1].upper && !/\p{Ll}/u.test(context.text);
}

/** `RIO DE JANEIRO` → `Rio de Janeiro`, `AL-AIN` → `Al-Ain`: the words as a name is written in the lexicons. */
function titled(words: readonly string[]): string {
	return words
		.map((word, index) => (index > 0 && (NAME_CONNECTORS.has(word.toLowerCase()) || word === 'AND') ? word.toLowerCase()
			: word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())))
		.join(' ');
}

/**
 * The shouted line's mentions: the longest known names (`shouted-known-name`), a city's club where a result verb
 * or the sport's tag puts a team (`shouted-city-club`), a given name and a surname (`shouted-person`), a short
 * abbreviation as the word stage decides it. Every word of the line is consumed.
 */
export function decideShoutedLine(c: RuleContext): void {
	const { tokens, lexicon } = c;
	const sport = SPORT_TAG.exec(c.text);
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (c.consumed[index] || !token.upper) continue;
		let kind: EntityKind | undefined;
		let end = index;
		for (let last = index; last < Math.min(tokens.length, index + MOST_WORDS); last++) {
			if (last > index && (!tokens[last].upper || !tokens[last].spaced)) break;
			const written = c.textOf(index, last);
			const name = titled(c.words(index, last));
			if (isKnownOrganization(lexicon, written) || isKnownOrganization(lexicon, name)) [kind, end] = ['organization', last];
			else if (isPlaceName(lexicon, written) || isPlaceName(lexicon, name)) [kind, end] = ['place', last];
		}
		if (kind === 'place' && !isCountryName(lexicon, titled(c.words(index, end))) &&
			((sport !== null && token.start === sport[0].length) || isResultVerb(c, end + 1) ||
				isResultVerb(c, index - 1) || (/^(?:BY|WITH)$/.test(tokens[index - 1]?.text ?? '') && isResultVerb(c, index - 2)))) {
			c.push(index, end, 'organization', 'context', 'shouted-city-club');
		} else if (kind !== undefined) {
			c.push(index, end, kind, 'lexicon', 'shouted-known-name');
		} else if (isGivenName(lexicon, token.text) && !isDictionaryWord(lexicon, token.text)) {
			// `TREVOR MALLORY`, `ELIZABETH B. PRELOGAR`: a given name, perhaps an initial, a word that is no ordinary word.
			let last = index + 1;
			if (tokens[last]?.text.length === 1 && /^\.\s+$/.test(tokens[last + 1]?.gapBefore ?? '')) last++;
			const surname = tokens[last];
			if (surname?.upper && (surname.spaced || last > index + 1) && !isDictionaryWord(lexicon, surname.text) &&
				!isPlaceName(lexicon, titled([surname.text])))
				c.push(index, last, 'person', 'given-name', 'shouted-person');
		} else if (token.text.length <= 3 && !isDictionaryWord(lexicon, token.text) && c.text.charCodeAt(token.end) !== 0x2e) {
			// `PSV`, `UN`: an abbreviation, as anywhere else; `GEN.`, `SEN.` shorten a word.
			c.classifyWord(index);
		}
	}
	c.consumed.fill(1);
}

function isResultVerb(c: RuleContext, index: number): boolean {
	const token = c.tokens[index];
	return token !== undefined && RESULT_VERB.test(token.text);
}
