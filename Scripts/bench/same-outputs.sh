#!/usr/bin/env bash
# Checks that a changed build gives byte-identical outputs to a reference build: `analyze` with
# `--lexicon news` and `vader`, `--jobs 1` and `2` (the seven CSV tables, and report.html with its
# timestamps and timings taken out), `geotone score` in both modes and `geotone countries` on one
# sentence per line. Exits 1 on any difference.
#
# Usage: Scripts/bench/same-outputs.sh REFERENCE_BINARY NEW_BINARY [CORPUS_DIR]
#   CORPUS_DIR defaults to .build-bench/corpus-10MB (made by Scripts/bench/gencorpus.py).
set -uo pipefail
ref=$1; new=$2
corpus=${3:-.build-bench/corpus-10MB}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# One sentence per line, from the corpus's texts (the first 2 MB of them).
python3 - "$corpus" "$work/lines.txt" <<'PY'
import json, os, re, sys
src, dst = sys.argv[1], sys.argv[2]
out, size = [], 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".jsonl"):
        continue
    with open(os.path.join(src, name), encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text", "")
            for s in re.split(r"(?<=[.!?])\s+", text):
                out.append(s); size += len(s) + 1
            if size > 2_000_000:
                break
with open(dst, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
PY

strip_report() { sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+Z?//g; s/[0-9]+\.[0-9]+ s\b//g' "$1"; }

for lexicon in news vader; do
  for jobs in 1 2; do
    for side in ref new; do
      bin=$ref; [ "$side" = new ] && bin=$new
      "$bin" analyze "$corpus" --out "$work/$side-$lexicon-$jobs" --db "$work/$side-$lexicon-$jobs.sqlite" \
        --lexicon "$lexicon" --jobs "$jobs" --quiet || { echo "FAILED: $side analyze $lexicon --jobs $jobs"; status=1; }
    done
    echo "== analyze --lexicon $lexicon --jobs $jobs"
    "$here/compare-outputs.sh" "$work/ref-$lexicon-$jobs" "$work/new-$lexicon-$jobs" | grep -v '^same' || true
    "$here/compare-outputs.sh" "$work/ref-$lexicon-$jobs" "$work/new-$lexicon-$jobs" >/dev/null || status=1
    if ! cmp -s <(strip_report "$work/ref-$lexicon-$jobs/report.html") <(strip_report "$work/new-$lexicon-$jobs/report.html"); then
      echo "DIFFERENT: report.html"; status=1
    fi
  done
done

for lexicon in news vader; do
  "$ref" score --lexicon "$lexicon" < "$work/lines.txt" > "$work/ref-score-$lexicon.tsv"
  "$new" score --lexicon "$lexicon" < "$work/lines.txt" > "$work/new-score-$lexicon.tsv"
  if cmp -s "$work/ref-score-$lexicon.tsv" "$work/new-score-$lexicon.tsv"; then echo "same: score --lexicon $lexicon"
  else echo "DIFFERENT: score --lexicon $lexicon"; status=1; fi
done
"$ref" countries < "$work/lines.txt" > "$work/ref-countries.txt"
"$new" countries < "$work/lines.txt" > "$work/new-countries.txt"
if cmp -s "$work/ref-countries.txt" "$work/new-countries.txt"; then echo "same: countries"
else echo "DIFFERENT: countries"; status=1; fi

[ $status -eq 0 ] && echo "all outputs identical" || echo "OUTPUTS DIFFER"
exit $status
