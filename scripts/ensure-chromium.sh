#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists. Tests never download a browser: they use
# Debian's chromium (installed here when missing and we are root) or the one CHROMIUM_PATH names.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium >/dev/null
  exit 0
fi
cat >&2 <<MSG
No Chromium found at /usr/bin/chromium, and this user cannot install it.
Install it (Debian/Ubuntu: sudo apt-get install chromium), or point the tests at a Chromium or
Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
