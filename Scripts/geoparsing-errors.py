#!/usr/bin/env python3
"""Scores geotone's `countries` column against a geoparsing gold set and lists its errors.

Usage: Scripts/geoparsing-errors.py GOLD.jsonl [--bin .build/release/geotone] [--half even|odd] [--errors N]
       [-- extra analyze options]

GOLD.jsonl holds one article per line with `id`, `title`, `text`, `countries` (the gold ISO codes; `-` means
"no country" and is left out) and `toponyms` (`start`, `end`, `surface`, `granularity`, `country`), as the sets in
../shared/corpora/geoparsing-dev/ do. The articles are run through `geotone analyze` itself (the production path),
and its articles.csv / mentions.csv are read back. Prints micro P/R/F1 over (document, country) pairs overall, for
countries the gold reaches through a country name or demonym ("named"), and for countries reached only through
places inside them ("places only"); then false positives with the surface forms and sentence that produced them,
and misses with the gold toponyms that point to the country.
"""
import csv, json, os, re, subprocess, sys, tempfile
from collections import Counter

def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        k = args.index("--"); extra = args[k + 1:]; args = args[:k]
    gold_path = args[0]
    binary = ".build/release/geotone"
    half = None
    nerr = 40
    i = 1
    while i < len(args):
        if args[i] == "--bin": binary = args[i + 1]; i += 2
        elif args[i] == "--half": half = args[i + 1]; i += 2
        elif args[i] == "--errors": nerr = int(args[i + 1]); i += 2
        else: sys.exit("unknown option " + args[i])
    docs = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    if half:
        docs = [d for n, d in enumerate(docs) if (n % 2 == 0) == (half == "even")]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "gold.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "title": d.get("title", ""), "text": d["text"]}) + "\n")
        out = os.path.join(tmp, "out")
        r = subprocess.run([binary, "analyze", src, "--out", out, "--quiet"] + extra,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            r = subprocess.run([binary, "analyze", src, "--out", out] + extra,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit(r.stderr)
        predicted, forms = {}, {}
        with open(os.path.join(out, "articles.csv"), encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                predicted[row["article_id"]] = set(c for c in row["countries"].split(";") if c)
        with open(os.path.join(out, "mentions.csv"), encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                forms[(row["article_id"], row[next(k for k in row if k in ("entity", "country", "code"))])] = row
    tp = fp = fn = 0
    kinds = {"named": [0, 0], "places only": [0, 0]}   # [tp, fn]
    fps, fns = [], []
    for d in docs:
        gold = set(c for c in d["countries"] if c and c != "-")
        pred = predicted.get(d["id"], set())
        named = set(t["country"] for t in d["toponyms"] if t["granularity"] == "country")
        for c in pred & gold:
            tp += 1; kinds["named" if c in named else "places only"][0] += 1
        for c in gold - pred:
            fn += 1; kinds["named" if c in named else "places only"][1] += 1
            fns.append((c, d, [t["surface"] + "/" + t["granularity"] for t in d["toponyms"] if t["country"] == c]))
        for c in pred - gold:
            fp += 1; fps.append((c, d, forms.get((d["id"], c))))
    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)
    p, r, f1 = prf(tp, fp, fn)
    name = os.path.basename(gold_path) + (" (%s half)" % half if half else "")
    print("%s: %d documents  P %.3f  R %.3f  F1 %.3f  (TP %d FP %d FN %d)" % (name, len(docs), p, r, f1, tp, fp, fn))
    for k, (ktp, kfn) in kinds.items():
        print("  recall, %s: %.3f (%d of %d)" % (k, ktp / (ktp + kfn) if ktp + kfn else 0, ktp, ktp + kfn))
    if nerr <= 0: return
    print("\nfalse positives by country:", Counter(c for c, _, _ in fps).most_common(20))
    for c, d, row in fps[:nerr]:
        form = row.get("forms", "") if row else ""
        sentence = ""
        if row:
            first = form.split(";")[0]
            m = re.search(r"[^.\n]*\b" + re.escape(first) + r"\b[^.\n]*", d.get("title", "") + "\n\n" + d["text"])
            sentence = m.group(0).strip()[:160] if m else ""
        print("FP %s %s [%s] %s" % (d["id"], c, form, sentence))
    print("\nmisses by country:", Counter(c for c, _, _ in fns).most_common(20))
    for c, d, tops in fns[:nerr]:
        print("FN %s %s %s" % (d["id"], c, "; ".join(tops[:6])))

if __name__ == "__main__":
    main()
