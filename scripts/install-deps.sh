#!/usr/bin/env bash
# Installs what Effekt needs and is missing: libxlsxwriter (Debian) and the Python packages the
# independent reference checks use (PyPI). Idempotent; quiet when everything is there.
set -euo pipefail

need_apt=()
pkg-config --exists xlsxwriter 2>/dev/null || need_apt+=(libxlsxwriter-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
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
if [ ${#need_pip[@]} -gt 0 ]; then
  echo "Installing ${need_pip[*]} (PyPI)…"
  $py -m pip install -q "${need_pip[@]}"
fi
