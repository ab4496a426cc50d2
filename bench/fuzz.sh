#!/usr/bin/env bash
# Long compiler fuzzing: the fuzz test of the normal build (cli CompilerFuzzTest, 50,000
# inputs) with many more inputs and another seed. Every input is derived from the seed and
# its index alone, so a failure reported as "input #i" is reproduced with the same seed.
# Usage: bench/fuzz.sh [INPUTS] [SEED]      (default: 2,000,000 inputs, seed from the clock)
# At ~2,000 inputs/s on two cores, the default takes about 20 minutes.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
inputs="${1:-2000000}"
seed="${2:-$(date +%s)}"
cap=$(( inputs / 100 + 120 ))   # a safety cap (s): ten times slower than usual still finishes
echo "fuzz: $inputs inputs, seed $seed, cap ${cap} s; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
log="$(mktemp)"
if mvn -B -q -Dstyle.color=never -pl cli -am test -Dtest=CompilerFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfuzz.inputs="$inputs" -Dfuzz.seed="$seed" -Dfuzz.cap="$cap" >"$log" 2>&1; then
  grep -o 'fuzz: [0-9]* inputs.*' "$log"
  echo "fuzz: no failures"
else
  grep -o 'fuzz: [0-9]* inputs.*' "$log" || true
  sed -n '/of the fuzz inputs failed/,/^\[ERROR\] Failures/p' "$log" | head -200
  echo "fuzz: FAILED (full log: $log); reproduce with: bench/fuzz.sh $inputs $seed"
  exit 1
fi
rm -f "$log"
