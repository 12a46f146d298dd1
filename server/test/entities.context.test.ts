import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../src/core/parser';
import { EntityDetector } from '../src/core/entities/detector';
import { createLexicon, type Lexicon } from './support/lexicon';

/** The helpers on `lexicon`: a test that needs names of the data files builds its own lexicon with them. */
function withLexicon(lexicon: Lexicon) {
	const detector = new EntityDetector([], lexicon);
	return {
		/** `[surface, kind]` of every mention, in text order. */
		detect(text: string): [string, string][] {
			return detector.analyse(parseSeed(text)).mentions.map(mention => [mention.surface, mention.entity.kind]);
		},
		kindOf(text: string, surface: string): string | undefined {
			const found = detector.analyse(parseSeed(text)).mentions.filter(mention => mention.surface === surface);
			return found.length === 0 ? undefined : found.map(mention => mention.entity.kind).join(',');
		},
	};
}

/** On the built-in lexicons alone. */
const { detect, kindOf } = withLexicon(createLexicon());

test('a dateline city with its country or state, a lower-case agency, and the city written later in mixed case', () => {
	assert.deepEqual(detect('LIMASSOL, Cyprus, May 3 (dpa) - Ferries left Limassol early.\n'), [
		['LIMASSOL', 'place'], ['Cyprus', 'place'], ['dpa', 'organization'], ['Limassol', 'place'],
	]);
	assert.deepEqual(detect('TAMPERE, Finland (AP) — Tampere\'s buses stopped.\n'), [
		['TAMPERE', 'place'], ['Finland', 'place'], ['AP', 'organization'], ['Tampere', 'place'],
	]);
});

test('a descriptive noun before a name makes it an organisation; one that describes people does not', () => {
	const text = 'Shares of logistics firm Vantrek fell. Consumer group Orvalis said prices rose. '
		+ 'Retail chains such as Pellgard and Drummel agreed. '
		+ 'The regional watchdog, Kestron, said it would act. Taras Melnyk, an analyst at the federation, said demand fell.';
	assert.equal(kindOf(text, 'Vantrek'), 'organization');
	assert.equal(kindOf(text, 'Orvalis'), 'organization');
	assert.equal(kindOf(text, 'Pellgard'), 'organization');
	assert.equal(kindOf(text, 'Drummel'), 'organization');
	assert.equal(kindOf(text, 'Kestron'), 'organization');
	assert.equal(kindOf(text, 'Taras Melnyk'), 'person');
	// Pens `run by` a name are a firm's; a lone name after `rival` may be a person's.
	assert.equal(kindOf('The pens run by Marvique were closed.', 'Marvique'), 'organization');
});

test('foreign openings, legal suffixes and club prefixes name organisations, and their short forms follow', () => {
	const text = 'Instituto Velarde and Radio Tamborin reported it. '
		+ 'Almacenes Rivel Ltda cut prices; Almacenes Rivel said it would hire.\n\n'
		+ 'SC Wendorf 1921 lost again. Wendorf said it would appeal.';
	assert.deepEqual(detect(text), [
		['Instituto Velarde', 'organization'], ['Radio Tamborin', 'organization'], ['Almacenes Rivel Ltda', 'organization'],
		['Almacenes Rivel', 'organization'], ['SC Wendorf 1921', 'organization'], ['Wendorf', 'organization'],
	]);
});

test('a short name in parentheses after an organisation is its own; `Co., Ltd.` ends a company name', () => {
	assert.deepEqual(detect('The Cooperativa Agraria del Sur (Coagrasur) said yields fell.'), [
		['Cooperativa Agraria del Sur', 'organization'], ['Coagrasur', 'organization'],
	]);
	assert.deepEqual(detect('Trains run by Hubei Lantian Trading Co., Ltd. reached the coast.'), [
		['Hubei Lantian Trading Co., Ltd.', 'organization'],
	]);
});

test('`and` inside an organisation\'s name, but not between two names', () => {
	assert.deepEqual(detect('A court fined Lakeside City Water and Drainage Company on Monday.'), [
		['Lakeside City Water and Drainage Company', 'organization'],
	]);
	assert.deepEqual(detect('The State Service for Plant Health and Seed Control said it had checked cargoes.'), [
		['State Service for Plant Health and Seed Control', 'organization'],
	]);
	assert.deepEqual(detect('Inspectors checked pens run by Velmar and Ostrander Seafoods.'), [
		['Velmar', 'organization'], ['Ostrander Seafoods', 'organization'],
	]);
});

test('a place and words that are no person\'s name form an organisation; a given name first stays a person', () => {
	assert.equal(kindOf('Analysts said Nairobi Express would raise fares.', 'Nairobi Express'), 'organization');
	assert.equal(kindOf('Jordan Pickens scored twice.', 'Jordan Pickens'), 'person');
	assert.equal(kindOf('Officials in Kenya Finance Ministry declined.', 'Kenya'), 'place');
});

