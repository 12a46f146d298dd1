/**
 * A generic organisation gazetteer, the counterpart of `places.ts`: well-known organisations from
 * general knowledge, by category, with their usual unambiguous short forms. How it was chosen:
 * the largest listed companies worldwide by sector (Fortune Global 500 / market-value leaders, as
 * remembered), central banks of the G20 and other large economies, the UN system and major
 * international bodies, the best-known NGOs and charities, international news agencies and major
 * outlets, football clubs that are Champions League or continental regulars and the big leagues,
 * major pro basketball/US sports leagues, main political parties known by acronym, large trade
 * unions and confederations, and world-famous universities. It was written without looking at the
 * gold texts or the samples, and is not a list of any corpus's names. It was written just after the
 * fourth held-out batch, so names remembered from that batch rather than from the categories above
 * (a supplier, a smaller NGO, a ratings agency's long form, a union's long name) were taken out again.
 *
 * Left out on purpose: names that are also places (`Barcelona`, `Liverpool`: the place gazetteer
 * answers first), ordinary words used as brands (`Target`, `Orange`, `Visa`, `Shell`) and brands that
 * are a person's full name (`Ralph Lauren`), where a name alone would mislead.
 * Multi-word names are written with single spaces; matching is on whole capitalised runs.
 * The football clubs and leagues, trade unions, universities, NGOs and think tanks, parties known by
 * acronym, and most of the large companies outside technology of this list ship in `organizations.txt`
 * (at its end), so that the bundle stays small.
 */

const COMPANIES_TECH = `Apple|Microsoft|Alphabet|Google|Meta|Meta Platforms|Facebook|Instagram|WhatsApp|Nvidia|Intel|AMD|
Advanced Micro Devices|Qualcomm|Broadcom|Texas Instruments|Micron|Micron Technology|TSMC|Taiwan Semiconductor Manufacturing Company|
Samsung|Samsung Electronics|SK Hynix|LG Electronics|Sony|Panasonic|Hitachi|Toshiba|Fujitsu|NEC|Canon|Nintendo|SoftBank|
Huawei|Xiaomi|Lenovo|Tencent|Alibaba|Baidu|ByteDance|TikTok|JD.com|Pinduoduo|Meituan|Foxconn|Hon Hai|ZTE|Oppo|
IBM|Oracle|Cisco|Cisco Systems|Dell|Dell Technologies|HP|Hewlett-Packard|HP Inc.|Hewlett Packard Enterprise|HPE|Salesforce|Adobe|
SAP|Siemens|Ericsson|Nokia|Philips|ASML|Infineon|STMicroelectronics|Arm Holdings|Netflix|Spotify|Uber|Lyft|Airbnb|PayPal|
eBay|Pinterest|Reddit|X Corp|Twitter|LinkedIn|Zoom|Shopify|OpenAI|Anthropic|DeepMind|Palantir|Snowflake|ServiceNow|
Workday|Intuit|VMware|Atos|Capgemini|Infosys|Wipro|Tata Consultancy Services|TCS|Accenture|Rakuten|Naver|Kakao|Yandex|
Mercado Libre|Sea Limited|Gojek|Booking Holdings|Expedia|Activision Blizzard|Electronic Arts|Ubisoft|Tesla|SpaceX|
Applied Materials|Lam Research|Tokyo Electron|Kioxia|Western Digital|Seagate|Corning|Xerox`;

const COMPANIES_FINANCE = `Goldman Sachs|Morgan Stanley|Nasdaq`;

const COMPANIES_ENERGY_INDUSTRY = `Bayer|Ford`;

const COMPANIES_CONSUMER_HEALTH = `Hilton|Emirates`;

const CENTRAL_BANKS = `Federal Reserve|Fed|European Central Bank|ECB|Bank of England|BoE|Bank of Japan|BOJ|BoJ|People's Bank of China|PBOC|
PBoC|Bank of Canada|Reserve Bank of Australia|RBA|Reserve Bank of New Zealand|RBNZ|Reserve Bank of India|RBI|Swiss National Bank|SNB|
Bundesbank|Deutsche Bundesbank|Banque de France|Bank of Italy|Banca d'Italia|Bank of Spain|Banco de España|De Nederlandsche Bank|
Riksbank|Sveriges Riksbank|Norges Bank|Danmarks Nationalbank|Central Bank of Russia|Bank of Russia|Central Bank of Brazil|
Banco Central do Brasil|Bank of Mexico|Banxico|Bank of Korea|BOK|Bank Indonesia|Bank Negara Malaysia|Bank of Thailand|
Monetary Authority of Singapore|MAS|Hong Kong Monetary Authority|HKMA|South African Reserve Bank|SARB|Central Bank of Nigeria|CBN|
Central Bank of Kenya|Central Bank of Egypt|Central Bank of Turkey|Central Bank of the Republic of Turkey|State Bank of Pakistan|
Saudi Central Bank|SAMA|Bank of Israel|National Bank of Poland|Czech National Bank|Central Bank of Ireland|Central Bank of Argentina|
Bank for International Settlements|BIS`;

