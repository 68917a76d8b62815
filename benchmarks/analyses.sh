#!/usr/bin/env bash
# The analyses' speed targets (issue 5), measured as the user sees them: the WHOLE `analytics`
# process (start-up, JIT, loading the scenario, the analysis, output) in a Release build, with
# /usr/bin/time -v for wall time, CPU time and peak memory, on the shipped plan scenario:
#
#   splits       the full grid at 5% (231 splits), 100,000 trials each     target: under 10 s
#   sobol        sensitivity with N = 8192 for its 11 inputs (13 × 8192 =   target: under 10 s
#                106,496 model runs; the tornado and rank runs cut to 100    (for 10 inputs)
#                trials so they cost nothing)
#
#   benchmarks/analyses.sh [RUNS]          (default 3 runs of each)
#
# Prints each run and the best and median per target. The machine is shared: check `uptime`
# and trust the best and median over one run. In-process figures without start-up:
# dotnet run -c Release --project benchmarks/Analytics.Benchmarks -- --filter '*AnalysesBenchmarks*'
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"

dotnet build src/Analytics.Cli/Analytics.Cli.csproj -c Release -nologo -v quiet > /dev/null
exe="src/Analytics.Cli/bin/Release/net10.0/analytics"
scenario="data/plc-2026/scenario.json"
echo "load: $(uptime | sed 's/.*load average: //')"

measure() {
  local name="$1"; shift
  "$exe" "$@" > /dev/null # warm the disk cache
  local walls=()
  for i in $(seq 1 "$runs"); do
    local log
    log=$(mktemp)
    /usr/bin/time -v "$exe" "$@" > /dev/null 2> "$log"
    local wall rss cpu seconds
    wall=$(grep "Elapsed (wall clock)" "$log" | sed 's/.*: //')
    rss=$(grep "Maximum resident set size" "$log" | sed 's/.*: //')
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$log")
    seconds=$(echo "$wall" | awk -F: '{ if (NF==2) print $1*60+$2; else print $1*3600+$2*60+$3 }')
    walls+=("$seconds")
    printf '%s run %d: wall %.2f s, cpu %s s, peak RSS %d MB\n' "$name" "$i" "$seconds" "$cpu" $((rss / 1024))
    rm -f "$log"
  done
  local sorted
  sorted=$(printf '%s\n' "${walls[@]}" | sort -g)
  printf '%s: best %.2f s, median %.2f s over %d runs\n' "$name" "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$runs"
}

measure splits splits "$scenario" --trials 100000 --step 0.05 --seed 1 --format json
measure sobol sensitivity "$scenario" --sobol 8192 --bootstrap 500 --trials 100 --seed 1 --format json
