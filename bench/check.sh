#!/usr/bin/env bash
# Release regression guard (issue 17; not in CI: CI machines are too noisy for throughput figures). Runs short
# versions of the three comparisons and fails when a figure falls below 80% of the one recorded in README.md:
#   - pipeline: bench/ReportGraph.PipelineBench with a small burst (PIPELINE_SCHEDULES, default 10 schedules);
#     its executions/min from the same short run (the figure is recorded from such a run, not the full one),
#   - GraphQL dashboard and introspection: bench/load-compare.sh with our engine and mercurius + graphql-jit in the
#     same run; the ratio of our requests/s to mercurius's (and the data must match),
#   - start-up: bench/startup/startup.sh, the published app's second start (existing data folder), median of 3 runs,
#     from process start to the first 200 from /health/ready. A time, lower is better: it fails when the recorded
#     figure is below 80% of the new one (the start became 25% slower).
# The recorded figures are the marked line of README.md that starts with "check-figures:" (key=value pairs).
# `bench/check.sh --record` runs the same and prints a new line to paste there instead of comparing.
#
# Env: DURATION (load-compare, default 8s), PIPELINE_SCHEDULES (10), FLOOR (0.8), ARTIFACTS (/tmp/art-bench-check),
#      SKIP_PIPELINE=1 (no pipeline), SKIP_STARTUP=1 (no start-up). Needs what load-compare.sh and the pipeline bench need (wrk, node, python3-aiosmtpd).
set -euo pipefail
cd "$(dirname "$0")/.."
RECORD=0
[ "${1:-}" = --record ] && RECORD=1
FLOOR=${FLOOR:-0.8}
ARTIFACTS=${ARTIFACTS:-/tmp/art-bench-check}
PIPELINE_SCHEDULES=${PIPELINE_SCHEDULES:-10}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

recorded() { # key → the README's recorded figure, or nothing
  grep -m1 -o 'check-figures:.*' README.md | tr ' `' '\n\n' | awk -F= -v k="$1" '$1==k {print $2}'
}

declare -A NOW
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${SKIP_PIPELINE:-0}" != 1 ]; then
  dotnet build -c Release bench/ReportGraph.PipelineBench --artifacts-path "$ARTIFACTS" -v q -nologo > "$WORK/build.log" \
    || { cat "$WORK/build.log" >&2; exit 1; }
  BENCH=$(find "$ARTIFACTS/bin/ReportGraph.PipelineBench" -name ReportGraph.PipelineBench.dll -path '*release*' | head -1)
  dotnet "$BENCH" "$PIPELINE_SCHEDULES" | tee "$WORK/pipeline.txt"
  NOW[pipeline_executions_per_min]=$(awk '/executions\/min/ {print $2; exit}' "$WORK/pipeline.txt")
  grep -q "succeeded" "$WORK/pipeline.txt" || { echo "The pipeline benchmark printed no figures." >&2; exit 1; }
fi

if [ "${SKIP_STARTUP:-0}" != 1 ]; then
  ONLY=published STATES=existing RUNS=3 LOGS="$WORK/startup-logs" bench/startup/startup.sh | tee "$WORK/startup.txt"
  NOW[startup_ready_ms]=$(awk '/^published, existing: start/ {for (i = 1; i < NF; i++) if ($i == "median") {print $(i + 1); exit}}' "$WORK/startup.txt")
  [ -n "${NOW[startup_ready_ms]}" ] || { echo "The start-up benchmark printed no figures." >&2; exit 1; }
fi

SERVERS="ours mercurius" RESULTS="$WORK/load.txt" DURATION=${DURATION:-8s} ARTIFACTS="$ARTIFACTS" bench/load-compare.sh dashboard introspection
ratio() { awk -v s="$1" '$1==s && $2=="ours" {o=$3} $1==s && $2=="mercurius" {m=$3} END {if (m > 0) printf "%.2f", o/m}' "$WORK/load.txt"; }
NOW[dashboard_vs_mercurius]=$(ratio dashboard)
NOW[introspection_vs_mercurius]=$(ratio introspection)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

KEYS=(pipeline_executions_per_min dashboard_vs_mercurius introspection_vs_mercurius startup_ready_ms)
lower_is_better() { [[ $1 == *_ms ]]; } # times: the recorded one must stay at least FLOOR × the new one
if [ $RECORD -eq 1 ]; then
  line="check-figures:"
  for k in "${KEYS[@]}"; do [ -n "${NOW[$k]:-}" ] && line="$line $k=${NOW[$k]}"; done
  echo; echo "Paste into README.md (the \"Measured\" section), replacing the old line:"; echo "\`$line\`"
  exit 0
fi

status=0
printf '\n%-30s %10s %10s %10s  %s\n' figure now recorded floor verdict
for k in "${KEYS[@]}"; do
  now=${NOW[$k]:-}
  [ -z "$now" ] && continue
  rec=$(recorded "$k")
  if [ -z "$rec" ]; then printf '%-30s %10s %10s %10s  %s\n' "$k" "$now" - - "not recorded"; continue; fi
  if lower_is_better "$k"; then
    verdict=$(awk -v n="$now" -v r="$rec" -v f="$FLOOR" 'BEGIN { if (r + 0 >= n * f) print "ok"; else print "ABOVE" }')
    floor=$(awk -v r="$rec" -v f="$FLOOR" 'BEGIN { printf "%.0f", r / f }') # the slowest that passes
  else
    verdict=$(awk -v n="$now" -v r="$rec" -v f="$FLOOR" 'BEGIN { if (n + 0 >= r * f) print "ok"; else print "BELOW" }')
    floor=$(awk -v r="$rec" -v f="$FLOOR" 'BEGIN { printf "%.2f", r * f }')
  fi
  printf '%-30s %10s %10s %10s  %s\n' "$k" "$now" "$rec" "$floor" "$verdict"
  [ "$verdict" = ok ] || status=1
done
[ $status -eq 0 ] && echo "All figures within ${FLOOR} of the recorded ones (ratios at or above ${FLOOR} × theirs, times at most theirs ÷ ${FLOOR})." || echo "Regression: a figure fell below ${FLOOR} × the recorded one (see above). Check the load average first." >&2
exit $status
