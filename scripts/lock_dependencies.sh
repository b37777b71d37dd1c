#!/usr/bin/env bash
# Refreshes the lock files that every install uses (README, CI, packaging): exact versions with
# their hashes, one file per purpose, for every platform we ship (uv's universal resolution keeps
# the Windows/macOS-only dependencies, with markers). Run after changing dependencies in
# pyproject.toml, then run the test suite and commit pyproject.toml and requirements/ together.
#   bash scripts/lock_dependencies.sh            # keep today's pins where the ranges allow
#   bash scripts/lock_dependencies.sh --upgrade  # take the newest releases the ranges allow
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-uv}
command -v "$UV" >/dev/null || { echo "needs uv: pip install uv (or set UV=/path/to/uv)" >&2; exit 2; }
lock() {  # lock OUTPUT [--extra NAME ...]
  local out=$1; shift
  "$UV" pip compile pyproject.toml "$@" --universal --python-version 3.11 --generate-hashes \
    --index-url https://pypi.org/simple --no-header --quiet ${UPGRADE:-} -o "requirements/$out"
}
[ "${1:-}" = "--upgrade" ] && UPGRADE=--upgrade
lock app.lock
# The app's own pins are the same in every file: the tested app is the shipped one.
lock test.lock --extra test --constraint requirements/app.lock
lock build.lock --extra build --constraint requirements/app.lock
echo "requirements/: app.lock test.lock build.lock refreshed"
