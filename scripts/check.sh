#!/bin/sh
# `npm run check`: type-check the .astro/.ts files (astro check) and the .svelte files
# (svelte-check) side by side, one core each. `astro sync` runs first, once, because
# svelte-check also reads TypeScript that imports Astro's generated content types
# (`astro:content`); `astro check --noSync` then leaves those files alone while
# svelte-check reads them. Each checker's output is printed whole, one after the other,
# and the script fails when either fails.
set -u
export ASTRO_TELEMETRY_DISABLED=1
astro sync >/dev/null || { echo "check: astro sync failed" >&2; exit 1; }
out=$(mktemp -d)
astro check --noSync >"$out/astro.log" 2>&1 &
a=$!
svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning >"$out/svelte.log" 2>&1 &
b=$!
wait $a; ra=$?
wait $b; rb=$?
cat "$out/astro.log" "$out/svelte.log"
rm -rf "$out"
[ "$ra" -eq 0 ] || echo "check: astro check failed (exit $ra)" >&2
[ "$rb" -eq 0 ] || echo "check: svelte-check failed (exit $rb)" >&2
[ "$ra" -eq 0 ] && [ "$rb" -eq 0 ]
