/**
 * Words around a name that say it names an organisation: `shares of X`, `a spokesperson for X`,
 * `X's chief executive`, `X, the state oil company`, `according to X`, `X said in a statement`,
 * `X, which …`, `X reported …`. Read on the raw paragraph text, only for names the head words
 * left unclassified, so the cost is a few short sticky matches per such name.
 */
import { derivedOnce, type Lexicon } from './lexicon/lexicon';

/** `strong`: the name is an organisation; `weak`: it is one unless the document knows it as a person. */
export type OrganizationCue = 'strong' | 'weak';

/** How far back the cues before a name are looked for. */
const LOOKBEHIND = 48;

/** The alternatives of a cue list of patterns as one group: `(?:company|firm|…)`. */
function alternatives(patterns: ReadonlySet<string>): string {
	return `(?:${[...patterns].join('|')})`;
}

/** People who work at an organisation: `analysts at Barclays`. */
const STAFF_AT = String.raw`(?:(?:general\s+|managing\s+)?partners?|analysts?|economists?|strategists?|researchers?|engineers?|executives?|`
	+ String.raw`traders?|employees|lawyers?|scientists?|staff|bankers?|managers?)\s+at`;
/** `the watchdog, KEPKA,`: a lower-case noun only; `the Economy Ministry, Lena Mertens,` names a person. */
const APPOSITIVE_BEFORE = /\b(?:secretariat|ministry|regulator|watchdog|agency|authority|broadcaster|newspaper|daily|department|commission|lender|insurer|utility|carmaker|retailer),\s+$/;

/**
 * The patterns built from the lexicon's lists of nouns (`core-cues.txt`, the sections ending in `-patterns`), once per
 * lexicon: a descriptive noun before a name (`logistics firm Odra`), an organisation's noun after it (`X, the state oil
 * company`), and the nouns shared with people (`pollster Median`).
 */
const cuePatterns = derivedOnce(({ cues }) => {
	const organizationNouns = alternatives(cues.organizationNounPatterns);
	const descriptorNouns = alternatives(cues.descriptorNounPatterns);
	const pluralDescriptors = alternatives(cues.pluralDescriptorPatterns);
	const partnerPlurals = alternatives(cues.partnerPluralPatterns);
	/** `, a team leader`, `, a union official`, `, a party member`: an organisation's noun that describes a person. */
	const personAfterNoun = String.raw`[\s-]+${alternatives(cues.personAfterNounPatterns)}s?\b`;
	return {
		strongBefore: new RegExp(String.raw`(?:\bshares\s+(?:of|in)|\b${organizationNouns}\s+(?:called|named)|\b${STAFF_AT}|`
			+ String.raw`\b${partnerPlurals}\s+(?:such\s+as|including|like)|\bspokes(?:person|man|woman)\s+for|`
			+ String.raw`\b${descriptorNouns}(?:\s+the)?|`
			+ String.raw`\b${pluralDescriptors}(?:\s+(?:such\s+as|including|like))?)\s+$`, 'i'),
		descriptorNoun: new RegExp(String.raw`^(?:${descriptorNouns}|${pluralDescriptors}|${partnerPlurals}|pollster|trader|provider|`
			+ String.raw`telco|bookmaker)$`, 'i'),
		weakBefore: new RegExp(String.raw`\b(?:according\s+to|(?:run|owned|operated|managed|controlled|supplied|acquired|sponsored|`
			+ String.raw`released|published|distributed|organi[sz]ed|funded|financed|insured|audited)\s+by|(?:win|victory|defeat|draw|loss|`
			+ String.raw`triumph)\s+(?:over|against|to|with|by)|${alternatives(cues.sharedDescriptorPatterns)})\s+$`, 'i'),
		strongAfter: new RegExp(String.raw`(?:['’]s?\s+(?:chief\s+executive|chief\s+financial\s+officer|chairman|chairwoman|ceo|board|`
			+ String.raw`shares|shareholders|headquarters|subsidiary|stock|general\s+manager|managing\s+director|`
			+ String.raw`chief\s+operating\s+officer|`
			+ String.raw`share\s+price|workforce|employees|revenue|net\s+profit|parent\s+company|founder|co-?founder)\b|`
			+ String.raw`,\s+(?:the|a|an)\s+(?:(?!(?:at|of|for|with|in|from|to|on|and)\s)[\p{L}-]+\s+){0,3}`
			+ String.raw`${organizationNouns}\b(?!['’]|${personAfterNoun}))`, 'iuy'),
	};
});

