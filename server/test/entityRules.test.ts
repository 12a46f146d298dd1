/**
 * Each entity rule's examples: texts that must fire it (the mention with `surface` lists the rule among
 * its `rules`). A new rule gets its examples here; the first test fails for a rule without any.
 * `lexicon: 'data'` examples need the shipped data files, the others run on the built-in lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { EntityDetector } from '../src/core/entities/detector';
import { createLexicon } from './support/lexicon';
import { parseRegistry } from '../src/core/entities/registry';
import { ENTITY_RULES } from '../src/core/entities/rules/catalogue';
import { parseSeed } from '../src/core/parser';
import { loadLexicon } from '../src/node/lexiconFiles';
import { repoRoot } from './support/samples';

interface RuleExample {
	readonly rule: string;
	readonly text: string;
	readonly surface: string;
	readonly lexicon?: 'data';
}

const EXAMPLES: readonly RuleExample[] = [
	{ rule: 'dateline-place', surface: 'TAMPERE', text: 'TAMPERE, Finland (AP) — Tampere\'s buses stopped.\n' },
	{ rule: 'dateline-before-date', surface: 'LONDON', text: 'LONDON 1996-12-06\n\nShares fell in early trading on Friday.\n' },
	{ rule: 'dateline-before-date', surface: 'NEW YORK', text: 'NEW YORK 2025-08-22 - Oil prices rose for a third day.\n' },
	{ rule: 'dateline-region', surface: 'Finland', text: 'TAMPERE, Finland (AP) — Tampere\'s buses stopped.\n' },
	{ rule: 'dateline-region', surface: 'Finland', text: 'TAMPERE, Finland 2025-03-01\n\nBuses stopped.\n' },
	{ rule: 'dateline-lower-case-agency', surface: 'dpa', text: 'LIMASSOL, Cyprus, May 3 (dpa) - Ferries left Limassol early.\n' },
	{
		rule: 'slashed-agency',
		surface: 'PRNewswire',
		text:
			'BEIJING, Feb. 4, 2022 /PRNewswire/ — China is celebrating the Chinese New Year and under a global ' +
			'gaze as it hosts the Winter Olympics, and the China-Russia relationship is also in the spotlight as ' +
			'Russian President Vladimir Putin paid a visit to Beijing on Friday.',
	},
	{ rule: 'parenthesised-agency', surface: 'Xinhua', text: '(Xinhua) -- ' },
	{
		rule: 'caption-agency',
		surface: 'Xinhua',
		text:
			'Chinese President Xi Jinping meets with Russian President Vladimir Putin via video link in Beijing, ' +
			'capital of China, Dec. 30, 2022. (Xinhua/Yao Dawei)',
	},
	{
		rule: 'caption-photographer',
		surface: 'Yao Dawei',
		text:
			'Chinese President Xi Jinping meets with Russian President Vladimir Putin via video link in Beijing, ' +
			'capital of China, Dec. 30, 2022. (Xinhua/Yao Dawei)',
	},
	{ rule: 'shouted-known-name', surface: 'RUSSIA', text: 'RUSSIA WARNS NATO OVER EXERCISES NEAR BORDER.\n' },
	{ rule: 'shouted-known-name', surface: 'RIO DE JANEIRO', text: 'FLOODS CLOSE ROADS IN RIO DE JANEIRO.\n' },
	{ rule: 'shouted-city-club', surface: 'MARSEILLE', text: 'SOCCER - LYON HELD BY MARSEILLE.\n' },
	{ rule: 'shouted-city-club', surface: 'LYON', text: 'SOCCER - LYON GO TOP.\n' },
	{ rule: 'shouted-person', surface: 'TREVOR MALLORY', text: 'GOLF - TREVOR MALLORY LEADS IN MELBOURNE.\n', lexicon: 'data' },
	{ rule: 'place-pair', surface: 'China', text: 'China-Russia' },
	{ rule: 'descriptor-noun-opening', surface: 'Korvalis', text: 'Insurer Korvalis said it had received 300 claims.' },
	{ rule: 'given-name-and-surname-head', surface: 'Helen Hill', text: 'Led by Helen Hill of the council.', lexicon: 'data' },
	{ rule: 'club-named-by-city', surface: 'New York', text: 'New York beat Boston 3-2 in overtime on Saturday.' },
	{ rule: 'known-place', surface: 'Latin America', text: 'Latin America' },
	{ rule: 'known-organization', surface: 'Kenya Airways', text: 'Kenya Airways', lexicon: 'data' },
	{
		rule: 'known-organization-national-unit',
		surface: 'ArcelorMittal Liberia',
		text:
			'The works will deepen the harbour to 14 metres, build a 600-metre berth and connect the port by rail ' +
			'to mines in Nimba County operated by ArcelorMittal Liberia.',
		lexicon: 'data',
	},
	{ rule: 'known-organization-with-word', surface: 'Fenerbahce Orvix', text: 'Fenerbahce Orvix', lexicon: 'data' },
	{
		rule: 'title-given-name-before-head',
		surface: 'Ryan Park',
		text:
			'Health Minister Ryan Park said no. "Patients come first," Park said.',
	},
	{
		rule: 'foreign-organization-of-place',
		surface: 'Aerolíneas Tolosa',
		text:
			'The partners are Varnair of Paraguay and Aerolíneas Tolosa of Honduras, officials said.',
	},
	{ rule: 'business-of-seat', surface: 'Polar Cell Systems', text: 'The cells come from Polar Cell Systems of Oslo, the company said.' },
	{ rule: 'head-word-with-connector', surface: 'Council of Europe', text: 'Council of Europe' },
	{ rule: 'head-word', surface: 'Tolley\'s Bay', text: 'Tolley\'s Bay' },
	{ rule: 'head-word', surface: 'Ashvale Mosque', text: 'Prayers were held at the Ashvale Mosque on Friday.' },
	{
		rule: 'unknown-word-of-city',
		surface: 'Tagmoor',
		text:
			'The fine was followed by one for Tagmoor of Oslo and Brellix AG of Munich.',
	},
	{ rule: 'acronym-and-name', surface: 'SC Wendorf 1921', text: 'SC Wendorf 1921' },
	{
		rule: 'company-before-role',
		surface: 'Rideau Marsh',
		text:
			'After the merger, Rideau Marsh CEO Daniel Okaforo becomes chief operating officer of the group.',
	},
	{ rule: 'national-red-cross', surface: 'Chadian Red Cross', text: 'Chadian Red Cross' },
	{ rule: 'article-before-place', surface: 'Los Lagos', text: 'Algae killed fish in the Los Lagos region.' },
	{ rule: 'foreign-article-title', surface: 'El Fasher', text: 'Clinics in El Fasher closed. Le Monde reported it.' },
	{
		rule: 'following-organization-noun',
		surface: 'Azimio la Umoja',
		text:
			'NAIROBI, Kenya — Kenyan President William Ruto on Monday signed the Finance Bill into law at State ' +
			'House, despite weeks of protests led by the opposition Azimio la Umoja coalition.',
	},
	{
		rule: 'following-place-noun',
		surface: 'Nuevo Leon',
		text:
			'The Nuevo Leon state government said it would issue land-use permits within 90 days, and state ' +
			'Economy Secretary Lorena Garza said the park would be connected to a new rail spur by 2027.',
	},
	{ rule: 'before-staff-role', surface: 'Orkent Sound', text: 'The deal was praised by Orkent Sound founder Lisa Marrow on Monday.' },
	{
		rule: 'lower-case-role-before-person',
		surface: 'Efua Tandoh-Mensa',
		text:
			'Chief executive Efua Tandoh-Mensa said in a statement that the firm would appeal. ',
	},
	{ rule: 'organization-cue', surface: 'Goldman Sachs', text: 'Analysts at Goldman Sachs and Morgan Stanley agreed. ' },
	{
		rule: 'organization-cue-weak',
		surface: 'Tomasz Wielgat',
		text:
			'Prices rose, said commodities trader Tomasz Wielgat, who has followed the market for years.',
	},
	{
		rule: 'works-at',
		surface: 'Mystery Creek',
		text:
			'DairyNZ, the industry body funded by a levy on milk, said it would present new research on emissions ' +
			'at the Fieldays agricultural show at Mystery Creek near Hamilton next month.',
	},
	{ rule: 'place-preposition', surface: 'Olszyna Borowska', text: 'Trains will be kept at a depot in Olszyna Borowska next year.' },
	{ rule: 'place-noun-before', surface: 'Maria Kelpa', text: 'Aid went to the village of Maria Kelpa last week.' },
	{ rule: 'coordinated-organization', surface: 'Morgan Stanley', text: 'Analysts at Goldman Sachs and Morgan Stanley agreed. ' },
	{ rule: 'after-the', surface: 'Oberliga Vestfold', text: 'The club plays in the Oberliga Vestfold this season.' },
	{
		rule: 'after-place-possessive',
		surface: 'Kyoei Oils',
		text:
			'Dutch food group Vanderzee Foods and Japan\'s Kyoei Oils said they had halted purchases from the ' +
			'affected mills. The case comes as Malaysian exporters prepare for European Union rules that will bar ' +
			'imports linked to deforestation.',
	},
	{ rule: 'business-word-ending', surface: 'Veltrix Racing', text: 'Veltrix Racing', lexicon: 'data' },
	{ rule: 'named-storm', surface: 'Typhoon Haiyan', text: 'Officials said Typhoon Haiyan killed thousands.', lexicon: 'data' },
	{ rule: 'named-storm', surface: 'Tropical Storm Allison', text: 'Tropical Storm Allison flooded Houston.', lexicon: 'data' },
	{ rule: 'event-head-and-number', surface: 'World War II', text: 'World War II ended in 1945.', lexicon: 'data' },
	{ rule: 'surname-shaped-word', surface: 'Lukashenko', text: 'Talks between Lukashenko and the opposition stalled.', lexicon: 'data' },
	{
		rule: 'document-surname-over-town',
		surface: 'Houston',
		text: 'Whitney Houston sang. With Houston, the show changed.',
		lexicon: 'data',
	},
	{
		rule: 'document-storm-elsewhere',
		surface: 'Phailin',
		text: 'Cyclone Phailin hit Odisha on Saturday. Officials said Phailin had killed 20 people.',
		lexicon: 'data',
	},
	{ rule: 'score-line-run', surface: 'Korvo Bastin', text: 'Korvo Bastin 2 Elvo Marrak 1' },
	{ rule: 'person-shape', surface: 'Taras Melnyk', text: 'Taras Melnyk' },
	{ rule: 'place-before-governor', surface: 'Tarvela', text: 'Relief Secretary Kamal Rahim spoke. Tarvela Governor Oskari Venn agreed.' },
	{ rule: 'role-inside-run', surface: 'Kamal Rahim', text: 'Relief Secretary Kamal Rahim spoke. Tarvela Governor Oskari Venn agreed.' },
	{
		rule: 'name-at-run-end',
		surface: 'Marine Harvest',
		text:
			'Lars Ebbesen, managing director of Zanzibar Marine Harvest, said the company would pay a premium of ' +
			'15% for certified seaweed. The Mwani Women\'s Trust, a local charity, will run bookkeeping classes ' +
			'for members, and Khamis said the first deep-water harvest was expected in November.',
		lexicon: 'data',
	},
	{ rule: 'place-named-organization', surface: 'Ilvo Hamburg', text: 'Ilvo Hamburg' },
	{ rule: 'organization-cue-any-words', surface: 'Bay Morrow', text: 'Suppliers such as Bay Morrow and Alcott Plastics could cut jobs.' },
	{ rule: 'numbered-event', surface: 'COP29', text: 'Delegates gathered at COP29 in Baku. Expo 2030 will be held in Riyadh. ' },
	{ rule: 'foreign-organization-opening', surface: 'Confédération paysanne', text: 'Confédération paysanne' },
	{ rule: 'acronym', surface: 'ZUTA Local 12', text: 'ZUTA Local 12' },
	{ rule: 'road-number', surface: 'A64', text: 'Drivers take the A64 eastbound to York.' },
	{ rule: 'road-number', surface: 'I-44', text: 'From Missouri, follow I-44 West.' },
	{ rule: 'shouted-place', surface: 'PHILIPPINES', text: 'Relief reached the PHILIPPINES on Monday after the storm.' },
	{
		rule: 'long-acronym-unsettled',
		surface: 'ALCOTEXA',
		text:
			'Prices rose, the Alexandria Cotton Exporters\' Association (ALCOTEXA) said on Tuesday. ALCOTEXA ' +
			'expects more sales.\n\n',
	},
	{
		rule: 'place-before-speaking-verb',
		surface: 'Lusaka',
		text:
			'The utility\'s head, Bwalya Nkandu, told reporters in Lusaka. Lusaka said more cuts would follow.',
	},
	{ rule: 'club-named-by-city-word', surface: 'Lyon', text: 'Lyon drew with Nantes on Sunday.' },
	{ rule: 'club-named-by-city-word', surface: 'Marseille', text: 'Toulon lost 2-1 to Marseille.' },
	{ rule: 'club-named-by-city-word', surface: 'London', text: 'London 2 Boston 1' },
	{ rule: 'club-named-by-city-word', surface: 'Boston', text: 'London 2 Boston 1' },
	{ rule: 'club-named-by-city-word', surface: 'Stuttgart', text: 'Stuttgart coach Matthias Kellner was angry.' },
	{ rule: 'club-named-by-city-word', surface: 'Yorkshire', text: 'Yorkshire beat Kent by five wickets.', lexicon: 'data' },
	{ rule: 'word-organization-cue', surface: 'Tarvonshire', text: 'Tarvonshire beat Kent by an innings and 39 runs.' },
	{ rule: 'score-line-team', surface: 'Twente', text: 'Heerenveen 1 Twente 1 (halftime 0-1)' },
	{ rule: 'score-line-team', surface: 'Heerenveen', text: 'Heerenveen 5 2 2 1 8 6 8' },
	{ rule: 'known-place-word', surface: 'Jordan', text: 'Jordan:place' },
	{ rule: 'known-organization-word', surface: 'Xinhua', text: '  - name: Xinhua', lexicon: 'data' },
	{
		rule: 'standalone-event',
		surface: 'Olympics',
		text:
			'Putin said the exchange of visits at the Olympics is a symbol and a good tradition of close ' +
			'relations between the two countries’ heads of state.',
	},
	{
		rule: 'standalone-institution',
		surface: 'Senate',
		text:
			'The budget was approved by the House of Representatives and Senate in June after long talks.',
	},
	{
		rule: 'standalone-place',
		surface: 'Capitol',
		text:
			'"We have the votes," Schumer, a New York Democrat, told reporters at the Capitol. Sen. Lindsey ' +
			'Graham of South Carolina said Republicans wanted changes to asylum rules.',
	},
	{ rule: 'event-head-word', surface: 'Expo 2030', text: 'Delegates gathered at COP29 in Baku. Expo 2030 will be held in Riyadh. ' },
	{ rule: 'head-word-before-verb', surface: 'Park', text: 'Health Minister Ryan Park said no. "Patients come first," Park said.' },
	{ rule: 'word-following-place-noun', surface: 'Keltra', text: 'Rain sent the Orsa and Keltra rivers over their banks.' },
	{
		rule: 'word-following-organization-noun',
		surface: 'Nikkei',
		text:
			'Marusho shares jumped 21% to 4,080 yen on the Tokyo Stock Exchange. The Nikkei newspaper first ' +
			'reported Harborview\'s interest in July.',
	},
	{
		rule: 'known-as',
		surface: 'Chutarik',
		text:
			'Five airlines launched an alliance called Velora Sur. The Central Tariff Council, known as Chutarik, ' +
			'sets prices.',
	},
	{ rule: 'word-coordinated-organization', surface: 'Employment', text: 'Department of Labor and Employment' },
	{ rule: 'word-coordinated-place', surface: 'Mukuru', text: 'Families in Kibera and Mukuru buy water from vendors.' },
	{ rule: 'word-before-corporate-role', surface: 'Velmora', text: 'Velmora forward Taavi Kerner scored twice.' },
	{
		rule: 'word-after-place-possessive',
		surface: 'Corvena',
		text:
			'Work was led by Spain\'s Corvena and Lintang Railway Construction Corp. for years.',
	},
	{ rule: 'word-pair-before-plural-place-noun', surface: 'Orsa', text: 'Rain sent the Orsa and Keltra rivers over their banks.' },
	{ rule: 'word-and-organization-name', surface: 'Environment', text: 'Environment and Energy Agency' },
	{ rule: 'word-organization-cue', surface: 'Torvane', text: 'Torvane\'s Board' },
	{ rule: 'word-organization-cue-weak', surface: 'Kestrel', text: 'Kestrel reported a loss.' },
	{ rule: 'word-after-place-preposition', surface: 'Kibera', text: 'Families in Kibera and Mukuru buy water from vendors.' },
	{
		rule: 'word-after-place-noun',
		surface: 'Quelpa',
		text:
			'The line ends in the municipality of Quelpa. The plant at Varnur in Tamil Nadu will open.',
	},
	{ rule: 'word-before-distance', surface: 'Velmoro', text: 'A camp opened at Velmoro, 40 kilometres north of the border.' },
	{
		rule: 'word-capital-of',
		surface: 'Ho',
		text:
			'The National Communications Authority (NCA) said Volta Mobile would pay 21 million cedis, Kasa ' +
			'Telecom 12 million and Sahel Connect Ghana 5 million after tests in Accra, Kumasi, Tamale and Ho, ' +
			'the capital of the Volta Region, found dropped-call rates well above the permitted 1%.',
	},
	{ rule: 'word-before-life-verb', surface: 'Quorvel', text: 'In 348 Quorvel died, naming a successor.' },
	{ rule: 'word-before-person-verb', surface: 'Ford', text: 'Ford said sales rose.' },
	{ rule: 'word-after-person-verb', surface: 'Quorvex', text: 'The ruling was appealed, said Quorvex.' },
	{
		rule: 'mixed-case-word-unsettled',
		surface: 'D\'Avrenne',
		text: 'The plan was drawn by Yannick D\'Avrenne in 1791.\n\nLater D\'Avrenne served in the army.\n',
	},
	{
		rule: 'mixed-case-word-unsettled',
		surface: 'CCC',
		text:
			'The opposition Citizens Coalition for Change (CCC) said the order came too late for growers who sold ' +
			'early. "Farmers should not be subsidising the treasury," CCC agriculture spokeswoman Ruvimbo Sithole ' +
			'said. Moyo said the ZFU would ask Parliament to write the dollar share into law before next season.',
		lexicon: 'data',
	},
	{ rule: 'airport-code', surface: 'KRV', text: 'Korven Regional Airport (IATA: KRV) lies north of the town.' },
	{ rule: 'state-code-after-town', surface: 'KS', text: 'Take US-169 South from Coffeyville, KS to the city.' },
	{ rule: 'state-code-after-town', surface: 'N.Y.', text: 'Voters in Albany, N.Y., said the vote was close.' },
	{ rule: 'town-before-state', surface: 'Flint', text: 'Residents of Flint, Mich., protested on Monday.' },
	{ rule: 'town-run-before-state', surface: 'Palo Alto', text: 'The company, based in Palo Alto, Calif., said sales rose.' },
	{ rule: 'lone-given-name', surface: 'Debbie', text: 'When the band split, Debbie went back to school.', lexicon: 'data' },
	{ rule: 'lone-word-unsettled', surface: 'Advisory', text: 'Advisory, Conciliation and Arbitration Service' },
	{ rule: 'name-after-title', surface: 'Aaa', text: 'Vice Foreign Minister Aaa ' },
	{ rule: 'name-after-title', surface: 'Brennick', text: 'She was in love with Miss Brennick, whom she met at school.' },
	{
		rule: 'employer-before-title',
		surface: 'Rideau Valley',
		text:
			'OVHC chief executive Marie-Claude Bérubé will lead the combined group, while Rideau Valley CEO ' +
			'Daniel Okafor becomes chief operating officer.',
	},
	{ rule: 'place-in-title', surface: 'Nakuru County', text: 'Nakuru County Governor Odira Mbeki said roads would reopen.' },
	{ rule: 'led-suffix-name', surface: 'Maribor', text: 'Maribor-based insurer Zavarovalna Brdo raised premiums.' },
	{
		rule: 'acronym-defined-after-organization',
		surface: 'Coagrasur',
		text:
			'The Cooperativa Agraria del Sur (Coagrasur) said yields fell.',
	},
	{
		rule: 'initials-after-guessed-name',
		surface: 'Ilse Marnow Vrijheid',
		text:
			'The Pellar Trade Expo (PTE) opened. Ilse Marnow Vrijheid (IMV) said. Anna Berg (AB) spoke.',
	},
	{
		rule: 'initials-of-name',
		surface: 'PTE',
		text:
			'The Pellar Trade Expo (PTE) opened. Ilse Marnow Vrijheid (IMV) said. Anna Berg (AB) spoke.',
	},
	{ rule: 'cited-author', surface: 'Brinvale', text: 'Visitors linger (see Brinvale 2014; Osterhout et al., 2005).' },
	{ rule: 'cited-author', surface: 'Osterhout', text: 'Visitors linger (see Brinvale 2014; Osterhout et al., 2005).' },
	{ rule: 'cited-author', surface: 'Fennick', text: 'About 11,200 speakers (Lewis, Simmler, & Fennick, 2014) remain.' },
	{ rule: 'cited-author', surface: 'Biewenor', text: 'The study was inspired by Carrana & Biewenor [7] but differs.' },
	{ rule: 'cited-author', surface: 'McFarlin', text: 'Games teach skills (Kirrimoor & McFarlin, 2004; Prensky, 2005).' },
	{ rule: 'cited-author', surface: 'Rasmo', text: 'We applied the Rasmo and Scotfield (1981) correction.' },
	// An ordinary word is a cited surname beside one (`Moss` with `Kerrigane`), never alone (`(Weaver, 2016)`).
	{ rule: 'cited-author', surface: 'Moss', lexicon: 'data', text: 'Players track objects (Moss & Kerrigane, 2010) well.' },
	{ rule: 'cited-author', surface: 'Fowler', lexicon: 'data', text: 'It made waves in the media (Fowler, 2015; Devlinsky, 2016).' },
	{ rule: 'document-hint', surface: 'Kestrel', text: 'Kestrel reported a loss.' },
	{ rule: 'word-after-courtesy-title', surface: 'Brennick', text: 'Mr. Brennick said the plant would close.' },
	{ rule: 'document-known-elsewhere', surface: 'Tampere', text: 'TAMPERE, Finland (AP) — Tampere\'s buses stopped.\n' },
	{ rule: 'document-lone-verb-organization', surface: 'Ford', text: 'Ford said sales rose.' },
	{
		rule: 'shouted-unknown-word',
		surface: 'BRENNICK',
		lexicon: 'data',
		text: 'TENNIS - BRENNICK UPSETS SECOND SEED.\n\nTorvald Brennick won 6-4 6-3 on Wednesday.\n',
	},
	{
		rule: 'document-shouted-surname',
		surface: 'BRENNICK',
		lexicon: 'data',
		text: 'TENNIS - BRENNICK UPSETS SECOND SEED.\n\nTorvald Brennick won 6-4 6-3 on Wednesday.\n',
	},
	{
		rule: 'document-club-elsewhere',
		surface: 'Nantes',
		lexicon: 'data',
		text: 'Lyon drew 1-1 with Nantes on Saturday.\n\nNantes led through a header before the break.\n',
	},
	{
		rule: 'document-organization-elsewhere',
		surface: 'Almacenes Rivel',
		text:
			'Almacenes Rivel Ltda cut prices; Almacenes Rivel said it would hire.\n\n',
	},
	{ rule: 'document-surname', surface: 'Park', text: 'Health Minister Ryan Park said no. "Patients come first," Park said.' },
	{
		rule: 'list-shares-organization',
		surface: 'Al Jazeera',
		text:
			'Al Jazeera and Le Monde reported that the Ministry of Finance in Tokyo had intervened. Der Spiegel ' +
			'said in an interview that Deutsche Bank owns a stake in a Japanese lender.',
	},
];

/** Rules that decide a word is no name: the word must not come out as a mention. */
const NOT_NAME_EXAMPLES: readonly RuleExample[] = [
	{
		rule: 'acronym-defined-as-term',
		surface: 'L2',
		text: 'Adults learning a second language (L2) struggle.\n\nMost L2 learners improve, the Kestrel Trust (KT) says.\n',
	},
	{
		// Capitalised ordinary words that spell the abbreviation and make no name define a term too.
		rule: 'acronym-defined-as-term',
		surface: 'SUT',
		lexicon: 'data',
		text: 'Faults are injected into a System Under Test (SUT).\n\nEach SUT method runs twice, the Kestrel Trust (KT) says.\n',
	},
];

