#!/usr/bin/env bash
# Load comparison: the same schema, data and resolvers served by ReportGraph's engine (Kestrel), by graphql-js
# (graphql-http's Node handler) and by mercurius with graphql-jit (Fastify 5, `jit: 1`), one after the other, each
# server pinned to one core (taskset) and wrk pinned to another. Prints requests/s and p99 latency for each and
# our ratio to each peer, all from the same run.
#
# Usage: bench/load-compare.sh [dashboard|introspection ...]
# Env: DURATION (default 15s), WARMUP (3s), OURS_GEN0 (0x4000000 or "default"), OURS_TIERING ("multicore" or "default"), CONNECTIONS (default 16), SERVER_CORE (1), LOAD_CORE (0),
#      ARTIFACTS (/tmp/art-bench), SERVERS (default "ours js mercurius"), RESULTS (optional file: one line
#      "scenario server rps p99ms non200 data" per measurement, for bench/check.sh)
# Needs: wrk (apt-get install wrk), node, taskset (util-linux), the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-16}
SERVER_CORE=${SERVER_CORE:-1}
LOAD_CORE=${LOAD_CORE:-0}
ARTIFACTS=${ARTIFACTS:-/tmp/art-bench}
read -r -a SERVERS <<<"${SERVERS:-ours js mercurius}"
SCENARIOS=("$@")
[ $# -eq 0 ] && SCENARIOS=(dashboard introspection)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
PIN_SERVER=(); PIN_LOAD=()
if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then PIN_SERVER=(taskset -c "$SERVER_CORE"); PIN_LOAD=(taskset -c "$LOAD_CORE"); fi

dotnet build -c Release bench/ReportGraph.GraphQL.Benchmarks/ReportGraph.GraphQL.Benchmarks.csproj --artifacts-path "$ARTIFACTS" -v q -nologo > "$WORK/build.log" \
  || { cat "$WORK/build.log" >&2; exit 1; }
DLL=$(find "$ARTIFACTS/bin/ReportGraph.GraphQL.Benchmarks" -name ReportGraph.GraphQL.Benchmarks.dll -path '*release*' | head -1)
for d in graphql-js-server mercurius-server; do (cd "bench/$d" && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; }); done
node bench/graphql-js-server/write-bodies.mjs "$WORK"

label() { case $1 in ours) echo ReportGraph;; js) echo graphql-js;; mercurius) echo mercurius+jit;; esac; }
start_server() { # name port → pid in SERVER_PID
  case $1 in
    # A 64 MB gen0 budget (V8's young generation is of that order too): with the default, sized from the cache of
    # a small VM's CPU, a collection ran every few requests. OURS_GEN0=default measures without it.
    # taskset leaves the runtime one CPU, and with one CPU .NET waits ten times longer after each newly jitted
    # method before it counts calls to tier hot code up (TC_DelaySingleProcMultiplier: 1 s instead of 100 ms).
    # Pinned, the server then ran unoptimised, instrumented code for its first ~25 s (1,600-1,900 dashboard req/s,
    # ~600 us of CPU a request, against ~6,600 once tiered), so a 3 s warm-up measured the JIT, not the engine.
    # A multiplier of 1 is the delay the runtime uses on any machine with 2+ cores. OURS_TIERING=default measures without it.
    # Dynamic PGO off, as the host runs (src/Host/ReportGraph.Host.csproj): with it, the JIT was still recompiling hot
    # methods (instrumented, then tier 1) for the first ~3 s of the measurement, 0.4 s of JIT a second on the one core,
    # and that was our p99 (9 ms, against 3.1-3.5 ms without; README, "Measured"). OURS_PGO=1 measures with it.
    ours) if [ "${OURS_GEN0:-0x4000000}" = default ]; then gen0=(); else gen0=(DOTNET_GCgen0size="${OURS_GEN0:-0x4000000}"); fi
          if [ "${OURS_TIERING:-multicore}" = default ]; then tiering=(); else tiering=(DOTNET_TC_DelaySingleProcMultiplier=1); fi
          "${PIN_SERVER[@]}" env DOTNET_gcServer=0 DOTNET_TieredPGO="${OURS_PGO:-0}" "${gen0[@]}" "${tiering[@]}" dotnet "$DLL" serve "$2" >/dev/null & SERVER_PID=$! ;;
    js) "${PIN_SERVER[@]}" node bench/graphql-js-server/server.mjs "$2" >/dev/null & SERVER_PID=$! ;;
    mercurius) "${PIN_SERVER[@]}" node bench/mercurius-server/server.mjs "$2" >/dev/null & SERVER_PID=$! ;;
  esac
}

