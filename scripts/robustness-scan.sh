#!/usr/bin/env bash
# Compiles every JavaScript file under a directory (e.g. a test262 checkout's
# test/) to an object file and reports any input that made dxl crash or report
# an internal error. Rejections with a diagnostic (exit 1) are expected.
#
#   scripts/robustness-scan.sh /path/to/test262/test [dxl binary]
set -euo pipefail
dir=${1:?usage: robustness-scan.sh DIR [DXL]}
dxl=${2:-$(dirname "$0")/../target/release/dxl}
export DXL="$(realpath "$dxl")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export SCRATCH="$scratch"
find "$dir" -name '*.js' -print0 | xargs -0 -P "$(nproc)" -n 1 sh -c '
  out=$("$DXL" compile "$0" --emit obj -o "$SCRATCH/$$.o" 2>&1); rc=$?
  rm -f "$SCRATCH/$$.o"
  if [ $rc -ne 0 ] && [ $rc -ne 1 ] || printf "%s" "$out" | grep -q "internal"; then
    printf "CRASH %s (exit %s): %s\n" "$0" "$rc" "$(printf "%s" "$out" | head -n 2 | tr "\n" " ")"
  fi' | tee "$scratch/crashes.txt"
total=$(find "$dir" -name '*.js' | wc -l)
crashes=$(wc -l < "$scratch/crashes.txt")
echo "robustness: $total files compiled, $crashes crashed"
[ "$crashes" -eq 0 ]