const builtIn = new EntityDetector([], createLexicon());
const withData = new EntityDetector([], loadLexicon(path.join(repoRoot, 'server', 'data')).lexicon);

/** What the detector with the shipped data files finds in `text`: `surface:kind` of each mention, in order. */
function kinds(text: string): string[] {
	return withData.analyse(parseSeed(text)).mentions.map(mention => `${mention.surface}:${mention.entity.kind}`);
}

function rulesOf(detector: EntityDetector, text: string, surface: string): string[][] {
	return detector
		.analyse(parseSeed(text))
		.mentions.filter(mention => mention.surface === surface)
		.map(mention => [...mention.rules ?? []]);
}

test('every rule of the catalogue has an example, and every example names a rule of the catalogue', () => {
	const ids = new Set<string>(ENTITY_RULES.map(rule => rule.id));
	assert.equal(ids.size, ENTITY_RULES.length, 'rule ids are unique');
	for (const rule of ENTITY_RULES) assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/, 'kebab-case');
	const exemplified = new Set([...EXAMPLES.map(example => example.rule), ...NOT_NAME_EXAMPLES.map(example => example.rule), 'registry']);
	assert.deepEqual(ENTITY_RULES.filter(rule => !exemplified.has(rule.id)).map(rule => rule.id), []);
	assert.deepEqual(EXAMPLES.filter(example => !ids.has(example.rule)).map(example => example.rule), []);
});

