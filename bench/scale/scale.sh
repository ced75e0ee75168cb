#!/usr/bin/env bash
# Scale benchmark on PostgreSQL (issue #15 item 5): what reading, retention and firing cost once the store holds
# 10,000 schedules, 1,000,000 executions and 10,000,000 deliveries. On demand, not in CI (it takes tens of minutes).
#
#   bench/scale/scale.sh [FRACTION]                   FRACTION of the full sizes (default 1; e.g. 0.01 for a quick run)
#   bench/scale/scale.sh --only firing [DUE]          only step 5 with DUE schedules (default 1000) on a store without
#                                                     history (a few minutes), e.g. to compare scheduler settings
#
# What it does, in one throwaway PostgreSQL (Debian's server binaries, initdb in $RG_SCALE_DIR, loopback only, as
# scripts/cluster.sh does) and real host processes:
#  1. a node applies the migrations and seeds the demo schedules (the templates); seed.sql then adds owners,
#     schedules, recipients, executions (spread over 100 days) and deliveries in set-based SQL; seeding time and sizes;
#  2. "before": the indexes of migration 20261204110000 are dropped, then measure.py times page 1 and page D (500)
#     of `schedules` (the web app's query) and `executions` through the GraphQL API, 200 requests each, and
#     auto_explain logs the plans of the SQL the host sends for one request of each;
#  3. retention for real: a node started with Retention enabled removes the oldest 10 % of the executions (with their
#     deliveries) while measure.py keeps asking for the same pages: time, and API p99 during vs before;
#  4. "after": the indexes are created again (as the migration does), and 2-3 are repeated (retention removes the
#     next 10 %);
#  5. the scheduler: 1,000 schedules due in the same minute, 3 nodes with the scheduler on: due -> queued and
#     due -> started lag, and that every one ran exactly once.
# Results: $RG_SCALE_DIR/results (figures.txt, plans-*.txt, node logs); the folder is removed by the next run.
#
# Environment: RG_SCALE_DIR (default /tmp/reportgraph-scale), RG_SCALE_PORT (first node, default 5301),
# RG_SCALE_PG_PORT (default 55632), RG_HOST_DLL (an already built ReportGraph.Host.dll instead of building Release),
# RG_SCALE_KEEP=1 (leave PostgreSQL and the folder for a look afterwards; stop with pg_ctl -D $RG_SCALE_DIR/pg stop),
# RG_SCALE_FIRING_SETTINGS (space-separated VAR=value for the scheduler nodes of step 5, e.g.
# "Scheduler__MaxConcurrency=4"; compare settings or, with RG_HOST_DLL, builds).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
only=""
if [ "${1:-}" = --only ]; then
  [ "${2:-}" = firing ] || { echo "--only takes 'firing' (got '${2:-}')" >&2; exit 2; }
  only=firing
  due_schedules=${3:-1000}
  [[ $due_schedules =~ ^[1-9][0-9]*$ ]] || { echo "DUE must be a positive whole number (got $due_schedules)" >&2; exit 2; }
  fraction=0.001
else
  fraction=${1:-1}
fi
[[ $fraction =~ ^(0?\.[0-9]+|1(\.0*)?)$ ]] || { echo "FRACTION must be from 0.001 to 1 (got $fraction)" >&2; exit 2; }
scaled() { python3 -c "import sys; print(max(int(sys.argv[1]), round(float(sys.argv[2]) * float(sys.argv[3]))))" "$1" "$2" "$fraction"; }
schedules=$(scaled 100 10000); executions=$(scaled 1000 1000000); deliveries=$(scaled 10000 10000000)
owners=$(scaled 10 200)
if [ "$only" = firing ]; then
  # Only the due schedules, plus the 5 % the seed leaves paused; the minimum of history.
  schedules=$(( due_schedules * 20 / 19 + 1 ))
else
  due_schedules=$(scaled 20 1000)
fi
read -ra firing_settings <<<"${RG_SCALE_FIRING_SETTINGS:-}"
depth=$((schedules / 20 < 500 ? schedules / 20 : 500))
days=100

