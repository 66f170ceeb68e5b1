#!/usr/bin/env bash
# Builds dxl in release mode and runs the benchmark suite against Node, Bun
# (installed from npm into benches/node_modules when missing) and C.
# Writes benches/results.json, docs/benchmarks.md and docs/benchmarks.svg.
#   scripts/bench.sh [--runs N] [--only fib,nbody] [--smoke]
set -euo pipefail
cd "$(dirname "$0")/.."
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
cargo build --release --locked -p dxl -p dxl-bench
exec target/release/dxl-bench "$@"
