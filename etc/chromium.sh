#!/usr/bin/env bash
# Makes Debian's Chromium and ChromeDriver available for the web UI's browser tests
# (server/src/test/java/org/sanctionsengine/server/ui/*IT), and prints their versions.
#   etc/chromium.sh          install the packages chromium and chromium-driver if missing
# Idempotent and quick when both are there; needs root (or sudo without a password) only to
# install them the first time. Never reads from a terminal. The tests look for /usr/bin/chromium
# and /usr/bin/chromedriver (override with SANCTIONS_CHROMIUM and SANCTIONS_CHROMEDRIVER).
# Selenium Manager never downloads a browser or a driver here: the tests name both paths.
set -euo pipefail

chromium=${SANCTIONS_CHROMIUM:-/usr/bin/chromium}
chromedriver=${SANCTIONS_CHROMEDRIVER:-/usr/bin/chromedriver}
export DEBIAN_FRONTEND=noninteractive

say() { echo "chromium.sh: $*" >&2; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

if [[ -x $chromium && -x $chromedriver ]]; then
  say "Chromium and ChromeDriver are installed"
else
  command -v apt-get >/dev/null 2>&1 || {
    say "no apt-get on this machine: install Chromium and ChromeDriver yourself, then set"
    say "SANCTIONS_CHROMIUM and SANCTIONS_CHROMEDRIVER to their paths"
    exit 1
  }
  say "installing Debian's chromium and chromium-driver packages (apt-get update, then install)"
  # apt and dpkg talk a lot even with -qq: their output goes to a log, shown only on failure.
  log=$(mktemp "${TMPDIR:-/tmp}/chromium-install.XXXXXX.log")
  if ! as_root apt-get update -qq >"$log" 2>&1; then
    say "apt-get update failed; trying the install with the package lists at hand"
  fi
  if ! as_root apt-get install -y -qq --no-install-recommends chromium chromium-driver \
    >>"$log" 2>&1; then
    tail -n 30 "$log" >&2
    say "apt-get could not install chromium and chromium-driver (full log: $log); without"
    say "them the browser tests are skipped, or fail under CI=true"
    exit 1
  fi
  rm -f "$log"
  [[ -x $chromium && -x $chromedriver ]] || {
    say "the packages are installed but $chromium or $chromedriver is missing"
    exit 1
  }
  say "installed"
fi

# --headless: "chromium --version" must not try to open a display.
"$chromium" --headless --version 2>/dev/null || "$chromium" --version
"$chromedriver" --version
