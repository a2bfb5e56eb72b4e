#!/usr/bin/env bash
# Runs the JMH benchmarks of the benchmarks module (issue 16) and writes JSON results and tables.
#
#   scripts/bench.sh quick|full|profile [REGEX] [JMH options...]
#   scripts/bench.sh quick                       # every benchmark, short settings (~15 minutes)
#   scripts/bench.sh full                        # the settings of benchmarks/RESULTS.md (~45 minutes)
#   scripts/bench.sh quick Evaluate -p formula=RATIO
#   scripts/bench.sh profile 'ParseBenchmark.dupkitParse' -p formula=PERCENTAGE
#
# Steps: builds the JMH jar (Maven profile `bench` of the benchmarks module, tests skipped; extra
# Maven options in $BENCH_MVN_ARGS, e.g. -Dmaven.repo.local=...), runs the correctness gate, runs
# the micro benchmarks and the national batch, and writes
#   benchmarks/target/jmh-micro-MODE.json, benchmarks/target/jmh-batch-MODE.json  (JMH's JSON)
#   benchmarks/target/results-MODE.md                                            (the tables)
# A REGEX selects benchmarks (JMH's include pattern); the batch runs when the REGEX is empty or
# names it. An engine the gate finds wrong fails its benchmarks in setup and is not timed.
#
# Settings (JMH):
#   quick   micro: 1 fork, 2 warm-up iterations of 1 s, 3 measured iterations of 1 s, -prof gc
#           batch: 1 fork, 1 warm-up batch, 1 measured batch per size and thread count
#   full    micro: 2 forks, 3 warm-up iterations of 1 s, 5 measured iterations of 1 s, -prof gc
#           batch: 1 fork, 1 warm-up batch, 3 measured batches per size and thread count
#   profile micro with the quick settings and JMH's JFR profiler (-prof jfr), recordings in
#           benchmarks/target/jfr/; read them with `jfr print --events jdk.ExecutionSample FILE`
#           or `jfr summary FILE`
# On a shared machine run the full suite when the load is low (`uptime`), e.g. under
# `nice -n -10`, and compare only ratios measured in the same run.
set -euo pipefail

mode=${1:-}
if [[ "$mode" != quick && "$mode" != full && "$mode" != profile ]]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
shift
regex=${1:-}
if [[ $# -gt 0 ]]; then
  shift
fi

cd "$(dirname "$0")/.."
# shellcheck disable=SC2086 # BENCH_MVN_ARGS holds several options
mvn -B -ntp -q -pl benchmarks -am package -Pbench -DskipTests -DskipPitest -Djacoco.skip=true \
  -Dspotless.check.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Denforcer.skip=true \
  ${BENCH_MVN_ARGS:-}
out=benchmarks/target
# The run uses a copy, so that rebuilding the module during a long run does not change its classes.
jar=$out/benchmarks-run-$mode.jar
cp benchmarks/target/benchmarks.jar "$jar"

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load:$(uptime | sed 's/.*load average://')"
  echo "Mode: $mode ${regex:+(benchmarks matching $regex)}"
} | tee "$out/machine-$mode.txt"

java -cp "$jar" io.github.dupkit.benchmarks.Gate

case "$mode" in
  quick) micro=(-f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc); batch=(-f 1 -wi 1 -i 1) ;;
  full) micro=(-f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc); batch=(-f 1 -wi 1 -i 3) ;;
  profile)
    mkdir -p "$out/jfr"
    micro=(-f 1 -wi 2 -w 1s -i 3 -r 1s -prof "jfr:dir=$out/jfr"); batch=(-f 1 -wi 0 -i 1) ;;
esac

rm -f "$out/jmh-micro-$mode.json" "$out/jmh-batch-$mode.json"
if [[ -z "$regex" || ! "$regex" =~ Batch ]]; then
  java -jar "$jar" "${regex:-.*}" -e BatchBenchmark "${micro[@]}" \
    -rf json -rff "$out/jmh-micro-$mode.json" "$@"
fi
if [[ -z "$regex" || "$regex" =~ Batch ]]; then
  java -jar "$jar" "${regex:-BatchBenchmark}" "${batch[@]}" \
    -rf json -rff "$out/jmh-batch-$mode.json" "$@"
fi

{
  cat "$out/machine-$mode.txt"
  echo
  java -cp "$jar" io.github.dupkit.benchmarks.ResultsTable \
    "$out/jmh-micro-$mode.json" "$out/jmh-batch-$mode.json"
} > "$out/results-$mode.md"
echo "Tables: $out/results-$mode.md"
