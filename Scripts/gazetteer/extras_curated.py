"""Hand-written aliases beyond country names: seats of government, sub-national places,
extra cities, region and group mentions, stop phrases and context rules.

Each table is a multi-line string, one entry per line, fields separated by '|'.
"""

# target|alias;alias;...   (kind seat, case title)
SEATS = """
US|White House;Oval Office;Pentagon;Foggy Bottom;State Department
RU|Kremlin;Lubyanka
GB|Downing Street;Whitehall;Westminster;Holyrood;Stormont
FR|Élysée;Elysee;Élysée Palace;Elysee Palace;Matignon;Quai d'Orsay;Quai d’Orsay
CN|Zhongnanhai;Great Hall of the People
KR|Blue House;Cheong Wa Dae
JP|Kasumigaseki;Nagatacho
DE|Bundestag;Bundeskanzleramt
IL|Knesset
RU|Duma;State Duma
PL|Sejm
UA|Verkhovna Rada;Bankova
NO|Storting;Stortinget
SE|Riksdag
DK|Folketing;Christiansborg
IN|Lok Sabha;Rajya Sabha;Rashtrapati Bhavan;Raisina Hill
PH|Malacañang;Malacanang;Malacañang Palace;Malacanang Palace
AR|Casa Rosada
CL|La Moneda
MX|Los Pinos
BR|Planalto;Itamaraty
ES|Moncloa;La Moncloa
IT|Palazzo Chigi;Farnesina;Quirinale;Quirinal Palace
AT|Ballhausplatz
NL|Binnenhof
KZ|Akorda;Ak Orda
NG|Aso Rock
ZA|Union Buildings
LB|Baabda
TR|Çankaya;Cankaya
"""

# target|alias;alias;...   (kind city, case title): cities below one million people that are
# frequent news datelines and have no namesake of comparable fame elsewhere. GeoNames
# supplies the cities of one million or more.
CITIES = """
US|New York;Minneapolis;Boston;Atlanta;Detroit;Denver;Miami;Pittsburgh;Cleveland;San Francisco;St. Louis;St Louis;Seattle;Kansas City;Milwaukee;Cincinnati;Indianapolis;Oklahoma City;Tampa;Salt Lake City;Las Vegas;New Orleans;Nashville;Baltimore;Louisville;Omaha;Little Rock;Tulsa;Akron;Dayton;Hartford;Palo Alto;San Mateo;Boca Raton;Fort Lauderdale;Beverly Hills;Anaheim;Honolulu;Sacramento;Albuquerque;Tucson;El Paso;Oakland;Buffalo
BR|Salvador
"""

