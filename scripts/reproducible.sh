#!/usr/bin/env bash
# Checks that the build is reproducible: builds the artifacts DUPkit publishes twice, each time
# from a fresh copy of the working tree in its own directory (so absolute paths differ too), and
# compares every jar (classes, sources, javadoc, test fixtures) and SBOM byte for byte.
#
#   scripts/reproducible.sh [extra Maven arguments, e.g. -Dmaven.repo.local=/path/to/repo]
#
# Exits 0 when every artifact is identical, 1 when one differs (the entries that differ are
# listed). Takes two builds without tests: a few minutes. The copies are left in
# target/reproducible/ (run1, run2) for inspection, e.g. with diffoscope.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/target/reproducible"
rm -rf "$work"
mkdir -p "$work"

# One snapshot of the tracked files as they are in the working tree (uncommitted changes
# included), taken before the first build, so that both builds compile the same sources.
git ls-files -z | xargs -0 tar -cf "$work/sources.tar"
for run in run1 run2; do
  echo "== $run: building in $work/$run"
  mkdir -p "$work/$run"
  tar -xf "$work/sources.tar" -C "$work/$run"
  (cd "$work/$run" && mvn -B -ntp -q package -DskipTests "$@")
done

status=0
count=0
while IFS= read -r artifact; do
  count=$((count + 1))
  other="$work/run2/${artifact#"$work/run1/"}"
  name=${artifact#"$work/run1/"}
  if [[ ! -f "$other" ]]; then
    echo "MISSING in run2: $name"
    status=1
  elif cmp -s "$artifact" "$other"; then
    echo "same     $(sha256sum "$artifact" | cut -c1-16)  $name"
  else
    echo "DIFFERS  $name"
    status=1
    if [[ "$name" == *.jar ]]; then
      # Entry by entry: CRC-32, size and date of each, as zipinfo shows them.
      diff <(zipinfo -v "$artifact" | grep -E '^Central directory entry|file system or operating|32-bit CRC|uncompressed size|file last modified' ) \
        <(zipinfo -v "$other" | grep -E '^Central directory entry|file system or operating|32-bit CRC|uncompressed size|file last modified') |
        head -20 || true
    else
      diff "$artifact" "$other" | head -20 || true
    fi
  fi
done < <(find "$work/run1" -path '*/target/*' \( -name '*.jar' -o -name 'bom.json' \) | sort)

if [[ $count -eq 0 ]]; then
  echo "no artifact was built"
  exit 1
fi
if [[ $status -eq 0 ]]; then
  echo "reproducible: $count artifacts identical in both builds"
else
  echo "NOT reproducible: see the artifacts above"
fi
exit $status
