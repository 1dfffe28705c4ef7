#!/usr/bin/env python3
"""Sanity checks for Datasets/gazetteer/*.tsv (no third-party packages needed).

Usage:  python3 Scripts/gazetteer/check_gazetteer.py [gazetteer-dir] [article.txt ...]

Checks headers, column counts, sort order, codes and references between the files, that no
alias points at two targets, and the generated disambiguation files (qualifiers, homonyms,
given names) against the aliases. Given article files, it also runs a deliberately
simple longest-match matcher over them and prints the country codes it finds, as a
rough preview of what the Swift matcher should produce.
"""

import datetime
import os
import re
import sys

HEADERS = {
    "countries.tsv": ["alpha2", "alpha3", "m49", "name", "continent", "subregion", "intermediate", "successor"],
    "regions.tsv": ["id", "name", "level", "parent"],
    "informal_members.tsv": ["region", "country"],
    "groups.tsv": ["group", "name", "member", "valid_from", "valid_to"],
    "aliases.tsv": ["alias", "target", "kind", "case"],
    "stopphrases.tsv": ["phrase", "reason"],
    "context.tsv": ["alias", "rule", "word", "window"],
    "qualifiers.tsv": ["qualifier", "target"],
    "homonyms.tsv": ["alias", "country"],
    "given_names.tsv": ["name"],
}
KINDS = {"name", "abbreviation", "demonym", "capital", "seat", "place", "city", "region"}
CASES = {"fold", "title", "exact"}
LEVELS = {"continent", "subregion", "intermediate", "informal"}
RULES = {"block_if_prev", "block_if_next", "block_if_near"}

errors = []


def fail(where, msg):
    errors.append(f"{where}: {msg}")


def load(directory, name):
    path = os.path.join(directory, name)
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        fail(name, "file does not end with a newline")
    if not lines or lines[0].split("\t") != HEADERS[name]:
        fail(f"{name}:1", f"header must be {HEADERS[name]}")
        return rows
    for i, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != len(HEADERS[name]):
            fail(f"{name}:{i}", f"{len(cols)} columns, want {len(HEADERS[name])}")
            continue
        if any(c != c.strip() for c in cols):
            fail(f"{name}:{i}", "leading or trailing spaces")
        if '"' in line and name != "stopphrases.tsv":
            fail(f"{name}:{i}", "quote character")
        rows.append((i, cols))
    keys = [[c.encode("utf-8") for c in cols] for _, cols in rows]
    if keys != sorted(keys):
        fail(name, "rows are not sorted by UTF-8 bytes")
    return rows


def check_date(where, s):
    if s == "":
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        fail(where, f"bad date {s!r}")
        return None


