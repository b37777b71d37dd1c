#!/usr/bin/env bash
# Installs Facturas for the current user: ~/.local/opt/Facturas, a menu entry and a `facturas` command.
# Uninstall: bash install.sh --uninstall   (your data in ~/.local/share/Facturas is kept)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
opt="$HOME/.local/opt"
apps="$HOME/.local/share/applications"
icons="$HOME/.local/share/icons/hicolor/256x256/apps"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt/Facturas" "$apps/facturas.desktop" "$icons/facturas.png" "$bin/facturas"
  echo "Facturas desinstalado (sus datos siguen en ~/.local/share/Facturas)."
  exit 0
fi
mkdir -p "$opt" "$apps" "$icons" "$bin"
rm -rf "$opt/Facturas"
cp -a "$here/Facturas" "$opt/Facturas"
sed "s|\$HOME|$HOME|g" "$here/facturas.desktop" > "$apps/facturas.desktop"
[ -f "$here/facturas.png" ] && cp "$here/facturas.png" "$icons/facturas.png"
ln -sf "$opt/Facturas/facturas-cli" "$bin/facturas"
echo "Facturas instalado. Ábralo desde el menú de aplicaciones o con: facturas"
