#!/usr/bin/env bash
# Start-up time (issue 17, goal 4: ready in ≤ 1.5 s after the first run). Builds the host (Release) once and publishes
# it to a temporary folder, then times RUNS starts of each way of running it, from process start to the first 200 from
# /health/ready, on a free loopback port, with the embedded defaults (SQLite store, demo data):
#   - `dotnet run --no-build -c Release --project src/Host` (the README's way; Development, via launchSettings.json),
#   - the published app (`dotnet ReportGraph.Host.dll` in the publish folder, Production),
# each with a new empty data folder per run ("fresh": migrations, demo data, first admin) and with one data folder a
# first uncounted start has filled ("existing": a second start). After ready, the first requests a user makes are
# timed too: signIn (the first GraphQL request), the web app's schedules list, a PDF preview and the same again.
# Prints every run, min/median/max, the CPU time the processes used until ready (less sensitive to other load than
# the wall time) and the medians of the host's own start-up log line ("Started in … ms: runtime and configuration …,
# services …, store …, first admin …, demo data …, demo schedules …, other services …, server …").
#
# Env: RUNS (5), LOGS (/tmp/rg-startup-logs: one log per start), R2R=0 (publish without ReadyToRun, to compare),
#      COMPARE=<folder> (also time the published-app scenarios of another build's output folder, e.g. main's, back to
#      back), SKIP_BUILD=1 (use the existing Release build and PUBLISHED=<folder>), ONLY="run published" (ways) and
#      STATES="fresh existing" (data folders) to run fewer scenarios (bench/check.sh: ONLY=published STATES=existing).
# The machine is often shared: compare medians from the same run only, and note the load average it prints.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
RUNS=${RUNS:-5}
LOGS=${LOGS:-/tmp/rg-startup-logs}
read -r -a ONLY <<<"${ONLY:-run published}"
read -r -a STATES <<<"${STATES:-fresh existing}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The web app (src/Web, npm) does not take part in start-up beyond one file provider: built without it.
props=(-p:ReportGraphSkipWeb=true)

published=${PUBLISHED:-$WORK/publish}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (Release) and publishing to $published ..."
  dotnet build -c Release src/Host -nologo -v q "${props[@]}" > "$WORK/build.log" || { cat "$WORK/build.log" >&2; exit 1; }
  # ReadyToRun by default (src/Host/ReportGraph.Host.csproj); R2R=0 publishes portable IL to compare.
  r2r=(); [ "${R2R:-1}" = 0 ] && r2r=(-p:PublishReadyToRun=false)
  dotnet publish -c Release src/Host -o "$published" -nologo -v q "${props[@]}" "${r2r[@]}" > "$WORK/publish.log" || { cat "$WORK/publish.log" >&2; exit 1; }
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
measure() { python3 bench/startup/measure.py --runs "$RUNS" --logs "$LOGS" --requests "$@"; }
for only in "${ONLY[@]}"; do
  case $only in
    run)
      for state in "${STATES[@]}"; do
        flag=(); [ $state = existing ] && flag=(--existing)
        measure --label "dotnet run, $state" "${flag[@]}" --cwd "$repo" -- dotnet run --no-build -c Release --project src/Host
      done ;;
    published)
      for state in "${STATES[@]}"; do
        flag=(); [ $state = existing ] && flag=(--existing)
        # The sample plugins are built next to the repository's plugins.json, not into the publish folder.
        Plugins__CatalogPath="$repo/plugins.json" measure --label "published, $state" "${flag[@]}" --cwd "$published" -- dotnet "$published/ReportGraph.Host.dll"
        if [ -n "${COMPARE:-}" ]; then
          Plugins__CatalogPath="$repo/plugins.json" measure --label "compare ($COMPARE), $state" "${flag[@]}" --cwd "$COMPARE" -- dotnet "$COMPARE/ReportGraph.Host.dll"
        fi
      done ;;
  esac
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
