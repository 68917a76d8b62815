#!/usr/bin/env bash
# Runs every notebook (notebooks/NN-*.dib) headless with the pinned dotnet-repl, each from the
# notebooks folder (relative #r paths resolve against the current directory), writes the
# executed copies with their outputs to notebooks/out/NAME.ipynb (ignored by git), prints each
# notebook's run time, and exits 1 if any cell of any notebook failed.
#
#   notebooks/run.sh              all notebooks
#   notebooks/run.sh 02-*.dib     some of them (names relative to notebooks/)
#
# Notebooks run JOBS at a time (default: the number of cores; NOTEBOOK_JOBS=1 for one at a time):
# much of a notebook's time is its kernel starting and compiling, which one core does alone. Each
# notebook writes its own files (out/NAME.ipynb and the files it names), so they cannot collide.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore > /dev/null
# setup.dib loads the Release build of the extension (the notebooks' analyses run several times
# faster than in a Debug build).
dotnet build -c Release src/Analytics.Interactive --nologo -v quiet -clp:ErrorsOnly

cd notebooks
mkdir -p out
shopt -s nullglob
notebooks=()
# Patterns are expanded here, inside notebooks/ (from the repository root the shell finds no match
# and passes them on unexpanded); a pattern that matches nothing is an error, not a silent skip.
for pattern in "$@"; do
  matches=($pattern)
  [[ ${#matches[@]} -gt 0 ]] || { echo "no notebook matches $pattern in $(pwd)" >&2; exit 1; }
  notebooks+=("${matches[@]}")
done
[[ ${#notebooks[@]} -gt 0 ]] || notebooks=([0-9][0-9]-*.dib)
[[ ${#notebooks[@]} -gt 0 ]] || { echo "no notebooks found in $(pwd)" >&2; exit 1; }

jobs="${NOTEBOOK_JOBS:-$(nproc)}"
status_dir=$(mktemp -d)
trap 'rm -rf "$status_dir"' EXIT

run_one() {
  local nb=$1 name out start code seconds errors status
  name=$(basename "$nb" .dib)
  out="out/$name.ipynb"
  rm -f "$out"
  start=$(date +%s%N)
  set +e
  # stdin closed: a notebook waiting for an @input fails fast instead of hanging. Each runs in
  # well under two minutes here; 300 s flags a hang without waiting a quarter of an hour.
  timeout 300 dotnet repl --run "$nb" --exit-after-run --output-format ipynb --output-path "$out" < /dev/null > "$status_dir/$name.log" 2>&1
  code=$?
  set -e
  seconds=$(( ($(date +%s%N) - start) / 1000000 ))
  errors=0
  [[ -f $out ]] && errors=$(grep -c '"output_type": "error"' "$out" || true)
  if [[ $code -eq 0 && -f $out && $errors -eq 0 ]]; then
    status="ok"
  else
    status="FAILED (exit $code, $errors failing cell(s))"
    echo "$name" > "$status_dir/$name.failed"
    cat "$status_dir/$name.log" >&2
  fi
  printf '%-40s %6d.%03d s  %s\n' "$name" $((seconds / 1000)) $((seconds % 1000)) "$status"
}

all_start=$(date +%s%N)
for nb in "${notebooks[@]}"; do
  while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do
    wait -n || true
  done
  run_one "$nb" &
done
wait
all_ms=$(( ($(date +%s%N) - all_start) / 1000000 ))
printf 'all notebooks: %d.%03d s wall (%d at a time)\n' $((all_ms / 1000)) $((all_ms % 1000)) "$jobs"

failed=()
for f in "$status_dir"/*.failed; do
  [[ -e $f ]] && failed+=("$(cat "$f")")
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "notebooks failed: ${failed[*]} (executed copies with the errors are in notebooks/out/)" >&2
  exit 1
fi
echo "all ${#notebooks[@]} notebook(s) ran; executed copies in notebooks/out/"
