#!/usr/bin/env python3
"""Country detection accuracy of geotone on the labelled Reuters-21578 development set.

Runs `geotone analyze` on the JSONL corpus, then compares, per story, the editors' `places` with
(1) geotone's `focus` and (2) every country mentioned plus the dateline country. Prints micro precision,
recall and F1 for both, and the 20 countries with the most errors. Stories are from 1987: a prediction of a
successor state of the Soviet Union, Yugoslavia or Czechoslovakia counts as that entity.

Usage: Scripts/accuracy.py [CORPUS.jsonl] [--bin PATH] [--keep DIR] [-- extra geotone options]
"""
import csv, json, os, subprocess, sys, tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMER = {
    "SU": "AM AZ BY EE GE KG KZ LT LV MD RU TJ TM UA UZ",
    "YU": "BA HR ME MK RS SI XK",
    "CS": "CZ SK",
}
HISTORICAL = {member: entity for entity, members in FORMER.items() for member in members.split()}


def canonical(codes):
    return {HISTORICAL.get(c, c) for c in codes if c}


def score(pairs):
    tp = fp = fn = 0
    per = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        for c in gold & pred: tp += 1; per[0][c] += 1
        for c in pred - gold: fp += 1; per[1][c] += 1
        for c in gold - pred: fn += 1; per[2][c] += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn, per


def report(name, pairs, worst=20):
    p, r, f, tp, fp, fn, (tps, fps, fns) = score(pairs)
    print(f"{name}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (TP {tp}, FP {fp}, FN {fn})")
    errors = Counter({c: fps[c] + fns[c] for c in set(fps) | set(fns)})
    print(f"  {worst} countries with most errors (country: TP/FP/FN):")
    print("   " + ", ".join(f"{c} {tps[c]}/{fps[c]}/{fns[c]}" for c, _ in sorted(errors.items(), key=lambda x: (-x[1], x[0]))[:worst]))


def main(argv):
    corpus = os.path.join(ROOT, "..", "shared", "corpora", "reuters21578-dev.jsonl")
    binary = os.path.join(ROOT, ".build", "release", "geotone")
    keep, extra = None, []
    if "--" in argv:
        i = argv.index("--"); extra = argv[i + 1:]; argv = argv[:i]
    args = iter(argv)
    for a in args:
        if a == "--bin": binary = next(args)
        elif a == "--keep": keep = next(args)
        else: corpus = a
    if not os.path.exists(corpus):
        print(f"accuracy: {corpus} not found (it lives in ../shared/corpora, which users do not have); skipped")
        return 0
    out = keep or tempfile.mkdtemp(prefix="geotone-accuracy-")
    cmd = [binary, "analyze", corpus, "--out", out, "--db", os.path.join(out, "accuracy.sqlite"), "--quiet"] + extra
    subprocess.run(cmd, check=True)
    gold = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            gold[str(o["id"])] = canonical(o.get("places", []))
    focus, mentioned = [], []
    with open(os.path.join(out, "articles.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            g = gold.get(row["article_id"])
            if g is None or row["duplicate_of"]:
                continue
            focus.append((g, canonical(row["focus"].split(";"))))
            mentioned.append((g, canonical(row["countries"].split(";") + [row["dateline_country"]])))
    print(f"Reuters-21578 dev: {len(focus)} stories ({len(gold) - len(focus)} duplicates or unreadable left out)")
    report("focus vs places", focus)
    report("countries ∪ dateline_country vs places", mentioned)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
