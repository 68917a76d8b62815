#!/usr/bin/env bash
# Issue 14's speed target, measured as the user sees it: the WHOLE `analytics track` process
# (start-up, JIT, loading the plan, its actuals, pipeline facts and scenario, the default 100,000
# prior trials, the conditioning month by month, the re-plan with the pushed scenario's run, JSON
# output) on the shipped plan data/plc-2026, in a Release build, with /usr/bin/time -v for wall
# time, CPU time and peak memory. Target: under 3 s wall, warm.
#
#   benchmarks/track.sh [RUNS] [extra track options...]     (default 5 runs)
#
# Prints the load average, each run's wall and CPU time and peak RSS, then the best and the median
# wall time. The machine is shared: on a busy machine the wall time measures the queue for the
# cores, so read it with the load printed first (and the CPU time, which the load barely moves).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true

dotnet build src/Analytics.Cli/Analytics.Cli.csproj -c Release -nologo -v quiet > /dev/null
exe="src/Analytics.Cli/bin/Release/net10.0/analytics"
plan="data/plc-2026"

echo "load: $(uptime | sed 's/.*load average: //'), $(nproc) cores"
"$exe" track "$plan" --format json "$@" > /dev/null # warm the disk cache
walls=()
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  /usr/bin/time -v "$exe" track "$plan" --format json "$@" > /dev/null 2> "$log"
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
echo "load after: $(uptime | sed 's/.*load average: //')"
