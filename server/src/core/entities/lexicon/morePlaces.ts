/**
 * More places: large cities, first-level regions (states, provinces, voivodeships, oblasts) and
 * well-known islands, rivers, seas, mountains and deserts. General-knowledge data, not any corpus's
 * names; names that are also common words, given names or surnames are left out on purpose.
 */

const EUROPE_CITIES = `Łódź|Wrocław|Poznań|Gdańsk|Kraków|Cracow|Warszawa|Szczecin|Bydgoszcz|Lublin|Białystok|Katowice|Gdynia|Częstochowa|Radom|Rzeszów|Toruń|Sosnowiec|Kielce|Gliwice|Olsztyn|Zabrze|
Bielsko-Biała|Bytom|Zielona Góra|Rybnik|Opole|Tychy|Elbląg|Płock|Wałbrzych|
Tarnów|Koszalin|Kalisz|Legnica|Sopot|Zakopane|Oświęcim|Auschwitz|Essen|Bremen|Hanover|Hannover|Nuremberg|
Nürnberg|Duisburg|Bochum|Wuppertal|Bielefeld|Münster|Karlsruhe|Mannheim|Augsburg|Wiesbaden|Mönchengladbach|Gelsenkirchen|Aachen|
Braunschweig|Kiel|Chemnitz|Magdeburg|Freiburg|Krefeld|Mainz|Lübeck|Erfurt|Rostock|Kassel|Potsdam|Saarbrücken|Oldenburg|
Osnabrück|Heidelberg|Darmstadt|Regensburg|Ingolstadt|Würzburg|Wolfsburg|Mykolaiv|Chernihiv|Sumy|Poltava|Vinnytsia|
Zhytomyr|Rivne|Lutsk|Ternopil|Khmelnytskyi|Ivano-Frankivsk|Chernivtsi|Uzhhorod|Cherkasy|Kropyvnytskyi|Kryvyi Rih|Kramatorsk|
Sloviansk|Avdiivka|Melitopol|Berdiansk|Izium|Kupiansk|Pokrovsk|Bucha|Irpin|Severodonetsk|Lysychansk|Enerhodar|Nova Kakhovka|
Chasiv Yar|Vuhledar|Nizhny Novgorod|Samara|Omsk|Chelyabinsk|Rostov-on-Don|Ufa|Krasnoyarsk|Voronezh|Volgograd|Krasnodar|Saratov|
Tyumen|Barnaul|Irkutsk|Khabarovsk|Yaroslavl|Makhachkala|Tomsk|Ryazan|Astrakhan|Grozny|Belgorod|Kursk|Bryansk|Smolensk|Pskov|
Arkhangelsk|Yakutsk|Norilsk|Stalingrad|Leningrad|Gomel|Homel|Mogilev|Vitebsk|Grodno|Hrodna|Kaunas|Klaipėda|Tartu|Narva|
Daugavpils|Palermo|Genoa|Bologna|Bari|Catania|Verona|Messina|Padua|Trieste|Taranto|Brescia|Parma|Prato|Modena|Reggio Calabria|
Reggio Emilia|Perugia|Livorno|Ravenna|Cagliari|Foggia|Rimini|Salerno|Ferrara|Bergamo|Pisa|Siena|Zaragoza|Málaga|
Palma de Mallorca|Las Palmas|Bilbao|Alicante|Córdoba|Valladolid|Vigo|Gijón|Granada|A Coruña|Vitoria-Gasteiz|Elche|
Oviedo|Pamplona|San Sebastián|Salamanca|Cádiz|Braga|Coimbra|Nantes|Montpellier|Rennes|Reims|Le Havre|
Saint-Étienne|Toulon|Grenoble|Dijon|Nîmes|Clermont-Ferrand|Le Mans|Aix-en-Provence|Brest|Metz|Orléans|
Rouen|Caen|Avignon|Cannes|Calais|Versailles|Utrecht|Eindhoven|Groningen|Tilburg|Almere|Breda|Nijmegen|Haarlem|Arnhem|Maastricht|
Ghent|Charleroi|Liège|Bruges|Basel|Lausanne|Lucerne|Lugano|Graz|Linz|Innsbruck|Leeds|Sheffield|Bristol|Leicester|
Coventry|Nottingham|Newcastle|Southampton|Portsmouth|Plymouth|Stoke-on-Trent|Wolverhampton|Sunderland|Brighton|Aberdeen|Dundee|
Swansea|Milton Keynes|Norwich|Luton|Middlesbrough|Bournemouth|Exeter|Canterbury|Derry|Londonderry|Galway|Malmö|Uppsala|Aarhus|Odense|Aalborg|Bergen|Trondheim|Stavanger|Espoo|Tampere|Vantaa|Oulu|Turku|Brno|Ostrava|Plzeň|Pilsen|
Olomouc|Košice|Debrecen|Szeged|Miskolc|Pécs|Győr|Novi Sad|Niš|Kragujevac|Banja Luka|Mostar|Tuzla|Srebrenica|
Rijeka|Osijek|Dubrovnik|Maribor|Thessaloniki|Patras|Heraklion|Piraeus|Cluj-Napoca|Cluj|Timișoara|Iași|Constanța|Craiova|Brașov|Plovdiv|Varna|Burgas|Durrës|Bitola|İzmir|Bursa|Antalya|Adana|Gaziantep|Konya|Mersin|
Diyarbakır|Diyarbakir|Kayseri|Eskişehir|Samsun|Trabzon|Hatay|Kahramanmaraş|Malatya`;

