/**
 * Words around a name that say it names an organisation: `shares of X`, `a spokesperson for X`,
 * `X's chief executive`, `X, the state oil company`, `according to X`, `X said in a statement`,
 * `X, which …`, `X reported …`. Read on the raw paragraph text, only for names the head words
 * left unclassified, so the cost is a few short sticky matches per such name.
 */

/** `strong`: the name is an organisation; `weak`: it is one unless the document knows it as a person. */
export type OrganizationCue = 'strong' | 'weak';

/** How far back the cues before a name are looked for. */
const LOOKBEHIND = 48;

const ORGANIZATION_NOUNS = String.raw`(?:company|firm|group|club|party|agency|alliance|(?:joint\s+)?venture|consortium|broadcaster|`
	+ String.raw`newspaper|daily|carmaker|automaker|chipmaker|bank|lender|insurer|airline|carrier|miner|retailer|giant|conglomerate|`
	+ String.raw`operator|maker|producer|charity|organi[sz]ation|union|regulator|team|side|network|start-?up|watchdog|publisher|`
	+ String.raw`manufacturer|supplier|utility|exchange|service|secretariat|department|ministry|authority|body|council|commission|`
	+ String.raw`association|institute|think[\s-]tank|cooperative|co-?op|brokerage|consultancy|exporter|importer|meatpacker|contractor|`
	+ String.raw`developer|distributor|chain|fund|foundation|trust|court|outlet|platform|shipper|shipyard|brewer|refiner|builder|`
	+ String.raw`homebuilder|shipbuilder|broker|wholesaler|processor|packer|trader|label|studio|band|orchestra|university|college|school|`
	+ String.raw`academy|nonprofit|non-profit|ngo)`;

/**
 * A descriptive noun right before a name: `logistics firm Odra`, `the Athens daily Kathimerini`,
 * `consumer group KEPKA`, `exporters such as Kostanay`. Nouns that also stand before people
 * (`rival`, `investor`, `farmer`, `filmmaker`) are left out.
 */
const DESCRIPTOR_NOUNS = String.raw`(?:broadcaster|newspaper|daily|weekly|tabloid|carmaker|automaker|chipmaker|drugmaker|steelmaker|`
	+ String.raw`planemaker|lender|insurer|airline|retailer|conglomerate|regulator|charity|watchdog|publisher|firm|company|group|brokerage|`
	+ String.raw`consultancy|exporter|importer|meatpacker|contractor|operator|distributor|wholesaler|supermarket|grocer|miner|maker|bank|`
	+ String.raw`utility|cooperative|co-?op|club|outlet|startup|start-up|manufacturer|supplier|producer|shipper|shipyard|brewer|refiner|`
	+ String.raw`developer|think[\s-]tank|carrier|agency|label|chain|association|federation|union|platform|streamer|studio|brand|franchise|`
	+ String.raw`nonprofit|non-profit|ngo|brewery|distillery|winery|bakery|dairy|band|trio|duo|quartet|quintet|act|ensemble|choir|`
	+ String.raw`orchestra|imprint)`;
const PLURAL_DESCRIPTORS = String.raw`(?:companies|firms|groups|chains|exporters|importers|retailers|banks|lenders|insurers|clubs|brands|`
	+ String.raw`carmakers|automakers|airlines|carriers|miners|producers|manufacturers|suppliers|brokerages|broadcasters|newspapers|`
	+ String.raw`outlets|charities|organi[sz]ations|unions|operators|distributors|supermarkets|startups|start-ups|platforms|cooperatives|`
	+ String.raw`agencies|parties|teams|sides|bands|acts|labels)`;
/** People who work at an organisation: `analysts at Barclays`. */
const STAFF_AT = String.raw`(?:(?:general\s+|managing\s+)?partners?|analysts?|economists?|strategists?|researchers?|engineers?|executives?|`
	+ String.raw`traders?|employees|lawyers?|scientists?|staff|bankers?|managers?)\s+at`;
/** Plural nouns for an organisation's partners before a list: `creditors including Commerzbank`. */
const PARTNER_PLURALS = String.raw`(?:creditors|sponsors|investors|customers|clients|rivals|competitors|partners|shareholders|backers|`
	+ String.raw`advisers|advisors|buyers|bidders|funders|insurers|lenders|tenants|subsidiaries|affiliates|apps|services)`;
const STRONG_BEFORE = new RegExp(String.raw`(?:\bshares\s+(?:of|in)|\b${ORGANIZATION_NOUNS}\s+(?:called|named)|\b${STAFF_AT}|`
	+ String.raw`\b${PARTNER_PLURALS}\s+(?:such\s+as|including|like)|\bspokes(?:person|man|woman)\s+for|\b${DESCRIPTOR_NOUNS}(?:\s+the)?|`
	+ String.raw`\b${PLURAL_DESCRIPTORS}(?:\s+(?:such\s+as|including|like))?)\s+$`, 'i');
/** `the watchdog, KEPKA,`: a lower-case noun only; `the Economy Ministry, Lena Mertens,` names a person. */
const APPOSITIVE_BEFORE = /\b(?:secretariat|ministry|regulator|watchdog|agency|authority|broadcaster|newspaper|daily|department|commission|lender|insurer|utility|carmaker|retailer),\s+$/;
const DESCRIPTOR_NOUN = new RegExp(String.raw`^(?:${DESCRIPTOR_NOUNS}|${PLURAL_DESCRIPTORS}|${PARTNER_PLURALS}|pollster|trader|provider|`
	+ String.raw`telco|bookmaker)$`, 'i');

