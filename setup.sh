#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine (idempotent, fast when set up):
#   ./setup.sh run    set up, load demo data through the real gateway and sync, start the app
#   ./setup.sh test   set up, run the whole test suite
# Other actions: ./setup.sh install (set up only), ./setup.sh faults (fault suites), ./setup.sh bench
set -euo pipefail
cd "$(dirname "$0")"
ACTION="${1:-run}"; shift || true
VENV=.venv
PY="$VENV/bin/python"

# postgresql: the server binaries (initdb, pg_ctl) the tests start a throwaway cluster with;
# postgresql-15-pgaudit: pgaudit for that server (15 on Debian 12), records reads of personal
# data by hand (issue 19, docs/deployment-postgresql.md 9.3).
# krb5-kdc (krb5kdc, kdb5_util), krb5-admin-server (kadmin.local), krb5-user (kinit, kdestroy):
# the MIT Kerberos realm tests/core/test_kerberos.py stands up for single sign-on (9.6); their
# services do not start without a realm database, and the test runs its own KDC.
APT_PACKAGES="postgresql postgresql-15-pgaudit krb5-kdc krb5-admin-server krb5-user python3-venv libzbar0 fonts-ipaexfont fonts-ipamj-mincho poppler-utils poppler-data xvfb xauth \
libxcb-icccm4 libxcb-keysyms1 libgl1 libegl1 libfontconfig1 libglib2.0-0 libdbus-1-3 \
libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrender1 libxcb-cursor0 libxcb-image0 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libcups2"

install_debian_packages() {
  command -v dpkg-query >/dev/null || return 0
  local missing=()
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    return 0
  fi
  echo "setup: installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  [ -x "$PY" ] || python3 -m venv "$VENV"
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "setup: installing Python packages into $VENV"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e ".[dev]"
    rm -f "$VENV"/.installed-*; touch "$stamp"
  fi
  "$PY" -m ui.build_translations >/dev/null
}

case "$ACTION" in
  install) install_debian_packages; install_python ;;
  run)
    install_debian_packages; install_python
    "$VENV/bin/backoffice" init
    if [ "$("$VENV/bin/backoffice" applications list --format json | "$PY" -c 'import json,sys; print(len(json.load(sys.stdin)))')" = "0" ]; then
      "$VENV/bin/backoffice" demo --count 60
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "setup: no display; starting the application on a virtual screen (xvfb-run)" >&2
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/backoffice-desktop" "$@"
    fi
    exec "$VENV/bin/backoffice-desktop" "$@" ;;
  test)
    # On every core (pytest-xdist; TEST_WORKERS=0 runs in one process), one test handed out
    # at a time, the longest first (tests/conftest.py LONGEST_FIRST). PostgreSQL:
    # BACKOFFICE_TEST_PG, else each worker starts a throwaway cluster (tests/pgcluster.py).
    # docs/testing.md has the figures.
    install_debian_packages; install_python
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/pytest" -q -n "${TEST_WORKERS:-auto}" --dist load --maxschedchunk 1 "$@" ;;
  faults)
    # The fault suites (docs/faults.md): bounded by default (also part of `test`);
    # FAULT_SOAK=1 runs the long soak (20 processes x 10,000 applications, 1,000 hostile files).
    install_debian_packages; install_python
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/pytest" -q -s tests/faults tests/intake/test_sync_crash.py tests/export/test_export_crash.py tests/intake/test_bundle_fuzz.py "$@" ;;
  bench)
    install_debian_packages; install_python
    exec "$PY" benchmarks/run_all.py "$@" ;;
  *) echo "usage: ./setup.sh [run|test|install|faults|bench]" >&2; exit 2 ;;
esac
