#!/usr/bin/env bash
# Renders a KiemTra HTML report in headless Chromium (Debian package `chromium`, installed by .ci/run), saves a
# screenshot and checks, on the DOM the browser built, that the charts are there and that nothing external is
# referenced. Usage: tests/browser/check-report.sh REPORT.html OUT.png
set -euo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 REPORT.html OUT.png" >&2
  exit 2
fi
report=$(realpath "$1")
out=$(realpath -m "$2")
if [ ! -f "$report" ]; then
  echo "check-report: no such file: $1" >&2
  exit 2
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "check-report: chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
profile=$(mktemp -d)
dom=$(mktemp)
trap 'rm -rf "$profile" "$dom"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")

"$browser" "${flags[@]}" --screenshot="$out" --window-size=1280,2000 "file://$report" >/dev/null 2>&1
"$browser" "${flags[@]}" --dump-dom "file://$report" >"$dom" 2>/dev/null

[ -s "$out" ] || { echo "check-report: no screenshot written to $out" >&2; exit 1; }
charts=$(grep -o '<svg' "$dom" | wc -l)
if [ "$charts" -lt 2 ]; then
  echo "check-report: expected at least 2 inline SVG charts in the rendered DOM, found $charts" >&2
  exit 1
fi
if grep -Eqi 'https?:|src=|<script|<link' "$dom"; then
  echo "check-report: the rendered DOM references an external resource or a script" >&2
  exit 1
fi
grep -q '<table' "$dom" || { echo "check-report: the indicator table is missing" >&2; exit 1; }
echo "check-report: OK — $charts charts, screenshot $out"