dir=${RG_SCALE_DIR:-/tmp/reportgraph-scale}
first_port=${RG_SCALE_PORT:-5301}
pg_port=${RG_SCALE_PG_PORT:-55632}
host_dll=${RG_HOST_DLL:-$repo/src/Host/bin/Release/net10.0/ReportGraph.Host.dll}
admin_email=admin@example.org
admin_password=scale-admin-password
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=reportgraph"
results=$dir/results
figures=$results/figures.txt

# The indexes migration 20261204110000_ScaleIndexes adds (keep in step with it): dropped for "before", created for "after".
new_indexes=(
  'ix_executions_created|CREATE INDEX ix_executions_created ON executions ("CreatedAt", "Id")'
  'ix_executions_finished|CREATE INDEX ix_executions_finished ON executions ("FinishedAt")'
)

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: apt-get install postgresql" >&2; exit 1; }
  echo "$bin"
}
as_pg() { if [ "$(id -u)" = 0 ]; then (cd "$dir" && runuser -u postgres -- "$@"); else "$@"; fi; }
sql() { as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d "${2:-reportgraph}" -v ON_ERROR_STOP=1 -qAt -c "$1"; }
say() { echo "$*" | tee -a "$figures"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${RG_SCALE_KEEP:-}" != 1 ] && [ -d "$dir/pg" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir/pg"
  fi
}
trap cleanup EXIT

# start_node N NAME [VAR=value ...]: a host process on port first_port+N-1 with its own data folder; sets node_pid.
start_node() {
  local n=$1 name=$2 port=$((first_port + $1 - 1)) node="$dir/$2"
  shift 2
  mkdir -p "$node/data"
  (
    cd "$(dirname "$host_dll")"
    export ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$port"
    export Database__Provider=PostgreSQL Database__ConnectionString="$connection"
    export Storage__DataDirectory="$node/data" Executions__NodeId="$name" Plugins__CatalogPath="$repo/plugins.json"
    export Delivery__PublicBaseUrl="http://127.0.0.1:$first_port" Delivery__OutboxDirectory=outbox
    export Security__Admin__Email="$admin_email" Security__Admin__Password="$admin_password"
    # One signed-in client sends thousands of requests here; the default allows 600 a minute.
    export Security__RateLimits__GraphQLPerCaller=1000000
    export Retention__Enabled=false Scheduler__Enabled=false
    # The seeded history already holds more than 1,000 emails in the last day for the busiest owners.
    export Delivery__DailyLimitPerOwner=0
    for setting in "$@"; do export "${setting?}"; done
    exec dotnet "$host_dll" >"$node/node.log" 2>&1
  ) &
  node_pid=$!
  pids+=("$node_pid")
}

wait_ready() {
  local port=$((first_port + $1 - 1))
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready" && return 0
    sleep 1
  done
  echo "node on port $port did not become ready within 300 s; last log lines:" >&2
  tail -20 "$dir/$2/node.log" >&2
  exit 1
}

stop_node() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

measure() { python3 "$repo/bench/scale/measure.py" "$1" "http://127.0.0.1:$first_port" "$admin_email" "$admin_password" --depth "$depth" --cursors "$results/cursors.json" "${@:2}"; }

# Plans of the SQL the host sends for one request of each page: auto_explain logs them with actual times.
explain() {
  local label=$1 log=$dir/pg/server.log from
  from=$(wc -l <"$log")
  sql "ALTER SYSTEM SET auto_explain.log_min_duration = 0" postgres
  sql "ALTER SYSTEM SET auto_explain.log_analyze = on" postgres
  sql "SELECT pg_reload_conf()" postgres >/dev/null
  sleep 1
  measure once
  sql "ALTER SYSTEM RESET auto_explain.log_min_duration" postgres
  sql "SELECT pg_reload_conf()" postgres >/dev/null
  sleep 1
  tail -n +"$((from + 1))" "$log" >"$results/plans-$label.txt"
  say "Plans ($label) of the SQL one request of each page sends: $results/plans-$label.txt; in short:"
  python3 "$repo/bench/scale/plans.py" "$results/plans-$label.txt" | tee -a "$figures"
}

