#!/usr/bin/env python3
"""Build the per-language alias files Datasets/gazetteer/languages/<code>.tsv.

Inputs:
  - Unicode CLDR through the `babel` package (Unicode licence): territory names per locale, and the
    exemplar city of every time zone (kept only where geotone's English aliases know the city, with
    its English kind and country),
  - for the Latin-script languages, geotone's own English place aliases (city, place, capital, seat;
    `title` case, no context rule): Arizona, Sulawesi and Brighton are written alike in these languages,
  - the reviewed additions in languages_curated.py (demonyms and their inflections, abbreviations,
    constituent countries, US states and cities spelled in the language, seats of government),
  - the language's function words (Datasets/text/function_words.tsv): an English place spelled like one
    of them is left out.

Usage:  python3 Scripts/gazetteer/build_languages.py        (needs `pip install babel`; version used 2.19.0)
Output: one file per language, header `alias target kind case`, sorted in UTF-8 byte order.
"""

import os
import sys
import unicodedata

from babel import Locale
from babel.core import get_global

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from languages_curated import CURATED, EXCLUDE, US_STATES  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
GAZ = os.path.join(ROOT, 'Datasets', 'gazetteer')
OUT = os.path.join(GAZ, 'languages')
LANGS = ['es', 'pt', 'fr', 'it', 'de', 'tr', 'ru', 'ar', 'zh', 'ja']
LATIN = {'es', 'pt', 'fr', 'it', 'de', 'tr'}
CASELESS = {'ar', 'zh', 'ja'}
KINDS = {'n': 'name', 'a': 'abbreviation', 'd': 'demonym', 'c': 'capital', 'y': 'city', 'p': 'place', 's': 'seat',
         'r': 'region'}
RU_MIN_STEM = 4
RU_ENDINGS = 'аяоеыийьую'
RU_ADJECTIVE_ENDINGS = ('ая', 'яя', 'ое', 'ее', 'ый', 'ий', 'ой', 'ые', 'ие')
AR_NISBA = ['ي', 'يه', 'يون', 'يين']


def read_tsv(name):
    with open(os.path.join(GAZ, name), encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f if line.strip()]
    return rows[1:]


def function_words():
    words = {}
    with open(os.path.join(ROOT, 'Datasets', 'text', 'function_words.tsv'), encoding='utf-8') as f:
        for line in list(f)[1:]:
            lang, word = line.rstrip('\n').split('\t')
            words.setdefault(lang, set()).add(word)
    return words


def ru_stem(phrase):
    """Every word of a Russian name as a stem: an adjective's two-letter ending or the last vowel, й or ь dropped,
    at least RU_MIN_STEM letters kept (`Северная` → `Северн*`, `Россия` → `Росси*`; `Перу` stays)."""
    out = []
    for w in phrase.replace('ё', 'е').replace('Ё', 'Е').split(' '):
        if '-' in w or w.endswith('*') or len(w) < RU_MIN_STEM + 1:
            out.append(w)
        elif w.endswith(RU_ADJECTIVE_ENDINGS) and len(w) - 2 >= 3:
            out.append(w[:-2] + '*')
        elif w[-1] in RU_ENDINGS and len(w) - 1 >= RU_MIN_STEM:
            out.append(w[:-1] + '*')
        elif w[-1] not in RU_ENDINGS:
            out.append(w + '*')
        else:
            out.append(w)
    return ' '.join(out)


def ar_normal(text):
    """Arabic spelling variants folded as the matcher folds them: alef forms, alef maqsura, teh marbuta, marks."""
    text = ''.join(c for c in text if not ('\u064b' <= c <= '\u0652' or c == '\u0640'))
    for a, b in (('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ى', 'ي'), ('ة', 'ه')):
        text = text.replace(a, b)
    return text


