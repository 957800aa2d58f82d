#!/usr/bin/env bash
# Starts the real programs on a demo clinic (offscreen; the kiosk with its on-screen keyboard
# loaded), lets them run for a while, stops them, and fails when their output holds a QML
# warning: a type or module that is not there, a script error, a binding loop. HOME and the
# XDG folders point at a temp dir, so nothing is written elsewhere.
# Usage: check_qml_warnings.sh CLI KIOSK DESK [SECONDS]
set -uo pipefail
cli=$1 kiosk=$2 desk=$3 seconds=${4:-5}  # time enough to load every screen on a busy CI machine
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$cli" demo --db "$work/demo.db" >/dev/null || { echo "FAIL: frontdesk demo"; exit 1; }

pattern='unavailable|is not installed|ReferenceError|TypeError|Binding loop'
status=0

# Runs PROGRAM ARGS... for $seconds, then checks what it wrote.
run() {
  local name=$1; shift
  local log="$work/$name.log"
  "$@" >"$log" 2>&1 &
  local pid=$!
  sleep "$seconds"
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"; echo "FAIL: $name stopped by itself (exit $?):"; cat "$log"; status=1; return
  fi
  kill "$pid"; wait "$pid" 2>/dev/null
  if grep -Eq "$pattern" "$log"; then
    echo "FAIL: $name printed QML warnings:"; grep -E "$pattern" "$log" | sed 's/^/  /'
    status=1
  else
    echo "ok: $name ran ${seconds}s without QML warnings"
  fi
}

QT_IM_MODULE=qtvirtualkeyboard run frontdesk-kiosk "$kiosk" --db "$work/demo.db"
run frontdesk-desk "$desk" --db "$work/demo.db" --call-port 0 --staff test
exit "$status"
