#!/usr/bin/env bash
# The command line end to end, in a real browser: builds the release binary, writes the HTML
# report of an example to artifacts/report.html, opens it in headless Chromium and fails on any
# console message (the page has no scripts, so any message is an error: a blocked or missing
# resource, invalid markup that a script would trip on...). Saves a screenshot
# (artifacts/report.png) and an A4 print (artifacts/report.pdf), and prints their paths.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ART=$ROOT/artifacts
mkdir -p "$ART"

if ! command -v chromium >/dev/null; then
  echo "installing chromium (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

cargo build --release -p lhs-maturity-cli --quiet
BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/lhs-maturity
EXAMPLE=spec/examples/district-kisumu-east.json

"$BIN" report "$EXAMPLE" -o "$ART/report.html"

# Headless Chromium with a throwaway profile, no network features, no sandbox (root in CI).
chrome() {
  local profile status=0
  profile=$(mktemp -d)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$profile" "$@" || status=$?
  rm -rf "$profile"
  return "$status"
}

# Console messages are logged as `INFO:CONSOLE(...)` lines with --enable-logging=stderr.
console_of() { # FILE.html SCREENSHOT.png LOG
  chrome --enable-logging=stderr --v=0 --window-size=1280,1800 --hide-scrollbars \
    --screenshot="$2" "file://$1" 2>"$3" >/dev/null || { cat "$3"; return 1; }
  grep -E ':CONSOLE(:|\()' "$3" || true
}

passed=0
failed=0
check() { # NAME CONDITION-RESULT
  if [ "$2" = ok ]; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

# 1. The check itself works: a page with a console error is caught.
probe=$(mktemp -d)
printf '<!DOCTYPE html><p>x</p><script>console.error("probe-error")</script>\n' >"$probe/bad.html"
if console_of "$probe/bad.html" "$probe/bad.png" "$probe/bad.log" | grep -q probe-error; then
  check "a console error is detected (control page)" ok
else
  check "a console error is detected (control page)" no
  cat "$probe/bad.log"
fi
rm -rf "$probe"

# 2. The report renders without any console message, and the screenshot is written.
messages=$(console_of "$ART/report.html" "$ART/report.png" "$ART/chromium.log")
if [ -z "$messages" ] && [ -s "$ART/report.png" ]; then
  check "report.html renders without console errors" ok
else
  check "report.html renders without console errors" no
  echo "$messages"
fi

# 3. It prints on A4.
rm -f "$ART/report.pdf"
chrome --no-pdf-header-footer --print-to-pdf="$ART/report.pdf" "file://$ART/report.html" \
  >/dev/null 2>"$ART/chromium-print.log" || true
if [ -s "$ART/report.pdf" ] && grep -a -q -E 'MediaBox \[0 0 59[45]\.[0-9]+ 84[12]\.[0-9]+\]' "$ART/report.pdf"; then
  check "report.html prints on A4 ($(grep -a -c '/Type /Page\b' "$ART/report.pdf" || true) pages)" ok
else
  check "report.html prints on A4" no
fi

echo "screenshot: $ART/report.png"
echo "print: $ART/report.pdf"
echo "cli-browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