const AMERICAS_CITIES = `Jacksonville|Fort Worth|Indianapolis|El Paso|Nashville|Oklahoma City|Portland|Memphis|Louisville|
Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Omaha|Minneapolis|Tulsa|Tampa|Bakersfield|Wichita|Oakland|
Honolulu|Anaheim|Cincinnati|Pittsburgh|Long Beach|Virginia Beach|Colorado Springs|Corpus Christi|Lexington|Greensboro|Plano|
Newark|Toledo|Jersey City|Norfolk|Boise|Spokane|Baton Rouge|Tacoma|Des Moines|Salt Lake City|Grand Rapids|Huntsville|Little Rock|
Tallahassee|Knoxville|Fort Lauderdale|Pasadena|Syracuse|Santa Ana|San Antonio|St. Louis|Manhattan|Bronx|Staten Island|Harlem|
Hollywood|Silicon Valley|Calgary|Edmonton|Winnipeg|Mississauga|Brampton|Quebec City|Surrey|Halifax|Saskatoon|St. John's|
Fredericton|Charlottetown|Moncton|Gatineau|Burnaby|Whitehorse|Yellowknife|Iqaluit|Guadalajara|Monterrey|Puebla|Tijuana|
Ciudad Juárez|Zapopan|Mérida|Cancún|Querétaro|Acapulco|Culiacán|Hermosillo|
Mexicali|Morelia|Toluca|Saltillo|San Pedro Sula|Santiago de Cuba|Santo Domingo|San Juan|Montego Bay|Medellín|Cali|
Barranquilla|Cartagena|Cúcuta|Bucaramanga|Santa Marta|Maracaibo|Barquisimeto|Maracay|Guayaquil|Cuenca|Arequipa|Chiclayo|
Cusco|Cuzco|Iquitos|Callao|Santa Cruz|Cochabamba|El Alto|Sucre|Valparaíso|Concepción|Antofagasta|Viña del Mar|
Punta Arenas|Tucumán|La Plata|Mar del Plata|Salta|Santa Fe|Bariloche|Ushuaia|Punta del Este|Ciudad del Este|Goiânia|Belém|Guarulhos|Campinas|São Luís|Maceió|Teresina|Campo Grande|João Pessoa|Florianópolis|Niterói|Cuiabá|Aracaju|Porto Velho|Macapá|Boa Vista|Rio Branco|Gold Coast|Hobart|Wollongong|Geelong|
Townsville|Christchurch|Dunedin`;

