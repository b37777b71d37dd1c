"""Office mode from the command line (#22, CLI.md): `db copy-to URL` and `--database URL` /
FACTURAS_DATABASE_URL against a real PostgreSQL server; bad addresses and unreachable servers
get one clear line and exit codes as for any bad input, never the password."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.cli_helpers import REPO_ROOT, TODAY, clean_env, ok_json, run_cli


def _demo(data_dir: Path) -> None:
    ok_json(data_dir, "demo", "--invoices", "40", "--json")


def test_copy_to_then_every_list_reads_the_same_from_the_office_database(tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "data"
    _demo(data)
    copied = ok_json(data, "db", "copy-to", pg_url, "--json")
    assert set(copied) == {"tables", "rows"} and copied["rows"] > 120

    for command in (
        ["invoice", "list", "--json"],
        ["client", "list", "--json"],
        ["verifactu", "status", "--json"],
    ):
        local = ok_json(data, *command)
        office = ok_json(tmp_path / "elsewhere", "--database", pg_url, *command)
        assert office == local, command
    assert run_cli(tmp_path / "elsewhere", "--database", pg_url, "verifactu", "verify").returncode == 0


def test_the_environment_variable_chooses_the_office_database(tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "data"
    _demo(data)
    ok_json(data, "db", "copy-to", pg_url, "--json")
    env = {**clean_env(), "FACTURAS_DATABASE_URL": pg_url}
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(tmp_path / "x"), "--today", TODAY]
    done = subprocess.run(
        [*command, "client", "list", "--json"], capture_output=True, text=True, cwd=REPO_ROOT, env=env,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ok_json(data, "client", "list", "--json")


def test_copying_twice_is_refused_naming_the_table_and_changes_nothing(tmp_path: Path, pg_url: str) -> None:
    data = tmp_path / "data"
    _demo(data)
    ok_json(data, "db", "copy-to", pg_url, "--json")
    before = ok_json(tmp_path / "x", "--database", pg_url, "invoice", "list", "--json")

    again = run_cli(data, "db", "copy-to", pg_url, "--json")

    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert "ya tiene datos" in again.stderr and "no se ha cambiado nada" in again.stderr
    assert ok_json(tmp_path / "x", "--database", pg_url, "invoice", "list", "--json") == before


def test_a_bad_address_exits_2_and_an_unreachable_server_says_so_without_the_password(tmp_path: Path) -> None:
    bad = run_cli(tmp_path, "--database", "mysql://laura@server/facturas", "client", "list", "--json")
    assert bad.returncode == 2 and "no es la dirección de una base de datos PostgreSQL" in bad.stderr

    nowhere = "postgresql://laura:s3cr3t-pw@127.0.0.1:9/facturas"  # port 9 (discard): nobody listens
    down = run_cli(tmp_path, "--database", nowhere, "client", "list", "--json")
    assert down.returncode == 1 and "Traceback" not in down.stderr
    assert "no se puede conectar con el servidor de la oficina" in down.stderr
    assert "s3cr3t-pw" not in down.stderr + down.stdout and "laura:***@127.0.0.1:9" in down.stderr
    assert not os.listdir(tmp_path) or not (tmp_path / "facturas.sqlite3").exists()


def test_without_the_office_driver_the_message_says_how_to_get_it(tmp_path: Path) -> None:
    """The standard installer leaves psycopg out (size budget): `--database` says so, no traceback."""
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "psycopg.py").write_text("raise ImportError('psycopg is not installed')\n")
    env = {**clean_env(), "PYTHONPATH": str(blocker)}
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(tmp_path / "d"), "--database",
               "postgresql://laura@server/facturas", "client", "list", "--json"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT, env=env, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "no trae el modo oficina" in done.stderr and "facturas[office]" in done.stderr
