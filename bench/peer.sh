#!/usr/bin/env bash
# The training work of the PyTorch comparison of issue 17, as whole processes of
# `bin/metaspin run`, with the time of each phase (-Dmetaspin.profile=true):
#   digits:  metaplastic BNN 64-512-512-10, 5 permuted tasks x 10 epochs, batch 100
#   fashion: metaplastic BNN 784-1024-1024-10, 3 permuted tasks x 1 epoch, batch 100, on
#            Fashion-MNIST from FASHION_DIR, or else on a synthetic stand-in of the same
#            sizes (60,000 + 10,000 images of 28x28 bytes, written by SyntheticIdx)
# After the runs of a workload, its products (the profile's shapes and calls) are replayed
# through numpy's OpenBLAS on as many threads, when python3 has numpy (bench/openblas.py).
# Usage: bench/peer.sh [digits|fashion|all] [REPEATS]   (default: all, 3 repeats)
# The peer's figures on this machine (issue 17): digits 16.6-17.5 s, fashion 203 s.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
what="${1:-all}"
repeats="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== build"
mvn -B -q -o -DskipTests package >"$work/build.log" 2>&1 || mvn -B -q -DskipTests package >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
bin/metaspin check bench/peer/digits.msp >/dev/null   # the class-data archive, not timed
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# One timed process: wall time by the shell, phases by the runtime (on standard error).
timed() {
  local name="$1"; shift
  for i in $(seq 1 "$repeats"); do
    s=$(date +%s%N)
    METASPIN_JAVA_OPTS="${METASPIN_JAVA_OPTS:-} -Dmetaspin.profile=true" \
      bin/metaspin run --out "$work/results" "$@" >"$work/$name.out" 2>"$work/$name.err"
    e=$(date +%s%N)
    echo "-- $name run $i: $(( (e - s) / 1000000 )) ms wall"
    sed 's/^/   /' "$work/$name.err"
    tail -1 "$work/$name.out" | sed 's/^/   last line: /'
  done
  # The same fp32 products through OpenBLAS, on as many threads as the run's pool (issue 17's kernel goal).
  if python3 -c 'import numpy' 2>/dev/null; then
    echo "-- $name, the last run's fp32 products replayed through numpy/OpenBLAS on $(nproc) threads"
    OPENBLAS_NUM_THREADS="$(nproc)" python3 bench/openblas.py "$work/$name.err" | sed 's/^/   /'
  else
    echo "-- (no python3 with numpy: the OpenBLAS baseline of the products is skipped)"
  fi
}

if [ "$what" = all ] || [ "$what" = digits ]; then
  echo "== digits (peer: 16.6-17.5 s; issue 17 goal < 2.2 s)"
  timed digits bench/peer/digits.msp
fi
if [ "$what" = all ] || [ "$what" = fashion ]; then
  dir="${FASHION_DIR:-}"
  if [ -z "$dir" ]; then
    dir="$work/fashion"
    java -cp bench/target/benchmarks.jar org.metaspin.bench.learn.SyntheticIdx "$dir"
    echo "== fashion, synthetic stand-in of Fashion-MNIST's sizes (peer: 203 s; goal < 50 s)"
  else
    echo "== fashion from $dir (peer: 203 s; goal < 50 s)"
  fi
  timed fashion bench/peer/fashion.msp --set "dir=\"$dir\""
fi
