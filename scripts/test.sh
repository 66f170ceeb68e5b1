#!/usr/bin/env bash
# The test suite: unit tests of every crate, then the differential corpus
# (each program at -O2, -O0, under GC stress and with specialization off),
# the --explain pins of the benchmark kernels, error and CLI cases.
# Ends with one line totalling every test that ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --locked --release 2>&1 | tee "$log" || status=$?
read -r passed failed < <(awk '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } }
  /^corpus: / { p += $2; f += $4 }
  END { print p + 0, f + 0 }' "$log")
echo
echo "tests: $passed passed, $failed failed"
exit "$status"
