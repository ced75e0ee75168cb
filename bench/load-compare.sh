#!/usr/bin/env bash
# Load comparison: the same schema, data and resolvers served by ReportGraph's engine (Kestrel) and by graphql-js
# (graphql-http's Node handler), one after the other, each server pinned to one core (taskset) and wrk pinned to
# another. Prints requests/s and p99 latency for both and their ratio.
#
# Usage: bench/load-compare.sh [dashboard|introspection ...]
# Env: DURATION (default 15s), CONNECTIONS (default 16), SERVER_CORE (1), LOAD_CORE (0), ARTIFACTS (/tmp/art-bench)
# Needs: wrk (apt-get install wrk), node, taskset (util-linux), the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
SERVER_CORE=${SERVER_CORE:-1}
LOAD_CORE=${LOAD_CORE:-0}
ARTIFACTS=${ARTIFACTS:-/tmp/art-bench}
SCENARIOS=("${@:-dashboard}")
[ $# -eq 0 ] && SCENARIOS=(dashboard introspection)
OURS_PORT=5080
JS_PORT=5081
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
PIN_SERVER=(); PIN_LOAD=()
if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then PIN_SERVER=(taskset -c "$SERVER_CORE"); PIN_LOAD=(taskset -c "$LOAD_CORE"); fi

dotnet build -c Release bench/ReportGraph.GraphQL.Benchmarks/ReportGraph.GraphQL.Benchmarks.csproj --artifacts-path "$ARTIFACTS" -v q -nologo >/dev/null
DLL=$(find "$ARTIFACTS/bin/ReportGraph.GraphQL.Benchmarks" -name ReportGraph.GraphQL.Benchmarks.dll -path '*release*' | head -1)
(cd bench/graphql-js-server && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && node write-bodies.mjs "$WORK")

wait_ready() { for _ in $(seq 1 100); do curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$1" && return 0; sleep 0.2; done; echo "server at $1 did not start" >&2; return 1; }

run_wrk() { # url body → "rps p99ms non200"
  BODY_FILE="$2" "${PIN_LOAD[@]}" wrk -t1 -c"$CONNECTIONS" -d3s -s bench/wrk-post.lua "$1" >/dev/null # warm-up (JIT, caches)
  local out; out=$(BODY_FILE="$2" "${PIN_LOAD[@]}" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/wrk-post.lua "$1")
  local rps p99 bad
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")
  bad=$(awk '/^non200:/ {print $2}' <<<"$out")
  echo "$rps $p99 $bad"
}

declare -A OURS JS
"${PIN_SERVER[@]}" env DOTNET_gcServer=0 DOTNET_TieredPGO=1 dotnet "$DLL" serve $OURS_PORT >/dev/null & OURS_PID=$!
wait_ready "http://127.0.0.1:$OURS_PORT/graphql"
for s in "${SCENARIOS[@]}"; do curl -s -H 'content-type: application/json' --data-binary @"$WORK/$s.json" "http://127.0.0.1:$OURS_PORT/graphql" > "$WORK/$s.ours"; OURS[$s]=$(run_wrk "http://127.0.0.1:$OURS_PORT/graphql" "$WORK/$s.json"); done
kill "$OURS_PID"; wait "$OURS_PID" 2>/dev/null || true

"${PIN_SERVER[@]}" node bench/graphql-js-server/server.mjs $JS_PORT >/dev/null & JS_PID=$!
wait_ready "http://127.0.0.1:$JS_PORT/graphql"
for s in "${SCENARIOS[@]}"; do curl -s -H 'content-type: application/json' --data-binary @"$WORK/$s.json" "http://127.0.0.1:$JS_PORT/graphql" > "$WORK/$s.js"; JS[$s]=$(run_wrk "http://127.0.0.1:$JS_PORT/graphql" "$WORK/$s.json"); done
kill "$JS_PID"; wait "$JS_PID" 2>/dev/null || true

echo "Load comparison: wrk -t1 -c$CONNECTIONS -d$DURATION, servers pinned to core $SERVER_CORE (${PIN_SERVER[*]:-no taskset}), $(nproc) cores, $(uname -m)"
printf '%-14s %-10s %12s %10s %7s   %s\n' scenario server "requests/s" "p99 ms" non200 "same data"
for s in "${SCENARIOS[@]}"; do
  same=n/a
  [ "$s" = dashboard ] && same=$(node -e 'const fs=require("fs");const a=JSON.parse(fs.readFileSync(process.argv[1]));const b=JSON.parse(fs.readFileSync(process.argv[2]));console.log(JSON.stringify(a.data)===JSON.stringify(b.data)?"yes":"NO")' "$WORK/$s.ours" "$WORK/$s.js")
  read -r ors op ob <<<"${OURS[$s]}"; read -r jrs jp jb <<<"${JS[$s]}"
  printf '%-14s %-10s %12s %10s %7s   %s\n' "$s" ReportGraph "$ors" "$op" "$ob" "$same"
  printf '%-14s %-10s %12s %10s %7s\n' "$s" graphql-js "$jrs" "$jp" "$jb"
  awk -v a="$ors" -v b="$jrs" -v pa="$op" -v pb="$jp" -v s="$s" 'BEGIN { printf "%-14s ratio: %.2fx throughput, p99 %.2f ms vs %.2f ms\n", s, a/b, pa, pb }'
done