# target|alias;alias;...   (kind place, case title): well-known sub-national names only.
PLACES = """
UA|Crimea;Crimean Peninsula;Donetsk;Luhansk;Lugansk;Donbas;Donbass;Kharkiv;Kharkov;Odesa;Odessa;Mariupol;Zaporizhzhia;Zaporizhia;Zaporozhye;Kherson;Bakhmut;Lviv;Lvov;Dnipro;Dnipropetrovsk;Sevastopol;Chernobyl;Chornobyl;Kramatorsk;Avdiivka
RU|Siberia;Chechnya;Dagestan;Kaliningrad;North Caucasus;Tatarstan;Belgorod;Kursk;Bryansk;Ingushetia;North Ossetia;Yakutia;Kamchatka;Sakhalin;Kuril Islands;Kurile Islands;Chukotka;Murmansk;Sochi;Vladivostok;Leningrad;St. Petersburg;St Petersburg;Stalingrad
GE|Abkhazia;South Ossetia;Tskhinvali;Sukhumi;Batumi;Adjara
AZ|Nagorno-Karabakh;Nagorno Karabakh;Karabakh;Nakhchivan;Stepanakert
MD|Transnistria;Trans-Dniester;Transdniestria;Gagauzia
GB|Scotland;Wales;England;Northern Ireland;Edinburgh;Glasgow;Manchester;Liverpool;Belfast;Cardiff
ES|Catalonia;Basque Country;Andalusia;Canary Islands;Balearic Islands;Ceuta;Melilla;Barcelona;Seville
FR|Corsica;Normandy;Alsace;Provence;Marseille;Lyon;Strasbourg
DE|Bavaria;Saxony;Ruhr;Rhineland;West Berlin;Frankfurt;Cologne;Düsseldorf;Dusseldorf
IT|Sicily;Sardinia;Lombardy;Tuscany;Lampedusa;South Tyrol;Naples;Venice;Florence;Turin
BE|Flanders;Wallonia;Antwerp
NL|Rotterdam
CH|Geneva;Zurich;Zürich;Davos
AT|Tyrol
PL|Silesia;Gdansk;Gdańsk;Krakow;Kraków
CA|Quebec;Québec;Ontario;Alberta;British Columbia;Manitoba;Saskatchewan;Nova Scotia;Newfoundland;Vancouver;Montreal
AU|Queensland;New South Wales;Tasmania;Western Australia;South Australia
IN|Assam;Kerala;Manipur;Uttar Pradesh;Maharashtra;Gujarat;Bihar;West Bengal;Tamil Nadu;Andhra Pradesh;Karnataka;Telangana;Rajasthan;Madhya Pradesh;Odisha;Goa;Bombay;Calcutta;Madras;Bangalore
PK|Balochistan;Baluchistan;Khyber Pakhtunkhwa;Sindh;Waziristan;North Waziristan;South Waziristan
CN|Xinjiang;Tibet;Inner Mongolia;Guangdong;Sichuan;Hubei;Fujian;Zhejiang;Jiangsu;Shandong;Yunnan;Hainan;Henan;Hebei;Shanxi;Shaanxi;Gansu;Qinghai;Ningxia;Guangxi;Hunan;Anhui;Jiangxi;Guizhou;Heilongjiang;Liaoning;Manchuria
PS|Gaza;Gaza Strip;West Bank;East Jerusalem;Khan Younis;Jenin;Nablus;Hebron
IL|Tel Aviv;Haifa;Negev
IQ|Iraqi Kurdistan;Mosul;Basra;Kirkuk;Fallujah;Najaf
SY|Idlib;Homs;Raqqa;Deir ez-Zor;Deir el-Zor
YE|Hodeidah;Marib
SO|Somaliland;Puntland
SD|Darfur;Kordofan
ET|Tigray;Oromia
CD|North Kivu;South Kivu;Kivu;Katanga;Goma;Ituri
NG|Niger Delta;Biafra;Borno
ML|Timbuktu;Azawad
EG|Sinai;Sinai Peninsula;Suez Canal;Suez
PA|Panama Canal
TR|Anatolia
CY|Northern Cyprus;Turkish Republic of Northern Cyprus
BA|Republika Srpska
RS|Vojvodina
RO|Transylvania
JP|Okinawa;Hokkaido;Fukushima;Nagasaki
KR|Jeju
MM|Rakhine;Arakan;Kachin;Shan State
PH|Mindanao;Luzon;Visayas
ID|Aceh;Bali;Sumatra;Sulawesi;Kalimantan;West Papua
MY|Sabah;Sarawak
TH|Phuket
LK|Jaffna
AF|Kandahar;Helmand;Herat;Mazar-i-Sharif;Panjshir
IR|Khuzestan;Natanz;Fordow;Bushehr;Qom
SA|Mecca;Medina;Jeddah
MX|Chiapas;Sinaloa;Baja California;Yucatan;Yucatán
ZA|KwaZulu-Natal;Transvaal
ZW|Matabeleland
TZ|Zanzibar
LY|Benghazi;Cyrenaica;Tobruk;Misrata
DZ|Kabylie
KZ|Baikonur
UZ|Samarkand;Bukhara
KG|Osh
TJ|Gorno-Badakhshan
PT|Azores;Madeira
GR|Crete;Lesbos
IO|Diego Garcia
UM|Wake Island
US|Wall Street;Silicon Valley;Hollywood
PF|Tahiti
"""