def main():
    args = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    directory = os.path.join(here, "..", "..", "Datasets", "gazetteer")
    if args and os.path.isdir(args[0]):
        directory = args.pop(0)
    t = {name: load(directory, name) for name in HEADERS}

    countries = {}
    for i, (a2, a3, num, name, cont, sub, inter, succ) in t["countries.tsv"]:
        w = f"countries.tsv:{i}"
        if not re.fullmatch(r"[A-Z]{2}", a2) or not re.fullmatch(r"[A-Z]{3}", a3):
            fail(w, "bad alpha-2/alpha-3")
        if num and not re.fullmatch(r"\d{3}", num):
            fail(w, "bad numeric code")
        if a2 in countries:
            fail(w, f"duplicate {a2}")
        if not name or not cont or not sub:
            fail(w, "name, continent and subregion are required")
        countries[a2] = (cont, sub, inter, succ, w)
    for a2, (_, _, _, succ, w) in countries.items():
        if succ and succ not in countries:
            fail(w, f"unknown successor {succ}")

    regions = {}
    for i, (rid, name, level, parent) in t["regions.tsv"]:
        w = f"regions.tsv:{i}"
        if rid in regions:
            fail(w, f"duplicate {rid}")
        if level not in LEVELS:
            fail(w, f"bad level {level}")
        if not re.fullmatch(r"m49:\d{3}|geo:[a-z-]+", rid):
            fail(w, f"bad id {rid}")
        regions[rid] = (name, level, parent, w)
    region_names = {v[0] for v in regions.values() if v[1] != "informal"}
    for rid, (name, level, parent, w) in regions.items():
        if (level == "continent" or level == "informal") != (parent == ""):
            fail(w, "continents and informal regions have no parent; others must")
        if parent and parent not in regions:
            fail(w, f"unknown parent {parent}")
    for a2, (cont, sub, inter, _, w) in countries.items():
        for r in (cont, sub, inter):
            if r and r not in region_names:
                fail(w, f"unknown region name {r}")

    for i, (rid, a2) in t["informal_members.tsv"]:
        if rid not in regions or regions[rid][1] != "informal":
            fail(f"informal_members.tsv:{i}", f"unknown informal region {rid}")
        if a2 not in countries:
            fail(f"informal_members.tsv:{i}", f"unknown country {a2}")

    groups = {}
    periods = {}
    for i, (gid, name, member, start, end) in t["groups.tsv"]:
        w = f"groups.tsv:{i}"
        if groups.setdefault(gid, name) != name:
            fail(w, f"group {gid} has two names")
        if member not in countries:
            fail(w, f"unknown member {member}")
        a, b = check_date(w, start), check_date(w, end)
        if a and b and a >= b:
            fail(w, "valid_from must be before valid_to")
        for (pa, pb) in periods.get((gid, member), []):
            lo = max(a or datetime.date.min, pa or datetime.date.min)
            hi = min(b or datetime.date.max, pb or datetime.date.max)
            if lo < hi:
                fail(w, f"overlapping periods for {gid}/{member}")
        periods.setdefault((gid, member), []).append((a, b))

    targets = set(countries) | set(regions) | {f"group:{g}" for g in groups}
    aliases = {}
    folded = {}
    for i, (alias, target, kind, case) in t["aliases.tsv"]:
        w = f"aliases.tsv:{i}"
        if alias in aliases:
            fail(w, f"duplicate alias {alias!r}")
        aliases[alias] = target
        if target not in targets:
            fail(w, f"unknown target {target}")
        if kind not in KINDS:
            fail(w, f"bad kind {kind}")
        if case not in CASES:
            fail(w, f"bad case {case}")
        if (kind == "region") != (target not in countries):
            fail(w, "kind region is for region/group targets only, and only it")
        folded.setdefault(alias.casefold(), set()).add(target)
    for key, ts in folded.items():
        if len(ts) > 1:
            fail("aliases.tsv", f"{key!r} differs only by case but maps to {sorted(ts)}")

    for i, (phrase, reason) in t["stopphrases.tsv"]:
        if len(token_key(phrase)) < 2:
            fail(f"stopphrases.tsv:{i}", f"stop phrase {phrase!r} must be at least two words")
        if phrase.casefold() in folded:
            fail(f"stopphrases.tsv:{i}", f"stop phrase {phrase!r} is also an alias")
        if not reason:
            fail(f"stopphrases.tsv:{i}", "empty reason")

    for i, (alias, rule, word, window) in t["context.tsv"]:
        w = f"context.tsv:{i}"
        if alias not in aliases:
            fail(w, f"unknown alias {alias}")
        if rule not in RULES:
            fail(w, f"bad rule {rule}")
        if word != word.lower() or not word:
            fail(w, "word must be lowercase")
        if not window.isdigit() or int(window) < 1:
            fail(w, "window must be a positive integer")

    kinds = {alias: kind for _, (alias, _, kind, _) in t["aliases.tsv"]}
    seen = {}
    for i, (qualifier, target) in t["qualifiers.tsv"]:
        w = f"qualifiers.tsv:{i}"
        if target not in countries:
            fail(w, f"unknown country {target}")
        key = token_key(qualifier)
        if not key:
            fail(w, "qualifier has no word")
        elif key in seen:
            fail(w, f"{qualifier!r} is the same tokens as {seen[key]!r} (the matcher ignores case and a final dot)")
        seen[key] = qualifier
    pairs = set()
    for i, (alias, country) in t["homonyms.tsv"]:
        w = f"homonyms.tsv:{i}"
        if alias not in aliases:
            fail(w, f"{alias!r} is not an alias")
        elif aliases[alias] == country:
            fail(w, f"{alias!r} already names {country}")
        elif kinds[alias] not in ("name", "capital", "city", "place"):
            fail(w, f"{alias!r} is a {kinds[alias]}, not a name, capital, city or place")
        if country not in countries:
            fail(w, f"unknown country {country}")
        if (alias, country) in pairs:
            fail(w, "duplicate row")
        pairs.add((alias, country))
    names = set()
    for i, (name,) in t["given_names.tsv"]:
        w = f"given_names.tsv:{i}"
        if len(token_key(name)) != 1 or not name[:1].isupper():
            fail(w, f"given name {name!r} must be one capitalised word")
        if name.casefold() in folded:
            fail(w, f"given name {name!r} is also an alias")
        if name in names:
            fail(w, f"duplicate given name {name!r}")
        names.add(name)

    for e in errors:
        print(e, file=sys.stderr)
    print(f"{len(countries)} countries, {len(regions)} regions, {len(groups)} groups, "
          f"{len(aliases)} aliases, {len(t['stopphrases.tsv'])} stop phrases, {len(t['qualifiers.tsv'])} qualifiers, "
          f"{len(t['homonyms.tsv'])} homonyms, {len(t['given_names.tsv'])} given names; {len(errors)} problems")

    for path in args:
        preview(path, t)
    sys.exit(1 if errors else 0)


