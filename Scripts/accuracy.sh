#!/usr/bin/env bash
# make accuracy: country detection accuracy on the labelled Reuters corpus (skips when ../shared is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Scripts/accuracy.py "$@"