const ASIA_AFRICA_CITIES = `Dongguan|Foshan|Ningbo|Wuxi|Shantou|Zhuhai|Wenzhou|Quanzhou|Nantong|Changzhou|Xuzhou|Tangshan|Baotou|
Datong|Luoyang|Yantai|Weifang|Daqing|Guilin|Kashgar|Yiwu|Shaoxing|Yangzhou|Ordos|Lijiang|Taichung|Tainan|Taoyuan|New Taipei|
Hsinchu|Keelung|Kinmen|Penghu|Kowloon|Fukuoka|Saitama|Hiroshima|Sendai|Kitakyushu|Niigata|Kumamoto|Shizuoka|Kagoshima|Nagasaki|
Nara|Fukushima|Daegu|Daejeon|Gwangju|Ulsan|Suwon|Changwon|Jeju|Goyang|Seongnam|Pohang|Pyeongchang|Panmunjom|Kaesong|Hamhung|
Chongjin|Yongbyon|Surat|Kanpur|Nagpur|Indore|Bhopal|Visakhapatnam|Patna|Vadodara|Ghaziabad|Ludhiana|Agra|Nashik|Meerut|Rajkot|
Varanasi|Srinagar|Aurangabad|Amritsar|Allahabad|Prayagraj|Ranchi|Coimbatore|Jabalpur|Gwalior|Vijayawada|Jodhpur|Madurai|Raipur|
Guwahati|Chandigarh|Mysore|Mysuru|Gurgaon|Gurugram|Noida|Thiruvananthapuram|Kochi|Cochin|Bhubaneswar|Dehradun|Jammu|Imphal|Shimla|
Mangalore|Ayodhya|Leh|Faisalabad|Rawalpindi|Gujranwala|Peshawar|Multan|Quetta|Sialkot|Abbottabad|Gwadar|Chittagong|Chattogram|
Khulna|Rajshahi|Sylhet|Cox's Bazar|Kandy|Jaffna|Pokhara|Mazar-i-Sharif|Jalalabad|Kunduz|Bagram|Almaty|Shymkent|Karaganda|
Samarkand|Bukhara|Namangan|Osh|Khujand|Batumi|Kutaisi|Gyumri|Stepanakert|Surabaya|Bandung|Medan|Semarang|Makassar|Palembang|
Tangerang|Bekasi|Yogyakarta|Denpasar|Batam|Quezon City|Zamboanga|Makati|Cagayan de Oro|Iloilo|Bacolod|Tacloban|Marawi|Haiphong|
Hai Phong|Can Tho|Nha Trang|Ha Long|Saigon|Pattaya|Nakhon Ratchasima|Hat Yai|Khon Kaen|Krabi|Ayutthaya|Mandalay|Naypyitaw|
Mawlamyine|Siem Reap|Battambang|Sihanoukville|Johor Bahru|George Town|Ipoh|Kuching|Kota Kinabalu|Shah Alam|Putrajaya|Malacca|
Melaka|Luang Prabang|Mashhad|Tabriz|Shiraz|Karaj|Qom|Ahvaz|Kermanshah|Erbil|Sulaymaniyah|Najaf|Karbala|Kirkuk|Fallujah|Ramadi|
Homs|Hama|Latakia|Idlib|Raqqa|Deir ez-Zor|Daraa|Hebron|Nablus|Jenin|Rafah|Khan Younis|Bethlehem|Eilat|Beersheba|Irbid|Sidon|
Dammam|Sharjah|Aden|Taiz|Hodeidah|Marib|Misrata|Sirte|Giza|Port Said|Suez|Luxor|Aswan|Sharm el-Sheikh|Oran|Annaba|Tangier|Agadir|
Meknes|Sfax|Sousse|Omdurman|Port Sudan|Dire Dawa|Mekelle|Gondar|Bahir Dar|Hargeisa|Kismayo|Zanzibar|Arusha|Mwanza|Entebbe|
Bujumbura|Kisangani|Mbuji-Mayi|Kananga|Bukavu|Pointe-Noire|Douala|N'Djamena|Bangui|Malabo|Port Harcourt|Benin City|Kaduna|
Maiduguri|Zaria|Enugu|Onitsha|Ilorin|Abeokuta|Warri|Sokoto|Kumasi|Abidjan|Yamoussoukro|Bouaké|Bobo-Dioulasso|Timbuktu|Lomé|
Cotonou|Banjul|Bissau|Praia|Ndola|Kitwe|Bulawayo|Beira|Blantyre|Mbabane|Walvis Bay|Soweto|Port Elizabeth|Gqeberha|Bloemfontein|
Pietermaritzburg|Polokwane|Stellenbosch|Port Louis|Machakos|Nyeri|Kakamega|Kisii|Garissa|Meru|Thika|Malindi|Lamu|Naivasha`;

