#!/usr/bin/env bash
# Every source file with logic has its tests at its mirrored path: src/PROJECT/DIR/X.cs is tested in
# tests/PROJECT.Tests/DIR/XTests.cs (a part X.Y.cs of a partial class in XYTests.cs). A file of
# MIN_LINES (60) or more non-blank lines always needs one; so do the smaller files named in
# ALSO below, whose logic is worth tests of their own. Lists every file without its test file and
# exits 1 when there is any, 0 otherwise.
#
#   .ci/mirrored-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."

min_lines=${MIN_LINES:-60}

# Files under the line limit that hold logic of their own (formulas, parsing, numerical methods,
# rules that several callers share): they need their mirrored test file too.
also=(
  src/Analytics/Analyses/Trigger/CompletionBin.cs
  src/Analytics/Common/CalendarQuarters.cs
  src/Analytics/Common/InputException.cs
  src/Analytics/Fitting/ObservedInformation.cs
  src/Analytics/Fitting/PositiveRoot.cs
  src/Analytics/Fitting/SimplexSearch.cs
  src/Analytics/Fitting/Distributions/GammaFamily.cs
  src/Analytics/Fitting/Distributions/NormalFamily.cs
  src/Analytics/Scenarios/Sections/PhasingSpec.cs
  src/Analytics/Simulation/Distributions/LogFactorial.cs
  src/Analytics/Simulation/Distributions/Quadrature.cs
)

# The mirrored test file of a source file.
test_of() {
  local rel=${1#src/}
  local project=${rel%%/*}
  local inner=${rel#*/}
  local dir
  dir=$(dirname "$inner")
  local name
  name=$(basename "$inner" .cs)
  name=${name//./}
  if [[ $dir == . ]]; then
    echo "tests/$project.Tests/${name}Tests.cs"
  else
    echo "tests/$project.Tests/$dir/${name}Tests.cs"
  fi
}

declare -A required=()
while IFS= read -r -d '' file; do
  lines=$(grep -cv '^[[:space:]]*$' "$file" || true)
  if (( lines >= min_lines )); then
    required[$file]="$lines non-blank lines"
  fi
done < <(find src -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -print0)

for file in "${also[@]}"; do
  [[ -f $file ]] || { echo "mirrored-tests: $file is named in ALSO but does not exist; update the list in $0" >&2; exit 1; }
  required[$file]=${required[$file]:-"named in ALSO"}
done

missing=0
while IFS= read -r file; do
  test=$(test_of "$file")
  if [[ ! -f $test ]]; then
    echo "missing: $test (for $file, ${required[$file]})"
    missing=$((missing + 1))
  fi
done < <(printf '%s\n' "${!required[@]}" | sort)

if (( missing > 0 )); then
  echo "mirrored-tests: $missing of ${#required[@]} source files with logic have no test file at their mirrored path" >&2
  exit 1
fi
echo "mirrored-tests: all ${#required[@]} source files with logic (${min_lines}+ non-blank lines, or named in ALSO) have their mirrored test file"