for (const example of EXAMPLES) {
	test(`rule ${example.rule}: fires on ${JSON.stringify(example.surface)}`, () => {
		const found = rulesOf(example.lexicon === 'data' ? withData : builtIn, example.text, example.surface);
		assert.ok(found.some(rules => rules.includes(example.rule)), `${example.surface}: ${JSON.stringify(found)}`);
	});
}

for (const example of NOT_NAME_EXAMPLES) {
	test(`rule ${example.rule}: leaves out ${JSON.stringify(example.surface)}`, () => {
		assert.deepEqual(rulesOf(example.lexicon === 'data' ? withData : builtIn, example.text, example.surface), []);
	});
}

test('rule acronym: not an ordinary word in a shouted heading, nor a unit after a number, but an acronym alone', () => {
	const surfaces = (text: string): string[] => withData.analyse(parseSeed(text)).mentions.map(mention => mention.surface);
	assert.deepEqual(surfaces('THE FUTURE OF WORK\n\nVisas cost 25 CUC at the border.\n'), []);
	assert.deepEqual(surfaces('Shares traded on the SET rose.\n'), ['SET']);
	const places = withData.analyse(parseSeed('The A4 sheet and the M23 rebels.\n')).mentions
		.filter(mention => mention.entity.kind === 'place');
	assert.deepEqual(places, [], 'a letter and digits before an ordinary noun are no road');
});

