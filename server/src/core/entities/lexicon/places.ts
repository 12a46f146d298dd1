/**
 * A generic gazetteer: countries, capitals, major cities, continents and regions of the world.
 * It is general knowledge shipped as data, not a list of any corpus's names. Multi-word names are
 * written with single spaces; matching is on whole token sequences.
 */

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Herzegovina|Botswana|
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|
Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|
Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|
Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|
Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
United States|United States of America|USA|US|U.S.|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|
Viet Nam|Yemen|Zambia|Zimbabwe|Hong Kong|Macao|Macau|Greenland|Puerto Rico|Gaza|West Bank|Crimea|Donbas|Tibet|Xinjiang|Kashmir|
Russian Federation|People's Republic of China|Republic of Korea|Democratic Republic of the Congo|DRC|Republic of the Congo`;

const CAPITALS_AND_CITIES = `Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Porto-Novo|
Thimphu|La Paz|Sarajevo|Gaborone|Brasilia|Brasília|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|Santiago|Beijing|Bogota|Bogotá|
Kinshasa|Brazzaville|San Jose|Zagreb|Havana|Nicosia|Prague|Copenhagen|Quito|Cairo|San Salvador|Asmara|Tallinn|Addis Ababa|Helsinki|
Paris|Libreville|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Georgetown|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|
New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Kingston|Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|
Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Bamako|Valletta|Nouakchott|
Mexico City|Chisinau|Ulaanbaatar|Podgorica|Rabat|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|
Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Panama City|Port Moresby|Asuncion|
Asunción|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|
Pretoria|Cape Town|Johannesburg|Durban|Seoul|Busan|Juba|Madrid|Barcelona|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Geneva|Zurich|
Damascus|Aleppo|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Kharkiv|Odesa|
Odessa|Abu Dhabi|Dubai|London|Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Cardiff|Belfast|Washington|New York|New York City|
Los Angeles|New Orleans|San Diego|Chicago|Houston|Philadelphia|San Francisco|Boston|Seattle|Miami|Atlanta|Dallas|Detroit|Denver|Las Vegas|
Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Chengdu|Wuhan|Nanjing|
Hangzhou|Xi'an|Harbin|Shenyang|Dalian|Qingdao|Xiamen|Kunming|Urumqi|Lhasa|Sanya|Zhangjiakou|Yanqing|St. Petersburg|Saint Petersburg|
Sochi|Vladivostok|Kazan|Novosibirsk|Yekaterinburg|Kaliningrad|Murmansk|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Mumbai|Bombay|Kolkata|
Calcutta|Chennai|Madras|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Sao Paulo|São Paulo|Rio de Janeiro|
Salvador|Belo Horizonte|Recife|Porto Alegre|Fortaleza|Manaus|Curitiba|Toronto|Montreal|Vancouver|Sydney|Melbourne|Brisbane|Perth|
Auckland|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dusseldorf|Düsseldorf|Leipzig|Dresden|Bonn|Milan|Naples|Turin|Venice|
Florence|Lyon|Marseille|Strasbourg|Bordeaux|Toulouse|Seville|Valencia|Porto|Antwerp|Rotterdam|Gothenburg|Krakow|Gdansk|
Alexandria|Casablanca|Marrakesh|Mombasa|Kisumu|Nakuru|Eldoret|Kano|Ibadan|Davos|Strasbourg|Luxembourg City|Monte Carlo|Macao|
Bali|Jeddah|Mecca|Medina|Basra|Mosul|Kandahar|Herat|Tehran|Isfahan|Haifa|Gaza City|Goma|Lubumbashi|Benghazi|Kherson|Mariupol|
Donetsk|Luhansk|Zaporizhzhia|Lviv|Dnipro|Bakhmut|Sevastopol|Tianjin|Suzhou|Hefei|Zhengzhou|Changsha|Fuzhou|Nanning|Guiyang|Lanzhou|
Xining|Yinchuan|Hohhot|Taiyuan|Shijiazhuang|Jinan|Changchun|Nanchang|Haikou|Kaohsiung|Incheon|Da Nang|Phuket|Chiang Mai|Cebu|Davao`;