/** `Insurer`, `carmaker`, `Retailers`: a noun that describes the organisations named right after it. */
export function isDescriptorNoun(lexicon: Lexicon, word: string): boolean {
	return cuePatterns(lexicon).descriptorNoun.test(word);
}
/** `Aluminij still have to play`, `Almere City were relegated`: a team or a firm takes a plural verb; a person does not. */
const PLURAL_VERB_AFTER = /\s+(?:still\s+|now\s+|also\s+|already\s+)?(?:are|were|have)\b/y;
/** `Kranjc and Novak were`: the plural verb belongs to the pair. */
const COORDINATED_BEFORE = /(?:\band|&|,)\s+$/;
/** `on the Nasdaq`, `in the Lok Sabha`: a name after `the` is rarely a person's; after a place preposition it may be a place. */
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|The)\s+$/u;
/** `the Orion capsule`, `the COVID pandemic`: a capitalised word before a noun is a modifier, not a name. */
const NOUN_AFTER = /\s+(?!(?:said|says|has|had|is|was|were|are|will|would|could|and|or|in|on|at|to|for|of|which|that|who|also|did|does)\b)\p{Ll}/uy;
const PLACE_BEFORE_THE = /\b(?:in|near|outside|across|throughout|inside|around|at|to|from|into|via|over|through)\s+the\s+$/i;

/** `SkyMerah shareholders will own`, `Norrvik shares rose`: only companies have these. */
const SHARES_AFTER =
	/\s+(?:shareholders|bondholders|shares\s+(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|surged|tumbled|plunged|slid|rallied|were|have|had|closed|ended|traded))\b/y;
const WEAK_AFTER = /(?:\s+said\s+in\s+a\s+statement\b|,\s+which\b|\s+(?:reported|fined|sued|acquired|owns|bought|employs|shipped)\b)/y;
/** A football score right after a name: `beating Fenerbahce 1-0`. Tennis set scores (6-4) belong to players. */
const SCORE = String.raw`(?:[0-5]-[0-5]|[4-9]\d-[4-9]\d|1\d\d-1?\d\d)\b`;
const SCORE_AFTER = new RegExp(String.raw`\s+${SCORE}`, 'y');
const SCORE_BEFORE = /\b[0-5]-[0-5]\s+(?:with|against|to|over|at)\s+$/;
/**
 * `Pinar Karsiyaka stunned Fenerbahce 81-77`, `… beat Somerset by an innings`: the winner of a match with a team's score or a
 * cricket margin is a team too.
 */
const RESULT_AFTER = new RegExp(String.raw`\s+(?:beat|stunned|defeated|edged|thrashed|routed|upset|downed|crushed|overcame|outplayed|held|`
	+ String.raw`drew\s+with|lost\s+to|fell\s+to|edged\s+past|eased\s+past|swept\s+past|`
	+ String.raw`were\s+beaten\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}`
	+ String.raw`(?:${SCORE}|by\s+(?:an\s+innings|\w+\s+(?:runs|wickets)))`, 'uy');

