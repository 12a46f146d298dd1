/**
 * Words that tell what kind of name stands next to them: roles before people, the head words of
 * organisations, events and places, and the verbs and prepositions around them. Generic English
 * news vocabulary, not any corpus's names.
 */

function words(list: string): Set<string> {
	return new Set(list.split(/\s+/).filter(word => word.length > 0));
}

/** A role that ends a title: `Vice Foreign Minister`, `President`, `Spokesperson`. Compared lower-cased. */
export const ROLE_HEADS: ReadonlySet<string> = words(`
	president president-elect vice-president premier vice-premier minister ministers secretary secretary-general
	chancellor vice-chancellor king queen prince princess emperor empress pope cardinal archbishop bishop imam rabbi
	senator governor mayor sheriff ambassador envoy consul spokesperson spokesman spokeswoman chairman chairwoman chair chairperson
	director director-general commissioner councilor councillor counsellor counselor judge justice prosecutor attorney
	general admiral marshal colonel major captain lieutenant sergeant commander inspector officer chief ceo cfo coo cto
	founder co-founder executive professor prof. dr. mr. mrs. ms. mx. dr mr mrs ms miss sir dame lord lady sheikh emir sultan ayatollah
	speaker leader lawmaker legislator deputy delegate representative rep. sen. gov. gen. col. lt. capt. adm. sgt. rev.
	coach manager striker midfielder defender goalkeeper president's head advisor adviser economist analyst researcher
	scientist correspondent reporter editor journalist photographer anchor presenter author novelist poet singer actor
	actress director-general mp mep tsar czar chief-executive dean rector provost principal superintendent administrator
	secretary-of-state treasurer comptroller registrar opener batter batsman bowler spinner seamer pacer all-rounder
	wicketkeeper skipper winger fly-half scrum-half quarterback pitcher debutant negotiator lawyer referee umpire
`);

/** Words that may stand inside a title before its role: `Vice`, `Foreign`, `Prime`, `State`. Compared lower-cased. */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`
	vice deputy prime foreign state executive general chief senior junior former first second acting interim assistant
	associate permanent special high supreme grand lord opposition party federal national regional provincial municipal
	city county district defence defense finance financial interior home trade commerce economy economic health education
	justice energy agriculture culture environment industry labour labor transport transportation affairs security
	commerce information communications science technology tourism sports youth women water housing development
	planning treasury army navy air force police military central committee politburo standing council cabinet
	parliamentary presidential royal crown managing board union team club head top ministry
	senate house majority minority whip parliament congressional assembly kremlin white
`);

/** Acronyms that are roles or abbreviations, never organisations: `FM`, `PM`, `CEO`. */
export const ROLE_ACRONYMS: ReadonlySet<string> = words(`FM PM VP CEO CFO COO CTO MP MEP MD GM`);

