#!/usr/bin/env bash
# The test suite: unit tests of every crate, then the differential corpus
# (each program at -O2, -O0 and under GC stress), error and CLI cases.
set -euo pipefail
cd "$(dirname "$0")/.."
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
cargo test --workspace --locked --release
