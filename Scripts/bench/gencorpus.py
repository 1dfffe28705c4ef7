#!/usr/bin/env python3
"""Deterministic synthetic news corpus for `make bench` (Python 3 standard library only).

The text is recombined from the sample stories in Datasets/articles: their sentences are pooled, and the
country names, capitals, cities and demonyms in them (found with Datasets/gazetteer/aliases.tsv) are
swapped for other gazetteer names of the same kind at `SWAP_RATE`, so mentions, co-mentions and
sentiment words occur at the rates of real wire copy but spread over all countries. Articles are
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
#: Chance that a gazetteer name in a pooled sentence is swapped for another name of the same kind.
SWAP_RATE = 0.6
#: Filled sentences drawn once per corpus; articles are sampled from this pool (keeps generation fast).
POOL_SENTENCES = 60_000
#: Filled headlines drawn once per corpus.
POOL_TITLES = 5_000
#: Sentences per article (inclusive range); about 350 words, the median length of wire stories.
SENTENCES_PER_ARTICLE = (8, 24)
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
    by_kind = {k: [] for k in SWAP_KINDS}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ia, ik = header.index("alias"), header.index("kind")
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > max(ia, ik) and cols[ik] in by_kind and cols[ia][:1].isupper():
                by_kind[cols[ik]].append(cols[ia])
    for k in by_kind:
        by_kind[k] = sorted(set(by_kind[k]))
    return by_kind


def replacement_groups(by_kind):
    """Candidate replacements per (kind, plural): plain short names only (no formal "Republic of ..." forms)."""
    groups = {}
    for k in SWAP_KINDS:
        for a in by_kind[k]:
            if " of " in a or len(a.split()) > 3:
                continue
            groups.setdefault((k, a.endswith("s")), []).append(a)
    return groups


def make_templates(sentences, by_kind):
    """Splits each sentence once into literal pieces and swappable name slots (found longest first)."""
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
            parts.append(sentence[last:m.start()])
            parts.append((m.group(0), kind_of[m.group(0)]))
            last = m.end()
        parts.append(sentence[last:])
        templates.append(parts)
    return templates


def fill(template, groups, rng):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
            continue
        name, kind = part
        candidates = groups.get((kind, name.endswith("s")))
        out.append(rng.choice(candidates) if candidates and rng.random() < SWAP_RATE else name)
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
    by_kind = load_aliases(os.path.join(args.datasets, "gazetteer", "aliases.tsv"))
    groups = replacement_groups(by_kind)
    sentence_templates, title_templates = make_templates(sentences, by_kind), make_templates(titles, by_kind)
    pool = [js(fill(rng.choice(sentence_templates), groups, rng)) for _ in range(POOL_SENTENCES)]
    title_pool = [js(fill(rng.choice(title_templates), groups, rng)) for _ in range(POOL_TITLES)]
    capitals = by_kind["capital"]
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
        picked = choices(pool, k=randint(lo, hi))
        paras, i = [], 0
        while i < len(picked):
            k = randint(plo, phi)
            paras.append(" ".join(picked[i:i + k]))
            i += k
        year, month, day = YEARS[0] + int(rand() * len(YEARS)), randint(1, 12), randint(1, 28)
        date = "%04d-%02d-%02d" % (year, month, day)
        dateline = ""
        if rand() < DATELINE_RATE:
            dateline = ', "dateline": "%s, %s %d (%s) -"' % (js(rng.choice(capitals)), MONTHS[month - 1], day,
                                                            rng.choice(AGENCIES))
        line = '{"id": "syn-%d", "date": "%s"%s, "title": "%s", "text": "%s"}\n' % (
            n, date, dateline, rng.choice(title_pool), "\\n\\n".join(paras))
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