test('possessive place names, currencies, `X-based`, places joined by `and`, an article before a place', () => {
	assert.deepEqual(detect('A Tolley\'s Bay orchard was fined. Tolley\'s Bay Regional Council said it had no role. '
		+ 'Kenya\'s Rift Valley was dry.'), [
		['Tolley\'s Bay', 'place'], ['Tolley\'s Bay Regional Council', 'organization'], ['Kenya', 'place'], ['Rift Valley', 'place'],
	]);
	assert.deepEqual(detect('The fine was NZ$240,000 and US$5 billion.'), []);
	assert.deepEqual(detect('Maribor-based insurer Zavarovalna Brdo raised premiums.'), [
		['Maribor', 'place'], ['Zavarovalna Brdo', 'organization'],
	]);
	assert.deepEqual(detect('Families in Kibera and Mukuru buy water from vendors.'), [['Kibera', 'place'], ['Mukuru', 'place']]);
	assert.deepEqual(detect('Algae killed fish in the Los Lagos region.'), [['Los Lagos', 'place']]);
	assert.deepEqual(detect('Farms in Lower Pomerania and Upper Vestland were flooded.'), [
		['Lower Pomerania', 'place'],
		['Upper Vestland', 'place'],
	]);
});

test('`the` before an unknown two-word name makes it no person; a firm named before a person of that surname stays a firm', () => {
	assert.equal(kindOf('The club plays in the Oberliga Vestfold this season.', 'Oberliga Vestfold'), 'organization');
	const text = 'Halvard, which employs 90 people, said orders fell. Managing director Ingrid Halvard declined to comment.';
	assert.deepEqual(detect(text), [['Halvard', 'organization'], ['Ingrid Halvard', 'person']]);
});

test('a state\'s head word with `of` is a place only before a place: `Federation of Enterprises` is an organisation', () => {
	assert.deepEqual(detect('The Hellenic Federation of Enterprises met the Republic of Korea delegation.'), [
		['Hellenic Federation of Enterprises', 'organization'], ['Republic of Korea', 'place'],
	]);
});

test('a role inside a run: the words before it are a title, or a place before a governor or mayor; '
	+ 'a given name after a title makes `Park` a surname', () => {
	assert.deepEqual(detect('Relief Secretary Kamal Rahim spoke. Tarvela Governor Oskari Venn agreed.'), [
		['Kamal Rahim', 'person'], ['Tarvela', 'place'], ['Oskari Venn', 'person'],
	]);
	assert.deepEqual(detect('Health Minister Ryan Park said no. "Patients come first," Park said.'), [
		['Ryan Park', 'person'],
		['Park', 'person'],
	]);
	assert.deepEqual(detect('Creditors were told by administrator Jan Velten on Jan 5.'), [['Jan Velten', 'person']]);
});

test('currencies, `X-based` before a name, business head words and their short forms, sponsor names after a known club', () => {
	const { detect, kindOf } = withLexicon(createLexicon({ organizations: ['Fenerbahce'] }));
	assert.deepEqual(detect('Shares opened at Rs 396 against Rs 322.'), []);
	assert.deepEqual(detect('Montreal-based Cogrova Communications bought Tidewell Fibre Networks. Cogrova shares rose.'), [
		['Montreal', 'place'],
		['Cogrova Communications', 'organization'],
		['Tidewell Fibre Networks', 'organization'],
		['Cogrova', 'organization'],
	]);
	// Football clubs ship in the organisations data file, which these tests do not load.
	assert.equal(kindOf('Fenerbahce Orvix won the game.', 'Fenerbahce Orvix'), 'organization');
});

test('places from their context: `municipality of`, `at X in <place>`, plural nouns after a pair, a hospital', () => {
	assert.deepEqual(detect('The line ends in the municipality of Quelpa. The plant at Varnur in Tamil Nadu will open.'), [
		['Quelpa', 'place'], ['Varnur', 'place'], ['Tamil Nadu', 'place'],
	]);
	assert.deepEqual(detect('Rain sent the Orsa and Keltra rivers over their banks.'), [['Orsa', 'place'], ['Keltra', 'place']]);
	assert.deepEqual(detect('At Westbrae Hospital, staff were short.'), [['Westbrae Hospital', 'place']]);
	assert.deepEqual(detect('Westbrae Hospital said staff were short.'), [['Westbrae Hospital', 'place']]);
});

