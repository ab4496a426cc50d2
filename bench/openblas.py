#!/usr/bin/env python3
"""The fp32 products of a profiled metaspin run, replayed through OpenBLAS (numpy's matmul).

Reads the standard error of `bin/metaspin run` with -Dmetaspin.profile=true, whose lines
"shape M x N x K: C calls, S s" under "real-valued products" give every product's shape,
how often it ran and its wall time in the run; multiplies matrices of the same shapes as
often, with the same number of threads, and prints both rates and their ratio. This is the
machine's fp32 GEMM rate measured on the same work, the baseline issue 17's kernel goal
(at least 50 %) is stated against. Usage: bench/openblas.py PROFILE.err, with
OPENBLAS_NUM_THREADS set to the run's thread count (bench/peer.sh does).
"""
import re
import sys
import time

import numpy as np


def shapes(path):
    """(m, n, k, calls, seconds) of the real-valued products in a profile."""
    out, inside = [], False
    for line in open(path):
        if "real-valued products" in line:
            inside = True
        elif inside and line.strip().startswith("shape "):
            m, n, k, calls, secs = re.search(r"shape (\d+) x (\d+) x (\d+): (\d+) calls, ([\d.]+) s", line).groups()
            out.append((int(m), int(n), int(k), int(calls), float(secs)))
        elif inside:
            break
    return out


def replay(m, n, k, calls):
    """Seconds for `calls` products of m x k by k x n, after one untimed warm-up product."""
    rng = np.random.default_rng(1)
    a = rng.standard_normal((m, k), dtype=np.float32)
    b = rng.standard_normal((k, n), dtype=np.float32)
    c = np.empty((m, n), dtype=np.float32)
    np.matmul(a, b, out=c)
    t = time.perf_counter()
    for _ in range(calls):
        np.matmul(a, b, out=c)
    return time.perf_counter() - t


def main():
    rows = shapes(sys.argv[1])
    if not rows:
        sys.exit("no real-valued products in " + sys.argv[1] + " (was the run profiled?)")
    print(f"{'product m x n x k':>22} {'calls':>7} {'metaspin s':>11} {'OpenBLAS s':>11} {'ratio':>6}")
    total_ms = total_ob = flops = 0.0
    for m, n, k, calls, secs in rows:
        ob = replay(m, n, k, calls)
        total_ms += secs
        total_ob += ob
        flops += 2.0 * m * n * k * calls
        print(f"{f'{m} x {n} x {k}':>22} {calls:>7} {secs:>11.3f} {ob:>11.3f} {ob / secs if secs else 0:>6.2f}")
    print(f"{'all':>22} {'':>7} {total_ms:>11.3f} {total_ob:>11.3f} {total_ob / total_ms:>6.2f}")
    print(f"GFLOP/s: metaspin {flops / total_ms / 1e9:.1f}, OpenBLAS {flops / total_ob / 1e9:.1f} "
          f"(numpy {np.__version__}); metaspin reaches {100 * total_ob / total_ms:.0f} % of OpenBLAS on the same products")


if __name__ == "__main__":
    main()
