#!/usr/bin/env bash
# Set up Zwermkaart on a fresh Debian/Ubuntu machine with Python 3.11:
# Qt's system libraries (apt-get), a virtual environment in .venv, the package.
#   ./setup.sh          the app
#   ./setup.sh --dev    the app and what the tests need
set -euo pipefail

# Run an apt-get command; while another apt or dpkg process (a freshly booted
# Ubuntu updating itself) holds the lock, wait for it (up to APT_LOCK_WAIT
# seconds, default 15 minutes) instead of failing at once.
apt_wait_run() {
  local waited=0 limit=${APT_LOCK_WAIT:-900} poll=${APT_LOCK_POLL:-5} err status
  err=$(mktemp)
  while true; do
    status=0
    "$@" -o DPkg::Lock::Timeout="$limit" 2>"$err" || status=$?
    if [ "$status" -eq 0 ]; then
      cat "$err" >&2
      rm -f "$err"
      return 0
    fi
    if grep -qiE "could not get lock|unable to acquire|is another process using it" "$err" \
      && awk -v w="$waited" -v l="$limit" 'BEGIN { exit !(w < l) }'; then
      [ "$waited" = 0 ] && echo "Waiting for another apt/dpkg process to finish (automatic updates)..." >&2
      sleep "$poll"
      waited=$(awk -v w="$waited" -v p="$poll" 'BEGIN { print w + p }')
      continue
    fi
    cat "$err" >&2
    rm -f "$err"
    return "$status"
  done
}

# Sourced (tests use apt_wait_run): define the function only.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then return 0; fi

cd "$(dirname "$0")"
extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# Libraries Qt's xcb (window) and offscreen platforms load; most desktops have them.
pkgs="libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core
      poppler-utils"
missing=""
for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  apt_wait_run $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt_wait_run $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