test('rule dateline-before-date: a date in digits after the capitals, not an ordinary word before it', () => {
	const kinds = (text: string): string[] => builtIn.analyse(parseSeed(text)).mentions
		.map(mention => `${mention.surface}:${mention.entity.kind}`);
	assert.deepEqual(kinds('RIO DE JANEIRO 2025-08-22\n\nRains stopped.\n'), ['RIO DE JANEIRO:place']);
	assert.deepEqual(kinds('UPDATED 2024-03-05\n\nRains stopped.\n'), []);
	assert.deepEqual(kinds('Monday, 6 December 2026\n\nRains stopped.\n'), []);
});

test('rules named-storm, event-head-and-number and document-storm-elsewhere: a storm\'s name is a given name or no ordinary word', () => {
	assert.deepEqual(kinds('Hurricane Katrina hit the city. Storm Ciarán hit Cornwall.'),
		['Hurricane Katrina:event', 'Storm Ciarán:event', 'Cornwall:place']);
	assert.ok(!kinds('Britain sent Storm Shadow missiles.').some(kind => kind.endsWith(':event')), 'a missile is no storm');
	assert.deepEqual(kinds('The Hurricane Season began.'), []);
	assert.deepEqual(kinds('His father fought in World War I, his son in World War Two.'), ['World War I:event', 'World War Two:event']);
	// A storm's name alone is the storm, unless it is part of a person's full name the text gives.
	assert.deepEqual(kinds('Cyclone Phailin hit Odisha. Phailin weakened, and officials said Phailin had killed 20.'),
		['Cyclone Phailin:event', 'Odisha:place', 'Phailin:event', 'Phailin:event']);
	assert.deepEqual(kinds('Katrina Lopez said Hurricane Katrina was the worst. Lopez said Katrina cost billions.'),
		['Katrina Lopez:person', 'Hurricane Katrina:event', 'Lopez:person', 'Katrina:person']);
});

