"""Without PostgreSQL's binaries the office store's tests FAIL under CI (naming the apt package
.ci/run installs) and SKIP elsewhere: run through a real pytest, binaries hidden."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
A_PG_TEST = (
    "tests/storage/postgres/test_pg_fold.py::test_fold_of_null_is_null_and_unaccent_and_pg_trgm_are_installed"
)


def _run_without_binaries(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "FACTURAS_REQUIRE_PG")}
    clean.update(env, FACTURAS_PG_BIN=str(tmp_path / "no-postgresql-here"))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", A_PG_TEST]
    return subprocess.run(
        command, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("variable", ["CI", "FACTURAS_REQUIRE_PG"])
def test_missing_binaries_fail_under_ci_naming_the_package(tmp_path: Path, variable: str) -> None:
    done = _run_without_binaries(tmp_path, **{variable: "true"})
    assert done.returncode == 1, done.stdout
    assert "install Debian's `postgresql` package (.ci/run does)" in done.stdout


def test_missing_binaries_skip_elsewhere(tmp_path: Path) -> None:
    done = _run_without_binaries(tmp_path)
    assert done.returncode == 0 and "1 skipped" in done.stdout, done.stdout
