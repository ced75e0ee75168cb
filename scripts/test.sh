#!/usr/bin/env bash
# The test command of README.md: installs what the tests need on a fresh machine, then runs every test project.
#   bash scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore ReportGraph.sln -nologo -v q
# Code style (.editorconfig) before anything is compiled, so a style slip reads as one clear message.
# whitespace: layout (indentation, braces on their own line, spaces); style: the IDE rules at "warning"
# (file-scoped namespaces, braces on multi-line bodies, naming, unused usings). The analyzers (CA rules)
# are checked by the build itself (AnalysisMode Recommended, warnings as errors), not here a second time.
if ! dotnet format whitespace ReportGraph.sln --no-restore --verify-no-changes -v q \
  || ! dotnet format style ReportGraph.sln --no-restore --verify-no-changes --severity warn -v q; then
  echo "Code style: the files listed above do not follow .editorconfig." >&2
  echo "Run 'dotnet format ReportGraph.sln', review the changes and commit them, then run the tests again." >&2
  exit 1
fi
dotnet build ReportGraph.sln --no-restore -nologo -v q
log=$(mktemp)
status=0
# A test that hangs is stopped after 10 minutes and reported by name, instead of holding CI until its time limit.
dotnet test ReportGraph.sln --no-build -nologo --blame-hang-timeout 10m --blame-hang-dump-type none "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, in the plain form CI reads: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