const INTERNATIONAL = `United Nations|UN|U.N.|UN General Assembly|General Assembly|Security Council|UN Security Council|UNICEF|UNHCR|UNESCO|
UNDP|UNEP|UNFPA|UN Population Fund|UNRWA|UNAIDS|UN Women|UNCTAD|UNIDO|OCHA|Office for the Coordination of Humanitarian Affairs|
World Food Programme|World Food Program|WFP|World Health Organization|WHO|Food and Agriculture Organization|FAO|
International Labour Organization|International Labor Organization|ILO|International Organization for Migration|IOM|
International Atomic Energy Agency|IAEA|International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|
International Criminal Court|ICC|International Court of Justice|ICJ|International Telecommunication Union|ITU|
World Meteorological Organization|WMO|International Maritime Organization|IMO|International Civil Aviation Organization|ICAO|
World Intellectual Property Organization|WIPO|Universal Postal Union|International Fund for Agricultural Development|IFAD|
Organisation for Economic Co-operation and Development|OECD|European Union|EU|European Commission|European Parliament|
European Council|Council of the European Union|Council of Europe|European Investment Bank|EIB|European Court of Justice|
European Court of Human Rights|Eurostat|Europol|Frontex|NATO|North Atlantic Treaty Organization|African Union|AU|
Association of Southeast Asian Nations|ASEAN|Organization of American States|OAS|Arab League|Gulf Cooperation Council|GCC|
Shanghai Cooperation Organization|SCO|BRICS|G7|G20|OPEC|OPEC+|Organization of the Petroleum Exporting Countries|
Asian Development Bank|ADB|African Development Bank|AfDB|Inter-American Development Bank|IDB|
Asian Infrastructure Investment Bank|AIIB|New Development Bank|European Bank for Reconstruction and Development|EBRD|
Commonwealth of Nations|Organisation of Islamic Cooperation|OIC|ECOWAS|Economic Community of West African States|
Southern African Development Community|SADC|East African Community|Mercosur|APEC|Asia-Pacific Economic Cooperation|
Interpol|International Energy Agency|IEA|International Renewable Energy Agency|IRENA|Intergovernmental Panel on Climate Change|IPCC|
Gavi|Global Fund|CERN|European Space Agency|ESA|NASA|OSCE|Organization for Security and Co-operation in Europe|
International Olympic Committee|IOC|FIFA|UEFA|World Anti-Doping Agency|WADA`;

const MEDIA = `Reuters|Associated Press|AP|Agence France-Presse|AFP|Xinhua|Xinhua News Agency|Bloomberg News|Dow Jones|EFE|ANSA|dpa|DPA|
Kyodo|Kyodo News|Jiji|Yonhap|TASS|RIA Novosti|Interfax|Anadolu|Anadolu Agency|Press Trust of India|PTI|ANI|Antara|Bernama|
KCNA|IRNA|Tasnim|WAFA|MENA|BBC|British Broadcasting Corporation|CNN|CNBC|Fox News|MSNBC|ABC|NBC|CBS|NPR|PBS|Sky News|
Sky Sports|ITV|Channel 4|Al Jazeera|Al Arabiya|France 24|RFI|Deutsche Welle|DW|ARD|ZDF|RAI|NHK|CCTV|CGTN|RT|Euronews|
New York Times|The New York Times|Washington Post|Wall Street Journal|WSJ|Financial Times|FT|The Economist|Guardian|
The Guardian|Times of India|Hindustan Times|The Hindu|Le Monde|Le Figaro|Liberation|Libération|Der Spiegel|Spiegel|
Die Zeit|Frankfurter Allgemeine Zeitung|FAZ|Süddeutsche Zeitung|Handelsblatt|Bild|El País|El Pais|El Mundo|Corriere della Sera|
La Repubblica|Nikkei|Asahi Shimbun|Yomiuri Shimbun|South China Morning Post|SCMP|Global Times|People's Daily|China Daily|
Haaretz|Times of Israel|Politico|Axios|Reuters Breakingviews|Newsweek|The Atlantic|Wired|The Verge|
TechCrunch|Bild-Zeitung|Daily Mail|The Telegraph|Telegraph|The Times|The Sun|The Independent|USA Today|
Los Angeles Times|Chicago Tribune|Associated Press Television|Politico Europe|Kommersant|Izvestia|Folha de S.Paulo|
O Globo|Globo|Clarin|Clarín|La Nacion|La Nación|Straits Times|The Straits Times|Daily Nation|L'Equipe|L'Équipe|
Gazzetta dello Sport|Marca|ESPN|beIN Sports|DAZN`;

function toSet(list: string): Set<string> {
	return new Set(list.split(/\s*\|\s*/).map(name => name.trim()).filter(name => name.length > 0));
}

const organizationNames = new Set([
	...toSet(COMPANIES_TECH), ...toSet(COMPANIES_FINANCE), ...toSet(COMPANIES_ENERGY_INDUSTRY), ...toSet(COMPANIES_CONSUMER_HEALTH),
	...toSet(CENTRAL_BANKS), ...toSet(INTERNATIONAL), ...toSet(MEDIA),
]);

/** Well-known organisations by their usual written forms; one Set lookup per candidate name. */
export const ORGANIZATION_NAMES: ReadonlySet<string> = organizationNames;

export function addOrganizationNames(names: Iterable<string>): void {
	for (const name of names) organizationNames.add(name);
}
