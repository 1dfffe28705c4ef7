"""UN M49 regional grouping, written out by hand for the geotone gazetteer.

Each intermediate region or sub-region lists the ISO 3166-1 alpha-2 codes that the
M49 standard places in it. Codes are the M49 three-digit codes as strings.
"""

# id -> (name, level, parent id or "")
REGIONS = {
    "002": ("Africa", "continent", ""),
    "019": ("Americas", "continent", ""),
    "142": ("Asia", "continent", ""),
    "150": ("Europe", "continent", ""),
    "009": ("Oceania", "continent", ""),
    "010": ("Antarctica", "continent", ""),
    # Africa
    "015": ("Northern Africa", "subregion", "002"),
    "202": ("Sub-Saharan Africa", "subregion", "002"),
    "014": ("Eastern Africa", "intermediate", "202"),
    "017": ("Middle Africa", "intermediate", "202"),
    "018": ("Southern Africa", "intermediate", "202"),
    "011": ("Western Africa", "intermediate", "202"),
    # Americas
    "419": ("Latin America and the Caribbean", "subregion", "019"),
    "029": ("Caribbean", "intermediate", "419"),
    "013": ("Central America", "intermediate", "419"),
    "005": ("South America", "intermediate", "419"),
    "021": ("Northern America", "subregion", "019"),
    # Asia
    "143": ("Central Asia", "subregion", "142"),
    "030": ("Eastern Asia", "subregion", "142"),
    "035": ("South-eastern Asia", "subregion", "142"),
    "034": ("Southern Asia", "subregion", "142"),
    "145": ("Western Asia", "subregion", "142"),
    # Europe
    "151": ("Eastern Europe", "subregion", "150"),
    "154": ("Northern Europe", "subregion", "150"),
    "830": ("Channel Islands", "intermediate", "154"),
    "039": ("Southern Europe", "subregion", "150"),
    "155": ("Western Europe", "subregion", "150"),
    # Oceania
    "053": ("Australia and New Zealand", "subregion", "009"),
    "054": ("Melanesia", "subregion", "009"),
    "057": ("Micronesia", "subregion", "009"),
    "061": ("Polynesia", "subregion", "009"),
}

# The most specific M49 region of each ISO 3166-1 entry (plus XK and TW, which M49 omits).
MEMBERS = {
    "015": "DZ EG LY MA SD TN EH",
    "014": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "017": "AO CM CF TD CG CD GQ GA ST",
    "018": "BW SZ LS NA ZA",
    "011": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "029": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "013": "BZ CR SV GT HN MX NI PA",
    "005": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "021": "BM CA GL PM US",
    "143": "KZ KG TJ TM UZ",
    "030": "CN HK MO KP JP MN KR TW",
    "035": "BN KH ID LA MY MM PH SG TH TL VN",
    "034": "AF BD BT IN IR MV NP PK LK",
    "145": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "151": "BY BG CZ HU PL MD RO RU SK UA",
    "154": "AX DK EE FO FI IS IE IM LV LT NO SJ SE GB",
    "830": "GG JE",
    "039": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK",
    "155": "AT BE FR DE LI LU MC NL CH",
    "053": "AU CX CC HM NZ NF",
    "054": "FJ NC PG SB VU",
    "057": "GU KI MH FM NR MP PW UM",
    "061": "AS CK PF NU PN WS TK TO TV WF",
    "010": "AQ",
}


def chain(code):
    """Return (continent, subregion, intermediate) region codes for a most-specific region code."""
    path = []
    while code:
        path.append(code)
        code = REGIONS[code][2]
    path.reverse()
    while len(path) < 3:
        # Antarctica is its own continent and sub-region.
        path.append(path[-1] if len(path) == 1 and path[0] == "010" else "")
    return tuple(path)