/** Capitalised abbreviations that are not names: diseases, units, currencies, file types. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = words(`
	COVID COVID-19 SARS MERS HIV AIDS GDP GNP CPI PMI AI IT TV AM PM OK USD EUR GBP RMB CNY JPY INR KES BRL KM KG MW GW
	PDF JPG PNG HTML URL ID PC CD DVD LED LNG LPG CO2 NB PPS RIP DNA RNA FAQ VIP SUV USB GPS ET GMT UTC BC AD CE BCE
	II III IV VI VII VIII IX XI XII XIII XIV XV XX Q1 Q2 Q3 Q4 H1 H2 CEO FM VP MP MEP PhD MSc BSc MBA McD VPN VAT IPO ATM
	EV SMS NFT ESG SIM DSL PFAS PFOS PM2 PM10 GMO UV API LCD OLED SME SMEs CFA ETF ETFs ICU MRI TB COPD LGBT LGBTQ HVAC ADSL FTTH 4G 5G LTE
	NAFTA USMCA TR4 ASF FMD RCEP CPTPP
`);

/** Legal forms that end a company's name: `Odra Trans SA`, `Brinkmann Haustechnik GmbH`. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = words(`Inc Corp Co Ltd Ltda Limited LLC LLP PLC plc AG SA SpA NV BV ASA AB Oyj GmbH KK
	Bhd Berhad Tbk SE Pty SAS SARL SRL Srl KG Pcl PCL JSC OJSC PJSC`);

/** Head words of organisations: `Xinhua News Agency`, `Communist Party`, `Ministry of Commerce`. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([...LEGAL_SUFFIXES, ...words(`
	Agency Organization Organisation Ministry Party Council Committee Commission Bank Bureau University College Academy
	Institute Institution School Daily News Times Press Post Herald Tribune Journal Gazette Chronicle Telegraph Guardian
	Observer Economist Monitor Review Magazine Television TV Radio Broadcasting Network Channel Media Group Corporation Corp
	Corp. Company Co Co. Inc Inc. Ltd Ltd. LLC PLC plc AG GmbH SA Holdings Industries Enterprises Motors Airlines Airways
	Association Federation Confederation Union Alliance League Coalition Front Movement Foundation Fund Trust Society Club
	Centre Center Court Tribunal Parliament Assembly Senate Congress Cabinet Administration Department Office
	Secretariat Service Services Authority Board Army Navy Force Forces Police Guard Command Brigade Corps Nations
	Pharmaceuticals Petroleum Telecom Electronics Sports Programme Research Economics Analytics Consulting Advisors Associates
	Communications Technologies Technology Systems Labs Laboratories Partners
	Securities Exchange Commune Church Temple Federation Cooperative Consortium Syndicate Institute Newswire
	Wire Post-Dispatch Watch International Chamber Steel Oil Gas Chemicals Mining Metals Aerospace Automotive
	Logistics Shipping Entertainment Studios Insurance Capital Ventures Brands Foods Pharma Juniors United Rovers Wanderers
	Athletic Albion Hotspur FC CF
	Software Robotics Therapeutics Biosciences Biotech Semiconductor Semiconductors Devices Instruments Renewables
	Developments Realty Hospitality Brewing Distillery Winery Dairy Apparel Cosmetics Retail Stores Supermarkets Freight
	Cargo Aviation Pictures Assurance Reinsurance Mobility Publishing Publishers Cinemas Orchestra Philharmonic Guild Lines
	Superintendency Superintendence Inspectorate Directorate Ombudsman Brokers Seafood Seafoods Packers Farms Mills Brewery Breweries
	Dairies Utilities Railways Railway Bancorp Bankshares Financial Credit Cooperatives Networks Solutions Resources Minerals Materials
	Plastics Products Properties Investments Markets Textiles Beverages Hotels Resorts Builders Engineering Construction Energy
	Energie Power Electric Telekom Telecoms Registry Mission Missions Bureau Records Recordings Music Air
	Museum Museums Gallery Galleries Liga Ligi Lig Ligue Liiga Ligaen Ligan Mobile Wireless Cellular Broadband Connect
	Commodities Traders Turbines Architects Audio Mutual Transit Interactive Pensions
	Division Broadcaster Harriers Internacional Internationale Government Survey Streaming Centres Centers
	Sistemas Sistemi Systeme Komunikacije Komunikacja Gıda Tekstil Holding Sanayi Ticaret Alimentos Comercial Logística Transportes
	Construcciones Ingeniería Tecnologia Tecnología Química Farmacéutica Textil Cementos Aceros Metalúrgica Naviera Pesquera Inversiones
	Servicios Soluciones Comunicaciones Telecomunicaciones Producciones Grupa Energetika Hidráulica Co-operative Co-operatives
	Shuzo Shoji Kogyo Sangyo Seisakusho Denki Jidosha Ginko Shokai Kensetsu Seiyaku Tekko
	Opera Ballet Immobilien Immobiliare Directorate-General Energia Energía Enerji Banka Bankasi Versicherung Versicherungen Seguros
	Assurances Assicurazioni Verlag Editorial
`)]);

/** Head words of a line of business: `Cogeco Communications`, `Polar Cell Systems of Bergen`. */
export const BUSINESS_HEADS: ReadonlySet<string> = words(`
	Communications Networks Telecom Telekom Motors Airlines Airways Minerals Mining Resources
	Energy Energie Power Electric Electronics Pharmaceuticals Pharma Foods Logistics Shipping Steel Chemicals Plastics Technologies
	Systems Industries Holdings Group Capital Securities Properties Investments Solutions Mobility Seafood Seafoods Textiles Records
	Recordings Music Enterprises Ventures Brands Partners Commodities Traders Turbines Engineering Construction Builders Products`);

