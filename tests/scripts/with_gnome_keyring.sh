#!/usr/bin/env bash
# Run a command against a real, throw-away GNOME Keyring (Secret Service over D-Bus).
#
#   bash tests/scripts/with_gnome_keyring.sh /work/venv/bin/python -m pytest -m keyring_real tests/services
#
# A private D-Bus session bus (dbus-run-session) and private XDG dirs, so the user's own keyrings
# are never read or written; the "login" keyring is created and unlocked with the password "test".
# Exports FACTURAS_REAL_KEYRING=1 so tests marked keyring_real run instead of skipping.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt install dbus-x11 gnome-keyring)" >&2; exit 2; }
done

if [[ "${_FACTURAS_IN_KEYRING_SESSION:-}" != 1 ]]; then
    export _FACTURAS_IN_KEYRING_SESSION=1
    exec dbus-run-session -- bash "$0" "$@"
fi

# --- inside the private session bus ---------------------------------------------------------
scratch="$(mktemp -d)"
chmod 700 "$scratch"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p -m 700 "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"

daemon_pid=""
cleanup() {
    # Only the daemon this script started, by its pid; then the scratch keyring files.
    if [[ -n "$daemon_pid" ]]; then kill "$daemon_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# --foreground keeps the daemon our own child, so we know its pid and can stop exactly it.
# --unlock reads the keyring password from stdin and creates the login keyring if missing.
echo -n test | gnome-keyring-daemon --foreground --unlock --components=secrets >"$scratch/daemon.env" 2>"$scratch/daemon.log" &
daemon_pid=$!

# Wait until the daemon owns org.freedesktop.secrets on the bus (a few hundred ms normally).
for _ in $(seq 1 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
        break
    fi
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "$0: gnome-keyring-daemon exited early:" >&2
        cat "$scratch/daemon.log" >&2
        exit 1
    fi
    sleep 0.1
done

while IFS= read -r line; do
    [[ "$line" == *=* ]] && export "${line?}"
done <"$scratch/daemon.env"

export FACTURAS_REAL_KEYRING=1
unset _FACTURAS_IN_KEYRING_SESSION
"$@"
