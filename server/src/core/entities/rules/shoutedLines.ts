/**
 * A line written all in capitals (`SOCCER - LYON HELD BY MARSEILLE.`, `RUSSIA WARNS NATO OVER EXERCISES.`):
 * capitals say nothing there, so every word would look like an abbreviation. Such a line names only what
 * the lexicons know (a place, an organisation, a given name and a surname); the other words name nothing,
 * rather than an organisation each. Decided before the span and word stages, which never see the line.
 */
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

/** `RIO` → `Rio`, `AL-AIN` → `Al-Ain`; `DE` inside a name → `de`: a word as the lexicons write it. */
function titledWord(context: RuleContext, word: string, inside: boolean): string {
	const lower = word.toLowerCase();
	if (inside && (context.cues.nameConnectors.has(lower) || lower === 'and')) return lower;
	const titled = word[0] + lower.slice(1);
	return /[-'’]/.test(word) ? titled.replace(/([-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : titled;
}

/**
 * The shouted line's mentions: the longest known names (`shouted-known-name`), a city's club where a result verb
 * or the sport's tag puts a team (`shouted-city-club`), a given name and a surname (`shouted-person`), a short
 * abbreviation as the word stage decides it, another word that is no ordinary word for the document to settle
 * (`shouted-unknown-word`: a surname the text names in full). Every word of the line is consumed.
 */
export function decideShoutedLine(c: RuleContext): void {
	const { tokens, lexicon } = c;
	const sport = SPORT_TAG.exec(c.text);
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (c.consumed[index] || !token.upper) continue;
		let kind: EntityKind | undefined;
		let end = index;
		let name = '';
		let country = false;
		for (let last = index; last < Math.min(tokens.length, index + MOST_WORDS); last++) {
			if (last > index && (!tokens[last].upper || !tokens[last].spaced)) break;
			const written = c.textOf(index, last);
			name += (last > index ? ' ' : '') + titledWord(c, tokens[last].text, last > index);
			if (isKnownOrganization(lexicon, written) || isKnownOrganization(lexicon, name)) [kind, end] = ['organization', last];
			else if (isPlaceName(lexicon, written) || isPlaceName(lexicon, name)) {
				[kind, end] = ['place', last];
				country = isCountryName(lexicon, name) || isCountryName(lexicon, written);
			}
		}
		if (kind === 'place' && !country &&
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
				!isPlaceName(lexicon, titledWord(c, surname.text, false)))
				c.push(index, last, 'person', 'given-name', 'shouted-person');
		} else if (token.text.length <= 3 && !isDictionaryWord(lexicon, token.text) && c.text.charCodeAt(token.end) !== 0x2e) {
			// `PSV`, `UN`: an abbreviation, as anywhere else; `GEN.`, `SEN.` shorten a word.
			c.classifyWord(index);
		} else if (/^\p{Lu}+$/u.test(token.text) && !isDictionaryWord(lexicon, token.text) && !isGivenName(lexicon, token.text)) {
			// `KOVAC UPSETS SECOND SEED`: a word that is no ordinary word may be the surname of a person the text names in full.
			c.pushUnsettled(index, 'shouted-unknown-word');
		}
	}
	c.consumed.fill(1);
}

function isResultVerb(c: RuleContext, index: number): boolean {
	const token = c.tokens[index];
	return token !== undefined && RESULT_VERB.test(token.text);
}
