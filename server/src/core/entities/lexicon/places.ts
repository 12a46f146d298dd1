/**
 * Place names as news writes them: demonyms, and each name's forms without diacritics. The names
 * themselves (countries, capitals, major cities, continents and regions) are general knowledge shipped
 * as data (`server/data/core-places.txt` and the larger files), not a list of any corpus's names.
 */

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

/** Adjectives of nationality, region or faith; they are not entities by themselves. */
export const DEMONYMS: ReadonlySet<string> = toSet(DEMONYM_LIST);

