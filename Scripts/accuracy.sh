#!/usr/bin/env bash
# make accuracy: country detection accuracy through `geotone analyze` (skips what ../shared does not hold):
# focus on the labelled Reuters corpus, and `countries` on the geoparsing gold sets (both halves).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 Scripts/accuracy.py "$@"
for set in lgl trnews; do
  gold=../shared/corpora/geoparsing-dev/$set.jsonl
  if [ -f "$gold" ]; then
    for half in even odd; do python3 Scripts/geoparsing-errors.py "$gold" --half "$half" --errors 0; done
  else
    echo "accuracy: $gold is absent; skipped"
  fi
done
