#!/usr/bin/env bash
# Makes sure a redis-server exists for the scale-out test (scripts/test-scale-out.ts), which starts
# its own on loopback. Debian's redis-server is installed when missing and we are root, or
# REDIS_SERVER names a binary. Without systemd (containers, CI) installing it starts no service.
set -euo pipefail
server="${REDIS_SERVER:-redis-server}"
if command -v "$server" >/dev/null; then
  exit 0
fi
if [ -n "${REDIS_SERVER:-}" ]; then
  echo "REDIS_SERVER=$REDIS_SERVER is not an executable redis-server." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's redis-server for the scale-out test…"
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=600 redis-server >/dev/null
  exit 0
fi
cat >&2 <<MSG
No redis-server found, and this user cannot install it.
Install it (Debian/Ubuntu: sudo apt-get install redis-server), or point the test at a binary:
REDIS_SERVER=/path/to/redis-server npm test
MSG
exit 1
