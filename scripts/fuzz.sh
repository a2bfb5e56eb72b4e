#!/usr/bin/env bash
# Runs a Jazzer fuzzing campaign on one @FuzzTest for a given number of minutes.
#
#   scripts/fuzz.sh TARGET MINUTES [maven options...]
#   scripts/fuzz.sh FormulaFuzzTest#parse 10
#   scripts/fuzz.sh TargetFuzzTest#read 3 -Dmaven.repo.local=/path/to/repo
#
# TARGET is Class#method; the module is the one whose src/test/java holds the class. The corpus the
# fuzzer grows is kept in MODULE/.cifuzz-corpus/ (git-ignored) and resumed by the next campaign.
# Findings (crash-*, timeout-*) are written into the test's committed inputs directory,
# src/test/resources/<package>/<Class>Inputs/<method>/, where plain `mvn test` replays them: fix
# the bug, or move the file out and report it. The log is in MODULE/target/fuzz-<Class>-<method>.log.
#
# Jazzer 0.24's JUnit integration takes the campaign length from @FuzzTest(maxDuration), a
# constant; the libFuzzer flags below are passed as the JUnit configuration parameters
# jazzer.internal.arg.N (as Jazzer's own launcher does), and libFuzzer lets a later flag override
# the annotation's. -timeout is the per-input hang bound, -max_len the longest input tried (the
# formula length limit is 4000 characters).
set -euo pipefail

if [[ $# -lt 2 || "$1" != *#* || ! "$2" =~ ^[0-9]+$ ]]; then
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
target=$1
minutes=$2
shift 2
class=${target%%#*}
method=${target#*#}

cd "$(dirname "$0")/.."
file=$(find . -path "*/src/test/java/*" -name "$class.java" -not -path "*/target/*" | head -n 1)
if [[ -z "$file" ]]; then
  echo "No test class $class under */src/test/java" >&2
  exit 2
fi
module=${file#./}
module=${module%%/src/test/java/*}
mkdir -p "$module/target"
log="$module/target/fuzz-$class-$method.log"

echo "Fuzzing $class#$method in $module for $minutes minute(s); log: $log"
status=0
JAZZER_FUZZ=1 mvn -B -ntp -pl "$module" -am test \
  -DskipPitest -Djacoco.skip=true -Dspotless.check.skip=true \
  -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1="-max_total_time=$((minutes * 60))" \
  -Djazzer.internal.arg.2=-timeout=10 \
  -Djazzer.internal.arg.3=-max_len=5000 \
  -Djazzer.internal.arg.4=-print_final_stats=1 \
  "$@" >"$log" 2>&1 || status=$?

grep -E '^#[0-9]+ +(INITED|DONE)|^Done [0-9]+ runs|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|== Java Exception|FuzzerSecurityIssue|Tests run:' "$log" || true
findings=$(git status --porcelain --untracked-files=all -- "$module/src/test/resources" | grep -E '(crash|timeout|slow-unit)-' || true)
if [[ -n "$findings" ]]; then
  echo "Findings (now replayed by mvn test):"
  echo "$findings"
fi
exit $status