/** `Insurer`, `carmaker`, `Retailers`: a noun that describes the organisations named right after it. */
export function isDescriptorNoun(word: string): boolean {
	return DESCRIPTOR_NOUN.test(word);
}
/**
 * Nouns that stand before organisations and, less often, before people (`commodities trader`,
 * `Slovenian side Celje`, `pollster Median`): a cue only where the name is not a person's by its words.
 */
const SHARED_DESCRIPTORS = String.raw`(?:trader|pollster|body|side|team|outfit|squad|channel|station|network|party|provider|magazine|`
	+ String.raw`journal|website|portal|lab|laboratory|telco|bookmaker|lottery|app|marketplace|champions|hosts|rivals?|competitors?|`
	+ String.raw`(?:fund|asset|wealth|investment)\s+manager)`;
const WEAK_BEFORE = new RegExp(String.raw`\b(?:according\s+to|(?:run|owned|operated|managed|controlled|supplied|acquired|sponsored|`
	+ String.raw`released|published|distributed|organi[sz]ed|funded|financed|insured|audited)\s+by|(?:win|victory|defeat|draw|loss|`
	+ String.raw`triumph)\s+(?:over|against|to|with|by)|${SHARED_DESCRIPTORS})\s+$`, 'i');
/** `Aluminij still have to play`, `Almere City were relegated`: a team or a firm takes a plural verb; a person does not. */
const PLURAL_VERB_AFTER = /\s+(?:still\s+|now\s+|also\s+|already\s+)?(?:are|were|have)\b/y;
/** `Kranjc and Novak were`: the plural verb belongs to the pair. */
const COORDINATED_BEFORE = /(?:\band|&|,)\s+$/;
/** `on the Nasdaq`, `in the Lok Sabha`: a name after `the` is rarely a person's; after a place preposition it may be a place. */
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|The)\s+$/u;
/** `the Orion capsule`, `the COVID pandemic`: a capitalised word before a noun is a modifier, not a name. */
const NOUN_AFTER = /\s+(?!(?:said|says|has|had|is|was|were|are|will|would|could|and|or|in|on|at|to|for|of|which|that|who|also|did|does)\b)\p{Ll}/uy;
const PLACE_BEFORE_THE = /\b(?:in|near|outside|across|throughout|inside|around|at|to|from|into|via|over|through)\s+the\s+$/i;

/** `, a team leader`, `, a union official`, `, a party member`: an organisation's noun that describes a person. */
const PERSON_AFTER_NOUN = String.raw`[\s-]+(?:leader|member|manager|player|captain|official|head|chief|spokes(?:man|woman|person)|worker|`
	+ String.raw`representative|organi[sz]er|coach|mate|owner|founder|director|executive|president|chair(?:man|woman|person)?|boss|lawyer|`
	+ String.raw`analyst|economist|staffer|veteran|insider|employee|activist|delegate|steward|secretary|doctor|nurse|teacher|student|`
	+ String.raw`researcher|scientist|engineer|clerk|officer|judge|reporter|correspondent|fan|supporter|volunteer|trainee|adviser|advisor|`
	+ String.raw`consultant|auditor|inspector|guard|driver|pilot|lecturer|professor|graduate|alumnus|alumna|pensioner|retiree|customer|`
	+ String.raw`client|shareholder|investor)s?\b`;
const STRONG_AFTER = new RegExp(String.raw`(?:['’]s?\s+(?:chief\s+executive|chief\s+financial\s+officer|chairman|chairwoman|ceo|board|`
	+ String.raw`shares|shareholders|headquarters|subsidiary|stock|general\s+manager|managing\s+director|chief\s+operating\s+officer|`
	+ String.raw`share\s+price|workforce|employees|revenue|net\s+profit|parent\s+company|founder|co-?founder)\b|`
	+ String.raw`,\s+(?:the|a|an)\s+(?:(?!(?:at|of|for|with|in|from|to|on|and)\s)[\p{L}-]+\s+){0,3}`
	+ String.raw`${ORGANIZATION_NOUNS}\b(?!['’]|${PERSON_AFTER_NOUN}))`, 'iuy');
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
export function organizationCue(text: string, start: number, end: number): OrganizationCue | undefined {
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
		(wordBefore && STRONG_BEFORE.test(before)) ||
		(spaceBefore && APPOSITIVE_BEFORE.test(before)) ||
		((commaAfter || next === 0x27 || next === 0x2019) && strongAfter(text, end)) ||
		(spaceAfter && (matchesAt(SHARES_AFTER, text, end) || matchesAt(RESULT_AFTER, text, end)))
	)
		return 'strong';
	if ((wordBefore && WEAK_BEFORE.test(before)) || ((spaceAfter || commaAfter) && matchesAt(WEAK_AFTER, text, end))) return 'weak';
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
function strongAfter(text: string, at: number): boolean {
	STRONG_AFTER.lastIndex = at;
	const match = STRONG_AFTER.exec(text);
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
