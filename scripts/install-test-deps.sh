#!/usr/bin/env bash
# Installs the real parts the tests use: poppler-utils (pdftotext/pdftoppm), qpdf (PDF structure checks), Chromium for the IDE test,
# PostgreSQL for the multi-node store tests, aiosmtpd as the SMTP server, and the npm tools (graphql-js,
# graphql-http, graphql-ws, playwright-core with @axe-core/playwright for the browser tests of the IDE and the web app,
# and oidc-provider: the real OpenID provider of the single sign-on tests). The web app's own npm packages (src/Web)
# are installed by the host's build (src/Web/build/ReportGraph.Web.targets).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v chromium >/dev/null 2>&1 || need+=(chromium chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || need+=(fonts-droid-fallback)
[ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || need+=(fonts-nanum)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need+=(python3-aiosmtpd)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Missing Debian packages (run as root to install): ${need[*]}" >&2
  fi
fi

# npm folders: installed when missing or when their lock file changed since the last install.
npm_install() {
  local dir=$1 stamp="$1/node_modules/.reportgraph-lock.sha"
  [ -f "$dir/package-lock.json" ] || return 0
  local want; want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing npm packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}
npm_install tests/node
# The Banana Cake Pop IDE files the GraphQL HTTP tests serve (a host build installs them through
# src/GraphQL/build/ReportGraph.GraphQL.Ide.targets; the engine's tests read them from here).
npm_install src/GraphQL/build/ide
