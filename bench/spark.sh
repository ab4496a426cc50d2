#!/usr/bin/env bash
# The same 8-point sweep (bench/spark/eight.msp) on the local thread pool (bin/metaspin run)
# and through metaspin-spark in Spark local mode (local[2], the driver's JVM), whole processes,
# wall time of each, their ratio, and whether the two summaries agree bit for bit.
# Usage: bench/spark.sh [REPEATS]   (default 3; the median is reported)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
n="${1:-3}"
out="$(mktemp -d)"

echo "== build"
mvn -B -q -DskipTests package
# Spark is `provided`: take its jars from the module's own dependency list
mvn -B -q -pl spark -am -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$out/spark.cp" >/dev/null
# what spark-submit adds by itself on Java 17 (as in spark/pom.xml)
opens=$(sed -n '/<argLine>/,/<\/argLine>/p' spark/pom.xml | grep -o -- '--add-opens=[^ <]*\|-D[A-Za-z.]*=[a-z]*' | tr '\n' ' ')
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>"$out/last.err" || { cat "$out/last.err"; exit 1; }; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
pool=(); spark=()
for i in $(seq "$n"); do
  pool+=("$(wall bin/metaspin run -q --out "$out/pool$i" bench/spark/eight.msp)")
  # shellcheck disable=SC2086
  spark+=("$(wall java $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false \
      -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
      -cp "spark/target/metaspin-spark.jar:$(cat "$out/spark.cp")" org.metaspin.spark.SparkMain \
      bench/spark/eight.msp -q --out "$out/spark$i")")
done
p=$(printf '%s\n' "${pool[@]}" | median); s=$(printf '%s\n' "${spark[@]}" | median)
echo "  thread pool          ${p} ms   (runs: ${pool[*]})"
echo "  spark local[2]       ${s} ms   (runs: ${spark[*]})"
awk -v p="$p" -v s="$s" 'BEGIN { printf "  ratio spark/pool = %.2f\n", s / p }'
# the run column names each run's own directory; everything else must match
strip() { sed 's/,[^,]*$//' "$1"/L/sweep-*/summary.csv; }
if diff <(strip "$out/pool1") <(strip "$out/spark1") >/dev/null; then echo "  summaries: identical"; else echo "  summaries: DIFFER"; exit 1; fi
rm -rf "$out"
