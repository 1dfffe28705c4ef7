#!/usr/bin/env python3
"""How far can any decision over geotone's sentence scores go on NewsMTSC?

Fits a three-class logistic regression (balanced classes, numpy only) on one half of the NewsMTSC
train split and reports macro-F1 on both halves, for two feature sets:

  scores  what `geotone score` gives a sentence (neg, neu, pos, compound and its classes at ±0.05)
          plus surface facts the rules could read (length, a reporting verb, a quotation mark, a
          question mark). This bounds every rule that only re-weighs or re-thresholds the lexicon's
          evidence.
  words   the same plus one indicator per word seen at least 3 times in the training half: a
          supervised classifier, for comparison only (it learns the corpus's people and topics).

Half A = even lines, half B = odd lines, as in NewsMTSCEvaluationTests. Sentence label = strict
majority of the targets' polarities. Nothing is written; ../shared stays where it is.

usage: python3 Scripts/eval/newsmtsc_ceiling.py [--geotone .build/release/geotone] [--shared ../shared]
"""
import argparse, collections, json, re, subprocess, sys

import numpy as np

CLASSES = {"negative": 0, "neutral": 1, "positive": 2}
REPORTING = {"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "according"}


def load(shared):
    rows = []
    with open(f"{shared}/corpora/newsmtsc-train.jsonl", encoding="utf-8") as f:
        for line_no, line in enumerate(f):
            item = json.loads(line)
            votes = collections.Counter(t["polarity"] for t in item["targets"]).most_common()
            if 2 * votes[0][1] <= len(item["targets"]) and len(votes) > 1:
                continue  # no strict majority
            rows.append((line_no, item["sentence"].replace("\n", " "), CLASSES[votes[0][0]]))
    return rows


def words(text):
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text)]


def features(score_line, text):
    neg, neu, pos, compound = (float(x) for x in score_line.split("\t"))
    tokens = words(text)
    return [1.0, compound, abs(compound), compound >= 0.05, compound <= -0.05, neg, neu, pos,
            len(tokens) / 30.0, any(t in REPORTING for t in tokens),
            any(q in text for q in '"“”'), "?" in text]


def fit(x, y, l2, rounds=1500, rate=0.5):
    weights = np.zeros((x.shape[1], 3))
    balance = (len(y) / (3 * np.bincount(y, minlength=3)))[y]
    onehot = np.eye(3)[y]
    for _ in range(rounds):
        z = x @ weights
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        weights -= rate * (x.T @ ((p - onehot) * balance[:, None]) / len(y) + l2 * weights)
    return weights


def macro_f1(pred, gold):
    scores = []
    for k in range(3):
        tp = np.sum((pred == k) & (gold == k))
        wrong = np.sum((pred == k) & (gold != k)) + np.sum((pred != k) & (gold == k))
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(scores))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geotone", default=".build/release/geotone")
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()
    rows = load(args.shared)
    text = "".join(r[1] + "\n" for r in rows)
    out = subprocess.run([args.geotone, "score"], input=text, capture_output=True, text=True, check=True).stdout
    scores = out.splitlines()
    half = np.array([r[0] % 2 for r in rows])
    gold = np.array([r[2] for r in rows])
    base = np.array([features(s, r[1]) for s, r in zip(scores, rows)], dtype=float)
    rule = np.where(base[:, 3] > 0, 2, np.where(base[:, 4] > 0, 0, 1))
    print(f"geotone score at ±0.05: A {macro_f1(rule[half == 0], gold[half == 0]):.4f}  "
          f"B {macro_f1(rule[half == 1], gold[half == 1]):.4f}")
    vocabulary = collections.Counter(w for r, h in zip(rows, half) if h == 0 for w in set(words(r[1])))
    index = {w: j for j, w in enumerate(w for w, n in vocabulary.items() if n >= 3)}
    bag = np.zeros((len(rows), len(index)))
    for i, r in enumerate(rows):
        for w in set(words(r[1])):
            if w in index:
                bag[i, index[w]] = 1.0
    for name, x, l2 in [("scores", base, 1e-2), ("words", np.hstack([base, bag]), 1e-2)]:
        for train in (0, 1):
            w = fit(x[half == train], gold[half == train], l2)
            pred = (x @ w).argmax(axis=1)
            other = 1 - train
            print(f"{name:6s} fitted on {'AB'[train]}: {'AB'[train]} {macro_f1(pred[half == train], gold[half == train]):.4f}  "
                  f"{'AB'[other]} {macro_f1(pred[half == other], gold[half == other]):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