/** Sports clubs' prefixes: `SC Hasetal 1912`, `FC Porto`, `VfB Stuttgart`. */
export const CLUB_PREFIXES: ReadonlySet<string> = words(`FC SC AC AS CF CD SV TSV VfB VfL FK NK SK KS RC SS US AFC BSC TSG SpVgg`);

/** Words that open an organisation's name, mostly foreign: `Instituto Escolhas`, `Radio Biobío`, `Sporting Lisbon`. */
export const ORGANIZATION_OPENINGS: ReadonlySet<string> = words(`Radio Banco Banca Grupo Groupe Gruppo Instituto Istituto Institut
	Fundación Fundacion Fundação Fondation Fondazione Stiftung Stichting Sindicato Syndicat Sparkasse Cooperativa Coopérative
	Universidad Universidade Université Università Universität Partido Parti Partei Frente Movimiento Movimento Asociación
	Associação Confederación Federación Federação Compañía Companhia Compagnie Société Caja Caixa Deportivo Atlético Atletico
	Olympique Sporting Dynamo Dinamo Club Maison Domaine Air Empresa Empresas Industrias Laboratorios Aerolíneas Contraloría Procuraduría
	Fiscalía Defensoría Superintendencia Secretaría Secretaria Ministerio Ministério Registraduría Consejo Conselho Comisión Servicio
	Dirección Agencia Agência Autoridad Junta Corte Tribunal Cámara Câmara Asamblea Congreso Construtora Constructora
	Conseil Comité Comite Banque Caisse Agence Office Fédération Federation Confédération Syndicat Régie Autorité Commissariat
	Consiglio Comitato Agenzia Autorità Ente Azienda Consorzio Verband Bundesamt Bundesanstalt Landesamt Kammer
	Crédit Crédito Studio Ecurie Écurie Fondo Fonds Fundo Edições Ediciones Éditions Edizioni Bangko Museo Musée Museu Galleria Galería
	Galerie Pinacoteca Distribuidora Editora Transportadora Mineradora Minera Petrolera Aseguradora Inmobiliaria Cervecería Cervejaria
	Destilados Destilería Destileria Olearia Oleificio Cantina Cantine Salvamento Frigorífico Frigorifico Pivovar Pivovary Orquesta
	Orchestre Orchester Sexteto Quinteto Cuarteto Fuerza Cassa Cocinas Straż`);

/** Organisation heads that, after a country or demonym, name a state instead: `Russian Federation`. */
export const STATE_HEADS: ReadonlySet<string> = words(`Republic Federation Kingdom Emirates States Commonwealth Confederation Principality
	Sultanate Emirate`);

/** Head words of events: `Winter Olympics`, `G20 Summit`, `Spring Festival`, `Cold War`. */
export const EVENT_HEADS: ReadonlySet<string> = words(`
	Olympics Olympiad Paralympics Games Summit Forum Expo Exposition Festival Fair War Wars Revolution Uprising Massacre
	Congress Conference Convention Championship Championships Cup Open Marathon Tournament Grand Prix Biennale Biennial
	Election Elections Referendum Award Awards Prize Ceremony Dialogue Week Year Years Day Crisis Pandemic
	Earthquake Hurricane Typhoon Cyclone Flood Floods Spring Holocaust Genocide Battle Siege Invasion Offensive Operation
	Plenum Plenary Session Jubilee Carnival Parade Rally Show Exhibition Race Series Tour Eid Christmas Easter Ramadan
	Diwali Hanukkah Thanksgiving Symposium Contest Final Finals Derby Regatta Airshow Fest
`);