# id|name|level|parent  for informal regions (not M49); members listed separately.
INFORMAL = """
geo:middle-east|Middle East|BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE
geo:balkans|Balkans|AL BA BG HR GR XK ME MK RO RS SI
geo:caucasus|Caucasus|AM AZ GE
geo:sahel|Sahel|BF CM GM GN ML MR NE NG SN TD
geo:gulf|Gulf states|AE BH KW OM QA SA
geo:scandinavia|Scandinavia|DK NO SE
"""

# target|case|alias;alias;...   (kind region)
REGION_ALIASES = """
m49:002|fold|Africa;African continent
m49:002|title|African;Africans
m49:019|fold|Americas
m49:142|fold|Asia;Asian continent
m49:142|title|Asian;Asians
m49:150|fold|Europe;European continent
m49:150|title|European;Europeans
m49:009|fold|Oceania
m49:015|fold|Northern Africa;North Africa;North African;North Africans
m49:202|fold|Sub-Saharan Africa;Subsaharan Africa;Sub Saharan Africa;Sub-Saharan
m49:014|fold|Eastern Africa;East Africa;East African;Horn of Africa
m49:017|fold|Middle Africa;Central Africa
m49:018|fold|Southern Africa
m49:011|fold|Western Africa;West Africa;West African;West Africans
m49:419|fold|Latin America and the Caribbean;Latin America;Latin American;Latin Americans;South and Central America
m49:029|title|Caribbean;Caribbean islands;West Indies
m49:013|fold|Central America;Central American;Central Americans
m49:005|fold|South America;South American;South Americans
m49:021|fold|Northern America;North America;North American;North Americans
m49:143|fold|Central Asia;Central Asian;Central Asians
m49:030|fold|Eastern Asia;East Asia;East Asian;Far East
m49:035|fold|South-eastern Asia;Southeast Asia;South-East Asia;South East Asia;Southeast Asian;South-East Asian
m49:034|fold|Southern Asia;South Asia;South Asian;Indian subcontinent
m49:145|fold|Western Asia;West Asia
m49:151|fold|Eastern Europe;Eastern European;East European;Eastern Europeans
m49:154|fold|Northern Europe;Northern European;Baltic states;Baltic countries
m49:039|fold|Southern Europe;Southern European
m49:155|fold|Western Europe;Western European;West European;Western Europeans
m49:830|fold|Channel Islands
m49:053|fold|Australia and New Zealand;Australasia
m49:054|fold|Melanesia
m49:061|fold|Polynesia
geo:middle-east|fold|Middle East;Mideast;Mid-East;Middle Eastern;Near East
geo:balkans|fold|Balkans;Western Balkans;Balkan Peninsula
geo:balkans|title|Balkan
geo:caucasus|fold|Caucasus;South Caucasus;Transcaucasia;Caucasus region
geo:sahel|fold|Sahel;Sahel region;Sahelian
geo:gulf|fold|Gulf states;Gulf Arab states;Gulf countries;Gulf monarchies;Gulf Cooperation Council;Arab Gulf states
geo:gulf|exact|GCC
geo:scandinavia|fold|Scandinavia
geo:scandinavia|title|Scandinavian;Scandinavians
group:EU|fold|European Union;European Community;European Economic Community;European Commission
group:EU|exact|EU;E.U.;EEC
group:NATO|fold|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;North Atlantic Alliance;Atlantic Alliance
group:G7|exact|G7;G-7
group:G7|fold|Group of Seven
group:G20|exact|G20;G-20
group:G20|fold|Group of 20;Group of Twenty
group:BRICS|fold|BRICS
group:ASEAN|fold|ASEAN;Association of Southeast Asian Nations;Association of South East Asian Nations
group:AU|fold|African Union;Organization of African Unity;Organisation of African Unity
group:AU|exact|OAU
group:OPEC|fold|OPEC;Organization of the Petroleum Exporting Countries;Organisation of the Petroleum Exporting Countries;OPEC+
group:ARAB_LEAGUE|fold|Arab League;League of Arab States
group:CSTO|exact|CSTO
group:CSTO|fold|Collective Security Treaty Organization;Collective Security Treaty Organisation
group:C5|exact|C5+1;C5
"""

