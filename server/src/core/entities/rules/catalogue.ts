/**
 * The entity rules, by stage, in precedence order: within a stage the first rule that decides a
 * span or a word wins, and its id goes on the mention (`LocalMention.rule`; the chain of ids on
 * `EntityMention.rules` where a later stage changed the kind). `seed entities --explain`, the hover
 * line (setting `seed.entities.explain`) and `npm run eval -- --by-rule` print these ids.
 *
 * This is each rule's description; its decision is in the stage's ordered list (`creditRules.ts`,
 * `spanRules.ts`, `titleRules.ts`, `wordRules.ts`, `acronymRules.ts`, `listRules.ts`, `documentRules.ts`)
 * or pass (`stages.ts` says which), in the same order (a test checks it). Only the
 * CLI, the eval and the tests import this list; the server imports its type alone, so the
 * descriptions stay out of its bundle. Each rule has examples that must fire it in
 * `server/test/entityRules.test.ts`.
 */

export type EntityRuleStage = 'credit' | 'registry' | 'span' | 'title' | 'word' | 'paragraph' | 'document';

export interface EntityRule {
	/** Kebab-case, unique. */
	readonly id: string;
	readonly stage: EntityRuleStage;
	/** One line: what the rule decides and on what evidence, with an example. */
	readonly description: string;
}

/** What each stage does, in the order the stages run. */
export const ENTITY_RULE_STAGES: ReadonlyArray<{ readonly stage: EntityRuleStage; readonly description: string }> = [
	{
		stage: 'credit',
		description:
			'Credits, datelines and lines in capitals, before any other rule: fixed places in the text for a place, an agency, ' +
			'a photographer; a shouted line names only what the lexicons know.',
	},
	{
		stage: 'span',
		description:
			'Span candidates: a maximal run of capitalised words (joined by `of`, `and`, `de`…), classified as a ' +
			'whole; the first rule that decides wins.',
	},
	{ stage: 'title', description: 'Titles: the person after a role, and the places and employers named inside the title.' },
	{ stage: 'word', description: 'Word classification: a run of one word, or the words of a run no span rule decided.' },
	{ stage: 'paragraph', description: 'Paragraph-level: acronyms defined in parentheses, list coordination.' },
	{
		stage: 'registry',
		description: 'The workspace registry: its names win over what the rules found, except a longer known name around them.',
	},
	{
		stage: 'document',
		description:
			'Document-level resolution: what the whole text settles (a surname after the full name, a word seen ' +
			'elsewhere with a kind).',
	},
];

