#!/bin/sh
# Render a geotone report with headless Chromium to a PNG, to look at it the way a reader would.
#   Scripts/report/render_check.sh [REPORT.html] [OUT.png] [WIDTH]
# Defaults: out/report.html, <report>.png, 1280 px wide (a laptop at 100% zoom). The page height is the
# whole report, so the PNG is tall. Skips (exit 0) with a message when Chromium is not installed
# (Debian: apt-get install -y chromium).
set -eu
report=${1:-out/report.html}
png=${2:-${report%.html}.png}
width=${3:-1280}
height=${REPORT_HEIGHT:-9000}
browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
    echo "render_check: skipped: Chromium is not installed (apt-get install -y chromium)"
    exit 0
fi
[ -f "$report" ] || { echo "render_check: $report: no such file" >&2; exit 1; }
case "$report" in /*) abs=$report ;; *) abs=$(pwd)/$report ;; esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: needed when running as root in a container. Network is off: the page must need none.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --proxy-server='127.0.0.1:9' --proxy-bypass-list='<-loopback>' \
    --window-size="$width,$height" --screenshot="$png" "file://$abs" >/dev/null 2>&1
[ -s "$png" ] || { echo "render_check: no screenshot written" >&2; exit 1; }
echo "render_check: $png (${width}x$height)"
if [ -n "${REPORT_PDF:-}" ]; then
    "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-pdf-header-footer \
        --print-to-pdf="$REPORT_PDF" "file://$abs" >/dev/null 2>&1 && echo "render_check: $REPORT_PDF"
fi