# phrase|reason
STOPPHRASES = """
New Guinea|island shared by Indonesia and Papua New Guinea
New Britain|island of Papua New Guinea and a US city, not Britain
New London|US city
New Berlin|US city
New Amsterdam|historical name of New York
Little Italy|neighbourhood name
Little Havana|neighbourhood name
Little Portugal|neighbourhood name
Little India|neighbourhood name
Little Tokyo|neighbourhood name
Little Saigon|neighbourhood name
Little Haiti|neighbourhood name
Little Korea|neighbourhood name
Anglo American|mining company
Indian Ocean|ocean, not India
Indo-Pacific|ocean region, not India
American Indian|indigenous people of the Americas, not India
American Indians|indigenous people of the Americas, not India
Native American|indigenous people of the United States, not a country mention by itself
Native Americans|indigenous people of the United States
African American|US ethnic group, not Africa
African Americans|US ethnic group, not Africa
Asian American|US ethnic group, not Asia
Asian Americans|US ethnic group, not Asia
East Indies|historical term for maritime Asia
South China Sea|sea, not China
East China Sea|sea, not China
Sea of Japan|sea, not Japan
Gulf of Mexico|sea, not Mexico
Gulf of America|renamed sea, not a country
Gulf of Guinea|sea, not Guinea
Gulf of Aden|sea, not Yemen's city
Gulf of Oman|sea, not Oman
Georgia Tech|US university
Georgia State|US university or US state phrase
Georgia Bulldogs|US sports team
Georgia Southern|US university
Georgia Power|US utility
Georgia-Pacific|US company
Georgia O'Keeffe|US painter
George Washington|person
Denzel Washington|person
Booker T. Washington|person
Kerry Washington|person
Michael Jordan|person
Vernon Jordan|person
Jim Jordan|person
Irving Berlin|person
Jack London|person
Paris Hilton|person
Whitney Houston|person
Sofia Coppola|person
Sofia Vergara|person
Chinese wall|idiom
Chinese whispers|idiom
Chinese checkers|game
French fries|food
French fry|food
French toast|food
French kiss|idiom
French horn|instrument
French press|coffee maker
French doors|building part
French windows|building part
French polish|wood finish
French bulldog|dog breed
French dressing|food
Swiss cheese|food
Swiss chard|vegetable
Swiss Army knife|tool
Turkish delight|food
Brussels sprouts|vegetable
Brussels sprout|vegetable
Spanish flu|1918 pandemic, not Spain
Mexican standoff|idiom
Mexican wave|idiom
Dutch auction|idiom
Dutch courage|idiom
Dutch oven|cookware
Dutch uncle|idiom
Indian summer|idiom
Indian ink|ink
India ink|ink
India pale ale|beer style
Russian roulette|idiom
Russian doll|toy
Russian dolls|toy
German shepherd|dog breed
German measles|disease
Danish pastry|food
Canadian bacon|food
Irish coffee|drink
Irish setter|dog breed
Welsh rarebit|food
Great Dane|dog breed
Guinea pig|animal or idiom
Guinea pigs|animal or idiom
Guinea fowl|bird
Brazil nut|food
Brazil nuts|food
Panama hat|hat
Panama hats|hat
Egyptian cotton|textile
Greek yogurt|food
Greek yoghurt|food
Greek salad|food
Afghan hound|dog breed
Japanese knotweed|plant
Chile pepper|food
Chili pepper|food
Plaster of Paris|material
Lima bean|food
Lima beans|food
Wild Turkey|bourbon brand
Cold turkey|idiom
Turkey vulture|bird
Thanksgiving turkey|food
Moscow mule|drink
Kingston upon Thames|English town, not Jamaica's capital
Young Turks|idiom or US media company
Anglo-Saxon|people and language, not Britain
Anglo-Saxons|people, not Britain
Australian Open|tennis or golf event, not Australia
French Open|tennis event, not France
US Open|tennis or golf event
U.S. Open|tennis or golf event
British Open|golf event
Canadian Open|tennis or golf event
Irish Open|golf event
Scottish Open|golf event
Italian Open|tennis or golf event
Mexican Open|tennis event
Qatar Open|tennis event
Dubai Duty Free|tennis event
China Open|tennis event
Japan Open|tennis event
German Open|tennis or golf event
Spanish Open|golf event
Dutch Open|golf or tennis event
Swiss Open|golf or tennis event
Korea Open|tennis event
Indonesia Open|badminton event
Malaysia Open|badminton event
Singapore Open|badminton or golf event
Indian Open|golf event
Brazil Open|tennis event
Argentina Open|tennis event
Chile Open|tennis event
South African Open|golf event
Manchester United|football club
Manchester City|football club
Man United|football club
Man City|football club
Real Madrid|football club
Atletico Madrid|football club
Atlético Madrid|football club
Inter Milan|football club
AC Milan|football club
Bayern Munich|football club
Paris Saint-Germain|football club
Paris St-Germain|football club
Paris St Germain|football club
Ajax Amsterdam|football club
FC Barcelona|football club
Olympique Marseille|football club
Olympique de Marseille|football club
Dynamo Kiev|football club
Dynamo Kyiv|football club
Dynamo Moscow|football club
Spartak Moscow|football club
CSKA Moscow|football club
Lokomotiv Moscow|football club
Shakhtar Donetsk|football club
Red Star Belgrade|football club
Partizan Belgrade|football club
Hertha Berlin|football club
Union Berlin|football club
Sporting Lisbon|football club
Benfica Lisbon|football club
Toronto Raptors|basketball team
Toronto Blue Jays|baseball team
Toronto Maple Leafs|hockey team
Toronto FC|football club
Montreal Canadiens|hockey team
Vancouver Canucks|hockey team
Calgary Flames|hockey team
Edmonton Oilers|hockey team
Ottawa Senators|hockey team
Winnipeg Jets|hockey team
"""

