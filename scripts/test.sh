#!/usr/bin/env bash
# npm test: every check and test suite. Each step runs even when an earlier one fails; the summary
# at the end names the failed steps and closes with the plain line `N passed, N failed`.
set -uo pipefail

cd "$(dirname "$0")/.."
ARTIFACTS=test/artifacts
STEPS_FILE="$ARTIFACTS/steps.tsv"
mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS/vitest.json" "$ARTIFACTS/playwright.json" "$ARTIFACTS/firefox.json"
: >"$STEPS_FILE"

find_chromium() {
  local candidate
  for candidate in "${POSTBRIDGE_CHROMIUM:-}" /usr/lib/chromium/chromium /usr/bin/chromium; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! CHROMIUM="$(find_chromium)"; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "▶ No Chromium found; installing Debian's chromium package (about 30 s)"
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi
  if ! CHROMIUM="$(find_chromium)"; then
    cat >&2 <<'MSG'
No Chromium found for the browser tests (looked at $POSTBRIDGE_CHROMIUM, /usr/lib/chromium/chromium
and /usr/bin/chromium). Either install it as root:
    sudo apt-get update && sudo apt-get install -y chromium
or point the tests at any Chromium or Chrome for Testing build:
    POSTBRIDGE_CHROMIUM=/path/to/chromium npm test
(Branded Google Chrome 137+ ignores --load-extension; use Chromium or Chrome for Testing.)
MSG
    exit 1
  fi
fi
# /usr/bin/chromium is Debian's wrapper script; Playwright needs the real binary next to it.
if [[ "$CHROMIUM" == /usr/bin/chromium && -x /usr/lib/chromium/chromium ]]; then
  CHROMIUM=/usr/lib/chromium/chromium
fi
export POSTBRIDGE_CHROMIUM="$CHROMIUM"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# The Firefox suite (test/firefox/) drives Firefox ESR through puppeteer-core. Debian's
# /usr/bin/firefox-esr is a symlink to the real binary, which the suite resolves itself.
find_firefox() {
  local candidate
  for candidate in "${POSTBRIDGE_FIREFOX:-}" /usr/lib/firefox-esr/firefox-esr /usr/bin/firefox-esr \
    /usr/lib/firefox/firefox /usr/bin/firefox; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! FIREFOX="$(find_firefox)"; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "▶ No Firefox found; installing Debian's firefox-esr package (about 30 s)"
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr
  fi
  if ! FIREFOX="$(find_firefox)"; then
    cat >&2 <<'MSG'
No Firefox found for the Firefox suite (looked at $POSTBRIDGE_FIREFOX, /usr/lib/firefox-esr/firefox-esr,
/usr/bin/firefox-esr, /usr/lib/firefox/firefox and /usr/bin/firefox). Either install it as root:
    sudo apt-get update && sudo apt-get install -y firefox-esr
or point the tests at any Firefox 140 or newer:
    POSTBRIDGE_FIREFOX=/path/to/firefox npm test
MSG
    exit 1
  fi
fi
export POSTBRIDGE_FIREFOX="$FIREFOX"

run_step() {
  local name="$1"
  shift
  echo
  echo "▶ $name: $*"
  if "$@"; then
    printf '%s\tpassed\n' "$name" >>"$STEPS_FILE"
  else
    printf '%s\tfailed\n' "$name" >>"$STEPS_FILE"
  fi
}

run_step "biome check" npx biome check .
run_step "typecheck" npm run --silent typecheck
run_step "long functions" npm run --silent lint:functions
run_step "vitest" npx vitest run --reporter=default --reporter=json \
  --outputFile.json="$ARTIFACTS/vitest.json"
# Building takes seconds, so the browser tests always run against the current sources.
run_step "build" npm run --silent build
run_step "playwright" npx playwright test
# After Playwright, so the Firefox screenshots can be put beside Chromium's.
run_step "firefox" npx vitest run --config test/firefox/vitest.config.ts --reporter=default \
  --reporter=json --outputFile.json="$ARTIFACTS/firefox.json"

echo
node scripts/summarize-tests.mjs "$STEPS_FILE"