test('rule document-surname-over-town: the town after `in`, a country, and a town before the full name stay places', () => {
	assert.deepEqual(kinds('Whitney Houston sang. Fans in Houston cheered.'), ['Whitney Houston:person', 'Houston:place']);
	assert.deepEqual(kinds('Lucy Jordan spoke. With Jordan, the deal changed.'), ['Lucy Jordan:person', 'Jordan:place']);
	assert.deepEqual(kinds('With Houston, the show changed. Whitney Houston sang.'), ['Houston:place', 'Whitney Houston:person']);
});

test('rule surname-shaped-word: not a place, a nationality, an ordinary word, nor a word after `the`', () => {
	assert.deepEqual(kinds('Talks between Gorbachev and Pashinyan went on.'), ['Gorbachev:person', 'Pashinyan:person']);
	assert.deepEqual(kinds('Kafelnikov beat Ivanisevic 6-3.'), ['Kafelnikov:person', 'Ivanisevic:person']);
	assert.deepEqual(kinds('Mining near the Davydov glacier went on.'), []);
	assert.ok(!kinds('Trains left Saratov and Tambov on time.').some(kind => kind.endsWith(':person')), 'towns stay places');
});

test('rules town-before-state and state-code-after-town: the state and its town are places, a broadcaster is neither', () => {
	assert.deepEqual(kinds('Residents of Flint, Mich., protested.'), ['Flint:place', 'Mich:place']);
	assert.deepEqual(kinds('Voters in Albany, N.Y., said.'), ['Albany:place', 'N.Y.:place']);
	assert.deepEqual(kinds('"We will lose hockey," said Petr Novotný, CT\'s head of sport.'), ['Petr Novotný:person', 'CT:organization']);
	assert.deepEqual(kinds('Mrs. Mills, Miss Grey and Ms. Lane met.').filter(kind => kind.endsWith(':place')), []);
});

