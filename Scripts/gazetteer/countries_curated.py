"""Hand-written country facts for the geotone gazetteer.

One line per country:  CODE|display name|other names|demonyms|capitals|abbreviations
Lists inside a field are separated by ';'. A demonym ending in '+' also gets its plural
formed by adding 's'. The first capital is the current one; later entries are former
capitals, seats of government or spelling variants. Names, capitals and places that are
ambiguous in English news text are left out on purpose (see Datasets/gazetteer/SOURCE.md).
"""

COUNTRIES = """
AD|Andorra|Principality of Andorra|Andorran+|Andorra la Vella|
AE|United Arab Emirates|Trucial States|Emirati+|Abu Dhabi|UAE;U.A.E.
AF|Afghanistan|Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan+|Kabul|
AG|Antigua and Barbuda|Antigua;Antigua & Barbuda|Antiguan+||
AI|Anguilla||Anguillan+||
AL|Albania|Republic of Albania|Albanian+|Tirana;Tirane|
AM|Armenia|Republic of Armenia|Armenian+|Yerevan;Erevan|
AO|Angola|Republic of Angola|Angolan+|Luanda|
AQ|Antarctica|Antarctic|||
AR|Argentina|Argentine Republic|Argentine+;Argentinian+;Argentinean+|Buenos Aires|
AS|American Samoa||American Samoan+|Pago Pago|
AT|Austria|Republic of Austria|Austrian+|Vienna|
AU|Australia|Commonwealth of Australia|Australian+;Aussie+|Canberra|
AW|Aruba||Aruban+|Oranjestad|
AX|Åland Islands|Aland Islands;Åland;Aland||Mariehamn|
AZ|Azerbaijan|Republic of Azerbaijan|Azerbaijani+;Azeri+|Baku|
BA|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia;Bosnia & Herzegovina;Herzegovina;Republic of Bosnia and Herzegovina|Bosnian+|Sarajevo|BiH
BB|Barbados||Barbadian+;Bajan+|Bridgetown|
BD|Bangladesh|People's Republic of Bangladesh;East Pakistan|Bangladeshi+|Dhaka;Dacca|
BE|Belgium|Kingdom of Belgium|Belgian+|Brussels|
BF|Burkina Faso|Burkina;Upper Volta|Burkinabe;Burkinabé|Ouagadougou|
BG|Bulgaria|Republic of Bulgaria|Bulgarian+|Sofia|
BH|Bahrain|Kingdom of Bahrain|Bahraini+|Manama|
BI|Burundi|Republic of Burundi|Burundian+|Gitega;Bujumbura|
BJ|Benin|Republic of Benin;Dahomey|Beninese|Porto-Novo;Porto Novo;Cotonou|
BL|Saint Barthélemy|Saint Barthelemy;St. Barthélemy;St Barthélemy;Saint-Barthélemy;St Barts;St. Barts||Gustavia|
BM|Bermuda||Bermudian+;Bermudan+||
BN|Brunei|Brunei Darussalam;Nation of Brunei|Bruneian+|Bandar Seri Begawan|
BO|Bolivia|Plurinational State of Bolivia;Republic of Bolivia|Bolivian+|Sucre;La Paz|
BQ|Caribbean Netherlands|Bonaire;Sint Eustatius;Bonaire, Sint Eustatius and Saba||Kralendijk|
BR|Brazil|Federative Republic of Brazil|Brazilian+|Brasilia;Brasília|
BS|Bahamas|The Bahamas;Commonwealth of the Bahamas|Bahamian+|Nassau|
BT|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu|
BV|Bouvet Island|Bouvetøya;Bouvetoya|||
BW|Botswana|Republic of Botswana;Bechuanaland|Botswanan+;Motswana;Batswana|Gaborone|
BY|Belarus|Republic of Belarus;Byelorussia;Belorussia;Byelorussian SSR|Belarusian+;Belarussian+;Byelorussian+|Minsk|
BZ|Belize|British Honduras|Belizean+|Belmopan;Belize City|
CA|Canada||Canadian+|Ottawa|
CC|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands|||
CD|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;D.R. Congo;DR of Congo;Congo-Kinshasa;Congo Kinshasa;Congo;Zaire;Republic of Zaire|Congolese;Zairean+;Zairian+|Kinshasa;Leopoldville;Léopoldville|DRC;D.R.C.
CF|Central African Republic|Central African Empire;Centrafrique||Bangui|
CG|Republic of the Congo|Republic of Congo;Congo-Brazzaville;Congo Brazzaville;Congo Republic||Brazzaville|
CH|Switzerland|Swiss Confederation|Swiss|Bern;Berne|
CI|Côte d'Ivoire|Cote d'Ivoire;Côte d’Ivoire;Cote d’Ivoire;Ivory Coast;Republic of Côte d'Ivoire|Ivorian+;Ivoirian+|Yamoussoukro;Abidjan|
CK|Cook Islands||Cook Islander+|Avarua|
CL|Chile|Republic of Chile|Chilean+|Santiago|
CM|Cameroon|Republic of Cameroon;Cameroun|Cameroonian+|Yaoundé;Yaounde|
CN|China|People's Republic of China;Mainland China;Communist China|Chinese|Beijing;Peking|PRC;P.R.C.
CO|Colombia|Republic of Colombia|Colombian+|Bogotá;Bogota|
CR|Costa Rica|Republic of Costa Rica|Costa Rican+||
CU|Cuba|Republic of Cuba|Cuban+|Havana;La Habana|
CV|Cabo Verde|Cape Verde;Cape Verde Islands;Republic of Cabo Verde|Cape Verdean+;Cabo Verdean+|Praia|
CW|Curaçao|Curacao;Netherlands Antilles||Willemstad|
CX|Christmas Island||||
CY|Cyprus|Republic of Cyprus|Cypriot+|Nicosia|
CZ|Czechia|Czech Republic|Czech+|Prague|
DE|Germany|Federal Republic of Germany;West Germany|German+;West German+|Berlin;Bonn|FRG
DJ|Djibouti|Republic of Djibouti;French Somaliland;French Territory of the Afars and the Issas|Djiboutian+|Djibouti City|
DK|Denmark|Kingdom of Denmark|Danish;Dane+|Copenhagen|
DM|Dominica|Commonwealth of Dominica||Roseau|
DO|Dominican Republic||Dominican+|Santo Domingo|
DZ|Algeria|People's Democratic Republic of Algeria|Algerian+|Algiers|
EC|Ecuador|Republic of Ecuador|Ecuadorian+;Ecuadorean+|Quito|
EE|Estonia|Republic of Estonia|Estonian+|Tallinn|
EG|Egypt|Arab Republic of Egypt;United Arab Republic|Egyptian+|Cairo|
EH|Western Sahara|Sahrawi Arab Democratic Republic;Sahrawi Republic;Spanish Sahara|Sahrawi+;Saharawi+|Laayoune;El Aaiún;El Aaiun|
ER|Eritrea|State of Eritrea|Eritrean+|Asmara|
ES|Spain|Kingdom of Spain|Spanish;Spaniard+|Madrid|
ET|Ethiopia|Federal Democratic Republic of Ethiopia;Abyssinia|Ethiopian+|Addis Ababa|
FI|Finland|Republic of Finland|Finnish;Finns|Helsinki|
FJ|Fiji|Republic of Fiji|Fijian+|Suva|
FK|Falkland Islands|Falklands;Malvinas;Islas Malvinas;Falkland Islands (Malvinas)|Falkland Islander+||
FM|Micronesia|Federated States of Micronesia||Palikir|
FO|Faroe Islands|Faroes;Faeroe Islands;Faeroes|Faroese|Tórshavn;Torshavn|
FR|France|French Republic|French;Frenchman;Frenchmen;Frenchwoman;Frenchwomen|Paris|
GA|Gabon|Gabonese Republic|Gabonese|Libreville|
GB|United Kingdom|United Kingdom of Great Britain and Northern Ireland;Great Britain;Britain|British;Briton+;Brit+;Scottish;Scots;Welsh;Northern Irish|London|UK;U.K.
GD|Grenada||Grenadian+||
GE|Georgia|Republic of Georgia;Sakartvelo|Georgian+|Tbilisi;Tiflis|
GF|French Guiana|Guyane|French Guianese||
GG|Guernsey|Bailiwick of Guernsey||St Peter Port;St. Peter Port;Saint Peter Port|
GH|Ghana|Republic of Ghana|Ghanaian+|Accra|
GI|Gibraltar||Gibraltarian+||
GL|Greenland|Kalaallit Nunaat|Greenlandic;Greenlander+|Nuuk;Godthåb;Godthab|
GM|Gambia|The Gambia;Republic of the Gambia|Gambian+|Banjul|
GN|Guinea|Republic of Guinea;Guinea-Conakry;French Guinea|Guinean+|Conakry|
GP|Guadeloupe||Guadeloupean+|Basse-Terre|
GQ|Equatorial Guinea|Republic of Equatorial Guinea|Equatorial Guinean+;Equatoguinean+|Malabo|
GR|Greece|Hellenic Republic;Hellas|Greek+|Athens|
GS|South Georgia and the South Sandwich Islands|South Georgia;South Sandwich Islands|||
GT|Guatemala|Republic of Guatemala|Guatemalan+|Guatemala City|
GU|Guam||Guamanian+|Hagåtña;Hagatna;Agana|
GW|Guinea-Bissau|Guinea Bissau;Republic of Guinea-Bissau;Portuguese Guinea|Bissau-Guinean+|Bissau|
GY|Guyana|Republic of Guyana;British Guiana|Guyanese||
HK|Hong Kong|Hongkong;Hong Kong SAR;Hong Kong Special Administrative Region of China|Hong Konger+;Hongkonger+||
HM|Heard Island and McDonald Islands|Heard Island;McDonald Islands|||
HN|Honduras|Republic of Honduras|Honduran+|Tegucigalpa|
HR|Croatia|Republic of Croatia|Croatian+;Croat+|Zagreb|
HT|Haiti|Republic of Haiti|Haitian+|Port-au-Prince;Port au Prince|
HU|Hungary||Hungarian+|Budapest|
ID|Indonesia|Republic of Indonesia|Indonesian+|Jakarta;Djakarta|
IE|Ireland|Republic of Ireland;Eire;Éire|Irish;Irishman;Irishmen;Irishwoman|Dublin|
IL|Israel|State of Israel|Israeli+|Jerusalem|
IM|Isle of Man||Manx||
IN|India|Republic of India;Bharat|Indian+|New Delhi;Delhi|
IO|British Indian Ocean Territory|Chagos Archipelago;Chagos Islands|Chagossian+||
IQ|Iraq|Republic of Iraq|Iraqi+|Baghdad|
IR|Iran|Islamic Republic of Iran;Persia|Iranian+|Tehran;Teheran|
IS|Iceland|Republic of Iceland|Icelandic;Icelander+|Reykjavik;Reykjavík|
IT|Italy|Italian Republic|Italian+|Rome|
JE|Jersey|Bailiwick of Jersey||Saint Helier;St Helier;St. Helier|
JM|Jamaica||Jamaican+|Kingston|
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian+|Amman|
JP|Japan||Japanese|Tokyo|
KE|Kenya|Republic of Kenya|Kenyan+|Nairobi|
KG|Kyrgyzstan|Kyrgyz Republic;Kirghizia;Kirgizia;Kirghizstan;Kirgizstan;Kyrgyz SSR|Kyrgyz;Kirghiz;Kirgiz;Kyrgyzstani+|Bishkek;Frunze|
KH|Cambodia|Kingdom of Cambodia;Kampuchea;Democratic Kampuchea;People's Republic of Kampuchea;Khmer Republic|Cambodian+|Phnom Penh|
KI|Kiribati|Republic of Kiribati;Gilbert Islands|I-Kiribati|Tarawa;South Tarawa|
KM|Comoros|Union of the Comoros;Comoro Islands|Comoran+;Comorian+|Moroni|
KN|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis;Saint Christopher and Nevis;Saint Kitts;St Kitts;St. Kitts;Nevis|Kittitian+|Basseterre|
KP|North Korea|Democratic People's Republic of Korea;DPR Korea|North Korean+|Pyongyang|DPRK;D.P.R.K.
KR|South Korea|Republic of Korea;Korea|South Korean+;Korean+|Seoul|ROK;R.O.K.
KW|Kuwait|State of Kuwait|Kuwaiti+|Kuwait City|
KY|Cayman Islands|Caymans;Grand Cayman|Caymanian+||
KZ|Kazakhstan|Republic of Kazakhstan;Kazakstan;Kazakh SSR|Kazakh+;Kazakhstani+;Kazak+|Astana;Nur-Sultan;Nur Sultan;Akmola;Aqmola;Tselinograd;Almaty;Alma-Ata;Alma Ata|
LA|Laos|Lao People's Democratic Republic;Lao PDR|Laotian+;Lao|Vientiane|
LB|Lebanon|Lebanese Republic|Lebanese|Beirut;Beyrouth|
LC|Saint Lucia|St Lucia;St. Lucia|Saint Lucian+;St Lucian+;St. Lucian+|Castries|
LI|Liechtenstein|Principality of Liechtenstein|Liechtensteiner+|Vaduz|
LK|Sri Lanka|Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan+;Ceylonese|Colombo;Sri Jayawardenepura Kotte|
LR|Liberia|Republic of Liberia|Liberian+|Monrovia|
LS|Lesotho|Kingdom of Lesotho;Basutoland|Basotho;Mosotho|Maseru|
LT|Lithuania|Republic of Lithuania|Lithuanian+|Vilnius|
LU|Luxembourg|Grand Duchy of Luxembourg;Luxemburg|Luxembourger+;Luxembourgish|Luxembourg City|
LV|Latvia|Republic of Latvia|Latvian+|Riga|
LY|Libya|State of Libya;Libyan Arab Jamahiriya;Jamahiriya|Libyan+|Tripoli|
MA|Morocco|Kingdom of Morocco|Moroccan+|Rabat|
MC|Monaco|Principality of Monaco|Monegasque+;Monacan+||
MD|Moldova|Republic of Moldova;Moldavia|Moldovan+;Moldavian+|Chisinau;Chișinău;Chişinău;Kishinev|
ME|Montenegro||Montenegrin+|Podgorica|
MF|Saint Martin|Saint-Martin;Collectivity of Saint Martin;Saint Martin (French part)||Marigot|
MG|Madagascar|Republic of Madagascar;Malagasy Republic|Malagasy|Antananarivo;Tananarive|
MH|Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro|
MK|North Macedonia|Republic of North Macedonia;Macedonia;Former Yugoslav Republic of Macedonia|North Macedonian+;Macedonian+|Skopje|FYROM
ML|Mali|Republic of Mali|Malian+|Bamako|
MM|Myanmar|Burma;Republic of the Union of Myanmar;Union of Myanmar;Union of Burma|Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw;Yangon;Rangoon|
MN|Mongolia|Outer Mongolia|Mongolian+|Ulaanbaatar;Ulan Bator;Ulaan Baatar|
MO|Macao|Macau;Macao SAR;Macau SAR|Macanese||
MP|Northern Mariana Islands|Northern Marianas;Commonwealth of the Northern Mariana Islands||Saipan|
MQ|Martinique||Martinican+|Fort-de-France|
MR|Mauritania|Islamic Republic of Mauritania|Mauritanian+|Nouakchott|
MS|Montserrat||Montserratian+|Brades|
MT|Malta|Republic of Malta|Maltese|Valletta;Valetta|
MU|Mauritius|Republic of Mauritius|Mauritian+|Port Louis|
MV|Maldives|Republic of Maldives;Maldive Islands|Maldivian+|Malé|
MW|Malawi|Republic of Malawi;Nyasaland|Malawian+|Lilongwe|
MX|Mexico|United Mexican States|Mexican+|Mexico City|
MY|Malaysia||Malaysian+|Kuala Lumpur;Putrajaya|
MZ|Mozambique|Republic of Mozambique|Mozambican+|Maputo;Lourenço Marques|
NA|Namibia|Republic of Namibia;South West Africa|Namibian+|Windhoek|
NC|New Caledonia|Kanaky|New Caledonian+|Nouméa;Noumea|
NE|Niger|Republic of the Niger;Republic of Niger|Nigerien+|Niamey|
NF|Norfolk Island||Norfolk Islander+||
NG|Nigeria|Federal Republic of Nigeria|Nigerian+|Abuja;Lagos|
NI|Nicaragua|Republic of Nicaragua|Nicaraguan+|Managua|
NL|Netherlands|The Netherlands;Kingdom of the Netherlands;Holland|Dutch;Dutchman;Dutchmen;Dutchwoman|Amsterdam;The Hague|
NO|Norway|Kingdom of Norway|Norwegian+|Oslo|
NP|Nepal|Federal Democratic Republic of Nepal|Nepali+;Nepalese|Kathmandu|
NR|Nauru|Republic of Nauru|Nauruan+|Yaren|
NU|Niue||Niuean+|Alofi|
NZ|New Zealand|Aotearoa|New Zealander+|Wellington|
OM|Oman|Sultanate of Oman|Omani+|Muscat|
PA|Panama|Republic of Panama|Panamanian+|Panama City|
PE|Peru|Republic of Peru|Peruvian+|Lima|
PF|French Polynesia||French Polynesian+|Papeete|
PG|Papua New Guinea|Independent State of Papua New Guinea|Papua New Guinean+|Port Moresby|PNG
PH|Philippines|The Philippines;Republic of the Philippines|Filipino+;Filipina+;Philippine|Manila;Quezon City|
PK|Pakistan|Islamic Republic of Pakistan|Pakistani+|Islamabad;Karachi|
PL|Poland|Republic of Poland|Polish;Poles|Warsaw|
PM|Saint Pierre and Miquelon|St Pierre and Miquelon;St. Pierre and Miquelon;Saint-Pierre-et-Miquelon|||
PN|Pitcairn Islands|Pitcairn;Pitcairn Island|Pitcairn Islander+|Adamstown|
PR|Puerto Rico||Puerto Rican+|San Juan|
PS|Palestine|State of Palestine;Palestinian territories;Occupied Palestinian Territories;Palestinian Authority|Palestinian+|Ramallah|
PT|Portugal|Portuguese Republic|Portuguese|Lisbon;Lisboa|
PW|Palau|Republic of Palau;Belau|Palauan+|Ngerulmud;Melekeok;Koror|
PY|Paraguay|Republic of Paraguay|Paraguayan+|Asunción;Asuncion|
QA|Qatar|State of Qatar|Qatari+|Doha|
RE|Réunion|Reunion;La Réunion;La Reunion|Réunionese;Reunionese||
RO|Romania|Rumania;Roumania|Romanian+;Rumanian+|Bucharest|
RS|Serbia|Republic of Serbia;Serbia and Montenegro|Serbian+;Serb+|Belgrade|
RU|Russia|Russian Federation|Russian+|Moscow|
RW|Rwanda|Republic of Rwanda|Rwandan+;Rwandese|Kigali|
SA|Saudi Arabia|Kingdom of Saudi Arabia|Saudi+;Saudi Arabian+|Riyadh|KSA
SB|Solomon Islands|Solomons|Solomon Islander+|Honiara|
SC|Seychelles|Republic of Seychelles|Seychellois||
SD|Sudan|Republic of the Sudan;The Sudan|Sudanese|Khartoum|
SE|Sweden|Kingdom of Sweden|Swedish;Swede+|Stockholm|
SG|Singapore|Republic of Singapore|Singaporean+||
SH|Saint Helena|St Helena;St. Helena;Saint Helena, Ascension and Tristan da Cunha;Ascension Island;Tristan da Cunha|Saint Helenian+||
SI|Slovenia|Republic of Slovenia|Slovenian+;Slovene+|Ljubljana|
SJ|Svalbard and Jan Mayen|Svalbard;Jan Mayen;Spitsbergen||Longyearbyen|
SK|Slovakia|Slovak Republic|Slovak+;Slovakian+|Bratislava|
SL|Sierra Leone|Republic of Sierra Leone|Sierra Leonean+|Freetown|
SM|San Marino|Republic of San Marino|Sammarinese||
SN|Senegal|Republic of Senegal|Senegalese|Dakar|
SO|Somalia|Federal Republic of Somalia;Somali Republic|Somali+;Somalian+|Mogadishu|
SR|Suriname|Republic of Suriname;Surinam;Dutch Guiana|Surinamese;Surinamer+|Paramaribo|
SS|South Sudan|Republic of South Sudan|South Sudanese|Juba|
ST|Sao Tome and Principe|São Tomé and Príncipe;Sao Tome & Principe|Sao Tomean+;São Toméan+|Sao Tome;São Tomé|
SV|El Salvador|Republic of El Salvador|Salvadoran+;Salvadorean+|San Salvador|
SX|Sint Maarten|Sint Maarten (Dutch part)||Philipsburg|
SY|Syria|Syrian Arab Republic|Syrian+|Damascus|
SZ|Eswatini|Kingdom of Eswatini;Swaziland;Kingdom of Swaziland|Swazi+;Emaswati|Mbabane;Lobamba|
TC|Turks and Caicos Islands|Turks and Caicos;Turks & Caicos||Cockburn Town|
TD|Chad|Republic of Chad|Chadian+|N'Djamena;N’Djamena;Ndjamena;N'Djaména;Fort-Lamy|
TF|French Southern Territories|French Southern and Antarctic Lands;Kerguelen Islands|||
TG|Togo|Togolese Republic|Togolese|Lomé;Lome|
TH|Thailand|Kingdom of Thailand;Siam|Thai+|Bangkok|
TJ|Tajikistan|Republic of Tajikistan;Tadjikistan;Tajik SSR|Tajik+;Tadjik+;Tajikistani+|Dushanbe;Stalinabad|
TK|Tokelau||Tokelauan+||
TL|Timor-Leste|East Timor;Timor Leste;Democratic Republic of Timor-Leste|East Timorese;Timorese|Dili|
TM|Turkmenistan|Turkmenia;Turkmen SSR|Turkmen;Turkmens;Turkmenistani+|Ashgabat;Ashkhabad;Ashgabad|
TN|Tunisia|Republic of Tunisia|Tunisian+|Tunis|
TO|Tonga|Kingdom of Tonga|Tongan+|Nuku'alofa;Nukuʻalofa;Nuku’alofa;Nukualofa|
TR|Türkiye|Turkiye;Turkey;Republic of Türkiye;Republic of Turkey|Turkish;Turk+|Ankara|
TT|Trinidad and Tobago|Republic of Trinidad and Tobago;Trinidad & Tobago;Trinidad;Tobago|Trinidadian+;Tobagonian+;Trinbagonian+|Port of Spain;Port-of-Spain|
TV|Tuvalu|Ellice Islands|Tuvaluan+|Funafuti|
TW|Taiwan|Republic of China;Formosa;Chinese Taipei|Taiwanese|Taipei|
TZ|Tanzania|United Republic of Tanzania;Tanganyika|Tanzanian+|Dodoma;Dar es Salaam|
UA|Ukraine|The Ukraine;Ukrainian SSR|Ukrainian+|Kyiv;Kiev|
UG|Uganda|Republic of Uganda|Ugandan+|Kampala|
UM|United States Minor Outlying Islands|U.S. Minor Outlying Islands;US Minor Outlying Islands;Wake Island;Midway Atoll;Johnston Atoll;Baker Island;Howland Island;Jarvis Island;Palmyra Atoll;Kingman Reef;Navassa Island|||
US|United States|United States of America;America|American+|Washington;Washington DC;Washington D.C.|US;U.S.;USA;U.S.A.
UY|Uruguay|Oriental Republic of Uruguay;Eastern Republic of Uruguay|Uruguayan+|Montevideo|
UZ|Uzbekistan|Republic of Uzbekistan;Uzbek SSR|Uzbek+;Uzbekistani+|Tashkent;Toshkent|
VA|Holy See|Vatican City;Vatican;Vatican City State;Holy See (Vatican City State)|||
VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines;Saint Vincent;St Vincent;St. Vincent|Vincentian+|Kingstown|
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan+|Caracas|
VG|British Virgin Islands|Virgin Islands, British||Road Town|BVI
VI|U.S. Virgin Islands|US Virgin Islands;United States Virgin Islands;Virgin Islands of the United States;Virgin Islands;Virgin Islands, U.S.|Virgin Islander+|Charlotte Amalie|USVI
VN|Vietnam|Viet Nam;Viet-Nam;Socialist Republic of Vietnam;Socialist Republic of Viet Nam;North Vietnam;South Vietnam|Vietnamese|Hanoi;Ha Noi;Saigon|
VU|Vanuatu|Republic of Vanuatu;New Hebrides|Ni-Vanuatu;Vanuatuan+|Port Vila;Port-Vila|
WF|Wallis and Futuna|Wallis & Futuna|Wallisian+;Futunan+|Mata-Utu;Mata Utu|
WS|Samoa|Independent State of Samoa;Western Samoa|Samoan+|Apia|
YE|Yemen|Republic of Yemen;North Yemen;Yemen Arab Republic|Yemeni+;Yemenite+|Sanaa;Sana'a;Sana’a;Aden|
YT|Mayotte||Mahoran+|Mamoudzou|
ZA|South Africa|Republic of South Africa|South African+|Pretoria;Cape Town;Bloemfontein;Tshwane|
ZM|Zambia|Republic of Zambia;Northern Rhodesia|Zambian+|Lusaka|
ZW|Zimbabwe|Republic of Zimbabwe;Rhodesia;Southern Rhodesia;Zimbabwe Rhodesia|Zimbabwean+;Rhodesian+|Harare|
XK|Kosovo|Republic of Kosovo;Kosova|Kosovar+;Kosovan+|Pristina;Prishtina;Priština|
SU|Soviet Union|Union of Soviet Socialist Republics|Soviet+||USSR;U.S.S.R.
YU|Yugoslavia|Socialist Federal Republic of Yugoslavia;Federal Republic of Yugoslavia;Kingdom of Yugoslavia|Yugoslav+;Yugoslavian+||
CS|Czechoslovakia|Czechoslovak Socialist Republic;Czech and Slovak Federative Republic|Czechoslovak+;Czechoslovakian+||
DD|East Germany|German Democratic Republic|East German+|East Berlin|GDR;G.D.R.;DDR
YD|South Yemen|People's Democratic Republic of Yemen;Democratic Yemen|South Yemeni+||
"""