wait_ready() { for _ in $(seq 1 100); do curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$1" && return 0; sleep 0.2; done; echo "server at $1 did not start" >&2; return 1; }

run_wrk() { # url body → "rps p99ms non200"
  BODY_FILE="$2" "${PIN_LOAD[@]}" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/wrk-post.lua "$1" >/dev/null # warm-up (JIT, caches, graphql-jit's compilation)
  local out; out=$(BODY_FILE="$2" "${PIN_LOAD[@]}" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/wrk-post.lua "$1")
  local rps p99 bad
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")
  bad=$(awk '/^non200:/ {print $2}' <<<"$out")
  echo "$rps $p99 $bad"
}

declare -A FIG
port=5080
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
for srv in "${SERVERS[@]}"; do
  start_server "$srv" $port
  wait_ready "http://127.0.0.1:$port/graphql"
  for s in "${SCENARIOS[@]}"; do
    FIG[$s.$srv]=$(run_wrk "http://127.0.0.1:$port/graphql" "$WORK/$s.json")
    # The answer after warm-up and load, not the first one: graphql-jit only takes over from the second call.
    curl -s -H 'content-type: application/json' --data-binary @"$WORK/$s.json" "http://127.0.0.1:$port/graphql" > "$WORK/$s.$srv"
  done
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  port=$((port + 1))
done
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

# "same data": the answer's data equals graphql-js's (the reference implementation), compared as JSON values, and
# is not null. Introspection is compared between the two JavaScript servers only (our type order differs).
same_data() { # scenario server
  [ "$2" = js ] && { echo ref; return; }
  [ "$1" = introspection ] && [ "$2" = ours ] && { node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log(a.data&&a.data.__schema?"schema":"NO")' "$WORK/$1.$2"; return; }
  local ref="$WORK/$1.js"
  if [ ! -f "$ref" ]; then # graphql-js not in SERVERS: the data must still be there and agree between the others
    [ "$1" = introspection ] && { node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log(a.data&&a.data.__schema?"schema":"NO")' "$WORK/$1.$2"; return; }
    ref="$WORK/$1.ours"; [ "$2" = ours ] && ref="$WORK/$1.mercurius"
    [ -f "$ref" ] || { echo n/a; return; }
  fi
  node -e 'const fs=require("fs");const a=JSON.parse(fs.readFileSync(process.argv[1]));const b=JSON.parse(fs.readFileSync(process.argv[2]));console.log(a.data!=null&&JSON.stringify(a.data)===JSON.stringify(b.data)?"yes":"NO")' "$WORK/$1.$2" "$ref"
}

echo "Load comparison: wrk -t1 -c$CONNECTIONS -d$DURATION (warm-up $WARMUP), servers pinned to core $SERVER_CORE (${PIN_SERVER[*]:-no taskset}), $(nproc) cores, $(uname -m), load average $LOAD_BEFORE → $LOAD_AFTER"
printf '%-14s %-14s %12s %10s %7s   %s\n' scenario server "requests/s" "p99 ms" non200 "same data"
[ -n "${RESULTS:-}" ] && : > "$RESULTS"
status=0
for s in "${SCENARIOS[@]}"; do
  for srv in "${SERVERS[@]}"; do
    read -r rps p99 bad <<<"${FIG[$s.$srv]}"
    same=$(same_data "$s" "$srv")
    [ "$same" = NO ] && status=1
    printf '%-14s %-14s %12s %10s %7s   %s\n' "$s" "$(label "$srv")" "$rps" "$p99" "$bad" "$same"
    [ -n "${RESULTS:-}" ] && echo "$s $srv $rps $p99 $bad $same" >> "$RESULTS"
  done
  if [ -n "${FIG[$s.ours]:-}" ]; then
    read -r ors op _ <<<"${FIG[$s.ours]}"
    for srv in "${SERVERS[@]}"; do
      [ "$srv" = ours ] && continue
      read -r prs pp _ <<<"${FIG[$s.$srv]}"
      awk -v a="$ors" -v b="$prs" -v pa="$op" -v pb="$pp" -v s="$s" -v peer="$(label "$srv")" 'BEGIN { printf "%-14s ours / %-14s %.2fx throughput, p99 %.2f ms vs %.2f ms\n", s, peer ":", a/b, pa, pb }'
    done
  fi
done
[ $status -eq 0 ] || echo "A server answered other data than graphql-js (see 'same data'): its figures do not count." >&2
exit $status
