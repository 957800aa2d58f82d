#!/usr/bin/env bash
# A kiosk or a desk on its own machine, as a clinic sets it up (docs/kiosk.md, docs/desk.md,
# docs/deployment.md): a real frontdesk-server on a demo clinic, `frontdesk station add NAME
# --role ROLE`, then the program with --server URL --enroll CODE, which keeps its credential
# (0600 in a 0700 folder) and draws its first frame; started again with --server URL alone it
# needs no code. The refusals before anything shows: exit 2 for options that do not go
# together, a missing credential or a used code, exit 3 for a server that cannot be reached.
# Usage: check_station_enroll.sh CLI SERVER PROGRAM kiosk|desk
set -uo pipefail
cli=$1 server=$2 program=$3 role=$4
name=$(basename "$program")
extra=()
[[ $role == desk ]] && extra=(--call-port 0)  # several desks may start at once
work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$cli" demo --db "$work/clinic.db" >/dev/null || { echo "FAIL: frontdesk demo"; exit 1; }
status=0
fail() { echo "FAIL: $*"; status=1; }

# the server on a port of its choosing, read from its log
"$server" --db "$work/clinic.db" --listen 127.0.0.1:0 --no-ehr-auth >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/server.log" && break
  sleep 0.1
done
port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log" | head -1)
[[ -n "$port" ]] || { echo "FAIL: the server did not start:"; cat "$work/server.log"; exit 1; }
url="http://127.0.0.1:$port"
code=$("$cli" station add lobby-1 --role "$role" --json --db "$work/clinic.db" |
  sed -n 's/.*"enrollment_code": *"\([^"]*\)".*/\1/p')
[[ -n "$code" ]] || { echo "FAIL: no enrollment code"; exit 1; }
credential="$XDG_CONFIG_HOME/frontdesk/$role-credential.json"

# Runs the program with ARGS; expects exit EXPECTED and WORDS in what it printed.
refused() {
  local expected=$1 words=$2; shift 2
  local out
  out=$("$program" "$@" 2>&1)
  local got=$?
  [[ $got -eq $expected ]] || fail "$name $* exited $got, not $expected: $out"
  [[ "$out" == *"$words"* ]] || fail "$name $* did not say '$words': $out"
}
refused 2 "one or the other" --server "$url" --db "$work/clinic.db"
refused 2 "need --server" --enroll "$code"
refused 2 "enroll the $role first" --server "$url"
refused 3 "cannot be reached" --server http://127.0.0.1:1 --enroll "$code"
[[ -e "$credential" ]] && fail "a refused start wrote a credential"

# Runs the program with ARGS until it has drawn its first frame (as check_qml_warnings.sh).
draws() {
  local log="$work/$role-$RANDOM.log"
  QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true" "$program" "$@" "${extra[@]}" >"$log" 2>&1 &
  local pid=$! deadline=$((SECONDS + 25))
  until grep -q "Frame rendered" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS >= deadline)); then
      kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
      fail "$name $* drew no frame:"; cat "$log"; return
    fi
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null
  grep -qE "not available|Offline since" "$log" && fail "$name $* says it is not available"
  local token
  token=$(sed -n 's/.*"token": *"\([^"]*\)".*/\1/p' "$credential" 2>/dev/null)
  [[ -n "$token" ]] && grep -qF "$token" "$log" "$work/server.log" && fail "a log holds the token"
}
draws --server "$url" --enroll "$code"
[[ -f "$credential" ]] || fail "no credential at $credential"
[[ "$(stat -c %a "$credential" 2>/dev/null)" == 600 ]] || fail "the credential is not 0600"
[[ "$(stat -c %a "$(dirname "$credential")" 2>/dev/null)" == 700 ]] ||
  fail "the credential's folder is not 0700"
grep -q '"station": "lobby-1"' "$credential" || fail "the credential is not lobby-1's"
draws --server "$url"
refused 2 "refused the enrollment code" --server "$url" --enroll "$code" \
  --credential "$work/other.json"
[[ $status -eq 0 ]] && echo "ok: the $role enrolls at the server, keeps its credential, and starts"
exit "$status"