# alias|rule|word|window
CONTEXT = """
Georgia|block_if_near|atlanta|8
Georgia|block_if_near|savannah|8
Georgia|block_if_near|augusta|8
Georgia|block_if_near|macon|8
Georgia|block_if_near|athens|8
Georgia|block_if_near|county|3
Georgia|block_if_near|governor|4
Georgia|block_if_near|gov.|4
Georgia|block_if_near|senator|4
Georgia|block_if_near|sen.|4
Georgia|block_if_near|peach|4
Georgia|block_if_next|republican|1
Georgia|block_if_next|republicans|1
Georgia|block_if_next|democrat|1
Georgia|block_if_next|democrats|1
Georgia|block_if_next|voters|1
Georgia|block_if_next|legislature|1
Georgia|block_if_prev|atlanta|1
Georgian|block_if_next|era|1
Georgian|block_if_next|architecture|1
Georgian|block_if_next|style|1
Georgian|block_if_next|terrace|1
Georgian|block_if_next|townhouse|1
Georgian|block_if_next|house|1
Georgian|block_if_next|period|1
Jordan|block_if_prev|michael|1
Jordan|block_if_prev|vernon|1
Jordan|block_if_prev|jim|1
Jordan|block_if_prev|eddie|1
Jordan|block_if_prev|barbara|1
Jordan|block_if_prev|katie|1
Jordan|block_if_prev|chris|1
Jordan|block_if_prev|rep.|1
Jordan|block_if_prev|mr.|1
Jordan|block_if_prev|mr|1
Jordan|block_if_prev|ms.|1
Jordan|block_if_prev|coach|1
Jordan|block_if_next|brand|1
Jordan|block_if_next|sneakers|1
Jordan|block_if_next|shoes|1
Jordan|block_if_next|peterson|1
Chad|block_if_prev|mr|1
Chad|block_if_prev|mr.|1
Chad|block_if_prev|hanging|1
Chad|block_if_prev|dimpled|1
Chad|block_if_next|smith|1
Chad|block_if_next|johnson|1
Chad|block_if_next|kroeger|1
Chad|block_if_next|ochocinco|1
Turkey|block_if_near|thanksgiving|6
Turkey|block_if_near|roast|3
Turkey|block_if_near|roasted|3
Turkey|block_if_near|stuffed|3
Turkey|block_if_near|stuffing|6
Turkey|block_if_near|gravy|6
Turkey|block_if_near|sandwich|3
Turkey|block_if_near|sandwiches|3
Turkey|block_if_near|pardon|4
Turkey|block_if_near|pardoned|4
Turkey|block_if_near|hunters|3
Turkey|block_if_near|hunting|3
Turkey|block_if_next|farm|1
Turkey|block_if_next|farms|1
Turkey|block_if_next|meat|1
Turkey|block_if_next|breast|1
Turkey|block_if_next|burger|1
Turkey|block_if_next|burgers|1
China|block_if_prev|fine|1
China|block_if_prev|bone|1
China|block_if_next|shop|1
China|block_if_next|cabinet|1
China|block_if_next|plate|1
China|block_if_next|plates|1
China|block_if_next|set|1
China|block_if_next|dishes|1
China|block_if_next|doll|1
China|block_if_next|clay|1
Guinea|block_if_next|pig|1
Guinea|block_if_next|pigs|1
Guinea|block_if_next|fowl|1
Guinea|block_if_next|worm|1
India|block_if_next|ink|1
India|block_if_next|pale|1
India|block_if_next|rubber|1
Chile|block_if_next|pepper|1
Chile|block_if_next|peppers|1
Chile|block_if_next|con|1
Chile|block_if_next|powder|1
Chile|block_if_next|sauce|1
Chile|block_if_prev|green|1
Chile|block_if_prev|red|1
Indian|block_if_next|ocean|1
Indian|block_if_next|tribe|1
Indian|block_if_next|tribes|1
Indian|block_if_next|reservation|1
Indian|block_if_next|reservations|1
Indian|block_if_next|country|1
Indian|block_if_next|summer|1
Indian|block_if_prev|american|1
Indian|block_if_prev|native|1
Indian|block_if_prev|west|1
Indians|block_if_prev|american|1
Indians|block_if_prev|cleveland|1
American|block_if_prev|native|1
American|block_if_prev|african|1
American|block_if_prev|asian|1
Paris|block_if_next|hilton|1
Paris|block_if_near|texas|3
Paris|block_if_near|tennessee|3
Athens|block_if_near|georgia|3
Athens|block_if_near|ohio|3
Moscow|block_if_near|idaho|3
Moscow|block_if_next|mule|1
Rome|block_if_near|georgia|3
Rome|block_if_near|n.y.|3
Cairo|block_if_near|illinois|3
Dublin|block_if_near|ohio|3
Dublin|block_if_near|california|3
Berlin|block_if_prev|irving|1
London|block_if_prev|jack|1
London|block_if_near|ontario|3
Kingston|block_if_near|ontario|3
Kingston|block_if_next|upon|1
Kingston|block_if_near|thames|3
Wellington|block_if_prev|duke|1
Wellington|block_if_next|boots|1
Washington|block_if_prev|george|1
Washington|block_if_prev|denzel|1
Washington|block_if_prev|kerry|1
Washington|block_if_prev|booker|1
Washington|block_if_prev|t.|1
Washington|block_if_prev|martha|1
Washington|block_if_near|seattle|6
Washington|block_if_near|spokane|6
Sofia|block_if_next|coppola|1
Sofia|block_if_next|vergara|1
Sofia|block_if_next|carson|1
Sofia|block_if_next|richie|1
Sofia|block_if_next|boutella|1
Houston|block_if_prev|whitney|1
Houston|block_if_prev|sam|1
Phoenix|block_if_prev|joaquin|1
Dallas|block_if_next|cowboys|1
Lima|block_if_next|bean|1
Lima|block_if_next|beans|1
Lima|block_if_near|ohio|3
Turkish|block_if_next|delight|1
Turkish|block_if_next|bath|1
Turkish|block_if_next|baths|1
French|block_if_next|fries|1
French|block_if_next|toast|1
French|block_if_next|horn|1
French|block_if_next|kiss|1
French|block_if_next|press|1
French|block_if_next|doors|1
French|block_if_next|manicure|1
French|block_if_next|braid|1
French|block_if_next|bulldog|1
French|block_if_next|dressing|1
Dutch|block_if_next|oven|1
Dutch|block_if_next|auction|1
Dutch|block_if_next|courage|1
Dutch|block_if_next|uncle|1
Dutch|block_if_next|treat|1
Swiss|block_if_next|cheese|1
Swiss|block_if_next|chard|1
Swiss|block_if_next|army|1
Swiss|block_if_next|roll|1
Danish|block_if_next|pastry|1
Danish|block_if_next|pastries|1
Mexican|block_if_next|standoff|1
Mexican|block_if_next|wave|1
Brazil|block_if_next|nut|1
Brazil|block_if_next|nuts|1
Panama|block_if_next|hat|1
Panama|block_if_next|hats|1
Polish|block_if_prev|nail|1
Polish|block_if_prev|shoe|1
Polish|block_if_next|remover|1
Chinese|block_if_next|checkers|1
Chinese|block_if_next|whispers|1
Chinese|block_if_next|lantern|1
Chinese|block_if_next|lanterns|1
Irish|block_if_next|coffee|1
Irish|block_if_next|setter|1
Irish|block_if_next|stew|1
Welsh|block_if_next|rarebit|1
Welsh|block_if_next|corgi|1
Spanish|block_if_next|flu|1
Canadian|block_if_next|bacon|1
Cuban|block_if_next|cigar|1
Cuban|block_if_next|cigars|1
Cuban|block_if_next|sandwich|1
Cuban|block_if_next|heels|1
Greek|block_if_next|yogurt|1
Greek|block_if_next|yoghurt|1
Greek|block_if_next|salad|1
Greek|block_if_next|tragedy|1
Greek|block_if_next|mythology|1
Russian|block_if_next|roulette|1
Russian|block_if_next|doll|1
Russian|block_if_next|dolls|1
Russian|block_if_next|dressing|1
German|block_if_next|shepherd|1
German|block_if_next|shepherds|1
German|block_if_next|measles|1
Egyptian|block_if_next|cotton|1
Afghan|block_if_next|hound|1
Afghan|block_if_next|rug|1
Afghan|block_if_next|blanket|1
Brussels|block_if_next|sprouts|1
Japanese|block_if_next|knotweed|1
Japanese|block_if_next|maple|1
Japanese|block_if_next|beetle|1
Japanese|block_if_next|beetles|1
Brit|block_if_next|awards|1
Brits|block_if_next|awards|1
Vatican|block_if_next|ii|1
Congo|block_if_next|river|1
Congo|block_if_next|basin|1
Niger|block_if_next|river|1
St. Petersburg|block_if_near|florida|3
St. Petersburg|block_if_near|fla.|3
St Petersburg|block_if_near|florida|3
St Petersburg|block_if_near|fla.|3
Naples|block_if_near|florida|3
Naples|block_if_near|fla.|3
Birmingham|block_if_near|alabama|3
Birmingham|block_if_near|ala.|3
Salvador|block_if_next|allende|1
Salvador|block_if_next|dali|1
Salvador|block_if_next|dalí|1
Buffalo|block_if_next|bills|1
Buffalo|block_if_next|wings|1
Buffalo|block_if_next|sabres|1
Denver|block_if_prev|john|1
Cleveland|block_if_prev|grover|1
Cleveland|block_if_next|browns|1
Cleveland|block_if_next|indians|1
Milan|block_if_next|kundera|1
Kobe|block_if_next|bryant|1
Sydney|block_if_next|sweeney|1
Sydney|block_if_next|poitier|1
"""
