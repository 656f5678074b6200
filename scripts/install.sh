#!/usr/bin/env bash
# Installs everything Candour needs on a fresh Debian machine with Node 20:
# Debian's Chromium and Firefox ESR (for the browser tests; never a browser
# download by a test tool), pnpm, and the workspace's dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v firefox-esr >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr >/dev/null
  else
    echo "Chromium and Firefox ESR are needed for the browser tests: sudo apt-get install chromium firefox-esr" >&2
  fi
fi

if [ "$(pnpm --version 2>/dev/null)" != "12.4.2" ]; then
  npm install -g -E pnpm@12.4.2 >/dev/null
fi

pnpm install --frozen-lockfile
