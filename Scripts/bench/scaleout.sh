#!/usr/bin/env bash
# CPU of shards plus merge against a single run (Documentation/ScaleOut.md, "Cost"):
#   bash Scripts/bench/scaleout.sh [SIZE_MB (100)] [SHARDS (4)] [REPEAT (3)]
# The corpus is the bench's synthetic one (Scripts/bench/gencorpus.py, cached in .build-bench/). Shards run one after
# another, as on separate machines; user+sys seconds come from /usr/bin/time, the median of REPEAT runs is printed,
# and the seven tables are compared every time.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-100} shards=${2:-4} repeat=${3:-3}
bin=${GEOTONE:-.build/release/geotone}
[ -x "$bin" ] && [ -x /usr/bin/time ] && command -v python3 >/dev/null || { echo "scaleout: needs $bin, /usr/bin/time, python3" >&2; exit 2; }
corpus=.build-bench/corpus-${size}MB
python3 Scripts/bench/gencorpus.py --size-mb "$size" --out "$corpus" --datasets Datasets >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpu() { /usr/bin/time -f "%U %S" -o "$work/t" "$@" >/dev/null 2>&1; awk '{printf "%.2f", $1 + $2}' "$work/t"; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
singles="" shardsums="" merges=""
for r in $(seq "$repeat"); do
  rm -rf "$work"/*
  singles+=" $(cpu "$bin" analyze "$corpus" --out "$work/single" --quiet)"
  sum=0
  for i in $(seq 0 $((shards - 1))); do
    sum=$(awk -v a="$sum" -v b="$(cpu "$bin" analyze "$corpus" --out "$work/s$i" --db "$work/shard-$i.sqlite" --quiet --shard "$i/$shards")" 'BEGIN {print a + b}')
  done
  shardsums+=" $sum"
  merges+=" $(cpu "$bin" merge "$work"/shard-*.sqlite --out "$work/merged" --quiet)"
  for t in articles mentions countries comentions regions timeline datelines; do
    cmp -s "$work/single/$t.csv" "$work/merged/$t.csv" || { echo "scaleout: $t.csv differs" >&2; exit 1; }
  done
done
single=$(median <<<"$singles") shard=$(median <<<"$shardsums") merge=$(median <<<"$merges")
awk -v s="$single" -v h="$shard" -v m="$merge" -v n="$shards" -v mb="$size" 'BEGIN {
  printf "scaleout: %s MB, %d shards (CPU seconds, user+sys, median): single %.2f; shards %.2f + merge %.2f = %.2f (%.2fx); merge share %.0f%%\n",
    mb, n, s, h, m, h + m, (h + m) / s, 100 * m / (h + m) }'
