#!/usr/bin/env bash
# Start-up of the short commands, as whole processes through bin/metaspin, against the
# floor of any Java command line: a JVM that prints one line (same java, same machine,
# measured in the same loop). Prints the median and the spread of ROUNDS interleaved runs.
# Usage: bench/startup.sh [ROUNDS]   (default 12)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
rounds="${1:-12}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin/metaspin --version >/dev/null   # builds the jar and the class-data archive, not timed
printf 'public class Floor { public static void main(String[] a) { System.out.println("floor"); } }\n' >"$work/Floor.java"
javac -d "$work" "$work/Floor.java"
printf 'print(1)\n' >"$work/one.msp"
names=("java floor" "metaspin --version" "metaspin check hello.msp" "metaspin run print(1)")
cmds=("java -Xshare:auto -cp $work Floor" "bin/metaspin --version" "bin/metaspin check examples/hello.msp"
      "bin/metaspin run --out $work/results $work/one.msp")
for i in $(seq 1 "$rounds"); do
  for k in "${!cmds[@]}"; do
    s=$(date +%s%N)
    ${cmds[$k]} >/dev/null 2>&1
    e=$(date +%s%N)
    echo "$k $(( (e - s) / 1000000 ))"
  done
done >"$work/times"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $rounds interleaved rounds, ms"
python3 - "$work/times" "${names[@]}" <<'PY'
import sys, statistics
names = sys.argv[2:]
times = {}
for line in open(sys.argv[1]):
    k, v = line.split()
    times.setdefault(int(k), []).append(int(v))
floor = statistics.median(times[0])
print(f"{'command':28s} {'median':>7s} {'min':>6s} {'max':>6s} {'x floor':>8s}")
for k, name in enumerate(names):
    v = times[k]
    print(f"{name:28s} {statistics.median(v):7.0f} {min(v):6d} {max(v):6d} {statistics.median(v) / floor:8.2f}")
PY