test('organisation names with commas and `and`, possessive plurals, and a firm joined by `and` to a company', () => {
	assert.deepEqual(detect('Union leaders met the Department of Trade, Industry and Competition on Monday.'), [
		['Department of Trade, Industry and Competition', 'organization'],
	]);
	assert.deepEqual(detect("The Tasman Nurses and Midwives' Association called a strike."), [
		["Tasman Nurses and Midwives' Association", 'organization'],
	]);
	assert.deepEqual(detect('Work was led by Spain\'s Corvena and Lintang Railway Construction Corp. for years.'), [
		['Spain', 'place'], ['Corvena', 'organization'], ['Lintang Railway Construction Corp.', 'organization'],
	]);
	// `Bay` is a place's head word, so `Bay Morrow` is no person's name; `suppliers such as` makes it a firm.
	assert.deepEqual(detect('Suppliers such as Bay Morrow and Alcott Plastics could cut jobs.'), [
		['Bay Morrow', 'organization'],
		['Alcott Plastics', 'organization'],
	]);
});

test('hospitals and medical centres are places; a role inside a place\'s name is not read as a person\'s title', () => {
	const text = 'Patients were moved to Varnholt Central Hospital and the Drellick Medical Center. '
		+ 'Staff at Royal Prince Osric Hospital waited.';
	assert.equal(kindOf(text, 'Varnholt Central Hospital'), 'place');
	assert.equal(kindOf(text, 'Drellick Medical Center'), 'place');
	assert.equal(kindOf(text, 'Royal Prince Osric Hospital'), 'place');
});

test('a descriptive noun opening a sentence, a lower-case appositive only, and a place opening an organisation\'s name', () => {
	assert.deepEqual(detect('Insurer Korvalis said it had received 300 claims.'), [['Korvalis', 'organization']]);
	assert.equal(kindOf('A spokeswoman for the Trade Ministry, Mirela Dostan, said talks went on.', 'Mirela Dostan'), 'person');
	assert.equal(kindOf('Fans cheered. New Zealand Rowing said the crew was ready.', 'New Zealand Rowing'), 'organization');
});

test('a union\'s numbered local, a place measured from, and a county before a governor\'s title', () => {
	assert.equal(kindOf('Members of ZUTA Local 12 voted to strike.', 'ZUTA Local 12'), 'organization');
	assert.equal(kindOf('A camp opened at Velmoro, 40 kilometres north of the border.', 'Velmoro'), 'place');
	assert.deepEqual(detect('Nakuru County Governor Odira Mbeki said roads would reopen.'), [
		['Nakuru County', 'place'],
		['Odira Mbeki', 'person'],
	]);
});

test('a lower-case role between two names makes the first an employer or a club', () => {
	assert.deepEqual(detect('Velmora forward Taavi Kerner scored twice.'), [['Velmora', 'organization'], ['Taavi Kerner', 'person']]);
	assert.equal(kindOf('The deal was praised by Orkent Sound founder Lisa Marrow on Monday.', 'Orkent Sound'), 'organization');
	// `Managing director …` opening a sentence is a title, not a firm.
	assert.equal(kindOf('Managing director Lisa Marrow said sales rose.', 'Managing'), undefined);
});

test('people who work at a firm, partners listed after a plural noun, shareholders, and a firm `of` its city', () => {
	assert.equal(kindOf('Analysts at Quorvane said the offer was fair.', 'Quorvane'), 'organization');
	assert.equal(kindOf('Creditors including Faldenbank lost money.', 'Faldenbank'), 'organization');
	assert.equal(kindOf('Under the deal, Skyverin shareholders will own 58%.', 'Skyverin'), 'organization');
	assert.deepEqual(detect('The fine was followed by one for Tagmoor of Oslo and Brellix AG of Munich.'), [
		['Tagmoor', 'organization'], ['Oslo', 'place'], ['Brellix AG', 'organization'], ['Munich', 'place'],
	]);
});

test('names listed with an organisation are organisations; an apposition or a second clause is no list', () => {
	const { detect, kindOf } = withLexicon(createLexicon({ organizations: ['Spotify'] }));
	assert.deepEqual(detect('Its songs remain on Spotify, Quelltone and Varadio.'), [
		['Spotify', 'organization'],
		['Quelltone', 'organization'],
		['Varadio', 'organization'],
	]);
	assert.equal(kindOf('A spokeswoman for the Trade Ministry, Mirela Dostan, said talks went on.', 'Mirela Dostan'), 'person');
	assert.equal(
		kindOf('The merger was backed by chief executive Jonah Tervit, and Orvex Holdings said it agreed.', 'Jonah Tervit'),
		'person',
	);
});