/** What the text around `text.slice(start, end)` says about it being an organisation. */
export function organizationCue(lexicon: Lexicon, text: string, start: number, end: number): OrganizationCue | undefined {
	const patterns = cuePatterns(lexicon);
	// Every cue before the name ends in white space, every cue after it starts with white space, `,` or an
	// apostrophe: one character each side rules most patterns out before they are run.
	const spaceBefore = start > 0 && WHITE_SPACE.test(text[start - 1]);
	const before = spaceBefore ? text.slice(Math.max(0, start - LOOKBEHIND), start) : '';
	// The word cues before a name (`shares of`, `the`…) end in an ASCII letter before the white space.
	let last = before.length - 1;
	while (last >= 0 && WHITE_SPACE.test(before[last])) last--;
	const letter = before.charCodeAt(last) | 32;
	const wordBefore = letter >= 0x61 && letter <= 0x7a;
	const next = text.charCodeAt(end);
	const spaceAfter = end < text.length && WHITE_SPACE.test(text[end]);
	const commaAfter = next === 0x2c;
	if (
		(wordBefore && patterns.strongBefore.test(before)) ||
		(spaceBefore && APPOSITIVE_BEFORE.test(before)) ||
		((commaAfter || next === 0x27 || next === 0x2019) && strongAfter(patterns.strongAfter, text, end)) ||
		(spaceAfter && (matchesAt(SHARES_AFTER, text, end) || matchesAt(RESULT_AFTER, text, end)))
	)
		return 'strong';
	if ((wordBefore && patterns.weakBefore.test(before)) || ((spaceAfter || commaAfter) && matchesAt(WEAK_AFTER, text, end))) return 'weak';
	if (!spaceAfter && !spaceBefore) return undefined;
	if (matchesAt(PLURAL_VERB_AFTER, text, end) && !COORDINATED_BEFORE.test(before) && !/s$/.test(text.slice(start, end))) return 'weak';
	if (matchesAt(SCORE_AFTER, text, end) || (wordBefore && SCORE_BEFORE.test(before))) return 'weak';
	if (wordBefore && THE_BEFORE.test(before) && !PLACE_BEFORE_THE.test(before) && !matchesAt(NOUN_AFTER, text, end)) return 'weak';
	return undefined;
}

const WHITE_SPACE = /\s/;

/** Whether `the` stands right before `start`. */
export function followsThe(text: string, start: number): boolean {
	return THE_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** `X's chief executive`, `X, the state oil company`; not `X, the Moroccan Agency for …`, another name. */
function strongAfter(pattern: RegExp, text: string, at: number): boolean {
	pattern.lastIndex = at;
	const match = pattern.exec(text);
	if (!match) return false;
	const noun = /\S+$/.exec(match[0])?.[0] ?? '';
	return !match[0].startsWith(',') || noun.charAt(0) === noun.charAt(0).toLowerCase();
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
	pattern.lastIndex = at;
	return pattern.test(text);
}

/** `ANC-led`, `US-backed`: the name before such a suffix, or nothing. */
const LED_SUFFIX = /^(.+?)[-‐‑](?:led|backed|owned|run|controlled|funded|sponsored|allied|linked|affiliated)$/;

export function nameBeforeLedSuffix(word: string): string | undefined {
	return LED_SUFFIX.exec(word)?.[1];
}

/** `Maumee-based`, `Lagos-born`, `Paris-listed`: the name before such a suffix is a place. */
const BASED_SUFFIX = /^(.+?)[-‐‑](?:based|born|headquartered|registered|listed)$/;

export function placeBeforeBasedSuffix(word: string): string | undefined {
	return BASED_SUFFIX.exec(word)?.[1];
}

/** `Médecins Sans Frontières (MSF)`: whether `acronym` spells the initials of `name`'s capitalised words. */
export function spellsInitials(acronym: string, name: string): boolean {
	const letters = acronym.replace(/[^\p{Lu}]/gu, '');
	if (letters.length < 2) return false;
	let initials = '';
	for (const word of name.split(/[\s‐‑-]+/)) {
		const first = word.charAt(0);
		if (first !== first.toLowerCase()) initials += first;
	}
	return initials.toUpperCase() === letters.toUpperCase();
}
