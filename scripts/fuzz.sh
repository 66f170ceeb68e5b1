#!/usr/bin/env bash
# A longer differential fuzzing run (docs/testing.md): builds dxl and the
# fuzzer, then runs it; arguments go to dxl-fuzz and override the defaults.
#
#   scripts/fuzz.sh --time 3600              # an hour, a new seed (printed in the summary)
#   scripts/fuzz.sh --seed 7 --iterations 500
#
# Findings (minimized) go to fuzz-out/; those listed in fuzz/known.txt are marked known.
set -euo pipefail
cd "$(dirname "$0")/.."
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
cargo build --release --locked -p dxl -p dxl-fuzz
exec target/release/dxl-fuzz --seed "$(date +%s)" --known fuzz/known.txt --out fuzz-out "$@"
