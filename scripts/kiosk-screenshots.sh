#!/usr/bin/env bash
# Drives the kiosk through its flow on a demo clinic and saves a PNG of every screen at
# 1920x1080, 1280x800 and 1080x1920. Usage: scripts/kiosk-screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:-build/ci}
out=${2:-docs/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/kiosk/frontdesk-kiosk-screenshots" \
  --db "$work/demo.db" --as-of 2026-11-26 --out "$out" \
  --size 1920x1080 --size 1280x800 --size 1080x1920
