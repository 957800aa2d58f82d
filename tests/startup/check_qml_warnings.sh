#!/usr/bin/env bash
# Starts the real programs on a demo clinic (offscreen; the kiosk with its on-screen keyboard
# loaded), lets each run until it has drawn its first frame, stops them, and fails when their
# output holds a QML warning: a type or module that is not there, a script error, a binding
# loop. HOME and the XDG folders point at a temp dir, so nothing is written elsewhere.
# Usage: check_qml_warnings.sh CLI KIOSK DESK [SECONDS]
set -uo pipefail
cli=$1 kiosk=$2 desk=$3 seconds=${4:-25}  # the most each program may take to its first frame
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$cli" demo --db "$work/demo.db" >/dev/null || { echo "FAIL: frontdesk demo"; exit 1; }

pattern='unavailable|is not installed|ReferenceError|TypeError|Binding loop'
status=0

# Runs PROGRAM ARGS... until it has drawn its first frame, then checks what it wrote. The
# warnings are printed while the QML loads, binds and lays out the first screen, all of which
# is done before that frame (logged by Qt's render loop) is drawn: no fixed wait is needed.
run() {
  local name=$1; shift
  local log="$work/$name.log"
  QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true" "$@" >"$log" 2>&1 &
  local pid=$!
  local deadline=$((SECONDS + seconds))
  until grep -q "Frame rendered" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid"; echo "FAIL: $name stopped by itself (exit $?):"; cat "$log"; status=1; return
    fi
    if ((SECONDS >= deadline)); then
      kill "$pid"; wait "$pid" 2>/dev/null
      echo "FAIL: $name drew no frame within ${seconds}s:"; cat "$log"; status=1; return
    fi
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null
  if grep -Eq "$pattern" "$log"; then
    echo "FAIL: $name printed QML warnings:"; grep -E "$pattern" "$log" | sed 's/^/  /'
    status=1
  else
    echo "ok: $name drew its first frame without QML warnings"
  fi
}

QT_IM_MODULE=qtvirtualkeyboard run frontdesk-kiosk "$kiosk" --db "$work/demo.db"
run frontdesk-desk "$desk" --db "$work/demo.db" --call-port 0 --staff test
exit "$status"