def expand(lang, form):
    if lang == 'ar' and '~' in form:
        words = form.split(' ')
        variants = [[]]
        for w in words:
            if w.endswith('~'):
                stem = w[:-1]
                variants = [v + [prefix + stem + s] for v in variants for s in AR_NISBA for prefix in ('',)]
            else:
                variants = [v + [w] for v in variants]
        # multi-word nisba phrases agree in their endings: keep the variants whose words share one ending
        if sum(1 for w in words if w.endswith('~')) > 1:
            variants = [v for i, v in enumerate(variants) if i % (len(AR_NISBA) + 1) == 0]
        return [' '.join(v) for v in variants]
    return [form]


def main():
    countries = [r[0] for r in read_tsv('countries.tsv')]
    regions = {r[0] for r in read_tsv('regions.tsv')}
    english = read_tsv('aliases.tsv')
    context = {r[0] for r in read_tsv('context.tsv')}
    english_by_alias = {}
    for alias, target, kind, case in english:
        english_by_alias.setdefault(alias, (target, kind, case))
    fwords = function_words()
    zones = get_global('zone_territories')
    os.makedirs(OUT, exist_ok=True)
    for lang in LANGS:
        locale = Locale.parse(lang)
        rows = {}   # alias -> (target, kind, case); the first source to name an alias keeps it
        conflicts = []

        def case_of(kind):
            if lang in CASELESS:
                return 'fold'
            if kind == 'abbreviation':
                return 'exact'
            if kind == 'demonym' and lang != 'tr':
                return 'fold'
            return 'title'

        def add(alias, target, kind, source):
            alias = unicodedata.normalize('NFC', alias.strip())
            if lang == 'ar':
                alias = ar_normal(alias)
            if lang == 'ru' and kind != 'abbreviation':
                alias = ru_stem(alias)
            if not alias or alias in EXCLUDE[lang]:
                return
            if alias in rows:
                if rows[alias][0] != target:
                    conflicts.append(f'{lang}: {alias} -> {rows[alias][0]} kept, {target} ({source}) dropped')
                return
            rows[alias] = (target, kind, case_of(kind))

        for code, spec in CURATED[lang].items():
            for entry in spec.split(' | '):
                k, form = entry.split(':', 1)
                for f in expand(lang, form):
                    add(f, code, KINDS[k], 'curated')
        if lang in US_STATES:
            groups = US_STATES[lang].split('|')
            for state in groups[0].split() + groups[1:]:
                add(state, 'US', 'place', 'curated')
        names = locale.territories
        for code in countries:
            if code in names and names[code] not in EXCLUDE[lang]:
                add(names[code], code, 'name', 'cldr')
        for code, name in names.items():
            if code.isdigit() and f'm49:{code}' in regions:
                add(name, f'm49:{code}', 'region', 'cldr')
        for tz, territory in sorted(zones.items()):
            city_en = tz.split('/')[-1].replace('_', ' ')
            known = english_by_alias.get(city_en)
            if not known or known[1] not in ('capital', 'city') or known[0] != territory:
                continue
            local = locale.time_zones.get(tz, {}).get('city')
            if local is None:
                if lang not in LATIN:
                    continue
                local = city_en
            add(local, known[0], known[1], 'cldr-zone')
        if lang in LATIN:
            words = fwords.get(lang, set())
            for alias, target, kind, case in english:
                if kind not in ('city', 'place', 'capital', 'seat') or case != 'title' or alias in context:
                    continue
                if alias.lower() in words or any(ord(c) > 0x24F for c in alias):
                    continue
                add(alias, target, kind, 'english')
        for c in conflicts:
            print(c, file=sys.stderr)
        path = os.path.join(OUT, f'{lang}.tsv')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('alias\ttarget\tkind\tcase\n')
            for alias in sorted(rows, key=lambda a: a.encode('utf-8')):
                target, kind, case = rows[alias]
                f.write(f'{alias}\t{target}\t{kind}\t{case}\n')
        print(f'{path}: {len(rows)} aliases', file=sys.stderr)


if __name__ == '__main__':
    main()