test('an unknown word after a country\'s possessive names a firm; `Securities and Exchange …` is one name', () => {
	assert.equal(
		kindOf("The deal needs approval from Sweden's Tillsynsverket and the European Commission.", 'Tillsynsverket'),
		'organization',
	);
	assert.equal(
		kindOf(
			'Market regulator Securities and Exchange Board of Ruritania cleared the issue.',
			'Securities and Exchange Board of Ruritania',
		),
		'organization',
	);
	assert.equal(kindOf('Officials at the Ministry of Energy and Mines declined.', 'Ministry of Energy and Mines'), 'organization');
});

test('Korean names put the surname first; a person is also named by a given name or a first surname', () => {
	const korean = 'Union leader Jang Min-ho said the offer was low. Jang said the union would strike. '
		+ 'Vice president Park Jung-min declined.';
	assert.deepEqual(detect(korean), [['Jang Min-ho', 'person'], ['Jang', 'person'], ['Park Jung-min', 'person']]);
	const malay = 'Chief executive Azlan Hakimi Rosli told a briefing the deal was done. Azlan said staff would stay.';
	assert.deepEqual(detect(malay), [['Azlan Hakimi Rosli', 'person'], ['Azlan', 'person']]);
	const spanish = 'Director Elena Vargas Quintero said the museum would reopen. "It is ours," Vargas said.';
	assert.deepEqual(detect(spanish), [['Elena Vargas Quintero', 'person'], ['Vargas', 'person']]);
});

test('after a given name a place\'s name is a surname; unknown names after `in` or `village of` are places', () => {
	assert.equal(kindOf('"It will not change," said Carlos Lisbon, a researcher.', 'Carlos Lisbon'), 'person');
	assert.equal(kindOf('Trains will be kept at a depot in Olszyna Borowska next year.', 'Olszyna Borowska'), 'place');
	assert.equal(kindOf('A farmer from the village of Pir Daro Goth said the water rose.', 'Pir Daro Goth'), 'place');
	assert.equal(kindOf('The club was relegated from the Regionalliga Ost last year.', 'Regionalliga Ost'), 'organization');
});

test('a team takes a plural verb, a person a lower-case role; a body named by `called` or `known as`', () => {
	const text = 'Orvenik still have to play Dralsko, Brevic said. Kranjc and Novak were fined. '
		+ 'Chief executive Efua Tandoh-Mensa said in a statement that the firm would appeal. '
		+ 'Five airlines launched an alliance called Velora Sur. The Central Tariff Council, known as Chutarik, sets prices.';
	assert.equal(kindOf(text, 'Orvenik'), 'organization');
	assert.equal(kindOf(text, 'Novak'), undefined);
	assert.equal(kindOf(text, 'Efua Tandoh-Mensa'), 'person');
	assert.equal(kindOf(text, 'Velora Sur'), 'organization');
	assert.equal(kindOf(text, 'Chutarik'), 'organization');
});

test('unknown words listed with places are places; names going on over `and`', () => {
	assert.deepEqual(detect('Teachers rallied in Brisbane, Varrow, Keltie and Mount Isa on Friday.'), [
		['Brisbane', 'place'], ['Varrow', 'place'], ['Keltie', 'place'], ['Mount Isa', 'place'],
	]);
	assert.deepEqual(detect('Funding came from the Knut and Alice Varnberg Foundation on Monday.'), [
		['Knut and Alice Varnberg Foundation', 'organization'],
	]);
	assert.deepEqual(detect('He spoke to the Tarawa Broadcasting and Communications Authority on Monday.'), [
		['Tarawa Broadcasting and Communications Authority', 'organization'],
	]);
	assert.deepEqual(detect('Kenya Airways and Precision Air said they would merge routes on Monday.'), [
		['Kenya Airways', 'organization'], ['Precision Air', 'organization'],
	]);
	assert.deepEqual(detect('On Monday the Latin American and Caribbean Air Transport Association (LACATA) welcomed the move.'), [
		['Latin American and Caribbean Air Transport Association', 'organization'], ['LACATA', 'organization'],
	]);
	assert.deepEqual(detect('They met the Western and Central Pacific Fisheries Commission in Manila last year.'), [
		['Western and Central Pacific Fisheries Commission', 'organization'], ['Manila', 'place'],
	]);
});

test('foreign names of bodies: elided articles, lower-case rests, an English `of` for the seat', () => {
	assert.deepEqual(detect('The loan came from the Banque de l\'Ardoise and was approved by the Autorité de la concurrence on Monday.'), [
		['Banque de l\'Ardoise', 'organization'], ['Autorité de la concurrence', 'organization'],
	]);
	assert.deepEqual(detect('The Confédération paysanne said farmers would march. Grupo Velmar reported a loss.'), [
		['Confédération paysanne', 'organization'], ['Grupo Velmar', 'organization'],
	]);
	assert.deepEqual(detect('The partners are Varnair of Paraguay and Aerolíneas Tolosa of Honduras, officials said.'), [
		['Varnair', 'organization'], ['Paraguay', 'place'], ['Aerolíneas Tolosa', 'organization'], ['Honduras', 'place'],
	]);
});