const REGIONS = `Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Middle East|
Near East|Far East|Eurasia|Southeast Asia|South Asia|East Asia|Central Asia|West Africa|East Africa|North Africa|Southern Africa|
Sub-Saharan Africa|Horn of Africa|Sahel|Balkans|Caucasus|Scandinavia|Siberia|Asia-Pacific|Asia Pacific|Indo-Pacific|Pacific|
Atlantic|Mediterranean|Caribbean|Persian Gulf|Black Sea|Red Sea|South China Sea|East China Sea|Baltic|Baltic Sea|
Amazon|Himalayas|Alps|Andes|Sahara|Nile|Yangtze|Yellow River|Danube|Rhine|Volga|Mekong|Ganges|Taiwan Strait|Korean Peninsula|
Hokkaido|Okinawa|Bavaria|Catalonia|Quebec|Ontario|California|Texas|Florida|Alaska|Hawaii|Arizona|Nevada|Oregon|Ohio|Michigan|
Pennsylvania|Virginia|Georgia|Massachusetts|Illinois|Minnesota|Wisconsin|Iowa|Louisiana|Colorado|Utah|Kentucky|Tennessee|
Alabama|Mississippi|Missouri|Kansas|Nebraska|Oklahoma|Arkansas|Carolina|North Carolina|South Carolina|New Jersey|New Mexico|
Maryland|Connecticut|Vermont|Maine|Idaho|Montana|Wyoming|Dakota|Delaware|Rhode Island|Washington State|Guangdong|Fujian|Zhejiang|
Jiangsu|Shandong|Henan|Hebei|Hubei|Hunan|Sichuan|Yunnan|Guizhou|Guangxi|Hainan|Shaanxi|Shanxi|Gansu|Qinghai|Ningxia|Heilongjiang|
Jilin|Liaoning|Anhui|Jiangxi|Inner Mongolia|Punjab|Kerala|Tamil Nadu|Maharashtra|Gujarat|Bihar|Uttar Pradesh|West Bengal|Karnataka|
Rajasthan|Assam|Manipur|Rift Valley|Nairobi County|Mombasa County|Amazonas|Minas Gerais|Bahia|Pernambuco|Rio Grande do Sul|
Paraná|Parana|Santa Catarina|Goiás|Goias|Ceará|Ceara|Pará|Saxony|Brandenburg|Hesse|Thuringia|Lower Saxony|
North Rhine-Westphalia|Baden-Württemberg|Schleswig-Holstein|Flanders|Wallonia|Lombardy|Sicily|Sardinia|Tuscany|Normandy|Brittany|
Provence|Corsica|Andalusia|Basque Country|Galicia|Patagonia|Kurdistan|Darfur|Tigray|Amhara|Oromia|Kashmir Valley|Ladakh|Xinjiang Uygur`;

const DEMONYM_LIST = `
Afghan|Maori|Māori|Inuit|Sami|Pasifika|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|Chadian|Chilean|
Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|
Ethiopian|European|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|
Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kuwaiti|Kyrgyz|
Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Malagasy|Malawian|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|
Moroccan|Mozambican|Namibian|Nepalese|Nepali|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|
Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Singaporean|Slovak|Slovenian|Somali|
Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|
Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|African|Asian|Arab|Arabic|Latin|Nordic|Baltic|Balkan|
Caucasian|Eurasian|Siberian|Tibetan|Uyghur|Uygur|Kurdish|Hong Konger|Western|Eastern|Northern|Southern|Soviet|Sino|Anglo|Franco|
Afro|Indo|Euro|Pan|Catalan|Basque|Bavarian|Quebecois|Texan|Californian|Cantonese|Mandarin|Hindu|Muslim|Christian|Jewish|Buddhist|
Catholic|Protestant|Orthodox|Sunni|Shia|Shiite|Maasai|Kikuyu|Yoruba|Igbo|Hausa|Zulu|Xhosa|Pashtun|Punjabi|Bengali|Tamil|
Gaelic|Galician|Breton|Flemish|Walloon|Frisian|Cornish|Sámi|Romani|Yiddish|Hebrew|Swahili|Amharic|Oromo|Tigrayan|Pashto|Dari|Urdu|Hindi|
Telugu|Kannada|Malayalam|Marathi|Gujarati|Sinhala|Sinhalese|Tagalog|Berber|Amazigh|Quechua|Aymara|Guarani|Mayan|Sanskrit|Persian|Farsi|
Hispanic|Latino|Scandinavian|Andean|Amazonian|Patagonian`;

function toSet(list: string): Set<string> {
	return new Set(list.split(/\s*\|\s*/).map(name => name.trim()).filter(name => name.length > 0));
}

/** `Belém` → `Belem`: the text without its combining accents. Letters with a bar or stroke (`ł`) stay. */
export function withoutAccentMarks(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** News writes `Łódź` and `Lodz`, `Belém` and `Belem`: each name is also known without its diacritics. */
export function placeNameForms(name: string): string[] {
	const plain = withoutAccentMarks(name).replace(/Ł/g, 'L').replace(/ł/g, 'l');
	return plain === name ? [name] : [name, plain];
}

/** Countries, capitals, cities and regions built in, by their usual written form; a `Lexicon` adds the data files'. */
export const BUILT_IN_PLACE_NAMES: readonly string[] = [...toSet(COUNTRIES), ...toSet(CAPITALS_AND_CITIES), ...toSet(REGIONS)];

/** Adjectives of nationality, region or faith; they are not entities by themselves. */
export const DEMONYMS: ReadonlySet<string> = toSet(DEMONYM_LIST);

