#!/usr/bin/env bash
# Regenerate expected output (.stdout / .status) for the differential test corpus.
# Usage: tests/record.sh                      # record every tests/run/*.js and tests/uncaught/*.js
#        tests/record.sh a.js b.js            # record only the given programs of tests/run
#        tests/record.sh uncaught/c.js        # record one program of tests/uncaught
# Programs are run with `node` from inside their directory, stdin from /dev/null.
# The programs of tests/uncaught end with an uncaught exception: their stderr
# (Node's report of it) is recorded too, as .stderr, with the directory
# prefix of the file name removed.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

record() { # dir file
  local dir="$1" f="$2"
  case "$f" in
    *.js) ;;
    *) f="$f.js" ;;
  esac
  cd "$here/$dir" || exit 1
  if [ ! -f "$f" ]; then
    echo "record.sh: no such program: $dir/$f" >&2
    return
  fi
  local name="${f%.js}"
  if [ "$dir" = uncaught ]; then
    node "$f" < /dev/null > "$name.stdout" 2> "$name.stderr.raw"
    echo "$?" > "$name.status"
    sed "s|$here/$dir/||g" "$name.stderr.raw" > "$name.stderr"
    rm -f "$name.stderr.raw"
  else
    node "$f" < /dev/null > "$name.stdout" 2> /dev/null
    echo "$?" > "$name.status"
  fi
  echo "recorded $dir/$name (status $(cat "$name.status"))"
}

if [ "$#" -gt 0 ]; then
  for f in "$@"; do
    case "$f" in
      uncaught/*) record uncaught "$(basename "$f")" ;;
      *) record run "$(basename "$f")" ;;
    esac
  done
else
  for f in "$here"/run/*.js; do record run "$(basename "$f")"; done
  for f in "$here"/uncaught/*.js; do record uncaught "$(basename "$f")"; done
fi
