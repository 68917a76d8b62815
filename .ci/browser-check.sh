#!/usr/bin/env bash
# The owner's report in a real browser, offline: installs Debian's Chromium (and CJK fonts) if
# missing, writes the report in both languages with PNGs, opens each page headless with every
# network request blocked, and fails if a chart is not drawn or the page logs an error (console
# error, uncaught exception or failed request). A gallery page with every chart kind is checked
# the same way. Runs as root in CI (apt-get); elsewhere install chromium first.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v chromium > /dev/null || ! fc-list :lang=zh 2> /dev/null | grep -q .; then
  echo "installing chromium and fonts-noto-cjk (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk > /dev/null
fi
chromium --version 2> /dev/null || true
# Without a CJK font the Chinese labels render as empty boxes, and the PNG size check below cannot tell.
if ! fc-list :lang=zh 2> /dev/null | grep -q .; then
  echo "FAIL: no CJK font installed (fc-list :lang=zh lists none): the Chinese report's charts would draw boxes for every label. Install one, e.g. apt-get install fonts-noto-cjk." >&2
  exit 1
fi

dotnet build src/Analytics.Cli --nologo -v quiet -clp:ErrorsOnly
dotnet build .ci/browser-check --nologo -v quiet -clp:ErrorsOnly
check() { dotnet .ci/browser-check/bin/Debug/net10.0/BrowserCheck.dll "$@"; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/png"

start=$(date +%s%N)
dotnet run --project src/Analytics.Cli --no-build -- report --out "$out/report.html" --png "$out/png"
echo "report written in $(( ($(date +%s%N) - start) / 1000000 )) ms (with PNGs)"
dotnet run --project src/Analytics.Cli --no-build -- report --lang en --out "$out/report-en.html" > /dev/null

# The report with the default scenario's simulation and analyses has twelve charts (two growth bridges,
# decomposition, industry x region, phasing, outcome distribution, tornado, fan, quarterly rule, split
# ternary, margin frontier, personal targets); every one must draw.
check "$out/report.html" --min-charts 12
check "$out/report-en.html" --min-charts 12

# Every PNG the report wrote is a real image of a drawn chart, not an empty page.
pngs=0
for png in "$out"/png/*.png; do
  size=$(stat -c %s "$png")
  [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || { echo "FAIL: $png is not a PNG" >&2; exit 1; }
  (( size > 15000 )) || { echo "FAIL: $png is only $size bytes: a blank chart?" >&2; exit 1; }
  pngs=$((pngs + 1))
done
(( pngs >= 12 )) || { echo "FAIL: expected at least 12 PNG files, got $pngs" >&2; exit 1; }
echo "$pngs PNG files checked"

# A second company with four business lines (two new products), its drafted scenario: the split
# section becomes bars and small multiples instead of the three-line ternary; every chart must draw.
mkdir -p "$out/servo-png"
dotnet run --project src/Analytics.Cli --no-build -- report data/servo-2026 --trials 20000 --out "$out/servo.html" --png "$out/servo-png" > /dev/null
check "$out/servo.html" --min-charts 13
for png in "$out"/servo-png/*.png; do
  (( $(stat -c %s "$png") > 15000 )) || { echo "FAIL: $png is a blank chart?" >&2; exit 1; }
done
echo "servo-2026 (4 lines): $(ls "$out"/servo-png/*.png | wc -l) PNG files checked"

# The year so far: actuals drawn from the plan's scenario (generate actuals) into a copy of plc-2026 without
# the shipped ones; the report gains the in-year section, whose chart (booked months and the fan of the months
# to come) must be on the page and draw, in both languages, and its PNG be a real image.
mkdir -p "$out/inyear-plan" "$out/inyear-png"
cp -r data/plc-2026/. "$out/inyear-plan/"
rm -f "$out/inyear-plan/actuals.csv" "$out/inyear-plan/pipeline.csv"
dotnet run --project src/Analytics.Cli --no-build -- generate actuals --plan "$out/inyear-plan" --through 2026-09 --out "$out/inyear-plan/actuals.csv" --seed 11 > /dev/null
dotnet run --project src/Analytics.Cli --no-build -- report "$out/inyear-plan" --trials 20000 --out "$out/inyear.html" --png "$out/inyear-png" > /dev/null
dotnet run --project src/Analytics.Cli --no-build -- report "$out/inyear-plan" --trials 20000 --lang en --out "$out/inyear-en.html" > /dev/null
for page in "$out/inyear.html" "$out/inyear-en.html"; do
  grep -q 'id="chart-in-year"' "$page" || { echo "FAIL: $page has no in-year chart" >&2; exit 1; }
  check "$page" --min-charts 13
done
(( $(stat -c %s "$out/inyear-png/in-year.png") > 15000 )) || { echo "FAIL: in-year.png is a blank chart?" >&2; exit 1; }
echo "in-year report (generated actuals through 2026-09): chart drawn in both languages"

check gallery "$out/gallery.html" > /dev/null
check "$out/gallery.html" --min-charts 44
echo "browser check passed"
