"""Layering (import-linter contracts in pyproject.toml) and lazy heavy imports on the CLI's start-up path."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def test_pyproject_declares_the_layering_contracts() -> None:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    forbidden = {c["name"]: (set(c["source_modules"]), set(c["forbidden_modules"])) for c in contracts}
    sources_of = {m for sources, _ in forbidden.values() for m in sources}
    assert {"facturas_app", "facturas_app.domain", "facturas_app.services", "ui"} <= sources_of
    core = [f for s, f in forbidden.values() if "facturas_app" in s]
    assert any({"ui", "PySide6"} <= f for f in core)
    domain = [f for s, f in forbidden.values() if "facturas_app.domain" in s]
    assert any(
        {"facturas_app.storage", "facturas_app.services", "sqlmodel", "fpdf", "keyring"} <= f for f in domain
    )
    assert any("facturas_app.storage.sqlite" in f for _, f in forbidden.values())


def test_import_linter_contracts_hold() -> None:
    command = [str(LINT_IMPORTS)] if LINT_IMPORTS.exists() else [sys.executable, "-m", "importlinter.cli"]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    kept = sum(1 for line in result.stdout.splitlines() if line.rstrip().endswith(" KEPT"))
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert kept == len(config["tool"]["importlinter"]["contracts"]) and "0 broken" in result.stdout


def test_heavy_modules_are_not_imported_by_the_cli_entry_point() -> None:
    code = (
        "import facturas_app.cli.main, sys; "
        "print('PySide6' in sys.modules, 'fpdf' in sys.modules, 'keyring' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "False"]