test('rule word-organization-cue-weak: not a word numbered like a label', () => {
	assert.deepEqual(kinds('The Category 5 storm moved north. We used the Wave 4 interviews.'), []);
	assert.deepEqual(kinds('Kestrel reported a loss.'), ['Kestrel:organization']);
});

test('rule club-named-by-city-word: a country\'s team stays a place; a city without a result stays a place', () => {
	const kinds = (text: string): string[] => builtIn.analyse(parseSeed(text)).mentions
		.map(mention => `${mention.surface}:${mention.entity.kind}`);
	assert.deepEqual(kinds('England beat Pakistan 2-1 in Lahore.'), ['England:place', 'Pakistan:place', 'Lahore:place']);
	assert.deepEqual(kinds('Talks resumed in Lyon on Monday. London has a new mayor.'), ['Lyon:place', 'London:place']);
	assert.deepEqual(kinds('Prices in Paris are high.'), ['Paris:place']);
	assert.deepEqual(kinds('Paris are top of the league.'), ['Paris:organization']);
	assert.deepEqual(kinds('Japan 2 Syria 1'), ['Japan:place', 'Syria:place']);
	assert.deepEqual(kinds('Temperatures: Heerenveen 12 8'), []);
});

test('shouted lines: only what the lexicons know is a name; the other words name nothing', () => {
	assert.deepEqual(kinds('TENNIS - KOVAC UPSETS SECOND SEED IN VIENNA.\n'), ['VIENNA:place']);
	assert.deepEqual(kinds('CRICKET - ENGLAND WIN SERIES IN KARACHI.\n'), ['ENGLAND:place', 'KARACHI:place']);
	assert.deepEqual(kinds('SOCCER - LEVERKUSEN STAY CLEAR AFTER 3-0 WIN IN STUTTGART.\n'), ['LEVERKUSEN:organization', 'STUTTGART:place']);
	assert.deepEqual(kinds('ORAL ARGUMENT OF GEN. TREVOR MALLORY\n'), ['TREVOR MALLORY:person']);
	// A word no lexicon knows names nothing unless the text names a person in full with it as surname.
	assert.deepEqual(kinds('TENNIS - BRENNICK UPSETS SECOND SEED.\n'), []);
	assert.deepEqual(kinds('TENNIS - BRENNICK UPSETS SECOND SEED.\n\nTorvald Brennick won.\n'),
		['BRENNICK:person', 'Torvald Brennick:person']);
});

