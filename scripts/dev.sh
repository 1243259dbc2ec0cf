#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine with only python3:
#   bash scripts/dev.sh run    start Letapis on the default vault (created on first run)
#   bash scripts/dev.sh test   run the whole test suite
#   bash scripts/dev.sh translations   build resources/i18n/*.qm (make translations, make dist)
# Creates .venv, installs Qt's system libraries when missing (apt, as root or via sudo),
# installs the Python packages, builds translations, then runs.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please install as root: $*" >&2; return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_venv() {
  if [ ! -x .venv/bin/python ]; then
    if ! python3 -m venv .venv 2>/dev/null; then
      rm -rf .venv
      apt_install python3-venv
      python3 -m venv .venv
    fi
  fi
  local stamp=.venv/.letapis-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[dev]'
    touch "$stamp"
  fi
}

build_translations() {
  local lrelease=.venv/bin/pyside6-lrelease
  [ -x "$lrelease" ] || return 0
  for ts in resources/i18n/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then "$lrelease" -silent "$ts" -qm "$qm"; fi
  done
}

cmd="${1:-}"
shift || true
case "$cmd" in
  run)
    apt_install $QT_APT_PACKAGES
    ensure_venv
    build_translations
    exec .venv/bin/python -m app "$@"
    ;;
  test)
    apt_install $QT_APT_PACKAGES poppler-utils
    ensure_venv
    build_translations
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/ruff check app tests bench
    exec .venv/bin/python -m pytest "$@"
    ;;
  translations)
    ensure_venv
    build_translations
    ;;
  *)
    echo "usage: bash scripts/dev.sh run|test|translations [args]" >&2
    exit 2
    ;;
esac
