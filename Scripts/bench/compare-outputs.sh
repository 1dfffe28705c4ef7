#!/usr/bin/env bash
# Compares the CSV tables of two `geotone analyze --out` folders byte for byte; exits 1 on any difference.
# Usage: Scripts/bench/compare-outputs.sh DIR_A DIR_B
set -uo pipefail
status=0
for f in articles mentions countries comentions regions timeline datelines; do
  if cmp -s "$1/$f.csv" "$2/$f.csv"; then echo "same: $f.csv"; else echo "DIFFERENT: $f.csv"; status=1; fi
done
exit $status
