#!/usr/bin/env bash
# The two Quick start commands of README.md:
#   ./dev.sh run   install what is missing, build, start the console on the built-in sandbox
#   ./dev.sh test  install what is missing, build (warnings as errors), run the whole suite
# and, for other scripts (tests/sanitizers.sh):
#   ./dev.sh install PACKAGE...   install those Debian packages unless already there
set -euo pipefail
cd "$(dirname "$0")"

debian_packages=(
  cmake ninja-build g++ pkg-config
  lld                       # links the test executables about three times faster than GNU ld
  python3                   # tests/layers/check_layers.py reads the include graph
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-qpa-plugins libgl-dev
  qt6-pdf-dev               # first-page preview of the hosted-order LOA and bill
  libqt6svg6                # the SVG window icon
  qt6-l10n-tools            # lupdate, lrelease: resources/translations/*.ts to the embedded .qm
  qt6-translations-l10n     # Qt's own texts in the user's language (a wizard's "Next >")
  libqrencode-dev           # RCS deeplink QR codes
  libsimdjson-dev           # reads the list pages on a worker thread (app/api/pagebody.cpp)
  libzbar-dev               # the tests decode those QR codes with a real reader
  fonts-dejavu-core
  dbus gnome-keyring        # the keychain tests talk to a real Secret Service
  nodejs npm                # the conformance test runs the official telnyx SDK
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() { # packages (default: debian_packages)
  local missing=()
  [ $# -gt 0 ] || set -- "${debian_packages[@]}"
  for package in "$@"; do
    # node may come from elsewhere than Debian; any working node/npm will do.
    if [ "$package" = nodejs ] && command -v node >/dev/null; then continue; fi
    if [ "$package" = npm ] && command -v npm >/dev/null; then continue; fi
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
      missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  cmake --preset default >/dev/null
  cmake --build --preset default
}

case "${1:-run}" in
  run)
    install_missing
    build
    shift || true
    exec build/default/telnyx-hosted-console --sandbox "$@"
    ;;
  test)
    install_missing
    build
    ctest --preset default
    ;;
  install)
    shift
    install_missing "$@"
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
