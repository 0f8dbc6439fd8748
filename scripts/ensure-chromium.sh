#!/usr/bin/env bash
# Playwright cannot download browsers here: install Debian's Chromium when it is missing (needs root).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing at $CHROMIUM; install it with: sudo apt-get install chromium" >&2
  exit 1
fi
echo "Installing Debian's chromium (once)…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
