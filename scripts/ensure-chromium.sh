#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed: the browser tests drive it through Playwright's test runner,
# and no test tool may download a browser of its own.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing: install Debian's package with 'sudo apt-get install -y chromium'." >&2
  exit 1
fi
echo "Installing Debian's chromium package for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
