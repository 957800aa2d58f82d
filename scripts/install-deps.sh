#!/usr/bin/env bash
# Installs every Debian 12 package Front Desk needs to build, test and run.
# Idempotent: packages already installed are skipped; nothing is downloaded when all are there.
# qml6-module-qt-labs-folderlistmodel: Qt VirtualKeyboard's InputPanel imports it (without it
# the kiosk logs "Type InputPanel unavailable" and shows no keyboard); Debian's
# qml6-module-qtquick-virtualkeyboard does not depend on it. imagemagick: make screenshots.
# clang-format-14, clang-tidy-14: make lint. clang-14, libclang-rt-14-dev (libFuzzer and the
# sanitizers' runtimes): make fuzz, scripts/fuzz.sh. libboost-dev: Boost.Beast and Asio
# (header-only), the CDS Hooks service's HTTP transport; cpp-httplib stays for the tests' and
# benches' clients. wrk: the clinic server's load figure (frontdesk_station_bench, whose smoke
# test runs it for a second). qml6-module-qtcharts, qt6-charts-dev: the desk's Reports view and
# its PDF (Qt Charts). poppler-utils: the tests read the PDF back (pdfinfo, pdftotext).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libsqlite3-dev sqlite3
  libcurl4-openssl-dev libssl-dev
  nlohmann-json3-dev libtomlplusplus-dev libexpected-dev libcsv-dev libcli11-dev
  libcpp-httplib-dev zlib1g-dev libbrotli-dev libboost-dev
  catch2 libbenchmark-dev wrk clang-format-14 clang-tidy-14 clang-14 libclang-rt-14-dev
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-l10n-tools qt6-tools-dev
  qt6-tools-dev-tools qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin qt6-httpserver-dev
  qt6-websockets-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml
  qml6-module-qtqml-workerscript qml6-module-qtquick-virtualkeyboard qml6-module-qttest
  qml6-module-qt-labs-folderlistmodel qml6-module-qtcharts qt6-charts-dev poppler-utils
  qt6-qpa-plugins libgl-dev fonts-dejavu-core xvfb xauth iproute2 imagemagick
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
