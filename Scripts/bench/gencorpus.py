#!/usr/bin/env python3
"""Deterministic synthetic news corpus for `make bench` (Python 3 standard library only).

The text is recombined from the sample stories in Datasets/articles: their sentences are pooled, and the
country names, capitals, cities and demonyms in them (found with Datasets/gazetteer/aliases.tsv) become
slots. Each article picks a small cast of countries (popular ones more often, by how often the sample
stories name them) and fills the slots with that cast's names of the same kind at `SWAP_RATE`, so
mentions, co-mentions and sentiment words occur at the rates of real wire copy. Articles are
written as JSONL (id, date, dateline, title, text), `ARTICLES_PER_FILE` per file, until the corpus
reaches the requested size in MB (10^6 bytes).

Output is a pure function of (size, seed, this file, the sample stories, the alias list): the folder
gets a sibling DIR.manifest with that key and is reused when the key matches, so corpora are generated once.

Usage: gencorpus.py --size-mb 100 --out .build-bench/corpus-100MB [--seed 7] [--datasets Datasets]
       gencorpus.py --reuters ../shared/corpora/reuters21578-dev.jsonl --size-mb 100 --out DIR
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys

#: Articles per JSONL file (a GDELT-style daily dump is tens of thousands of stories per file).
ARTICLES_PER_FILE = 50_000
#: Chance that a gazetteer name in a sentence is swapped for a name of one of the article's own countries.
SWAP_RATE = 0.85
#: How many countries an article is about (its "cast"), with weights: the sample stories mention 4.6 on average.
CAST_SIZES = ((1, 0.25), (2, 0.4), (3, 0.25), (4, 0.1))
#: Sentences per article (inclusive range); about 300 words.
SENTENCES_PER_ARTICLE = (6, 18)
#: Sentences per paragraph (inclusive range).
SENTENCES_PER_PARAGRAPH = (1, 3)
#: Share of articles whose dateline city is a capital (the rest carry no dateline field).
DATELINE_RATE = 0.7
#: Years the article dates are drawn from.
YEARS = (2023, 2024)
#: Alias kinds that are swapped (the rest stay as written).
SWAP_KINDS = ("name", "capital", "city", "demonym")
#: Lines shorter than this many words are furniture (section names, sign-offs), not text.
MIN_PARAGRAPH_WORDS = 8
#: Default seed.
DEFAULT_SEED = 20240601

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AGENCIES = ["GTW", "AFN", "EFE", "WPA", "NWS"]
DATELINE_RE = re.compile(r"^[A-Z][\w .'-]{1,40}, [A-Z][a-z]{2} \d{1,2} \([A-Z]{2,5}\)\.- ")
SENTENCE_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\u201d\"]))(?<![A-Z]\.[A-Z]\.)(?<!\b(?:Mr|Dr|St|Ms)\.)\s+(?=[A-Z\u201c\"])")


def sha256_files(paths):
    h = hashlib.sha256()
    for p in paths:
        h.update(p.encode())
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def story_paths(datasets):
    root = os.path.join(datasets, "articles")
    out = []
    for d, _, files in os.walk(root):
        out += [os.path.join(d, f) for f in files if f.endswith(".txt")]
    return sorted(out)


def load_stories(paths):
    """Returns (sentences, titles) from the sample stories."""
    sentences, titles = [], []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            paras = [x.strip() for x in f.read().split("\n\n") if x.strip()]
        body_start = next((i for i, x in enumerate(paras) if DATELINE_RE.match(x)), None)
        if body_start is None:
            continue
        heads = [x for x in paras[:body_start] if len(x.split()) >= 4]
        if heads:
            titles.append(max(heads, key=len))
        for i, para in enumerate(paras[body_start:]):
            if i == 0:
                para = DATELINE_RE.sub("", para)
            if len(para.split()) < MIN_PARAGRAPH_WORDS:
                continue
            para = re.sub(r"\s+[A-Z]{2,5}$", "", para)  # agency sign-off at the end of the last paragraph
            sentences += [s for s in SENTENCE_RE.split(para) if len(s.split()) >= 3]
    return sentences, titles


def load_aliases(path):
    """Returns ({kind: [alias]}, {alias: country code}) for the swappable kinds (country targets only)."""
    by_kind = {k: [] for k in SWAP_KINDS}
    target_of = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ia, it, ik = header.index("alias"), header.index("target"), header.index("kind")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) <= max(ia, it, ik) or cols[ik] not in by_kind or not cols[ia][:1].isupper():
                continue
            if ":" in cols[it]:
                continue
            by_kind[cols[ik]].append(cols[ia])
            target_of.setdefault(cols[ia], cols[it])
    for k in by_kind:
        by_kind[k] = sorted(set(by_kind[k]))
    return by_kind, target_of


def make_templates(sentences, by_kind):
    """Splits each sentence once into JSON-escaped literal pieces and name slots (kind, plural, original)."""
    kind_of = {}
    for k in SWAP_KINDS:
        for a in by_kind[k]:
            kind_of.setdefault(a, k)
    names = sorted(kind_of, key=lambda a: (-len(a), a))
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in names) + r")(?![\w-])")
    templates = []
    for sentence in sentences:
        parts, last = [], 0
        for m in pattern.finditer(sentence):
            parts.append(js(sentence[last:m.start()]))
            name = m.group(0)
            parts.append((kind_of[name], name.endswith("s"), js(name)))
            last = m.end()
        parts.append(js(sentence[last:]))
        templates.append(parts)
    return templates


def names_by_country(by_kind, target_of):
    """{(country, kind, plural): [JSON-escaped alias]}: plain short names only (no formal "Republic of ...")."""
    out = {}
    for k in SWAP_KINDS:
        for a in by_kind[k]:
            if " of " in a or len(a.split()) > 3:
                continue
            out.setdefault((target_of[a], k, a.endswith("s")), []).append(js(a))
    return out


def popularity(sentences, titles, target_of):
    """Countries with a weight of 1 + how often the sample stories name them."""
    counts = {c: 1 for c in set(target_of.values())}
    names = sorted(target_of, key=lambda a: (-len(a), a))
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in names) + r")(?![\w-])")
    for text in sentences + titles:
        for m in pattern.finditer(text):
            counts[target_of[m.group(0)]] += 1
    codes = sorted(counts)
    return codes, [counts[c] for c in codes]


def fill(template, cast, names, rng):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
            continue
        kind, plural, original = part
        if rng.random() < SWAP_RATE:
            options = [names[key] for key in ((c, kind, plural) for c in cast) if key in names]
            if options:
                out.append(rng.choice(rng.choice(options)))
                continue
        out.append(original)
    return "".join(out)


def js(text):
    """JSON string body without the quotes."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def manifest_key(args, inputs):
    h = hashlib.sha256()
    with open(os.path.abspath(__file__), "rb") as f:
        h.update(f.read())
    h.update(repr((args.size_mb, args.seed, args.reuters and os.path.getsize(args.reuters))).encode())
    h.update(sha256_files(inputs).encode())
    return h.hexdigest()


