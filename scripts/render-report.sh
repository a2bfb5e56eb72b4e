#!/usr/bin/env bash
# Renders the example's report.html with headless Chromium: a PNG screenshot (committed as
# docs/report.png and shown in README) and, with --pdf, an A4 print preview to check the page
# breaks. Installs Debian's chromium if it is missing (needs root, as on the project's machines).
#
#   scripts/render-report.sh [REPORT_HTML] [OUT_PNG] [--pdf]
#
# Defaults: examples/target/dupkit-report/report.html (run the README's first command first) and
# docs/report.png; the PDF goes next to the HTML as report.pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
html="${1:-examples/target/dupkit-report/report.html}"
png="${2:-docs/report.png}"
pdf="${3:-}"
if [[ ! -f "$html" ]]; then
  echo "render-report: $html not found; run: mvn -B -ntp -q -DskipTests -pl examples -am package exec:java" >&2
  exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "render-report: installing Debian's chromium ..."
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking
  --disable-component-update --no-first-run --hide-scrollbars "--user-data-dir=$profile")
url="file://$(realpath "$html")"
chromium "${flags[@]}" --window-size=1280,2000 "--screenshot=$(realpath -m "$png")" "$url" 2>/dev/null
echo "render-report: wrote $png"
if [[ "$pdf" == "--pdf" ]]; then
  out="$(dirname "$html")/report.pdf"
  chromium "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$(realpath -m "$out")" "$url" 2>/dev/null
  echo "render-report: wrote $out"
fi