const FIRST_LEVEL_REGIONS = `Indiana|New Hampshire|West Virginia|North Dakota|South Dakota|District of Columbia|Alberta|
British Columbia|Manitoba|Saskatchewan|New Brunswick|Nova Scotia|Newfoundland|Newfoundland and Labrador|Prince Edward Island|
Yukon|Northwest Territories|Nunavut|New South Wales|Queensland|Tasmania|South Australia|Western Australia|Northern Territory|
Andhra Pradesh|Telangana|Odisha|Orissa|Madhya Pradesh|Chhattisgarh|Jharkhand|Haryana|Himachal Pradesh|Uttarakhand|Goa|Sikkim|
Arunachal Pradesh|Nagaland|Mizoram|Tripura|Meghalaya|Jammu and Kashmir|Sindh|Balochistan|Baluchistan|Khyber Pakhtunkhwa|
Gilgit-Baltistan|Azad Kashmir|Waziristan|Chechnya|Dagestan|Ingushetia|Tatarstan|Bashkortostan|Yakutia|Kamchatka|Chukotka|Karelia|
Buryatia|Moscow Oblast|Kuban|Krasnodar Krai|Primorye|Sakhalin|North Ossetia|South Ossetia|Abkhazia|Transnistria|Nagorno-Karabakh|
Karabakh|Donbass|Dnipropetrovsk|Zakarpattia|Transcarpathia|Volyn|Volhynia|Bukovina|Masovia|Mazovia|Mazowsze|Lesser Poland|
Małopolska|Greater Poland|Wielkopolska|Silesia|Śląsk|Lower Silesia|Upper Silesia|Pomerania|West Pomerania|Kuyavia|
Podlasie|Subcarpathia|Podkarpacie|Warmia|Masuria|Mazury|Kashubia|Podhale|Lusatia|Prussia|East Prussia|Saxony-Anhalt|
Mecklenburg-Vorpommern|Mecklenburg|Rhineland-Palatinate|Rhineland|Saarland|Baden-Wurttemberg|Westphalia|Île-de-France|Hauts-de-France|Grand Est|Alsace|Occitanie|Occitania|Nouvelle-Aquitaine|Aquitaine|Auvergne|Pays de la Loire|
Côte d'Azur|French Riviera|Languedoc|Picardy|Dordogne|French Guiana|Martinique|Guadeloupe|Mayotte|New Caledonia|Tahiti|
French Polynesia|Piedmont|Veneto|Liguria|Emilia-Romagna|Umbria|Lazio|Abruzzo|Campania|Apulia|Puglia|Basilicata|Calabria|Trentino|
South Tyrol|Friuli|Castilla-La Mancha|Extremadura|Asturias|Cantabria|Navarre|Navarra|La Rioja|Murcia|Ceuta|Melilla|
Valencian Community|Algarve|Tyrol|Tirol|Carinthia|Styria|Bohemia|Moravia|Transylvania|Dalmatia|Istria|Vojvodina|Republika Srpska|
Thrace|Macedonia|Peloponnese|Yorkshire|Lancashire|Essex|Sussex|Cornwall|Merseyside|Cumbria|Jutland|Lapland|Anatolia|Alagoas|Amapá|
Espírito Santo|Maranhão|Mato Grosso|Mato Grosso do Sul|Paraíba|Piauí|Rio Grande do Norte|
Rondônia|Roraima|Sergipe|Tocantins|Chihuahua|Jalisco|Sinaloa|Sonora|Michoacán|Tamaulipas|Nuevo León|
Coahuila|Durango|Zacatecas|Guanajuato|Yucatán|Quintana Roo|Baja California|Oaxaca|Chiapas|Veracruz|Nayarit|Tlaxcala|
Campeche|San Luis Potosí|Antioquia|Zulia|Borno|Yobe|Adamawa|Ogun|Oyo|Osun|Ondo|Ekiti|Kwara|Kogi|Benue|Nasarawa|Kebbi|Zamfara|
Katsina|Jigawa|Bauchi|Gombe|Taraba|Anambra|Abia|Ebonyi|Cross River|Akwa Ibom|Bayelsa|Edo|Gauteng|KwaZulu-Natal|Western Cape|
Eastern Cape|Northern Cape|Free State|Limpopo|Mpumalanga|Aceh|Riau|Papua|Java|Sumatra|Borneo|Sulawesi|Kalimantan|Lombok|Maluku|
Moluccas|Luzon|Mindanao|Visayas|Palawan|Bohol|Leyte|Negros|Mindoro|Bangsamoro|Sulu|Basilan|Cotabato|Sarawak|Selangor|Johor|Penang|
Rakhine|Kachin|Sagaing|Shan State|Aichi|Hyogo|Kanagawa|Kyushu|Honshu|Shikoku|Gyeonggi|Gangwon|Helmand|Panjshir|Somaliland|
Puntland|Jubaland|Katanga|North Kivu|South Kivu|Kivu|Ituri|Cabo Delgado|Ogaden|Kordofan|Western Sahara|Cabinda|Bengal|Levant|
Maghreb|Mesopotamia|Arabian Peninsula|Iberian Peninsula|Appalachia|Midwest|New England|Pacific Northwest|Bay Area|
Scottish Highlands|Lake District|Serengeti`;

