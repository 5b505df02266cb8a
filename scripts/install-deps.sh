#!/usr/bin/env bash
# Installs what Effekt needs and is missing: libxlsxwriter and libsqlite3 (Debian) and the Python packages the
# independent reference checks use (PyPI). Idempotent; quiet when everything is there.
set -euo pipefail

need_apt=()
pkg-config --exists xlsxwriter 2>/dev/null || need_apt+=(libxlsxwriter-dev)
# GRDB (the history, Docs/history.md) builds against the system SQLite on Linux.
pkg-config --exists sqlite3 2>/dev/null || need_apt+=(libsqlite3-dev)
# The history tests make files immutable with chattr when run as root (root ignores file modes).
command -v chattr >/dev/null || need_apt+=(e2fsprogs)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
# The HTML page's browser test (Tests/Reference/html_browser.py) drives Debian's chromium.
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (Debian)…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

py=${PYTHON:-python3}
need_pip=()
$py -c 'import scipy' 2>/dev/null || need_pip+=(scipy)
$py -c 'import pymannkendall' 2>/dev/null || need_pip+=(pymannkendall)
$py -c 'import openpyxl' 2>/dev/null || need_pip+=(openpyxl)
$py -c 'import jsonschema' 2>/dev/null || need_pip+=(jsonschema)
$py -c 'import selenium' 2>/dev/null || need_pip+=(selenium)
if [ ${#need_pip[@]} -gt 0 ]; then
  echo "Installing ${need_pip[*]} (PyPI)…"
  $py -m pip install -q "${need_pip[@]}"
fi

# A Danish locale lets the workbook test prove that writing under da_DK (decimal comma in printf)
# still gives a valid file; without it that one test is skipped.
if ! locale -a 2>/dev/null | grep -qi '^da_DK.utf'; then
  if command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq locales >/dev/null 2>&1 || true
    sed -i 's/^# *da_DK.UTF-8/da_DK.UTF-8/' /etc/locale.gen 2>/dev/null || true
    grep -q '^da_DK.UTF-8' /etc/locale.gen 2>/dev/null || echo 'da_DK.UTF-8 UTF-8' >> /etc/locale.gen
    locale-gen >/dev/null 2>&1 || true
  fi
fi
