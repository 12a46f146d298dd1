/**
 * Words that tell what kind of name stands next to them: roles before people, the head words of
 * organisations, events and places, and the verbs and prepositions around them. Generic English
 * news vocabulary, not any corpus's names. They are data (`server/data/core-cues.txt`, one section per
 * list), read by the host with the other lexicon files into the `Lexicon` (`lexicon.cues`); the
 * detector cannot work without them, so a missing or incomplete file is an error, never empty lists.
 */

/** The cue lists, each a Set looked up by the rules (compared as written unless a list says lower-cased). */
export class Cues {
	/** A role that ends a title: `Vice Foreign Minister`, `President`, `Spokesperson`. Compared lower-cased. */
	readonly roleHeads: ReadonlySet<string>;
	/** Words that may stand inside a title before its role: `Vice`, `Foreign`, `Prime`, `State`. Compared lower-cased. */
	readonly titleModifiers: ReadonlySet<string>;
	/** Acronyms that are roles or abbreviations, never organisations: `FM`, `PM`, `CEO`. */
	readonly roleAcronyms: ReadonlySet<string>;
	/** Capitalised abbreviations that are not names: diseases, units, currencies, file types. */
	readonly nonEntityAcronyms: ReadonlySet<string>;
	/** Legal forms that end a company's name: `Odra Trans SA`, `Brinkmann Haustechnik GmbH`. */
	readonly legalSuffixes: ReadonlySet<string>;
	/** Head words of organisations: `Xinhua News Agency`, `Communist Party`, `Ministry of Commerce`. The legal suffixes as well. */
	readonly organizationHeads: ReadonlySet<string>;
	/** Head words of a line of business: `Cogeco Communications`, `Polar Cell Systems of Bergen`. */
	readonly businessHeads: ReadonlySet<string>;
	/** Sports clubs' prefixes: `SC Hasetal 1912`, `FC Porto`, `VfB Stuttgart`. */
	readonly clubPrefixes: ReadonlySet<string>;
	/** Words that open an organisation's name, mostly foreign: `Instituto Escolhas`, `Radio Biobío`, `Sporting Lisbon`. */
	readonly organizationOpenings: ReadonlySet<string>;
	/** Organisation heads that, after a country or demonym, name a state instead: `Russian Federation`. */
	readonly stateHeads: ReadonlySet<string>;
	/** Head words of events: `Winter Olympics`, `G20 Summit`, `Spring Festival`, `Cold War`. */
	readonly eventHeads: ReadonlySet<string>;
	/** Foreign words that open an event's name: `Copa Libertadores`, `Coupe de France`. */
	readonly eventOpenings: ReadonlySet<string>;
	/** Words that name a storm before its name: `Hurricane Katrina`, `Storm Ciarán`. */
	readonly stormWords: ReadonlySet<string>;
	/** Words before a storm's word: `Tropical Storm Allison`. */
	readonly stormModifiers: ReadonlySet<string>;
	/** Event names that stand alone; any other event head needs a name before it (`G20 Summit`, not `the Summit`). */
	readonly standaloneEvents: ReadonlySet<string>;
	/** Document-like heads that our four kinds do not cover; a name ending in one is left alone. */
	readonly documentHeads: ReadonlySet<string>;
	/** Head words of places: `Diaoyutai State Guesthouse`, `Tiananmen Square`, `Rift Valley`. */
	readonly placeHeads: ReadonlySet<string>;
	/** Words that open a place name: `Mount Kenya`, `Lake Victoria`, `Avenida Paulista`, `Lower Silesia`. */
	readonly placePrefixes: ReadonlySet<string>;
	/** Institutions named by one capitalised word mid-sentence: `a hostile Congress`. */
	readonly standaloneInstitutions: ReadonlySet<string>;
	/** Places named by one capitalised word that is also an ordinary one: `at the Capitol`. */
	readonly standalonePlaces: ReadonlySet<string>;
	/** Nouns after a name that make it a place: `Anambra state`, `the Pyeongtaek plant`. */
	readonly followingPlaceNouns: ReadonlySet<string>;
	/** Roles a company's name stands before: `Samsung Chairman Lee`, `Nvidia chief executive Jensen Huang`. */
	readonly corporateRoles: ReadonlySet<string>;
	/** Roles that, between a name and a person's name, make the first name an employer or a club: `Besiktas forward Erten Gazi`. */
	readonly staffRoles: ReadonlySet<string>;
	/** Nouns after a name that make it an organisation: `the Azimio la Umoja coalition`, `the Wagner group`. */
	readonly followingOrganizationNouns: ReadonlySet<string>;
	/** Verbs after (or before) a name that only people do: `Le said`, `said Putin`. */
	readonly personVerbs: ReadonlySet<string>;
	/** Verbs of a person's own life, which no organisation does: `Pachomius died`, `Byron married`. */
	readonly lifeVerbs: ReadonlySet<string>;
	/** Prepositions that put a place after them: `in Sochi`, `near Nairobi`. */
	readonly placePrepositions: ReadonlySet<string>;
	/** Lower-case words that may join capitalised words into one name: `Bank of England`, `Lula da Silva`. */
	readonly nameConnectors: ReadonlySet<string>;
	/** Connectors that only organisations, events and places use; a person's name never contains them. */
	readonly phraseConnectors: ReadonlySet<string>;
	/** Possessive forms that belong inside names: `People's Republic`, `Queen's University`. */
	readonly namePossessives: ReadonlySet<string>;
	/** Heads of an office named by its holder: `Prosecutor's Office`, `Auditor-General's Department`. */
	readonly officeHeads: ReadonlySet<string>;
	/** Abbreviations written with a period that do not end a sentence. */
	readonly abbreviations: ReadonlySet<string>;
	/** Months and weekdays, which break a name: `Putin Thursday`, `Nairobi Monday`. Compared lower-cased. */
	readonly calendarWords: ReadonlySet<string>;
	/** Function words of other languages written in Latin script: `Le`, `La`, `Des`. A lone one is not a name. Compared lower-cased. */
	readonly foreignFunctionWords: ReadonlySet<string>;
	/** Chinese surnames in Pinyin: `Le Yucheng`, `Wang Yi`. Compared lower-cased. */
	readonly chineseSurnames: ReadonlySet<string>;
	/** Korean surnames in their usual romanisations: `Park Jung-min`. Compared lower-cased. */
	readonly koreanSurnames: ReadonlySet<string>;
	/** Roles a company gives: the unknown words before them name the company (`Rideau Valley CEO`), not a place. */
	readonly employerRoles: ReadonlySet<string>;
	/** Lower-case words inside well-known names: `Reporters Without Borders`, `Committee to Protect Journalists`. */
	readonly innerNameWords: ReadonlySet<string>;
	/** Roles that adjectives qualify (`Executive director`), so a capitalised word before them may be one. */
	readonly titledRoles: ReadonlySet<string>;
	/** Calendar words that are also given names: `Jan Ottersbach`, `May Mukherjee`. */
	readonly calendarGivenNames: ReadonlySet<string>;
	/** Surnames that are also ordinary English words: `Marshall`, `Bishop`, `Knight`. */
	readonly commonSurnames: ReadonlySet<string>;
	/** Institutions named after a role: `Bishop's University`, `King's College`. */
	readonly roleNamedInstitutions: ReadonlySet<string>;
	/** Place heads that follow an owner's possessive rather than form a name with it: `the mayor's Residence`. */
	readonly possessedBuildings: ReadonlySet<string>;
	/** What a couple's name opens: `Bill and Melinda Gates Foundation`. */
	readonly coupleHeads: ReadonlySet<string>;
	/** Connectors inside French, Iberian and Italian names: `Autorité de la concurrence`. */
	readonly foreignConnectors: ReadonlySet<string>;
	/**
	 * Role words that in lower case are often adjectives, verbs or describe firms (`major`, `will chair X`, `market leader`): no title
	 * before a name.
	 */
	readonly ambiguousLowerCaseRoles: ReadonlySet<string>;
	/** Company suffixes written with a period: `Apple Inc.`, `Sony Corp.`. */
	readonly abbreviatedSuffixes: ReadonlySet<string>;
	/** Fields that national bodies are named by, with their country after them: `Sport Ireland`, `Tourism Fiji`. */
	readonly nationalBodyFields: ReadonlySet<string>;
	/** `Three Scandinavian universities`: a number opening a sentence. */
	readonly numberWords: ReadonlySet<string>;
	/** Capitalised function words, which open a sentence and no name: `The`, `In`, `However`. */
	readonly functionWords: ReadonlySet<string>;
	/** Words that, before a known place, name a part of it: `East Java`, `Metro Manila`. */
	readonly compassWords: ReadonlySet<string>;
	/** Roman numerals that end a name: `Henry VIII`, `Elizabeth II`. */
	readonly romanNumerals: ReadonlySet<string>;
	/** Words that stand before a state's head word: `Democratic Republic`, `People's Republic`, `United Kingdom`. */
	readonly stateWords: ReadonlySet<string>;
	/** Place heads that are nobody's surname: `Royal Prince Alfred Hospital` is no prince. */
	readonly facilityHeads: ReadonlySet<string>;
	/** Place head words that are also surnames. */
	readonly surnameHeads: ReadonlySet<string>;
	/** `County`, `Province`: the head words of places named inside a title. */
	readonly placeInTitleHeads: ReadonlySet<string>;
	/**
	 * Nouns that, before `called` or `named` or after `, the`, make the name beside them an organisation: `a firm called X`, `X, the
	 * state oil company`.
	 */
	readonly organizationNounPatterns: ReadonlySet<string>;
	/**
	 * A descriptive noun right before a name: `logistics firm Odra`, `the Athens daily Kathimerini`, `consumer group KEPKA`. Nouns that
	 * also stand before people (`rival`, `investor`, `farmer`, `filmmaker`) are left out.
	 */
	readonly descriptorNounPatterns: ReadonlySet<string>;
	/** Plural descriptive nouns before names: `exporters such as Kostanay`, `carmakers X and Y`. */
	readonly pluralDescriptorPatterns: ReadonlySet<string>;
	/** Plural nouns for an organisation's partners before a list: `creditors including Commerzbank`. */
	readonly partnerPluralPatterns: ReadonlySet<string>;
	/**
	 * Nouns that stand before organisations and, less often, before people (`commodities trader`, `Slovenian side Celje`, `pollster
	 * Median`): a cue only where the name is not a person's by its words.
	 */
	readonly sharedDescriptorPatterns: ReadonlySet<string>;
	/**
	 * After an organisation's noun, a word that makes the noun describe a person: `, a team leader`, `, a union official` (a plural `s`
	 * may follow).
	 */
	readonly personAfterNounPatterns: ReadonlySet<string>;
	/** Currency abbreviations written before an amount: `Rs 396`, `Rp 5,000`, `Tk 200`, `KSh 50`. */
	readonly currencyWords: ReadonlySet<string>;
	/** The postal codes of the US states, after a town: `Austin, TX`. */
	readonly usStateCodes: ReadonlySet<string>;
	/** The news agencies' abbreviations of the US states, after a town: `Flint, Mich.`, `Albany, N.Y.`. */
	readonly usStateAbbreviations: ReadonlySet<string>;
	/** The labels before an airport's code, which name nothing: `IATA: LHR`. */
	readonly airportCodeLabels: ReadonlySet<string>;
	/** Foreign articles that open names: `Le Monde`, `El País`, `Los Lagos`, `Al Jazeera`. */
	readonly foreignArticles: ReadonlySet<string>;

