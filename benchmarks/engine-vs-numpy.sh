#!/usr/bin/env bash
# The engine against a vectorised NumPy implementation of the same reference scenario, in the same
# run: `analytics simulate data/scenarios/seed-2026.json --trials 1000000` (whole process, Release)
# and `python3 benchmarks/numpy/seed_2026.py 1000000` (whole process), interleaved pair by pair so
# both see the same machine. Prints each pair, the medians and the ratio of the medians.
#
#   benchmarks/engine-vs-numpy.sh [PAIRS]      (default 5; needs python3 with numpy: apt-get install python3-numpy)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-5}"
python="${PYTHON:-/usr/bin/python3}"
"$python" -c 'import numpy' 2> /dev/null || { echo "engine-vs-numpy: $python has no numpy (apt-get install python3-numpy)" >&2; exit 1; }

dotnet build src/Analytics.Cli/Analytics.Cli.csproj -c Release -nologo -v quiet -clp:ErrorsOnly > /dev/null
exe="src/Analytics.Cli/bin/Release/net10.0/analytics"
scenario="data/scenarios/seed-2026.json"

timed() { # prints "wall cpu rss_mb" of one whole process
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' "$@" > /dev/null 2> "$log"
  tail -1 "$log" | awk '{ printf "%.3f %.2f %d\n", $1, $2 + $3, $4 / 1024 }'
  rm -f "$log"
}

echo "load: $(uptime | sed 's/.*load average: //')"
"$exe" simulate "$scenario" --trials 1000000 --seed 1 --format json > /dev/null # warm the disk cache
engine=(); numpy=()
for i in $(seq 1 "$pairs"); do
  read -r ew ec er < <(timed "$exe" simulate "$scenario" --trials 1000000 --seed "$i" --format json --quiet)
  read -r nw nc nr < <(timed "$python" benchmarks/numpy/seed_2026.py 1000000 "$i")
  engine+=("$ew"); numpy+=("$nw")
  printf 'pair %d: engine %.3f s wall (%s CPU-s, %d MB) | numpy %.3f s wall (%s CPU-s, %d MB) | %.1fx\n' "$i" "$ew" "$ec" "$er" "$nw" "$nc" "$nr" "$(echo "$nw / $ew" | bc -l)"
done
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
me=$(median "${engine[@]}"); mn=$(median "${numpy[@]}")
printf 'median: engine %.3f s, numpy %.3f s, ratio %.1fx (target >= 12x; engine <= 0.6 s)\n' "$me" "$mn" "$(echo "$mn / $me" | bc -l)"
echo "load: $(uptime | sed 's/.*load average: //')"