test('a person named with a foreign article is the surname later, not a newspaper', () => {
	assert.deepEqual(detect('Yannick Le Braz heads the cooperative. "We cannot go alone," Le Braz said.'), [
		['Yannick Le Braz', 'person'], ['Le Braz', 'person'],
	]);
	assert.deepEqual(detect('The team\'s sprinter Milan Voskuijl won the stage. Voskuijl said the team rode well.'), [
		['Milan Voskuijl', 'person'], ['Voskuijl', 'person'],
	]);
});

test('a role word used as a verb is no title; breweries and labels before a name, `released by`', () => {
	const text = 'Airlines launched an alliance called Velora Sur. Valdés will chair Velora Sur for two years. '
		+ 'The festival lost its sponsor, the brewery Pohjolan Varsi, in 2024. Kuldrun are released by Bedroom Tarvik in Oslo.';
	assert.equal(kindOf(text, 'Velora Sur'), 'organization,organization');
	assert.equal(kindOf(text, 'Pohjolan Varsi'), 'organization');
	assert.equal(kindOf(text, 'Bedroom Tarvik'), 'organization');
});

test('an office named by its holder and a union of members keep their possessive; a firm\'s board does not', () => {
	const text = 'The Federal Prosecutor\'s Office of Ruritania charged two men. The Velmoran Dockers\' Union called a strike. '
		+ 'Torvane\'s Board met on Monday.';
	assert.equal(kindOf(text, 'Federal Prosecutor\'s Office of Ruritania'), 'organization');
	assert.equal(kindOf(text, 'Velmoran Dockers\' Union'), 'organization');
	assert.equal(kindOf(text, 'Torvane'), 'organization');
	assert.equal(kindOf(text, 'Torvane\'s Board'), undefined);
});

test('a national Red Cross keeps its nationality; a known firm\'s national unit is one name', () => {
	const { kindOf } = withLexicon(createLexicon({ organizations: ['Valmoret'], givenNames: ['Valmoret'] }));
	assert.equal(kindOf('Volunteers of the Chadian Red Cross arrived.', 'Chadian Red Cross'), 'organization');
	assert.equal(kindOf('Sales at Valmoret Korea rose.', 'Valmoret Korea'), 'organization');
});

test('without a given name, a long ordinary word at the end makes a firm, but a surname-shaped one does not', () => {
	const { kindOf } = withLexicon(
		createLexicon({
			dictionaryWords: ['racing', 'walker', 'brook', 'employment', 'environment', 'industrial', 'technology', 'development',
				'security', 'metal'],
		}),
	);
	// The shipped dictionary-words data holds these; the tests run on the built-in lexicons.
	assert.equal(kindOf('Orders went to Bernhof Commodities and others.', 'Bernhof Commodities'), 'organization');
	assert.equal(kindOf('The contract went to Veltrix Racing on Monday.', 'Veltrix Racing'), 'organization');
	assert.equal(kindOf('The contract went to Thandor Walker on Monday.', 'Thandor Walker'), 'person');
	assert.equal(kindOf('The contract went to Thandor Brooks on Monday.', 'Thandor Brooks'), 'person');
});

test('a long name goes on over `and` after a known name, a field or a lone ordinary word', () => {
	// The shipped dictionary-words data holds these; the tests run on the built-in lexicons.
	const { detect, kindOf } = withLexicon(
		createLexicon({ dictionaryWords: ['employment', 'environment', 'industrial', 'technology', 'development', 'security', 'metal'] }),
	);
	assert.equal(
		kindOf('Officials at the Department of Labor and Employment declined.', 'Department of Labor and Employment'),
		'organization',
	);
	assert.equal(
		kindOf(
			'Funds came from the Ruritania Organization for Metals and Energy Security.',
			'Ruritania Organization for Metals and Energy Security',
		),
		'organization',
	);
	assert.equal(
		kindOf(
			'Backing came from the New Energy and Industrial Technology Development Organization on Monday.',
			'New Energy and Industrial Technology Development Organization',
		),
		'organization',
	);
	assert.equal(
		kindOf('Drilling should wait for the Environment and Energy Agency to finish.', 'Environment and Energy Agency'),
		'organization',
	);
	assert.deepEqual(detect('The plan was agreed by officials at the Ministry of Finance and Skyverin Holdings '
		+ 'on a visit to the port last week.'), [
		['Ministry of Finance', 'organization'], ['Skyverin Holdings', 'organization'],
	]);
});

