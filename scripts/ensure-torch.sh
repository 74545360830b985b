#!/usr/bin/env bash
# Makes sure Debian's python3-torch is installed: the PyTorch comparison test
# (tests/interop/regenerate.test.ts) runs scripts/export_pytorch.py and rebuilds its fixtures with
# /usr/bin/python3. No pip and no download of its own: the distribution's package, as for Chromium.
set -euo pipefail
if /usr/bin/python3 -c "import torch" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "torch is missing: install Debian's package with 'sudo apt-get install -y python3-torch'." >&2
  exit 1
fi
echo "Installing Debian's python3-torch package for the PyTorch comparison test…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq python3-torch >/dev/null
/usr/bin/python3 -c "import torch"
