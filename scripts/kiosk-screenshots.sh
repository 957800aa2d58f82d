#!/usr/bin/env bash
# Drives the kiosk through its flow on a demo clinic and saves a PNG of every screen at
# 1920x1080, 1280x800 and 1080x1920, in English, Spanish and Romanian (SIZE-SCREEN.png,
# SIZE-SCREEN-es.png, SIZE-SCREEN-ro.png). The PNGs are reduced to 128 colours (ImageMagick)
# to keep the committed copies small. Usage: scripts/kiosk-screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:-build/release}
tools=$build/tools/screenshots
out=${2:-docs/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/png"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$tools/frontdesk-kiosk-screenshots" \
  --db "$work/demo.db" --as-of 2026-11-26 --out "$work/png" \
  --size 1920x1080 --size 1280x800 --size 1080x1920 --language en --language es --language ro
for png in "$work"/png/*.png; do
  if command -v convert >/dev/null; then
    convert "$png" +dither -colors 128 "PNG8:$out/$(basename "$png")"
  else
    cp "$png" "$out/"
  fi
done
