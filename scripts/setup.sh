#!/usr/bin/env bash
# Installs what dxl needs on a Debian/Ubuntu machine (LLVM 19, a C compiler),
# then builds dxl in release mode. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v llvm-config-19 >/dev/null 2>&1 || [ -x /usr/lib/llvm-19/bin/llvm-config ] || need_apt+=(llvm-19-dev)
command -v cc >/dev/null 2>&1 || need_apt+=(gcc)
# llvm-sys links these system libraries next to LLVM.
[ -e /usr/include/zstd.h ] || need_apt+=(libzstd-dev)
[ -e /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need_apt[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: Rust is missing; install it from https://rustup.rs (rustc 1.95 or newer)" >&2
  exit 1
fi
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
cargo build --release --locked -p dxl
echo "setup: built target/release/dxl"