	/** `section(name)`: the words of the section `[name]`; it throws if the text lacks it. */
	constructor(section: (name: string) => ReadonlySet<string>) {
		this.roleHeads = section('role-heads');
		this.titleModifiers = section('title-modifiers');
		this.roleAcronyms = section('role-acronyms');
		this.nonEntityAcronyms = section('non-entity-acronyms');
		this.legalSuffixes = section('legal-suffixes');
		this.organizationHeads = new Set([...this.legalSuffixes, ...section('organization-heads')]);
		this.businessHeads = section('business-heads');
		this.clubPrefixes = section('club-prefixes');
		this.organizationOpenings = section('organization-openings');
		this.stateHeads = section('state-heads');
		this.eventHeads = section('event-heads');
		this.eventOpenings = section('event-openings');
		this.stormWords = section('storm-words');
		this.stormModifiers = section('storm-modifiers');
		this.standaloneEvents = section('standalone-events');
		this.documentHeads = section('document-heads');
		this.placeHeads = section('place-heads');
		this.placePrefixes = section('place-prefixes');
		this.standaloneInstitutions = section('standalone-institutions');
		this.standalonePlaces = section('standalone-places');
		this.followingPlaceNouns = section('following-place-nouns');
		this.corporateRoles = section('corporate-roles');
		this.staffRoles = section('staff-roles');
		this.followingOrganizationNouns = section('following-organization-nouns');
		this.personVerbs = section('person-verbs');
		this.lifeVerbs = section('life-verbs');
		this.placePrepositions = section('place-prepositions');
		this.nameConnectors = section('name-connectors');
		this.phraseConnectors = section('phrase-connectors');
		this.namePossessives = section('name-possessives');
		this.officeHeads = section('office-heads');
		this.abbreviations = section('abbreviations');
		this.currencyWords = section('currency-words');
		this.usStateCodes = section('us-state-codes');
		this.usStateAbbreviations = section('us-state-abbreviations');
		this.airportCodeLabels = section('airport-code-labels');
		this.foreignArticles = section('foreign-articles');
		this.organizationNounPatterns = section('organization-noun-patterns');
		this.descriptorNounPatterns = section('descriptor-noun-patterns');
		this.pluralDescriptorPatterns = section('plural-descriptor-patterns');
		this.partnerPluralPatterns = section('partner-plural-patterns');
		this.sharedDescriptorPatterns = section('shared-descriptor-patterns');
		this.personAfterNounPatterns = section('person-after-noun-patterns');
		this.employerRoles = section('employer-roles');
		this.innerNameWords = section('inner-name-words');
		this.titledRoles = section('titled-roles');
		this.calendarGivenNames = section('calendar-given-names');
		this.commonSurnames = section('common-surnames');
		this.roleNamedInstitutions = section('role-named-institutions');
		this.possessedBuildings = section('possessed-buildings');
		this.coupleHeads = section('couple-heads');
		this.foreignConnectors = section('foreign-connectors');
		this.ambiguousLowerCaseRoles = section('ambiguous-lower-case-roles');
		this.abbreviatedSuffixes = section('abbreviated-suffixes');
		this.nationalBodyFields = section('national-body-fields');
		this.numberWords = section('number-words');
		this.functionWords = section('function-words');
		this.compassWords = section('compass-words');
		this.romanNumerals = section('roman-numerals');
		this.stateWords = section('state-words');
		this.facilityHeads = section('facility-heads');
		this.surnameHeads = section('surname-heads');
		this.placeInTitleHeads = section('place-in-title-heads');
		this.calendarWords = section('calendar-words');
		this.foreignFunctionWords = section('foreign-function-words');
		this.chineseSurnames = section('chinese-surnames');
		this.koreanSurnames = section('korean-surnames');
	}
}