# Historical entities: code -> (alpha3, numeric, successor alpha-2)
HISTORICAL = {
    "SU": ("SUN", "810", "RU"),
    "YU": ("YUG", "891", "RS"),
    "CS": ("CSK", "200", "CZ"),
    "DD": ("DDR", "278", "DE"),
    "YD": ("YMD", "720", "YE"),
}

# Single-word names that are also English words, personal names or brand names; they
# match only in title case or all caps. Every other country name matches in any case.
TITLE_NAMES = set("""
Turkey China Chad Jordan Georgia Niger Guinea Japan Mali Togo Oman Peru Chile Ireland
Mexico India Brazil Panama Malta Guernsey Samoa France Tonga Siam Persia Ceylon Zaire
Dominica Bermuda Trinidad Morocco Formosa Reunion Réunion Curacao Curaçao Vatican Grenada
America Congo Korea Canada Nevis Bonaire Burkina Antigua Bosnia Herzegovina Britain
Tobago Jersey Kampuchea Macedonia Moldavia Rhodesia Burma
Hellas Aotearoa Kanaky Belau Guyane Pitcairn Svalbard Spitsbergen Antarctic Aland Åland
Macau Macao Malvinas Falklands Solomons Caymans Faroes Faeroes Jamahiriya Bharat Eire Éire
Kosova Kazakstan Surinam Sakartvelo Cameroun Belorussia Byelorussia Roumania Rumania Luxemburg
Holland Abyssinia Dahomey Bechuanaland Basutoland Nyasaland Tanganyika Turkmenia Kirghizia Kirgizia
""".split())