/** Foreign words that open an event's name: `Copa Libertadores`, `Coupe de France`. */
export const EVENT_OPENINGS: ReadonlySet<string> = words(`Copa Coupe Operation`);

/** Event names that stand alone; any other event head needs a name before it (`G20 Summit`, not `the Summit`). */
export const STANDALONE_EVENTS: ReadonlySet<string> = words(`Olympics Paralympics Olympiad Christmas Easter Ramadan Diwali
	Hanukkah Thanksgiving Holocaust Eid Brexit Chuseok Seollal Nowruz Hajj Passover Holi Vesak Songkran Kwanzaa Hogmanay Obon
	Navratri Dussehra Pongal Onam Baisakhi Vaisakhi Purim Sukkot`);

/** Document-like heads that our four kinds do not cover; a name ending in one is left alone. */
export const DOCUMENT_HEADS: ReadonlySet<string> = words(`Agreement Treaty Protocol Declaration Initiative Accord Accords
	Act Bill Law Code Constitution Charter Plan Program Strategy Map Report Statement Memorandum Doctrine Project
	Pipeline Station Vision Rule Rules Index Telescope Satellite Rover Spacecraft Capsule Vaccine`);

/** Head words of places: `Diaoyutai State Guesthouse`, `Tiananmen Square`, `Rift Valley`. */
export const PLACE_HEADS: ReadonlySet<string> = words(`
	City Province Prefecture County District Region Territory Oblast Krai Canton Municipality Borough Township Village
	Town Island Islands Isles Peninsula Strait Straits Sea Ocean Bay Gulf Lake Lakes River Valley Mountain Mountains Mount
	Hills Hill Desert Plateau Coast Basin Delta Forest Park Square Street Avenue Boulevard Road Bridge Port Harbour Harbor
	Airport Guesthouse Palace Castle Hall Stadium Arena Cathedral Plaza Tower Gate Kremlin Capitol Residence Estate Zone
	Highlands Lowlands Heights Springs Falls Canal Channel Reef Peak Glacier Prison Camp Base Oasis Quarter Market House
	Plant Refinery Mine Dam Reservoir Terminal Smelter Shipyard Dock Docks Hospital Clinic Infirmary Library Gardens Garden
	Stadion Barrage Reserve Sanctuary Isle Campus Jail Coliseum Dome Velodrome Hippodrome Ballpark Speedway Racecourse
	Mosque Synagogue Shrine Monastery Basilica Pagoda Cemetery Graveyard Fortress Citadel Pier Wharf Tunnel
	Turnpike Expressway Highway Freeway Motorway Parkway Trail Hotel Motel Building Grounds Cliffs Ave Blvd Terrace Lane Minster
	Chapel Temple Swamp Beach Cove Fjord Lagoon Crater Volcano Waterfall Archipelago
`);

/** Words that open a place name: `Mount Kenya`, `Lake Victoria`, `Avenida Paulista`, `Lower Silesia`. */
export const PLACE_PREFIXES: ReadonlySet<string> =
	words(`Côte Costa Mount Mt Mt. Lake Port Fort Cape Gulf Isle Saint St St. San Santa São Sao
	Avenida Rua Calle Piazza Plaza Place Via Boulevard Rue Jalan Lower Upper Greater Northern Southern Eastern Western Central
	Teatro Théâtre
	Palazzo Castello Castillo Corso Praça Parque Parc Estadio Stade Stadio Arena Aeropuerto Aeroporto Aéroport`);

/** Institutions named by one capitalised word mid-sentence: `a hostile Congress`. */
export const STANDALONE_INSTITUTIONS: ReadonlySet<string> =
	words(`Congress Parliament Senate Politburo Pentagon Kremlin Knesset Duma Bundestag Bundesrat Riksdag Storting Sejm Majlis Commonwealth
	Dáil Dail Seanad Oireachtas Folketing Eduskunta Althingi Riigikogu Saeima Seimas Sabor`);

/** Places named by one capitalised word that is also an ordinary one: `at the Capitol`. */
export const STANDALONE_PLACES: ReadonlySet<string> = words(`Capitol`);

