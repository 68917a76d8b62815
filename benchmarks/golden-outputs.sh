#!/usr/bin/env bash
# Captures every command's machine output on the shipped data into one folder, so that a change
# meant to keep behaviour (a refactoring) can be checked by `diff -r -I elapsedSeconds BEFORE AFTER` (run times are the only figures that may move).
#
#   benchmarks/golden-outputs.sh OUT_DIR [ANALYTICS_BINARY]
#
# Without a binary it builds src/Analytics.Cli in Release and uses that build. Each command's
# stdout goes to OUT_DIR/NAME.out and its exit code to OUT_DIR/NAME.code; the report's page to
# OUT_DIR/report.html with Plotly's generated div ids blanked (the only part allowed to differ).
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: benchmarks/golden-outputs.sh OUT_DIR [ANALYTICS_BINARY]}
bin=${2:-}
if [[ -z $bin ]]; then
  dotnet build src/Analytics.Cli -c Release --nologo -v quiet -clp:ErrorsOnly || exit 1
  bin=src/Analytics.Cli/bin/Release/net10.0/analytics
fi
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {
  local name=$1; shift
  "$bin" "$@" > "$out/$name.out" 2> "$tmp/$name.err"
  echo $? > "$out/$name.code"
}

plc=data/plc-2026/scenario.json
ref=data/scenarios/seed-2026.json
run audit-json audit --format json
run audit-text audit
run plan-json plan --format json
run growth-json growth --format json
run fit-retention-json fit retention data/fits/retention-example.csv --format json
run fit-bass-json fit bass data/fits/bass-example.csv --format json
run simulate-plc-json simulate $plc --format json
run simulate-ref-json simulate $ref --format json --trials 200000
run simulate-ref-lhs-json simulate $ref --format json --sampler lhs --trials 50000
run splits-json splits $plc --format json
run splits-compare-json splits $plc --format json --compare 30/50/20 --step 0.1
run sensitivity-json sensitivity $plc --format json --sobol 512 --bootstrap 100
run trigger-json trigger $plc --format json
run goalseek-winrate-json goalseek $plc --input 'newCustomers.*.winRate' --format json --trials 10000
run goalseek-market-json goalseek $plc --input market --format json --trials 10000
run goalseek-share-json goalseek $plc --input share.newProduct --format json --trials 10000
run budget-json budget $plc --format json
run report-headline report --out "$tmp/report.html"
sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/ID/g' "$tmp/report.html" > "$out/report.html"
run report-en-headline report --lang en --out "$tmp/report-en.html"
sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/ID/g' "$tmp/report-en.html" > "$out/report-en.html"
run generate generate customers --out "$tmp/customers.csv"
cp "$tmp/customers.csv" "$out/customers.csv" 2>/dev/null
echo "wrote $(ls "$out" | wc -l) files to $out"
