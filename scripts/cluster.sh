#!/usr/bin/env bash
# A throwaway ReportGraph cluster on this machine: one PostgreSQL (Debian's server binaries, initdb in a temp
# folder, loopback only, trust authentication) and N host nodes (default 3) on consecutive ports, each with its own
# data folder as separate machines would have. For trying things out and for demos; see README "Running several nodes".
#
#   scripts/cluster.sh start [N]   build the host, start PostgreSQL and N nodes, print their URLs
#   scripts/cluster.sh status      PostgreSQL and each node's /health/ready
#   scripts/cluster.sh stop        stop the nodes and PostgreSQL and delete the folder
#
# Environment: RG_CLUSTER_DIR (default /tmp/reportgraph-cluster), RG_CLUSTER_PORT (first node's port, default 5101),
# RG_CLUSTER_PG_PORT (default 55432), RG_ADMIN_EMAIL / RG_ADMIN_PASSWORD (the first admin; defaults printed),
# RG_HOST_DLL (an already built ReportGraph.Host.dll to run instead of building the Release one).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=${RG_CLUSTER_DIR:-/tmp/reportgraph-cluster}
first_port=${RG_CLUSTER_PORT:-5101}
pg_port=${RG_CLUSTER_PG_PORT:-55432}
admin_email=${RG_ADMIN_EMAIL:-admin@example.org}
admin_password=${RG_ADMIN_PASSWORD:-cluster-admin-password}
host_dll=${RG_HOST_DLL:-$repo/src/Host/bin/Release/net10.0/ReportGraph.Host.dll}
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=reportgraph"

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: apt-get install postgresql" >&2; exit 1; }
  echo "$bin"
}

# PostgreSQL refuses to run as root: as root, its tools run as the postgres account, which owns the folder.
as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd "$dir" && runuser -u postgres -- "$@"); else "$@"; fi
}

psql_run() { as_pg "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }

ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/health/ready"; }

start_node() {
  local n=$1 port=$((first_port + $1 - 1)) node="$dir/node-$1"
  mkdir -p "$node/data"
  # Settings a node needs: the shared store, its own data folder and id, and the address links in emails use
  # (behind a reverse proxy: the proxy's public URL). Everything else shared lives in PostgreSQL.
  (
    cd "$(dirname "$host_dll")"
    export ASPNETCORE_ENVIRONMENT=Production
    export Urls="http://127.0.0.1:$port"
    export Database__Provider=PostgreSQL Database__ConnectionString="$connection"
    export Storage__DataDirectory="$node/data" Executions__NodeId="node-$n"
    export Plugins__CatalogPath="$repo/plugins.json"
    export Delivery__PublicBaseUrl="http://127.0.0.1:$first_port" Delivery__OutboxDirectory=outbox
    export Security__Admin__Email="$admin_email" Security__Admin__Password="$admin_password"
    nohup dotnet "$host_dll" >"$node/node.log" 2>&1 &
    echo $! >"$node/pid"
  )
}

wait_ready() {
  local port=$1 log=$2
  for _ in $(seq 1 120); do
    ready "$port" && return 0
    sleep 1
  done
  echo "node on port $port did not become ready within 120 s; last log lines:" >&2
  tail -20 "$log" >&2
  return 1
}

start() {
  local count=${1:-3}
  [[ $count =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number (got $count)" >&2; exit 2; }
  [ ! -e "$dir/pg" ] || { echo "A cluster already exists in $dir; run '$0 stop' first." >&2; exit 1; }
  if [ -z "${RG_HOST_DLL:-}" ]; then
    echo "Building the host (Release)…"
    dotnet build src/Host/ReportGraph.Host.csproj -c Release -nologo -v q >/dev/null
  fi
  mkdir -p "$dir"
  [ "$(id -u)" != 0 ] || chown postgres "$dir"
  local bin; bin=$(pg_bin)
  as_pg "$bin/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log"
  as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  psql_run "CREATE DATABASE reportgraph"
  echo "PostgreSQL on 127.0.0.1:$pg_port ($dir/pg)"
  # The first node creates the schema and the first admin; the others start together once it is ready.
  start_node 1
  wait_ready "$first_port" "$dir/node-1/node.log"
  for n in $(seq 2 "$count"); do start_node "$n"; done
  for n in $(seq 2 "$count"); do wait_ready $((first_port + n - 1)) "$dir/node-$n/node.log"; done
  echo
  for n in $(seq 1 "$count"); do
    echo "node-$n: http://127.0.0.1:$((first_port + n - 1))/graphql   (log: $dir/node-$n/node.log)"
  done
  echo "Sign in as $admin_email / $admin_password. Stop with: $0 stop"
}

status() {
  [ -d "$dir/pg" ] || { echo "No cluster in $dir."; exit 1; }
  if as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; then echo "PostgreSQL: running on 127.0.0.1:$pg_port"; else echo "PostgreSQL: stopped"; fi
  local code=0
  for node in "$dir"/node-*; do
    local n=${node##*-} port pid
    port=$((first_port + n - 1)); pid=$(cat "$node/pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      if ready "$port"; then echo "node-$n: ready   http://127.0.0.1:$port (pid $pid)"; else echo "node-$n: running, not ready http://127.0.0.1:$port (pid $pid)"; code=1; fi
    else
      echo "node-$n: stopped"; code=1
    fi
  done
  return $code
}

stop() {
  [ -d "$dir" ] || { echo "No cluster in $dir."; return 0; }
  for node in "$dir"/node-*; do
    [ -f "$node/pid" ] || continue
    local pid; pid=$(cat "$node/pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
  done
  if [ -d "$dir/pg" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  echo "Stopped; removed $dir."
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 start [N] | status | stop" >&2; exit 2 ;;
esac
