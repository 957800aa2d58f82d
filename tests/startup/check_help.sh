#!/usr/bin/env bash
# `PROGRAM --help` prints the usage and exits 0 without starting anything: no demo clinic, no
# folder, nothing written under HOME or the XDG folders (all pointed at an empty temp dir).
# Usage: check_help.sh PROGRAM...
set -uo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home=$work/home err=$work/stderr
mkdir "$home"
status=0
for program in "$@"; do
  for option in --help -h; do
    name=$(basename "$program")
    out=$(env -i PATH="$PATH" HOME="$home" XDG_DATA_HOME="$home/data" \
      XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
      XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
      timeout 20 "$program" "$option" 2>"$err")
    code=$?
    if [ "$code" -ne 0 ]; then
      echo "FAIL: $name $option exited $code"; cat "$err"; status=1
    fi
    if ! grep -q "^Usage: $name" <<<"$out"; then
      echo "FAIL: $name $option printed no 'Usage: $name' line:"; echo "$out"; status=1
    fi
    if [ -n "$(ls -A "$home")" ]; then
      echo "FAIL: $name $option created files:"; find "$home" | sed 's/^/  /'; status=1
      rm -rf "${home:?}"/* "$home"/.[!.]*
    fi
  done
done
[ "$status" -eq 0 ] && echo "ok: --help of $# programs prints the usage and creates nothing"
exit "$status"
