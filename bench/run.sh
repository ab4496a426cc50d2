#!/usr/bin/env bash
# Compiler benchmarks (org.metaspin.bench.compiler), short runs, and the cold start of
# `bin/metaspin check`: builds, runs, prints the figures and their ratios to the baselines
# measured in the same run. Usage: bench/run.sh [--long]   (default: short iterations)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"

echo "== build"
mvn -B -q -DskipTests package
jar=bench/target/benchmarks.jar
out="$(mktemp -d)"
if [ "${1:-}" = "--long" ]; then jmh=(); fmjmh=(); else jmh=(-wi 3 -w 1 -i 5 -r 1 -f 1); fmjmh=(-wi 2 -w 1 -i 5 -r 2 -f 1); fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== compile throughput: check of a generated 10,000-line program, warm (JMH, lines/s; baselines: lexOnly = ANTLR lexer only, parseOnly = parse phase with AST)"
java -jar "$jar" 'org.metaspin.bench.compiler.CompilerThroughputBench' "${jmh[@]}" -rf csv -rff "$out/tp.csv" >"$out/tp.log" 2>&1 || { tail -30 "$out/tp.log"; exit 1; }
score() { awk -F, -v b="$2" '$1 ~ "\\." b "\"$" {gsub(/"/,"",$5); print $5}' "$1"; }
check=$(score "$out/tp.csv" check); parse=$(score "$out/tp.csv" parseOnly); lex=$(score "$out/tp.csv" lexOnly)
printf '  check      %12.0f lines/s   (target >= 100000)\n  parseOnly  %12.0f lines/s\n  lexOnly    %12.0f lines/s\n' "$check" "$parse" "$lex"
awk -v c="$check" -v p="$parse" -v l="$lex" 'BEGIN { printf "  ratio check/parseOnly = %.2f, check/lexOnly = %.3f\n", c / p, c / l }'
echo "  the same in thread CPU time (not inflated by other processes' load):"
java -cp "$jar" org.metaspin.bench.compiler.CpuTimeProbe 40 | sed 's/^/  /'

echo "== fmeta: a DSL function value (RealFn2) called from a Java loop vs the same function in Java (JMH, ns/call; >= 10^8 calls each)"
java -jar "$jar" 'org.metaspin.bench.compiler.FmetaCallBench' "${fmjmh[@]}" -rf csv -rff "$out/fm.csv" >"$out/fm.log" 2>&1 || { tail -30 "$out/fm.log"; exit 1; }
msp=$(score "$out/fm.csv" msp); js=$(score "$out/fm.csv" javaStatic); jf=$(score "$out/fm.csv" javaFnValue)
printf '  msp (RealFn2 of the compiled fmeta)  %8.2f ns/call\n  java static method                   %8.2f ns/call\n  java RealFn2 lambda                  %8.2f ns/call\n' "$msp" "$js" "$jf"
awk -v m="$msp" -v s="$js" -v f="$jf" 'BEGIN { printf "  ratio msp/javaStatic = %.3f, msp/javaFnValue = %.3f   (target <= 1.1)\n", m / s, m / f }'

echo "== editor: metaspin lsp on a generated 2,000-line file, warm (thread CPU time, ms per operation; baseline: checkCommand = what metaspin check does)"
java -cp "$jar" org.metaspin.lsp.EditorLatencyProbe 40 | sed 's/^/  /'

echo "== cold start: bin/metaspin check of the examples vs java -version (wall time, median of 5)"
bin/metaspin check examples/*.msp >/dev/null 2>&1 || true   # builds the jar if it is stale, not timed
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
walls() { for _ in 1 2 3 4 5; do s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | median; }
jv=$(walls java -version)
ck=$(walls bin/metaspin check examples/*.msp)
echo "  java -version                      ${jv} ms"
echo "  bin/metaspin check examples/*.msp  ${ck} ms   (target < 1000 ms; $(ls examples/*.msp | wc -l) files)"
awk -v c="$ck" -v j="$jv" 'BEGIN { printf "  ratio check/java-version = %.2f, check minus JVM start = %d ms\n", c / j, c - j }'
rm -rf "$out"