/** Every rule, by stage in the order above, and within a stage in precedence order. */
export const ENTITY_RULES = [
	{
		id: 'dateline-place',
		stage: 'credit',
		description: 'A dateline\'s capitalised place at the very start, before a comma, a dash or an agency (`BEIJING, Feb. 5`).',
	},
	{
		id: 'dateline-before-date',
		stage: 'credit',
		description:
			'A dateline\'s capitals at the very start before a date in digits, without a comma (`LONDON 1996-12-06`, ' +
			'`RIO DE JANEIRO 2025-08-22`), also on a line of its own; not an ordinary word alone (`UPDATED 2024-03-05`).',
	},
	{
		id: 'dateline-region',
		stage: 'credit',
		description:
			'The known region or country after a dateline\'s city, before a comma, a parenthesis or a date (`NAPIER, New Zealand,`).',
	},
	{ id: 'dateline-lower-case-agency', stage: 'credit', description: 'A lower-case agency credit after a dateline\'s date (`(dpa) -`).' },
	{ id: 'slashed-agency', stage: 'credit', description: 'A capitalised word between slashes names a wire service (`/PRNewswire/`).' },
	{
		id: 'parenthesised-agency',
		stage: 'credit',
		description: 'A capitalised run in parentheses before a dash names an agency (`(Xinhua) --`).',
	},
	{ id: 'caption-agency', stage: 'credit', description: 'The agency of a photo credit (`(Xinhua/Yao Dawei)`).' },
	{ id: 'caption-photographer', stage: 'credit', description: 'The photographer of a photo credit (`(Xinhua/Yao Dawei)`).' },
	{
		id: 'shouted-known-name',
		stage: 'credit',
		description:
			'In a line all in capitals, the longest run the lexicons know as a place or an organisation (`RIO DE JANEIRO`, `NATO`); ' +
			'its other words name nothing (`SOCCER`, `LEADS`), short abbreviations aside.',
	},
	{
		id: 'shouted-city-club',
		stage: 'credit',
		description:
			'In a line all in capitals, a known place that is no country next to a result verb or after the sport\'s tag is a club ' +
			'(`SOCCER - NANTES GO TOP`, `LYON HELD BY MARSEILLE`).',
	},
	{
		id: 'shouted-person',
		stage: 'credit',
		description: 'In a line all in capitals, a given name and a word that is no ordinary word (`GOLF - TREVOR MALLORY LEADS`).',
	},
	{
		id: 'shouted-unknown-word',
		stage: 'credit',
		description: 'In a line all in capitals, another word that is no ordinary word, for the document to settle (`KOVAC UPSETS SEED`).',
	},
	{ id: 'place-pair', stage: 'span', description: 'Known places joined by a hyphen are each a place (`China-Russia`).' },
	{
		id: 'descriptor-noun-opening',
		stage: 'span',
		description: 'A descriptive noun opening a sentence describes the name after it (`Insurer Groupama said`).',
	},
	{
		id: 'named-storm',
		stage: 'span',
		description:
			'A storm\'s word and a name that is a given name or no ordinary word are a storm, an event (`Hurricane Katrina`, ' +
			'`Tropical Storm Allison`; not `Storm Shadow`).',
	},
	{
		id: 'event-head-and-number',
		stage: 'span',
		description: 'An event\'s head word and its number are one event (`World War II`, `World War One`).',
	},
	{
		id: 'club-named-by-city',
		stage: 'span',
		description:
			'A known place that is no country, where a team stands in a match result, is its club (`New York beat Boston 3-2`, ' +
			'`drew with San Sebastian`).',
	},
	{ id: 'known-place', stage: 'span', description: 'The whole run is a known place.' },
	{
		id: 'town-run-before-state',
		stage: 'span',
		description: 'Name-shaped words before a US state\'s postal code or abbreviation are a town (`Palo Alto, Calif.`).',
	},
	{ id: 'known-organization', stage: 'span', description: 'The whole run is a well-known organisation, possibly extended over `and`.' },
	{
		id: 'known-organization-national-unit',
		stage: 'span',
		description: 'A well-known firm and a place: its national unit (`Renault Korea`).',
	},
	{
		id: 'known-organization-with-word',
		stage: 'span',
		description: 'A well-known organisation and a sponsor\'s or unit\'s word (`Fenerbahce Beko`).',
	},
	{
		id: 'title-given-name-before-head',
		stage: 'span',
		description: 'After a title, a given name makes a head word a surname (`Health Minister Ryan Park`).',
	},
	{
		id: 'foreign-organization-of-place',
		stage: 'span',
		description: 'A foreign organisation\'s name, then `of` a place where it is (`Aerolíneas Sosa of Honduras`).',
	},
	{ id: 'business-of-seat', stage: 'span', description: 'A firm named with its seat (`Polar Cell Systems of Bergen`).' },
	{
		id: 'head-word-with-connector',
		stage: 'span',
		description: 'A run whose words before `of` end in an organisation\'s head word is one name (`Ministry of Finance`).',
	},
	{
		id: 'given-name-and-surname-head',
		stage: 'span',
		description: 'A given name before a place head word that is also a surname is a person (`Helen Hill`, `Maria Lane`).',
	},
	{
		id: 'head-word',
		stage: 'span',
		description: 'A run ending in a head word takes its kind (`Aurora Holdings`, `Kenya Airways`, `Winter Olympics`).',
	},
	{
		id: 'unknown-word-of-city',
		stage: 'span',
		description: 'An unknown word `of` a city is a firm named with its seat (`Adlyft of Stockholm`).',
	},
	{ id: 'acronym-and-name', stage: 'span', description: 'An acronym and a name that is not a person\'s (`SK Hynix`).' },
	{ id: 'company-before-role', stage: 'span', description: 'A company, its role, the person (`Samsung Chairman Lee Jae-yong`).' },
	{ id: 'national-red-cross', stage: 'span', description: 'A national society named with its nationality (`Chadian Red Cross`).' },
	{
		id: 'article-before-place',
		stage: 'span',
		description: 'A foreign article before a place\'s name is part of a longer place name (`Los Lagos`).',
	},
	{ id: 'foreign-article-title', stage: 'span', description: 'A foreign article opens a title, mostly a newspaper\'s (`Le Monde`).' },
	{
		id: 'following-organization-noun',
		stage: 'span',
		description: 'The noun after the name says it is an organisation (`the Azimio la Umoja coalition`).',
	},
	{ id: 'following-place-noun', stage: 'span', description: 'The noun after the name says it is a place (`the Mara river`).' },
	{ id: 'before-staff-role', stage: 'span', description: 'A name before a staff role is its employer (`Reuters reporter`).' },
	{
		id: 'lower-case-role-before-person',
		stage: 'span',
		description: 'A role in lower case right before the name (`chief executive Efua Mensah-Bonsu`).',
	},
	{
		id: 'organization-cue',
		stage: 'span',
		description: 'The words around the run say it is an organisation (`shares of`, `said in a statement`).',
	},
	{
		id: 'organization-cue-weak',
		stage: 'span',
		description: 'A weak organisation cue around a name-shaped run: a hint the document may overrule.',
	},
	{ id: 'works-at', stage: 'span', description: 'People work at firms, not at people (`analysts at Goldman Sachs`).' },
	{
		id: 'place-preposition',
		stage: 'span',
		description: 'A place preposition or a place noun before the run (`the depot in Olszynka Grochowska`).',
	},
	{ id: 'place-noun-before', stage: 'span', description: 'A place noun before the run (`the village of Pir Jo Goth`).' },
	{
		id: 'coordinated-organization',
		stage: 'span',
		description: 'A name joined by `and` to an organisation is one too (`Goldman Sachs and Morgan Stanley`).',
	},
	{
		id: 'after-the',
		stage: 'span',
		description: 'News writes no `the` before a person\'s full name (`in the Regionalliga Nord`): an organisation hint.',
	},
	{
		id: 'after-place-possessive',
		stage: 'span',
		description: 'After a country\'s possessive, two words without a given name name a firm (`Japan\'s Kyoei Oils`).',
	},
	{
		id: 'business-word-ending',
		stage: 'span',
		description: 'Without a given name, a long ordinary word at the end names a line of business (`Veltrix Racing`).',
	},
	{
		id: 'score-line-run',
		stage: 'span',
		description: 'Words in a team\'s place in a score line or a league table\'s row are a team (`Korvo Bastin 2 Elvo Marrak 1`).',
	},
	{ id: 'person-shape', stage: 'span', description: 'Name-shaped words are a person (by a given name, or by shape alone).' },
	{ id: 'place-before-governor', stage: 'span', description: 'The place a governor or mayor heads (`Kisumu County Governor`).' },
	{ id: 'role-inside-run', stage: 'span', description: 'A role inside the run and a name after it (`Relief Secretary Kamrul Hasan`).' },
	{
		id: 'name-at-run-end',
		stage: 'span',
		description: 'A person\'s name at the end of a longer run (`National Health Commission Ma Xiaowei`).',
	},
	{
		id: 'place-named-organization',
		stage: 'span',
		description: 'A place and words that are no person\'s name form an organisation\'s (`Nairobi Water`).',
	},
	{
		id: 'organization-cue-any-words',
		stage: 'span',
		description: 'Words around the run say it is an organisation, whatever words it holds (`shares of Deccan Federal`).',
	},
	{
		id: 'name-after-title',
		stage: 'title',
		description: 'The name-shaped words after a title are a person (`Vice Foreign Minister Le Yucheng`).',
	},
	{ id: 'employer-before-title', stage: 'title', description: 'The employer named before a title (`World Bank Country Director`).' },
	{ id: 'place-in-title', stage: 'title', description: 'A place with its head word inside a title (`Kisumu County Governor`).' },
	{
		id: 'word-after-courtesy-title',
		stage: 'word',
		description: 'A word right after a courtesy title with its full stop is a person\'s name (`Mr. Collins said`, `Dr. Okafor`).',
	},
	{
		id: 'led-suffix-name',
		stage: 'word',
		description: 'The name before `-led`/`-backed`/`-based` (`the ANC-led coalition`), also opening a longer run (`Montreal-based X`).',
	},
	{ id: 'numbered-event', stage: 'word', description: 'A numbered conference written as one word (`COP28`).' },
	{
		id: 'foreign-organization-opening',
		stage: 'word',
		description: 'A foreign body\'s opening word with its lower-case rest (`Confédération paysanne`).',
	},
	{ id: 'road-number', stage: 'word', description: 'A road\'s number: a place (`I-44`, `the A64 eastbound`).' },
	{
		id: 'acronym-defined-as-term',
		stage: 'word',
		description: 'An abbreviation defined after lower-case words, or spelled by ordinary words in no name, is a term\'s, ' +
			'no name anywhere in the text (`second language (L2)`, `a System Under Test (SUT)`).',
	},
	{ id: 'airport-code', stage: 'word', description: 'The code after `IATA:` is the airport, a place (`(IATA: TUL)`).' },
	{
		id: 'state-code-after-town',
		stage: 'word',
		description: 'A US state\'s postal code or abbreviation after a town is a place (`Paramus, NJ`, `Flint, Mich.`, `Albany, N.Y.`).',
	},
	{
		id: 'town-before-state',
		stage: 'word',
		description: 'A word before a US state\'s postal code or abbreviation is a town, even an ordinary word (`Flint, Mich.`).',
	},
	{
		id: 'acronym',
		stage: 'word',
		description:
			'A short capitalised abbreviation: an organisation, or a place the gazetteer knows (`SCO`, `UK`); ' +
			'not an ordinary word in a shouted heading (`THE FUTURE`) nor a unit after a number (`25 CUC`).',
	},
	{ id: 'shouted-place', stage: 'word', description: 'A long all-capital word that is a known place (`PHILIPPINES`).' },
	{
		id: 'long-acronym-unsettled',
		stage: 'word',
		description: 'A long all-capital word: a name only where the document defines it (`ALCOTEXA`).',
	},
	{
		id: 'club-named-by-city-word',
		stage: 'word',
		description:
			'A known place that is no country, where a team stands in a match result, is its club (`Lyon drew with Nantes`, ' +
			'`lost 2-1 to Lyon`, `Leeds 2 Chelsea 1`, `Leeds coach`); a country\'s team stays a place (`England beat Pakistan`).',
	},
	{
		id: 'place-before-speaking-verb',
		stage: 'word',
		description: 'A known place before a speaking verb: a place, which may be a surname the document introduced (`Chanda said`).',
	},
	{ id: 'known-place-word', stage: 'word', description: 'A known place.' },
	{
		id: 'known-organization-word',
		stage: 'word',
		description: 'A well-known organisation, unless the document knows the word as a surname (`Galatasaray`).',
	},
	{
		id: 'score-line-team',
		stage: 'word',
		description:
			'A word in a team\'s place in a score line or a league table\'s row is a team, known or not (`Heerenveen 1 Twente 1`, ' +
			'`Heerenveen 5 2 2 1 8 6 8`).',
	},
	{ id: 'standalone-event', stage: 'word', description: 'An event named by one word.' },
	{ id: 'standalone-institution', stage: 'word', description: 'An institution named by one word.' },
	{ id: 'standalone-place', stage: 'word', description: 'A place named by one word, not opening a sentence.' },
	{ id: 'event-head-word', stage: 'word', description: 'An event\'s head word alone.' },
	{
		id: 'head-word-before-verb',
		stage: 'word',
		description: 'A head word before a speaking verb may be a surname; the document decides (`Park said`).',
	},
	{ id: 'word-following-place-noun', stage: 'word', description: 'The noun after the word says it is a place.' },
	{ id: 'word-following-organization-noun', stage: 'word', description: 'The noun after the word says it is an organisation.' },
	{ id: 'known-as', stage: 'word', description: 'Another name for the one before (`…Council, known as Chuikyo`).' },
	{ id: 'word-coordinated-organization', stage: 'word', description: 'Joined by `and` to an organisation (`Huawei and Xiaomi`).' },
	{ id: 'word-coordinated-place', stage: 'word', description: 'Joined by `and` to a place (`in Kayole and Mathare`).' },
	{ id: 'word-before-corporate-role', stage: 'word', description: 'The word before a company\'s role names the company.' },
	{
		id: 'word-after-place-possessive',
		stage: 'word',
		description: 'After a country\'s possessive, an unknown word names a firm or a body (`Japan\'s Kioxia`).',
	},
	{
		id: 'word-pair-before-plural-place-noun',
		stage: 'word',
		description: 'A pair before a plural place noun (`the Surma and Kushiyara rivers`).',
	},
	{
		id: 'word-and-organization-name',
		stage: 'word',
		description: 'A word joined by `and` to an organisation\'s name (`Acciona and China Railway Construction Corp.`).',
	},
	{ id: 'word-organization-cue', stage: 'word', description: 'Words around the word say it is an organisation (`shares of Sony`).' },
	{ id: 'word-organization-cue-weak', stage: 'word', description: 'A weak organisation cue: a hint the document may overrule.' },
	{ id: 'word-after-place-preposition', stage: 'word', description: 'After a place preposition (`in Kayole`).' },
	{ id: 'word-after-place-noun', stage: 'word', description: 'After a place noun (`the town of Kayole`).' },
	{ id: 'word-before-distance', stage: 'word', description: 'A distance measured from the word (`Aboutengué, 60 kilometres west`).' },
	{ id: 'word-capital-of', stage: 'word', description: 'Followed by `, capital of` (`Beijing, capital of China`).' },
	{
		id: 'word-before-life-verb',
		stage: 'word',
		description: 'Before a verb of a person\'s own life, a person, never a firm (`Pachomius died`, `Byron married`).',
	},
	{ id: 'word-before-person-verb', stage: 'word', description: 'Before a speaking verb, a person (`Le said`).' },
	{ id: 'word-after-person-verb', stage: 'word', description: 'After a verb that takes a person (`met Le`).' },
	{
		id: 'mixed-case-word-unsettled',
		stage: 'word',
		description: 'A word of mixed case: whatever the document names by it (`DGArtes`, `McDonald`, `L\'Enfant`).',
	},
	{
		id: 'lone-given-name',
		stage: 'word',
		description:
			'A given name alone (no place, ordinary word or month) is a person unless the document knows the word otherwise ' +
			'(`Debbie came back`); not after `of`, `the` or `Surname, ` (`Earl of Clare`, `Austen, Jane`).',
	},
	{
		id: 'surname-shaped-word',
		stage: 'word',
		description:
			'A word with an East European, Armenian or Greek surname\'s ending that is no ordinary word, place or nationality ' +
			'is a person (`Gorbachev`, `Lukashenko`, `Pashinyan`).',
	},
	{ id: 'lone-word-unsettled', stage: 'word', description: 'A lone capitalised word: only the rest of the document can tell its kind.' },
	{
		id: 'cited-author',
		stage: 'paragraph',
		description:
			'A surname in an academic citation is a person\'s (`Binderman et al., 2005`, `(Lewis, Simons, & Fennig, 2014)`, ' +
			'`Carrano & Biewener [7]`; an ordinary word beside a surname, `(Moss & Kerrigan, 2010)`).',
	},
	{
		id: 'acronym-defined-after-organization',
		stage: 'paragraph',
		description: 'An acronym in parentheses after an organisation\'s name names it.',
	},
	{
		id: 'initials-after-guessed-name',
		stage: 'paragraph',
		description: 'Initials after a guessed name make both an organisation (or the hinted kind).',
	},
	{ id: 'initials-of-name', stage: 'paragraph', description: 'The initials in parentheses after a name name it too.' },
	{
		id: 'list-shares-organization',
		stage: 'paragraph',
		description:
			'In a list with an organisation, a person guessed by shape alone is an organisation too (`Goldman ' +
			'Sachs and Morgan Stanley`).',
	},
	{ id: 'registry', stage: 'registry', description: 'A name of the workspace registry (`entities.yaml`).' },
	{
		id: 'document-lone-verb-organization',
		stage: 'document',
		description:
			'A lone word taken for a person only by a speaking verb, with no such person introduced, is an ' +
			'organisation (`Greenpeace said`).',
	},
	{
		id: 'document-surname',
		stage: 'document',
		description:
			'A lone word is the surname of a person introduced by full name (`Chanda said` after `Bwalya Chanda`), unless that ' +
			'name was only guessed by its shape and the text names the word as a place by `the City of X`.',
	},
	{
		id: 'document-surname-over-town',
		stage: 'document',
		description:
			'A town\'s name that is the surname of a person named in full before it is the person (`With Bush,` after `George Bush`), ' +
			'not after `in` or `from`, nor a country\'s name.',
	},
	{
		id: 'document-known-elsewhere',
		stage: 'document',
		description: 'A lone word takes the entity the document names by it elsewhere (`Sochi` after `in Sochi` or `the City of Sochi`).',
	},
	{
		id: 'document-hint',
		stage: 'document',
		description: 'A lone word without a kind takes the kind its context hinted (`according to Bloomberg`).',
	},
	{
		id: 'document-organization-elsewhere',
		stage: 'document',
		description: 'A guessed person is the organisation the text names by the same words elsewhere (`shares of Siemens`).',
	},
	{
		id: 'document-shouted-surname',
		stage: 'document',
		description: 'A word of a line all in capitals is the person the text names in full with that surname (`KOVAC` and `Luka Kovac`).',
	},
	{
		id: 'document-club-elsewhere',
		stage: 'document',
		description: 'A known town\'s word is the club the same report names by it in a match (`Lyon led` after `Lyon drew with Nantes`).',
	},
	{
		id: 'document-storm-elsewhere',
		stage: 'document',
		description:
			'A lone word that is the name of a storm the text names in full is that storm (`Phailin weakened` after `Cyclone Phailin`).',
	},
] as const satisfies readonly EntityRule[];

export type EntityRuleId = (typeof ENTITY_RULES)[number]['id'];

const RULES_BY_ID: ReadonlyMap<string, EntityRule> = new Map(ENTITY_RULES.map(rule => [rule.id, rule]));

/** The rule of `id`, or undefined for an id no rule has. */
export function entityRule(id: string): EntityRule | undefined {
	return RULES_BY_ID.get(id);
}