const GEOGRAPHIC_FEATURES = `Vistula|Wisła|Oder|Odra|Elbe|Dnieper|Dniester|Thames|Seine|Loire|Rhône|Tiber|Ebro|Tagus|
Euphrates|Tigris|Jordan River|Indus|Brahmaputra|Irrawaddy|Amur|Yenisei|Colorado River|Rio Grande|St. Lawrence|Orinoco|Congo River|
Niger River|Zambezi|Okavango|Pearl River|North Sea|Adriatic|Aegean|Ionian Sea|Tyrrhenian Sea|Caspian|Caspian Sea|Sea of Azov|
Arabian Sea|Bay of Bengal|Gulf of Aden|Gulf of Mexico|Gulf of Oman|Strait of Hormuz|Bab el-Mandeb|Suez Canal|Panama Canal|
English Channel|Bosporus|Bosphorus|Dardanelles|Sea of Japan|Yellow Sea|Sea of Okhotsk|Bering Strait|Bering Sea|Barents Sea|
Norwegian Sea|Irish Sea|Coral Sea|Tasman Sea|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Southern Ocean|
Strait of Malacca|Gulf of Finland|Dead Sea|Sea of Galilee|Lake Victoria|Lake Baikal|Lake Geneva|Lake Tanganyika|Lake Chad|
Great Lakes|Lake Michigan|Lake Superior|Lake Titicaca|Carpathians|Carpathian Mountains|Tatras|Tatra Mountains|Sudetes|Pyrenees|
Apennines|Dolomites|Urals|Rockies|Rocky Mountains|Appalachians|Atlas Mountains|Hindu Kush|Karakoram|Pamir|Tian Shan|Altai|
Mount Everest|Everest|Kilimanjaro|Mont Blanc|Matterhorn|Mount Fuji|Elbrus|Mount Etna|Etna|Vesuvius|Ararat|Golan Heights|Gobi|
Kalahari|Namib|Atacama|Negev|Mojave|Thar Desert|Sinai|Crete|Mallorca|Majorca|Menorca|Ibiza|Tenerife|Gran Canaria|Canary Islands|
Balearic Islands|Madeira|Azores|Svalbard|Faroe Islands|Shetland|Orkney|Hebrides|Isle of Man|Isle of Wight|Guernsey|Gotland|
Bornholm|Capri|Elba|Santorini|Mykonos|Lesbos|Corfu|New Guinea|Jeju Island|Kuril Islands|Kurils|Falkland Islands|Falklands|
Malvinas|Galápagos|Easter Island|Tierra del Fuego|Maui|Oahu|Guam|Saipan|Socotra|Spratly Islands|Paracel Islands|Senkaku|
Diaoyu|Scarborough Shoal|Bermuda|Cayman Islands|Virgin Islands|Aruba|Curaçao|Tobago|Trinidad|Long Island|Key West|
Niger Delta|Nile Delta|Mekong Delta|Great Rift Valley`;

function toList(list: string): string[] {
	return list.split(/\s*\|\s*/).map(name => name.trim()).filter(name => name.length > 0);
}

/** Cities, first-level regions and geographic features beyond the core gazetteer. */
export const MORE_PLACE_NAMES: readonly string[] = [
	...toList(EUROPE_CITIES),
	...toList(AMERICAS_CITIES),
	...toList(ASIA_AFRICA_CITIES),
	...toList(FIRST_LEVEL_REGIONS),
	...toList(GEOGRAPHIC_FEATURES)
];
