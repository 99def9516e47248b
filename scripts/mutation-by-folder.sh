#!/usr/bin/env bash
# Mutation testing of src/lib one folder at a time (each folder keeps its own incremental file,
# report and log in reports/), e.g. `bash scripts/mutation-by-folder.sh geo charts`.
# Without arguments: every folder of src/lib. Slow on two cores: start it in the background.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
folders=("$@")
[ ${#folders[@]} -eq 0 ] && folders=(format scroll geo charts data story)
for f in "${folders[@]}"; do
  echo "mutation: src/lib/$f"
  npx stryker run --mutate "src/lib/$f/**/*.ts" --incrementalFile "reports/stryker-incremental-$f.json" > "reports/stryker-$f.log" 2>&1
  cp reports/mutation/mutation.json "reports/mutation-$f.json" 2>/dev/null
  grep -A3 '% Mutation score' "reports/stryker-$f.log" | tail -1
  grep -E '^All files' "reports/stryker-$f.log"
done