/**
 * The cue lists of `text` (the contents of `core-cues.txt`): `[section-name]` lines, each followed by its words
 * separated by spaces or line breaks; `#` starts a comment line. Throws on words outside a section, a section
 * named twice, empty or unknown, and a section missing.
 */
export function parseCues(text: string): Cues {
	const sections = new Map<string, string[]>();
	let current: string[] | undefined;
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		const content = line.trim();
		if (content.length === 0 || content.startsWith('#')) continue;
		const header = /^\[([a-z-]+)\]$/.exec(content);
		if (header) {
			if (sections.has(header[1])) throw new Error(`the section [${header[1]}] comes twice`);
			sections.set(header[1], (current = []));
		} else if (current) current.push(...content.split(/\s+/));
		else throw new Error(`words before the first section: ${content}`);
	}
	const read = new Set<string>();
	const cues = new Cues(name => {
		const words = sections.get(name);
		if (!words) throw new Error(`no section [${name}]`);
		if (words.length === 0) throw new Error(`the section [${name}] is empty`);
		read.add(name);
		return new Set(words);
	});
	const unknown = [...sections.keys()].filter(name => !read.has(name));
	if (unknown.length > 0) throw new Error(`unknown section ${unknown.map(name => `[${name}]`).join(', ')}`);
	return cues;
}