def up_to_date(out, key):
    try:
        with open(out + ".manifest", encoding="utf-8") as f:
            return f.readline().strip() == key and os.path.isdir(out)
    except OSError:
        return False


def generate_synthetic(args, out):
    rng = random.Random(args.seed)
    sentences, titles = load_stories(story_paths(args.datasets))
    if not sentences:
        sys.exit("gencorpus: no sentences found under %s/articles" % args.datasets)
    by_kind, target_of = load_aliases(os.path.join(args.datasets, "gazetteer", "aliases.tsv"))
    names = names_by_country(by_kind, target_of)
    codes, weights = popularity(sentences, titles, target_of)
    sentence_templates, title_templates = make_templates(sentences, by_kind), make_templates(titles, by_kind)
    cast_sizes, cast_weights = [n for n, _ in CAST_SIZES], [w for _, w in CAST_SIZES]
    target = args.size_mb * 1_000_000
    written, n, file_index = 0, 0, 0
    f = None
    lo, hi = SENTENCES_PER_ARTICLE
    plo, phi = SENTENCES_PER_PARAGRAPH
    choices, randint, rand = rng.choices, rng.randint, rng.random
    while written < target:
        if n % ARTICLES_PER_FILE == 0:
            if f:
                f.close()
            file_index += 1
            f = open(os.path.join(out, "part-%03d.jsonl" % file_index), "w", encoding="utf-8")
        n += 1
        cast = choices(codes, weights, k=choices(cast_sizes, cast_weights)[0])
        picked = [fill(t, cast, names, rng) for t in choices(sentence_templates, k=randint(lo, hi))]
        paras, i = [], 0
        while i < len(picked):
            k = randint(plo, phi)
            paras.append(" ".join(picked[i:i + k]))
            i += k
        year, month, day = YEARS[0] + int(rand() * len(YEARS)), randint(1, 12), randint(1, 28)
        date = "%04d-%02d-%02d" % (year, month, day)
        dateline = ""
        capitals = names.get((cast[0], "capital", False))
        if capitals and rand() < DATELINE_RATE:
            dateline = ', "dateline": "%s, %s %d (%s) -"' % (rng.choice(capitals), MONTHS[month - 1], day,
                                                            rng.choice(AGENCIES))
        title = fill(rng.choice(title_templates), cast, names, rng)
        line = '{"id": "syn-%d", "date": "%s"%s, "title": "%s", "text": "%s"}\n' % (
            n, date, dateline, title, "\\n\\n".join(paras))
        f.write(line)
        written += len(line.encode("utf-8"))
    if f:
        f.close()
    return n, written


def generate_reuters(args, out):
    """The labelled newswire repeated until the size is reached; each copy gets fresh ids and a title tag
    (so the duplicate filter does not skip the copies)."""
    target = args.size_mb * 1_000_000
    with open(args.reuters, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f if x.strip()]
    written, n, copy = 0, 0, 0
    with open(os.path.join(out, "reuters-repeated.jsonl"), "w", encoding="utf-8") as f:
        while written < target:
            copy += 1
            for row in rows:
                row = dict(row)
                row["id"] = "%s-c%d" % (row.get("id", n), copy)
                row["title"] = "%s (copy %d)" % (row.get("title", ""), copy)
                line = json.dumps(row, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                n += 1
                if written >= target:
                    break
    return n, written


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mb", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--datasets", default="Datasets")
    ap.add_argument("--reuters", help="labelled newswire JSONL to repeat instead of synthesising")
    args = ap.parse_args()
    inputs = story_paths(args.datasets) + [os.path.join(args.datasets, "gazetteer", "aliases.tsv")]
    key = manifest_key(args, inputs)
    if up_to_date(args.out, key):
        print("gencorpus: %s is up to date" % args.out)
        return
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    tmp = args.out + ".tmp"
    if os.path.isdir(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    n, written = generate_reuters(args, tmp) if args.reuters else generate_synthetic(args, tmp)
    os.rename(tmp, args.out)
    with open(args.out + ".manifest", "w", encoding="utf-8") as f:
        f.write(key + "\n%d articles, %d bytes\n" % (n, written))
    print("gencorpus: wrote %s: %d articles, %.1f MB" % (args.out, n, written / 1e6))


if __name__ == "__main__":
    main()
