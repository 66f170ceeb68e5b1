#!/usr/bin/env bash
# Regenerate expected output (.stdout / .status) for the differential test corpus.
# Usage: tests/record.sh            # record every tests/run/*.js
#        tests/record.sh a.js b.js  # record only the given programs
# Programs are run with `node` from inside tests/run, stdin from /dev/null.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rundir="$here/run"
cd "$rundir" || exit 1

if [ "$#" -gt 0 ]; then
  files=()
  for f in "$@"; do
    files+=("$(basename "$f")")
  done
else
  files=(*.js)
fi

for f in "${files[@]}"; do
  case "$f" in
    *.js) ;;
    *) f="$f.js" ;;
  esac
  if [ ! -f "$f" ]; then
    echo "record.sh: no such program: $f" >&2
    continue
  fi
  name="${f%.js}"
  node "$f" < /dev/null > "$name.stdout" 2> /dev/null
  echo "$?" > "$name.status"
  echo "recorded $name (status $(cat "$name.status"))"
done