test('step title-or-contraction: a courtesy title apart from its name and a pronoun\'s contraction name nothing', () => {
	const mentions = (text: string): string[] => withData.analyse(parseSeed(text))
		.mentions.map(mention => `${mention.surface}:${mention.entity.kind}`);
	const text = 'The next case is Torvald Brennick.\n\nHave you told Mr. Brennick?\n\nYes. I should say I\'d like to start.\n\n' +
		'That is right, Mr. Brennick.\n';
	assert.deepEqual(mentions(text), ['Torvald Brennick:person', 'Brennick:person', 'Brennick:person']);
});

test('step trim: an adverb, an -ing form, a contraction or a noun before a full name opening a name is not part of it', () => {
	const surfaces = (text: string): string[] => withData.analyse(parseSeed(text)).mentions.map(mention => mention.surface);
	assert.deepEqual(surfaces('Currently Torvald Brennick teaches there.\n\nUh Torvald Brennick said no.\n'),
		['Torvald Brennick', 'Torvald Brennick']);
	assert.deepEqual(surfaces('We started the firm together. And, I\'m Torvald Brennick.\n'), ['Torvald Brennick']);
	// An ordinary noun opening a sentence before a full name, but not a name's own word (`Orbital Marine Power`).
	assert.deepEqual(surfaces('Sprinter Nora Brennick won the final.\n'), ['Nora Brennick']);
});