/** Nouns after a name that make it a place: `Anambra state`, `the Pyeongtaek plant`. */
export const FOLLOWING_PLACE_NOUNS: ReadonlySet<string> = words(`state province county district region city town village
	island river lake valley plant factory airport port camp refinery mine oblast prefecture municipality neighbourhood
	neighborhood suburb station warehouse depot terminal mill hub smelter regions provinces states districts counties
	prefectures oblasts municipalities rivers islands lakes valleys mountains cities towns villages border crossing`);

/** Roles a company's name stands before: `Samsung Chairman Lee`, `Nvidia chief executive Jensen Huang`. */
export const CORPORATE_ROLES: ReadonlySet<string> = words(`chairman chairwoman chairperson ceo cfo founder co-founder chief executive`);

/** Roles that, between a name and a person's name, make the first name an employer or a club: `Besiktas forward Erten Gazi`. */
export const STAFF_ROLES: ReadonlySet<string> = words(`coach manager boss striker forward midfielder defender goalkeeper captain winger
	centre center guard playmaker owner spokesman spokeswoman spokesperson analyst economist strategist president director
	executive chief head editor correspondent columnist lawyer engineer researcher scientist trainer jockey rider driver
	principal teammate founder co-founder chairman chairwoman chairperson ceo cfo`);

/** Nouns after a name that make it an organisation: `the Azimio la Umoja coalition`, `the Wagner group`. */
export const FOLLOWING_ORGANIZATION_NOUNS: ReadonlySet<string> = words(`coalition party alliance movement group militia company firm
	corporation agency newspaper daily broadcaster network bank union club team association federation league foundation
	institute university ministry organisation organization`);

/** Verbs after (or before) a name that only people do: `Le said`, `said Putin`. */
export const PERSON_VERBS: ReadonlySet<string> = words(`
	said says say told tells added adds noted notes stressed stresses emphasized emphasised underscored highlighted recalled
	explained argued asked wrote writes warned urged insisted acknowledged admitted announced claimed declared replied
	responded remarked observed suggested believes believed thinks thought hopes hoped wants wanted smiled laughed died
	resigned tweeted posted recalls
`);

/** Verbs of a person's own life, which no organisation does: `Pachomius died`, `Byron married`. */
export const LIFE_VERBS: ReadonlySet<string> = words(`died dies smiled smiles laughed laughs wept weeps married marries divorced
	forgave`);

/** Prepositions that put a place after them: `in Sochi`, `near Nairobi`. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = words(`in near outside across throughout inside around`);

/** Lower-case words that may join capitalised words into one name: `Bank of England`, `Lula da Silva`. */
export const NAME_CONNECTORS: ReadonlySet<string> =
	words(`of for the on de da do dos das du del della di van von der den ter bin ibn al el la le y
	los las les des degli dei delle en et e es za`);

/** Connectors that only organisations, events and places use; a person's name never contains them. */
export const PHRASE_CONNECTORS: ReadonlySet<string> = words(`of for the on`);

/** Possessive forms that belong inside names: `People's Republic`, `Queen's University`. */
export const NAME_POSSESSIVES: ReadonlySet<string> = words(`People Queen King Children Women Men Workers Farmers Peoples
	Midwives Nurses Teachers Doctors Journalists Employees Pilots Miners Growers Producers Exporters Manufacturers Veterans
	Students Parents Consumers Taxpayers Merchants Traders Retailers Owners Residents Mothers Seafarers Fishermen Drivers`);

/** Heads of an office named by its holder: `Prosecutor's Office`, `Auditor-General's Department`. */
export const OFFICE_HEADS: ReadonlySet<string> = words(`Office Department Bureau Chambers Secretariat`);

/** Abbreviations written with a period that do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = words(`
	Mr Mrs Ms Mx Dr Prof St Mt Ft Gen Lt Col Capt Sgt Adm Sen Rep Gov Rev Jr Sr No Nos Vol Fig Jan Feb Mar Apr Jun Jul Aug
	Sep Sept Oct Nov Dec Inc Ltd Co Corp vs etc approx U.S U.K U.N E.U
`);
