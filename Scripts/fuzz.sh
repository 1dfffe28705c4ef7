#!/usr/bin/env bash
# Builds the libFuzzer harness (library sources + Fuzz/*.swift, -sanitize=fuzzer,address) and runs every
# target for FUZZ_SECONDS (default 60) with its seed corpus in Fuzz/seeds/<target>/.
# Usage: Scripts/fuzz.sh [target...]   targets: txt jsonl csv tokenizer matcher (default: all)
# Crashes are written to .build-fuzz/crashes/<target>/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
OUT=.build-fuzz
BIN="$OUT/geotone-fuzz"
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(txt jsonl csv tokenizer matcher)
mkdir -p "$OUT"

newest_source=$(find Sources/GeoTone Fuzz -name '*.swift' -newer "$BIN" 2>/dev/null | head -1 || true)
if [ ! -x "$BIN" ] || [ -n "$newest_source" ]; then
    echo "fuzz: building $BIN"
    start=$(date +%s)
    # One module: the fuzz files see the library's internal types. The module maps link sqlite3 and csv.
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name GeoTone \
        -I Sources/CSQLite -I Sources/CCSV \
        $(find Sources/GeoTone -name '*.swift' | sort) Fuzz/*.swift -o "$BIN" 2> "$OUT/build.log" \
        || { grep -v 'ld.gold: warning' "$OUT/build.log" >&2; exit 2; }
    echo "fuzz: built in $(( $(date +%s) - start )) s"
fi

status=0
printf '%-10s %12s %8s %s\n' target executions seconds result > "$OUT/summary.txt"
for target in "${TARGETS[@]}"; do
    corpus="$OUT/corpus/$target"
    crashes="$OUT/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    seeds="Fuzz/seeds/$target"
    [ -d "$seeds" ] || seeds=""
    log="$OUT/$target.log"
    echo "fuzz: $target for ${SECONDS_PER_TARGET} s"
    start=$(date +%s)
    set +e
    GEOTONE_FUZZ_TARGET="$target" GEOTONE_DATASETS="$PWD/Datasets" ASAN_OPTIONS=detect_leaks=0 \
        "$BIN" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" $seeds > "$log" 2>&1
    rc=$?
    set -e
    elapsed=$(( $(date +%s) - start ))
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
    result=ok
    if [ $rc -ne 0 ]; then result="FAILED (rc $rc, see $log and $crashes)"; status=1; fi
    printf '%-10s %12s %8s %s\n' "$target" "${runs:-?}" "$elapsed" "$result" | tee -a "$OUT/summary.txt"
done
echo "fuzz: summary in $OUT/summary.txt"
cat "$OUT/summary.txt"
exit $status
