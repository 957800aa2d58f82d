#!/usr/bin/env bash
# Opens the desk panel on a demo clinic at 1366x768, 1600x900 and 1920x1080 and saves PNGs of
# the worklist with a prompt, the flagged filter, a search and incoming calls, in English,
# Spanish and Romanian (the sizes other than 1920x1080 carry the size in their names).
# The PNGs are reduced to 256 colours (ImageMagick) to keep the committed copies small.
# Usage: scripts/desk-screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:-build/release}
tools=$build/tools/screenshots
out=${2:-docs/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/png"
for size in 1366x768 1600x900 1920x1080; do
  for language in en es ro; do
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$tools/frontdesk-desk-screenshots" \
      --db "$work/demo.db" --as-of 2026-11-26 --language "$language" --size "$size" --out "$work/png"
  done
done
for png in "$work"/png/*.png; do
  if command -v convert >/dev/null; then
    convert "$png" +dither -colors 256 "PNG8:$out/$(basename "$png")"
  else
    cp "$png" "$out/"
  fi
done
