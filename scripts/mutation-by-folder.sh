#!/usr/bin/env bash
# Mutation testing of src/lib one folder at a time (each keeps its own incremental file, report
# and log in reports/), e.g. `bash scripts/mutation-by-folder.sh geo charts`. An argument
# name=patterns mutates only those files (comma-separated globs) under that name, e.g.
# `data-parse='src/lib/data/deaths.ts,src/lib/data/cbpOne.ts'`. Without arguments: every folder.
# Slow on two cores: start it in the background. Runs at the lowest priority (nice 19) with one
# test runner (MUTATION_CONCURRENCY, default 1) so a shared machine stays usable.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
runs=("$@")
[ ${#runs[@]} -eq 0 ] && runs=(format scroll geo charts data story)
for run in "${runs[@]}"; do
  name=${run%%=*}
  if [[ $run == *=* ]]; then patterns=${run#*=}; else patterns="src/lib/$name/**/*.ts"; fi
  echo "mutation: $name ($patterns)"
  nice -n 19 npx stryker run --concurrency "${MUTATION_CONCURRENCY:-1}" --mutate "$patterns" --incrementalFile "reports/stryker-incremental-$name.json" > "reports/stryker-$name.log" 2>&1
  cp reports/mutation/mutation.json "reports/mutation-$name.json" 2>/dev/null
  grep -E '^All files' "reports/stryker-$name.log"
done