test('a town\'s name before `said` is the surname of the person named before it; paired places after `in` stay places', () => {
	assert.deepEqual(detect('The utility\'s head, Bwalya Nkandu, told reporters in Lusaka. Lusaka said more cuts would follow.'), [
		['Bwalya Nkandu', 'person'], ['Lusaka', 'place'], ['Lusaka', 'place'],
	]);
	assert.deepEqual(detect('The board chose Tomas Valdivia. Valdivia said he would start soon, and officials in Valdivia agreed.')
		.map(([surface, kind]) => `${surface}:${kind}`), [
		'Tomas Valdivia:person', 'Valdivia:person', 'Valdivia:place',
	]);
	assert.equal(kindOf('Principals in Northland and Rotorua said meals would arrive cold.', 'Rotorua'), 'place');
});

test('a firm named with its seat after `of`; a union\'s `Democratic Confederation of Labour` is no state', () => {
	assert.deepEqual(detect('The cells come from Polar Cell Systems of Oslo, the company said.'), [
		['Polar Cell Systems', 'organization'],
		['Oslo', 'place'],
	]);
	assert.deepEqual(detect('The order went to Gulf Aqua Holdings of the United Arab Emirates last year.'), [
		['Gulf Aqua Holdings', 'organization'],
		['United Arab Emirates', 'place'],
	]);
	assert.equal(
		kindOf('Workers of the Democratic Confederation of Labour marched.', 'Democratic Confederation of Labour'),
		'organization',
	);
	assert.equal(kindOf('Leaders of the Democratic Republic of Congo met.', 'Democratic Republic of Congo'), 'place');
	assert.equal(kindOf('Said Velmora, a team leader at the plant, was promoted.', 'Velmora'), undefined);
});

test('nouns that stand before firms and people make a name without a given name an organisation', () => {
	const { kindOf } = withLexicon(createLexicon({ givenNames: ['Tomasz'] }));
	assert.equal(kindOf('Prices rose after state trader Moldrenta raised its tariff by a tenth on Monday.', 'Moldrenta'), 'organization');
	assert.equal(kindOf('The survey was carried out by pollster Ipsovar for the broadcaster in late May.', 'Ipsovar'), 'organization');
	assert.equal(
		kindOf('Passengers switched as state operator Renvia and rivals Ouvigo battle for routes this year.', 'Ouvigo'),
		'organization',
	);
	assert.equal(
		kindOf('Prices rose, said commodities trader Tomasz Wielgat, who has followed the market for years.', 'Tomasz Wielgat'),
		'person',
	);
});

test('after a country\'s possessive, two words without a given name name a firm; with one, a person', () => {
	const { kindOf } = withLexicon(createLexicon({ places: ['Japan', 'Italy'], givenNames: ['Giulia'] }));
	assert.equal(
		kindOf("Buyers including Japan's Kyoren Oils said on Tuesday that they had halted their purchases.", 'Kyoren Oils'),
		'organization',
	);
	assert.equal(
		kindOf("Lawmakers said on Tuesday that Italy's Giulia Ventresca would lead the talks in the spring.", 'Giulia Ventresca'),
		'person',
	);
});

test('the words before a company\'s role name the employer; a well-known name before a longer title too', () => {
	const { detect } = withLexicon(createLexicon({ organizations: ['World Bank'], givenNames: ['Daniel', 'David'] }));
	assert.deepEqual(detect('After the merger, Rideau Marsh CEO Daniel Okaforo becomes chief operating officer of the group.'), [
		['Rideau Marsh', 'organization'], ['Daniel Okaforo', 'person'],
	]);
	assert.deepEqual(detect('The lender said on Monday that World Bank Country Director David Sislenko would visit next week.'), [
		['World Bank', 'organization'], ['David Sislenko', 'person'],
	]);
});

test('a federation of a country is a body unless state words stand before its head; a role inside a run is no place', () => {
	const { detect, kindOf } = withLexicon(createLexicon({ places: ['Ireland', 'Congo'], givenNames: ['Claire'] }));
	assert.equal(
		kindOf('Funding for the Olympic Federation of Ireland was cut by a tenth this year.', 'Olympic Federation of Ireland'),
		'organization',
	);
	assert.equal(
		kindOf('Troops of the Democratic Republic of Congo crossed the river this year.', 'Democratic Republic of Congo'),
		'place',
	);
	assert.deepEqual(detect('The station will open next year, Northern Affairs Minister Claire Robichard told reporters in the capital.'), [
		['Claire Robichard', 'person'],
	]);
});

