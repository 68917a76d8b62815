#!/usr/bin/env bash
# The README's main job as the user runs it: `./analytics report` from the repository root, warm
# (the Release build exists), whole process, RUNS times; and the report program alone with its own
# log of each analysis. With --fresh, also once from a fresh clone of this repository (restore,
# Release build, report), the set-up's first run.
#
#   benchmarks/main-job.sh [RUNS] [--fresh]      (default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
fresh="${2:-}"
./analytics --version > /dev/null # builds once if needed
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "load: $(uptime | sed 's/.*load average: //')"
walls=()
for i in $(seq 1 "$runs"); do
  rm -f "$out/report.html" "$out/.report.html.analytics"
  /usr/bin/time -f '%e %U %S %M' -o "$out/time" ./analytics report --out "$out/report.html" > /dev/null 2> "$out/log"
  read -r wall user sys rss < "$out/time"
  walls+=("$wall")
  printf 'run %d: %.2f s wall, %.2f CPU-s, %d MB peak | %s\n' "$i" "$wall" "$(echo "$user + $sys" | bc -l)" $((rss / 1024)) \
    "$(grep -Eo '^(Simulated|Split analysis|Quarterly rule|Tornado)[^:]*:.*, ([0-9.]+ s)\.$' "$out/log" | sed -E 's/^(Simulated|Split analysis|Quarterly rule|Tornado).*, ([0-9.]+ s)\.$/\1 \2/' | paste -sd ';' -)"
done
printf 'median %.2f s over %d runs (target: at most 5 s for ./analytics report, 2.5 s for the report alone)\n' \
  "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")" "$runs"

if [[ $fresh == --fresh ]]; then
  git clone -q . "$out/clone"
  start=$(date +%s.%N)
  (cd "$out/clone" && ./analytics report > /dev/null 2> "$out/fresh.log") || { cat "$out/fresh.log" >&2; exit 1; }
  printf 'fresh clone (restore, Release build, report): %.1f s (target: at most 60 s)\n' "$(echo "$(date +%s.%N) - $start" | bc -l)"
fi
echo "load: $(uptime | sed 's/.*load average: //')"