# Runs retention on a node of its own (it runs a pass at start) while measure.py keeps asking for the pages.
retention() {
  local label=$1 max_age_days=$2 expected base start first_del=""
  local ready=$results/during-$label.ready startfile=$results/during-$label.start stopfile=$results/during-$label.stop
  expected=$(sql "SELECT count(*) FROM executions WHERE \"FinishedAt\" < now() - interval '$max_age_days days' AND \"Status\" <> 'Delivering'")
  base=$(sql "SELECT n_tup_del FROM pg_stat_user_tables WHERE relname = 'executions'")
  measure during --label "during-retention-$label" --until "$stopfile" --ready "$ready" --start "$startfile" >"$results/api-during-$label.jsonl" 2>/dev/null &
  local measurer=$!
  pids+=("$measurer")
  while [ ! -e "$ready" ]; do sleep 0.5; kill -0 "$measurer" || { echo "measure.py stopped" >&2; exit 1; }; done
  start=$(now)
  start_node 4 "retention-$label" Retention__Enabled=true Retention__MaxAge="$max_age_days.00:00:00" Demo__Enabled=false
  local retention_pid=$node_pid deleted=0
  while [ "$deleted" -lt "$expected" ]; do
    sleep 0.2
    deleted=$(( $(sql "SELECT n_tup_del FROM pg_stat_user_tables WHERE relname = 'executions'") - base ))
    if [ -z "$first_del" ] && [ "$deleted" -gt 0 ]; then first_del=$(now); touch "$startfile"; say "  retention ($label): first rows gone $(since "$start") s after the node started"; fi
    kill -0 "$retention_pid" || { echo "the retention node stopped; log: $dir/retention-$label/node.log" >&2; exit 1; }
  done
  [ -n "$first_del" ] || { first_del=$start; touch "$startfile"; }
  say "Retention ($label): removed $expected executions (older than $max_age_days days) with their deliveries in $(since "$first_del") s (load $(load))"
  touch "$stopfile"
  wait "$measurer"
  stop_node "$retention_pid"
  python3 - "$results/api-$label.jsonl" "$results/api-during-$label.jsonl" <<'EOF' | tee -a "$figures"
import json, sys
before = {(r["list"], r["page"]): r for r in map(json.loads, open(sys.argv[1]))}
for r in map(json.loads, open(sys.argv[2])):
    b = before[(r["list"], r["page"])]
    print(f"  API during retention: {r['list']} page {r['page']}: p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms over {r['n']} "
          f"(before {b['p99_ms']} ms): p99 ratio {r['p99_ms'] / b['p99_ms']:.2f}x")
EOF
}

api() {
  measure pages --label "$1" >"$results/api-$1.jsonl" 2> >(tee -a "$figures" >&2)
}

sizes() {
  say "Store size: $(sql "SELECT pg_size_pretty(pg_database_size('reportgraph'))"); largest tables and indexes:"
  sql "SELECT rpad(relname, 40) || lpad(pg_size_pretty(pg_relation_size(c.oid)), 10) || CASE c.relkind WHEN 'i' THEN '  (index)' ELSE '' END
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' ORDER BY pg_relation_size(c.oid) DESC LIMIT 14" | sed 's/^/  /' | tee -a "$figures"
}

# --- 0. a fresh PostgreSQL -----------------------------------------------------------------------------------------
if [ -z "${RG_HOST_DLL:-}" ]; then
  echo "Building the host (Release)…"
  dotnet build src/Host/ReportGraph.Host.csproj -c Release -nologo -v q >/dev/null
