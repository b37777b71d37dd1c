#!/usr/bin/env bash
# Extracts the UI strings (Spanish source text) into the Qt Linguist files and compiles them.
# Edit English in resources/translations/facturas_en.ts (Qt Linguist: pyside6-linguist), then rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PYSIDE_BIN:-/work/venv/bin}"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
SOURCES=$(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in es en; do
  "$BIN/pyside6-lupdate" -source-language es -target-language "$lang" -no-obsolete $SOURCES \
    -ts "resources/translations/facturas_${lang}.ts"
  "$BIN/python" scripts/translations_en_extra.py "resources/translations/facturas_${lang}.ts"
  "$BIN/pyside6-lrelease" "resources/translations/facturas_${lang}.ts" \
    -qm "resources/translations/facturas_${lang}.qm"
done
