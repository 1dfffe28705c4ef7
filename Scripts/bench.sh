#!/usr/bin/env bash
# make bench: generates the synthetic corpora (cached in .build-bench/) and times `geotone analyze` on each.
# Sizes: BENCH_SIZES="10 100 1000" (MB; add "reuters" for the repeated labelled newswire), repeats: BENCH_REPEAT=3.
# See Scripts/bench/runbench.py for the other settings and Documentation/Performance.md for the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 2; }
[ -x "${GEOTONE:-.build/release/geotone}" ] || { echo "bench: build first (make build)" >&2; exit 2; }
exec python3 Scripts/bench/runbench.py