fi
if [ -d "$dir/pg" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
rm -rf "$dir"
mkdir -p "$results"
[ "$(id -u)" != 0 ] || chown -R postgres "$dir"
as_pg "$(pg_bin)/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log"
# A modest server: 1 GB shared buffers; pg_stat_statements and auto_explain loaded to see the SQL the host sends.
as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 \
  -c max_connections=300 -c shared_buffers=1GB -c max_wal_size=8GB -c shared_preload_libraries=pg_stat_statements,auto_explain" start >/dev/null
sql "CREATE DATABASE reportgraph" postgres
say "Scale benchmark $(date -u +%FT%TZ)${only:+, only $only}, fraction $fraction: $schedules schedules, $executions executions, $deliveries deliveries; $(nproc) cores, load $(load)"

# --- 1. schema, then the seed ----------------------------------------------------------------------------------------
start_node 1 setup Scheduler__Enabled=true
wait_ready 1 setup
for _ in $(seq 1 60); do [ "$(sql 'SELECT count(*) FROM schedules')" -gt 0 ] && break; sleep 1; done
stop_node "$node_pid"
sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
started=$(now)
as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d reportgraph -v ON_ERROR_STOP=1 -q \
  -v schedules="$schedules" -v executions="$executions" -v deliveries="$deliveries" -v owners="$owners" -v days="$days" \
  -f "$repo/bench/scale/seed.sql" >"$results/seed.log"
say "Seeded in $(since "$started") s (set-based SQL, with the host's indexes in place; load $(load)): $(sql "SELECT (SELECT count(*) FROM schedules) || ' schedules, ' || (SELECT count(*) FROM recipients) || ' recipients, ' || (SELECT count(*) FROM executions) || ' executions, ' || (SELECT count(*) FROM deliveries) || ' deliveries'")"
sizes

if [ -z "$only" ]; then
# --- 2./3. before ----------------------------------------------------------------------------------------------------
for entry in "${new_indexes[@]}"; do sql "DROP INDEX IF EXISTS ${entry%%|*}" 2>/dev/null; done
sql "ANALYZE"
start_node 1 api
api_pid=$node_pid
wait_ready 1 api
say "API before the new indexes (page $depth = $((depth * 20)) rows deep):"
api before
explain before
retention before $((days * 90 / 100))

# --- 4. after --------------------------------------------------------------------------------------------------------
started=$(now)
for entry in "${new_indexes[@]}"; do sql "${entry#*|}"; done
sql "ANALYZE"
say "Created the indexes of migration 20261204110000 in $(since "$started") s: ${new_indexes[*]%%|*}"
say "API after:"
api after
explain after
retention after $((days * 80 / 100))
stop_node "$api_pid"
sizes
fi

# --- 5. the scheduler: many schedules due in the same minute across 3 nodes -----------------------------------------
# A first node creates the Quartz triggers of every active schedule (what the reconciler does on a first start).
started=$(now)
start_node 1 reconcile Scheduler__Enabled=true "${firing_settings[@]}"
wait_ready 1 reconcile
stop_node "$node_pid"
say "First start with the scheduler (triggers for $(sql "SELECT count(*) FROM schedules WHERE \"IsActive\"") active schedules) until ready: $(since "$started") s"
# CSV only, so the cost measured is the scheduler's and the queue's, not PDF rendering.
due=$(python3 -c "import time; print(int(time.time() // 60 + 3) * 60)")
sql "UPDATE schedules SET \"NextRunAt\" = to_timestamp($due), \"Formats\" = 'Csv'
     WHERE \"Id\" IN (SELECT \"Id\" FROM schedules WHERE \"IsActive\" AND \"Id\"::text LIKE '5c000000-%' ORDER BY \"Id\" LIMIT $due_schedules)"
node_pids=()
for n in 1 2 3; do start_node "$n" "node-$n" Scheduler__Enabled=true "${firing_settings[@]}"; node_pids+=("$node_pid"); done
for n in 1 2 3; do wait_ready "$n" "node-$n"; done
say "3 scheduler nodes ready $(python3 -c "import sys, time; print(f'{float(sys.argv[1]) - time.time():.0f}')" "$due") s before $due_schedules schedules fall due (load $(load))"
deadline=$(( due + 3600 ))
# What the store's sessions are doing during the burst (one sample a second): waiting for a lock (e.g. Quartz's
# QRTZ_LOCKS row), running, or idle in a transaction (the node holds it open while it works, e.g. on a busy CPU).
sql "SELECT pg_stat_statements_reset()" >/dev/null
activity=$results/activity.txt
: >"$activity"
# CPU seconds of the 3 nodes and of PostgreSQL from the due time until the last execution is queued: whether the
# burst is bound by the CPU (2 cores, shared) or by waiting (e.g. for QRTZ_LOCKS).
cpu() { python3 "$repo/bench/scale/cpu.py" "$(head -1 "$dir/pg/postmaster.pid")" "${node_pids[@]}"; }
cpu_start=""
queued_all=""
while :; do
  if [ -z "$cpu_start" ] && [ "$(date +%s)" -ge "$due" ]; then cpu_start=$(cpu); fi
  if [ -n "$cpu_start" ] && [ -z "$queued_all" ] && [ "$(sql "SELECT count(*) FROM executions WHERE \"ScheduledFor\" = to_timestamp($due)")" -ge "$due_schedules" ]; then
    queued_all=$(cpu) queued_at=$(date +%s.%N)
  fi
  started_count=$(sql "SELECT count(*) FROM executions WHERE \"ScheduledFor\" = to_timestamp($due) AND \"StartedAt\" IS NOT NULL")
  if [ "$(date +%s)" -ge "$due" ]; then
    sql "SELECT coalesce(wait_event_type || ':' || wait_event, state) FROM pg_stat_activity
         WHERE datname = 'reportgraph' AND pid <> pg_backend_pid() AND state <> 'idle'" >>"$activity"
  fi
  [ "$started_count" -ge "$due_schedules" ] && break
  [ "$(date +%s)" -lt "$deadline" ] || { say "only $started_count of $due_schedules started within an hour"; break; }
  sleep 1
