#!/usr/bin/env bash
# Builds the Linux one-folder app, smoke-tests it offscreen and packs a tarball with a .desktop file.
# Usage: bash packaging/build_linux.sh [PYTHON]   (PYTHON: an interpreter with the app and pyinstaller installed)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-.venv/bin/python}"
MAX_MB=250

"$PY" -m pip install -q --require-hashes -r requirements/build.lock  # the tested versions, PyInstaller too
"$PY" -m pip install -q --no-deps -e .
rm -rf build/pyinstaller dist/Facturas
# The spec stamps FACTURAS_PRODUCER_NAME / _NIF / _ADDRESS (see packaging/stamp_build_info.py)
# into the build and removes the stamp when it ends; this trap removes it if the build fails.
trap '"$PY" packaging/stamp_build_info.py --clean' EXIT
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/facturas.spec

APP=dist/Facturas
ln -sf Facturas "$APP/facturas-cli"  # one binary: the launcher picks GUI or CLI from the arguments
# Bytes shipped (apparent size), not blocks allocated: the same on every file system, where
# `du -sm` varied with block size and rounding by a few MB for the same bundle.
size_mb=$(( $(du -sb "$APP" | cut -f1) / 1048576 ))
echo "one-folder app: $APP = ${size_mb} MB (budget ${MAX_MB} MB; $(du -sm "$APP" | cut -f1) MB on this disk)"

export QT_QPA_PLATFORM=offscreen
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"; "$PY" packaging/stamp_build_info.py --clean' EXIT
# The self-test checks the OS keyring too: run it inside a private Secret Service when we can.
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  bash tests/scripts/with_gnome_keyring.sh "$APP/facturas-cli" --self-test
else
  "$APP/facturas-cli" --self-test
fi
"$APP/facturas-cli" --data-dir "$smoke_dir/data" demo --invoices 50
"$APP/facturas-cli" --data-dir "$smoke_dir/data" gui --exit-after-load
"$APP/facturas-cli" declaration --json | head -c 400; echo  # the producer this build names

version=$("$PY" -c "import facturas_app; print(facturas_app.__version__)")
stage="$smoke_dir/stage/facturas-$version-linux-$(uname -m)"
mkdir -p "$stage"
cp -a "$APP" "$stage/Facturas"
cp resources/icons/facturas.png "$stage/facturas.png" 2>/dev/null || true
sed "s|@PREFIX@|\$HOME/.local/opt|" packaging/linux/facturas.desktop > "$stage/facturas.desktop"
cp packaging/linux/install.sh "$stage/install.sh"
tar -C "$smoke_dir/stage" -czf "dist/facturas-$version-linux-$(uname -m).tar.gz" "$(basename "$stage")"
echo "tarball: dist/facturas-$version-linux-$(uname -m).tar.gz ($(du -sm dist/facturas-*.tar.gz | cut -f1 | tail -1) MB)"

if [ "$size_mb" -gt "$MAX_MB" ]; then
  echo "FAIL: the app folder is ${size_mb} MB, over the ${MAX_MB} MB budget" >&2
  exit 1
fi