test('two well-known names joined by `and` stay two; fields listed before a head word make one name', () => {
	const { detect } = withLexicon(
		createLexicon({
			organizations: ['Council of Europe', 'Transparency International'],
			dictionaryWords: ['competition', 'markets'],
		}),
	);
	assert.deepEqual(detect('The report was praised by the Council of Europe and Transparency International on Friday.'), [
		['Council of Europe', 'organization'], ['Transparency International', 'organization'],
	]);
	assert.deepEqual(detect('The fine was imposed by the National Markets and Competition Commission on Friday after a long probe.'), [
		['National Markets and Competition Commission', 'organization'],
	]);
});

test('a descriptive noun opening a sentence is no part of the name after it; foreign openings of bands and parties', () => {
	assert.deepEqual(detect('Broadcaster BBC Alba will show the final on Saturday evening, the organisers said.'), [
		['BBC Alba', 'organization'],
	]);
	assert.equal(
		kindOf('The night closed with sets by Orquesta Tamboril and Sexteto Milongón in the hall.', 'Orquesta Tamboril'),
		'organization',
	);
	assert.equal(
		kindOf('The night closed with sets by Orquesta Tamboril and Sexteto Milongón in the hall.', 'Sexteto Milongón'),
		'organization',
	);
	assert.equal(
		kindOf('The runoff pits the candidate of Fuerza Serrana against a former mayor of the city.', 'Fuerza Serrana'),
		'organization',
	);
});

test('a field and a country opening a sentence name a national body; a well-known name goes on over `and`', () => {
	const { detect } = withLexicon(createLexicon({ places: ['Ireland'], organizations: ['Law and Justice'] }));
	assert.deepEqual(detect('Athletics Ireland also said the indoor championships would move to the south this winter.'), [
		['Athletics Ireland', 'organization'],
	]);
	assert.deepEqual(detect('The opposition Law and Justice party said on Monday that it would challenge the vote in court.'), [
		['Law and Justice', 'organization'],
	]);
});

test('languages and regional adjectives are no names; a government named with its place is one organisation', () => {
	const { detect } = withLexicon(createLexicon({ places: ['Vanuatu', 'Asia'] }));
	assert.deepEqual(detect('The festival of Gaelic song opened on Friday, and children who speak Gaelic at school took part.'), []);
	assert.deepEqual(detect('Three Central Asian states signed the deal on Friday after long talks.'), []);
	assert.deepEqual(detect('The case was brought by the Government of Vanuatu on Friday after long talks.'), [
		['Government of Vanuatu', 'organization'],
	]);
});

test('technical abbreviations are no organisations; a party\'s initials are', () => {
	assert.deepEqual(detect('Tests found PFAS above the limit in three wells, and SIM cards were blocked in the district.'), []);
	assert.deepEqual(
		detect('The plan failed after the Socialist Party (PS) voted against it, and PS leaders called for talks.').map(
			([surface, kind]) => `${surface}:${kind}`,
		),
		['Socialist Party:organization', 'PS:organization', 'PS:organization'],
	);
});

test('ordinary words listed with commas before a head word make one name; well-known names go on over lower-case words', () => {
	const { detect } = withLexicon(
		createLexicon({
			dictionaryWords: ['advisory', 'conciliation', 'arbitration', 'service'],
			organizations: ['Committee to Protect Journalists', 'Reporters Without Borders'],
		}),
	);
	assert.deepEqual(detect('The talks were chaired by the Advisory, Conciliation and Arbitration Service on Friday.'), [
		['Advisory, Conciliation and Arbitration Service', 'organization'],
	]);
	assert.deepEqual(detect('Reporters Without Borders and the Committee to Protect Journalists issued a joint statement on Friday.'), [
		['Reporters Without Borders', 'organization'], ['Committee to Protect Journalists', 'organization'],
	]);
});

test('a compass word before a known place is a place; venues and foreign connectors; a field before a two-word country', () => {
	const { detect, kindOf } = withLexicon(createLexicon({ places: ['Java', 'Manila', 'New Zealand', 'Finland'] }));
	assert.deepEqual(detect('The company sponsors football clubs in East Java and plays home games in Metro Manila.'), [
		['East Java', 'place'],
		['Metro Manila', 'place'],
	]);
	assert.equal(kindOf('The final will be played at the Daehan Foods Dome on Sunday evening.', 'Daehan Foods Dome'), 'place');
	assert.equal(
		kindOf(
			'Samples were tested by the Institut de Recherche en Sciences de la Santé last year.',
			'Institut de Recherche en Sciences de la Santé',
		),
		'organization',
	);
	assert.equal(
		kindOf('The report by the Geological Survey of Finland was published on Monday.', 'Geological Survey of Finland'),
		'organization',
	);
	assert.equal(
		kindOf('The league is run by Netball New Zealand, which signed the sponsor on Monday.', 'Netball New Zealand'),
		'organization',
	);
});