def token_key(phrase):
    """Roughly the matcher's token sequence: letter case and a word's final dot do not count,
    dotted single letters (`N.Y.`) are one token."""
    toks = re.findall(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+|\d+|[^\s\w]", phrase)
    return tuple(x.casefold() for x in toks if x != ".")


TOKEN = re.compile(r"[A-Za-zÀ-ÿĀ-ž]+(?:[.'’\-][A-Za-zÀ-ÿĀ-ž]+)*\.?|\d+|[^\sA-Za-z\d]")


def preview(path, t):
    """Longest match over tokens; case rules applied; stop phrases block; no context rules."""
    entries = {}
    for _, (alias, target, kind, case) in t["aliases.tsv"]:
        entries[tuple(TOKEN.findall(alias.casefold()))] = (alias, target, kind, case)
    stops = {tuple(TOKEN.findall(p.casefold())) for _, (p, _) in t["stopphrases.tsv"]}
    longest = max(len(k) for k in entries | dict.fromkeys(stops))
    text = open(path, encoding="utf-8").read()
    toks = TOKEN.findall(text)
    low = [x.casefold() for x in toks]
    found, i = {}, 0
    while i < len(toks):
        hit = None
        for n in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(low[i:i + n])
            if key in stops:
                hit = ("stop", n)
                break
            e = entries.get(key)
            if e:
                surface = " ".join(toks[i:i + n])
                alias, target, kind, case = e
                ok = (case == "fold" or (case == "exact" and tuple(toks[i:i + n]) == tuple(TOKEN.findall(alias)))
                      or (case == "title" and (surface[:1].isupper())))
                if ok:
                    hit = (e, n)
                    break
        if hit and hit[0] != "stop":
            found.setdefault(hit[0][1], []).append(" ".join(toks[i:i + hit[1]]))
        i += hit[1] if hit else 1
    print(f"\n{path}:")
    for target in sorted(found):
        print(f"  {target}: {sorted(set(found[target]))}")


if __name__ == "__main__":
    main()