test('rule cited-author: not the last word of a full name or a club, nor a place or a month', () => {
	const persons = (text: string): string[] => withData.analyse(parseSeed(text)).mentions
		.filter(mention => mention.entity.kind === 'person').map(mention => mention.surface);
	assert.deepEqual(persons('He sued Douglas Babstock et al. in court.\n'), ['Douglas Babstock']);
	assert.deepEqual(persons('She played for the Pittsburgh Pirates (1999) and toured (Paris, March 2014).\n'), []);
});

test('rule head-word: mosques, cemeteries, hotels, turnpikes and strips are places', () => {
	assert.deepEqual(kinds('They met at the Ashvale Mosque, rested at the Corlin Hotel and took the Brenmoor Turnpike.\n'),
		['Ashvale Mosque:place', 'Corlin Hotel:place', 'Brenmoor Turnpike:place']);
	assert.deepEqual(kinds('He is buried in Keswold Cemetery.\n'), ['Keswold Cemetery:place']);
	assert.deepEqual(kinds('Troops crossed into the Gaza Strip on Monday.\n'), ['Gaza Strip:place']);
});

test('rule document-surname: not from a name guessed by its shape whose last word the text names as a place', () => {
	const text = 'The City of Dunharrow is old.\n\nDunharrow has a port and a science museum (HealthSpace Dunharrow).\n';
	assert.deepEqual(rulesOf(withData, text, 'Dunharrow'), [['lone-word-unsettled', 'document-known-elsewhere']]);
	const lone = withData.analyse(parseSeed(text)).mentions.find(mention => mention.surface === 'Dunharrow');
	assert.equal(lone?.entity.name, 'City of Dunharrow');
});

test('rule person-shape: a middle initial is inside the name, a capital letter at a sentence end is not', () => {
	const surfaces = (text: string): string[] => withData.analyse(parseSeed(text)).mentions.map(mention => mention.surface);
	assert.deepEqual(surfaces('The linguist Torvald J. Brennick wrote it.\n'), ['Torvald J. Brennick']);
	assert.deepEqual(surfaces('It was Plan B. Then we left.\n'), []);
});

test('rule registry: a name of the workspace registry', () => {
	const registry = parseRegistry('- id: kelvar\n  name: Kelvar Mossgrove\n  kind: organization\n  aliases: [Kelvar]\n');
	const detector = new EntityDetector(registry.entries, createLexicon());
	assert.deepEqual(rulesOf(detector, 'Shares of Kelvar fell on Monday.', 'Kelvar'), [['registry']]);
});

test('rule cited-author: an ordinary word cited alone is no surname', () => {
	const surfaces = (text: string): string[] => withData.analyse(parseSeed(text)).mentions
		.filter(mention => mention.rules?.includes('cited-author')).map(mention => mention.surface);
	assert.deepEqual(surfaces('Viewers rose again (Weaver, 2016).\n'), []);
	assert.deepEqual(surfaces('Viewers rose again (Weaver, 2016; Devlinsky, 2017).\n'), ['Weaver', 'Devlinsky']);
});

test('step join-person-form: a surname a title introduced stays the person\'s before `said`, not an organisation', () => {
	assert.deepEqual(kinds('President Brennick arrived on Monday.\n\nBrennick said the plant would close.\n'),
		['Brennick:person', 'Brennick:person']);
	assert.deepEqual(kinds('Mr. Brennick arrived on Monday.\n\nBrennick said the plant would close.\n'),
		['Brennick:person', 'Brennick:person']);
	assert.deepEqual(kinds('Brennick said the plant would close.\n'), ['Brennick:organization']);
});

test('rule document-club-elsewhere: the town itself stays a place (`the game in Boston`)', () => {
	assert.deepEqual(kinds('Lyon drew 1-1 with Nantes.\n\nThe game in Nantes was watched by 30,000. Nantes led at half-time.\n'),
		['Lyon:organization', 'Nantes:organization', 'Nantes:place', 'Nantes:organization']);
	assert.deepEqual(kinds('Nantes is a port. The mayor of Nantes spoke.\n'), ['Nantes:place', 'Nantes:place']);
});