test('`and the` goes on over ordinary words only; a place before `and` ends the name; an acronym\'s possessive is no place\'s', () => {
	const { detect, kindOf } = withLexicon(
		createLexicon({
			places: ['Auckland'],
			organizations: ['FAO'],
			dictionaryWords: ['forestry', 'fisheries', 'environment', 'crown', 'desert', 'locust', 'information'],
		}),
	);
	assert.equal(
		kindOf(
			'The permits were issued by the Department of Forestry, Fisheries and the Environment last year.',
			'Department of Forestry, Fisheries and the Environment',
		),
		'organization',
	);
	assert.equal(
		kindOf('Scientists from the University of Auckland and Crown research institutes took part this year.', 'University of Auckland'),
		'organization',
	);
	assert.deepEqual(detect('Drones were flown with help from the FAO\'s Desert Locust Information Service, which tracks swarms.'), [
		['FAO', 'organization'], ['Desert Locust Information Service', 'organization'],
	]);
});

test('an institution named by one word after `and` is a name of its own', () => {
	assert.deepEqual(detect('The budget was approved by the House of Representatives and Senate in June after long talks.'), [
		['House of Representatives', 'organization'], ['Senate', 'organization'],
	]);
});

test('a given name written with accents that the list holds without them is a given name', () => {
	const { kindOf } = withLexicon(createLexicon({ givenNames: ['Lucia'], places: ['Herrera'] }));
	assert.equal(
		kindOf('"We paid for these pensions," said Lucía Herrera, a court clerk and a delegate of the union.', 'Lucía Herrera'),
		'person',
	);
});

test('a long or mixed-case acronym defined after an organisation names it there and later; a shouted word names nothing', () => {
	const { kindOf } = withLexicon(createLexicon({ dictionaryWords: ['cotton', 'exporters', 'association'] }));
	const text = 'Prices rose, the Alexandria Cotton Exporters\' Association (ALCOTEXA) said on Tuesday. ALCOTEXA expects more sales.\n\n'
		+ 'Funding comes from the Directorate-General for the Arts (DGArtes), which pays the orchestras. EXCLUSIVE talks were held.';
	assert.equal(kindOf(text, 'ALCOTEXA'), 'organization,organization');
	assert.equal(kindOf(text, 'DGArtes'), 'organization');
	assert.equal(kindOf(text, 'EXCLUSIVE'), undefined);
});

test('foreign words for a line of business end a firm\'s name, whatever the word before them', () => {
	const { kindOf } = withLexicon(createLexicon({ givenNames: ['Balsu'] }));
	assert.equal(
		kindOf('The mill sold its stock to private buyers such as Balsu Gıda on Tuesday, traders said.', 'Balsu Gıda'),
		'organization',
	);
	assert.equal(
		kindOf('Invoices from the agency Kvadrat Komunikacije could not be matched to any campaign.', 'Kvadrat Komunikacije'),
		'organization',
	);
});

test('a fund manager is a firm; a university\'s campus and a second region after `and the` belong to the name', () => {
	const { kindOf } = withLexicon(
		createLexicon({
			places: ['Latin America', 'Caribbean', 'Montréal', 'Québec'],
			dictionaryWords: ['asset', 'management', 'development'],
		}),
	);
	assert.equal(
		kindOf('The regulator has fined fund manager Moselvia Asset Management four million euros this week.', 'Moselvia Asset Management'),
		'organization',
	);
	assert.equal(
		kindOf(
			'The loan comes from the Development Bank of Latin America and the Caribbean, officials said.',
			'Development Bank of Latin America and the Caribbean',
		),
		'organization',
	);
	assert.equal(
		kindOf(
			'"It failed," said an energy researcher at the University of Tarrant at Denholm on Monday.',
			'University of Tarrant at Denholm',
		),
		'organization',
	);
	assert.equal(
		kindOf('The study was led by the Université du Québec à Montréal last year.', 'Université du Québec à Montréal'),
		'organization',
	);
});

test('foreign openings and heads of firms; `es` and `za` join names', () => {
	const { kindOf } = withLexicon(createLexicon({ places: ['Dar es Salaam'] }));
	assert.equal(
		kindOf('Farmers sell to the distiller Destilados Tlaxcoapan and to exporters in the north.', 'Destilados Tlaxcoapan'),
		'organization',
	);
	assert.equal(kindOf('Exports were led by the brewery Kato Shuzo, which doubled its sales last year.', 'Kato Shuzo'), 'organization');
	assert.equal(
		kindOf('The samples were sent to the University of Dar es Salaam for testing last year.', 'University of Dar es Salaam'),
		'organization',
	);
	assert.equal(
		kindOf('The appeal was filed by the Galway Bay Oyster Co-operative on Friday.', 'Galway Bay Oyster Co-operative'),
		'organization',
	);
});
