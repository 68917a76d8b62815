#!/usr/bin/env bash
# The issue's speed target, measured as the user sees it: the WHOLE `analytics simulate` process
# (start-up, JIT, loading the scenario, 1,000,000 trials of the reference scenario, summaries,
# output) in a Release build, with /usr/bin/time -v for wall time and peak memory (maximum
# resident set size). Targets: under 1 s wall (aim 0.5 s), under 200 MB.
#
#   benchmarks/simulate-1m.sh [RUNS] [extra simulate options...]     (default 5 runs)
#
# Prints each run's wall time and peak RSS, then the best and the median. The machine is shared:
# run it when nothing else is busy (check `uptime`), and trust the best and median over one run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true

dotnet build src/Analytics.Cli/Analytics.Cli.csproj -c Release -nologo -v quiet > /dev/null
exe="src/Analytics.Cli/bin/Release/net10.0/analytics"
scenario="data/scenarios/seed-2026.json"

echo "load: $(uptime | sed 's/.*load average: //')"
"$exe" simulate "$scenario" --trials 1000000 --seed 1 --format json "$@" > /dev/null # warm the disk cache
walls=()
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  /usr/bin/time -v "$exe" simulate "$scenario" --trials 1000000 --seed 1 --format json "$@" > /dev/null 2> "$log"
  wall=$(grep "Elapsed (wall clock)" "$log" | sed 's/.*: //')
  rss=$(grep "Maximum resident set size" "$log" | sed 's/.*: //')
  cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$log")
  seconds=$(echo "$wall" | awk -F: '{ if (NF==2) print $1*60+$2; else print $1*3600+$2*60+$3 }')
  walls+=("$seconds")
  printf 'run %d: wall %.3f s, cpu %s s, peak RSS %d MB\n' "$i" "$seconds" "$cpu" $((rss / 1024))
  rm -f "$log"
done
sorted=$(printf '%s\n' "${walls[@]}" | sort -g)
printf 'best %.3f s, median %.3f s over %d runs\n' "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$runs"
