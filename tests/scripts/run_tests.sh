#!/usr/bin/env bash
# Installs the app with its locked test dependencies into .venv and runs the whole suite: the README's test command.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv
# Exactly the tested versions, hashes checked (requirements/, refreshed by scripts/lock_dependencies.sh).
.venv/bin/python -m pip install -q --require-hashes -r requirements/test.lock
.venv/bin/python -m pip install -q --no-deps -e .
export QT_QPA_PLATFORM=offscreen
# The real OS keyring: GNOME Keyring inside a private D-Bus session, unlocked with a test password.
exec bash tests/scripts/with_gnome_keyring.sh .venv/bin/python -m pytest -n 2 -q "$@"