done
sql "SELECT 'Scheduler: ' || count(*) || ' executions for ' || count(DISTINCT \"ScheduleId\") || ' schedules (expected $due_schedules); '
       || 'due -> queued p50 ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM \"CreatedAt\" - \"ScheduledFor\"))::numeric, 1)
       || ' s, p99 ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM \"CreatedAt\" - \"ScheduledFor\"))::numeric, 1)
       || ' s; due -> started p50 ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM \"StartedAt\" - \"ScheduledFor\"))::numeric, 1)
       || ' s, p99 ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM \"StartedAt\" - \"ScheduledFor\"))::numeric, 1)
       || ' s; fired ' || round((count(*) / greatest(extract(epoch FROM max(\"CreatedAt\") - to_timestamp($due)), 0.001))::numeric, 1)
       || ' occurrences/s (executions queued / last queued - due)'
     FROM executions WHERE \"ScheduledFor\" = to_timestamp($due)" | tee -a "$figures"
say "  (settings: ${RG_SCALE_FIRING_SETTINGS:-defaults}; Executions:MaxConcurrent default per node; load $(load))"
if [ -n "$queued_all" ]; then
  python3 - "$cpu_start" "$queued_all" "$due" "$queued_at" "$due_schedules" <<'EOF' | tee -a "$figures"
import sys
(n0, p0), (n1, p1) = (map(float, a.split()) for a in sys.argv[1:3])
wall, count = float(sys.argv[4]) - float(sys.argv[3]), int(sys.argv[5])
nodes, pg = n1 - n0, p1 - p0
print(f"CPU from the due time until all were queued ({wall:.0f} s): nodes {nodes:.1f} s, PostgreSQL {pg:.1f} s "
      f"= {(nodes + pg) / wall:.2f} cores busy on average; {1000 * (nodes + pg) / count:.0f} ms per occurrence "
      f"(this includes running the executions that started meanwhile)")
EOF
fi
say "Store sessions during the burst (samples of pg_stat_activity, not idle):"
sort "$activity" | uniq -c | sort -rn | head -8 | sed 's/^/  /' | tee -a "$figures"
say "Quartz's statements during the burst (total ms, mean ms, calls):"
sql "SELECT lpad(round(total_exec_time::numeric)::text, 9) || lpad(round(mean_exec_time::numeric, 1)::text, 8) || lpad(calls::text, 8) || '  ' || left(regexp_replace(query, '\s+', ' ', 'g'), 120)
     FROM pg_stat_statements WHERE query ILIKE '%qrtz%' ORDER BY total_exec_time DESC LIMIT 10" | sed 's/^/  /' | tee -a "$figures"
say "Slowest statements (pg_stat_statements, mean ms, calls):"
sql "SELECT lpad(round(mean_exec_time::numeric, 1)::text, 9) || lpad(calls::text, 8) || '  ' || left(regexp_replace(query, '\s+', ' ', 'g'), 130)
     FROM pg_stat_statements WHERE query ILIKE '%executions%' OR query ILIKE '%schedules%' OR query ILIKE '%deliveries%'
     ORDER BY total_exec_time DESC LIMIT 12" | sed 's/^/  /' | tee -a "$figures"
echo "Figures: $figures"
