#!/usr/bin/env bash
# Checks with LibreOffice that a CSV geotone wrote opens safely in a spreadsheet: a title such as
# =HYPERLINK("http://example.invalid","x") arrives as text (not a formula), accents survive, and numeric
# columns stay numbers. Installs nothing: needs `soffice` (Debian: apt-get install -y libreoffice-calc-nogui);
# without it, prints why and exits 0.
# Env: GEOTONE_BIN (default: .build/release/geotone, else .build/debug/geotone), SPREADSHEET_CHECK_DIR (work dir).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

soffice_bin="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$soffice_bin" ]; then
    echo "spreadsheet-check: skipped: soffice not installed (apt-get install -y libreoffice-calc-nogui)"
    exit 0
fi
bin="${GEOTONE_BIN:-}"
if [ -z "$bin" ]; then
    for candidate in "$root/.build/release/geotone" "$root/.build/debug/geotone"; do
        [ -x "$candidate" ] && { bin="$candidate"; break; }
    done
fi
[ -x "$bin" ] || { echo "spreadsheet-check: no geotone binary (build first or set GEOTONE_BIN)" >&2; exit 2; }

work="${SPREADSHEET_CHECK_DIR:-$(mktemp -d)}"
mkdir -p "$work/in"
title='=HYPERLINK("http://example.invalid","x")'
# The corpus: a formula title and accented text (CSV quoting doubles the inner quotes).
printf 'id,title,text\n1,"%s","Perú y Chile: la crisis del café en São Paulo"\n2,Ünïcödé,"Ålesund and Kraków agree."\n' \
    "${title//\"/\"\"}" > "$work/in/formula.csv"
"$bin" analyze "$work/in" --out "$work/out" --datasets "$root/Datasets" --quiet

# A private LibreOffice profile, so that a running or broken user profile does not interfere.
profile="file://$work/lo-profile"
# CSV import: comma, double quote, UTF-8 (76), from line 1, token 13 = evaluate formulas (the unsafe setting).
filter='CSV:44,34,76,1,,,,,,,,,true'
convert() {
    "$soffice_bin" -env:UserInstallation="$profile" --headless --infilter="$filter" \
        --convert-to fods --outdir "$work" "$1" > "$work/soffice.log" 2>&1 \
        || { cat "$work/soffice.log" >&2; exit 2; }
}
convert "$work/out/articles.csv"
fods="$work/articles.fods"
[ -s "$fods" ] || { echo "spreadsheet-check: LibreOffice wrote no $fods" >&2; cat "$work/soffice.log" >&2; exit 2; }

fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
escaped_title="&apos;=HYPERLINK(&quot;http://example.invalid&quot;,&quot;x&quot;)"
check "no cell became a formula" "! grep -q 'table:formula=' '$fods'"
check "the title arrives as text, with its neutralising quote" "grep -qF '<text:p>$escaped_title</text:p>' '$fods'"
check "accents survive (Ünïcödé)" "grep -qF 'Ünïcödé' '$fods'"
check "numeric columns stay numbers (line = 2 as float)" "grep -q 'office:value-type=\"float\" office:value=\"2\"' '$fods'"

# Negative control: the same title without the quote does become a formula, so the check above can fail.
printf '"title"\n"%s"\n' "${title//\"/\"\"}" > "$work/control.csv"
convert "$work/control.csv"
check "control: an unneutralised title is a formula in this LibreOffice" "grep -q 'table:formula=' '$work/control.fods'"

if [ $fail -ne 0 ]; then echo "spreadsheet-check: FAILED (files in $work)"; exit 1; fi
echo "spreadsheet-check: passed ($("$soffice_bin" --version 2>/dev/null | head -1))"
