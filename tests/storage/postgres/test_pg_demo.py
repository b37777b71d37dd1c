"""Sample data in an office database (#22): `facturas --database URL demo` loads the same books
as on SQLite (the bulk loader's rows, numbering and VERI*FACTU records), and refuses books that
already hold issued invoices."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_helpers import ok_json, run_cli


def test_demo_on_the_office_database_equals_the_demo_on_sqlite(tmp_path: Path, pg_url: str) -> None:
    local = ok_json(tmp_path / "data", "demo", "--invoices", "60", "--seed", "3", "--json")
    office = ok_json(
        tmp_path / "x", "--database", pg_url, "demo", "--invoices", "60", "--seed", "3", "--json"
    )
    assert {k: v for k, v in office.items() if k not in ("seconds", "data_dir")} == {
        k: v for k, v in local.items() if k not in ("seconds", "data_dir")
    }
    for command in (["invoice", "list", "--json"], ["report", "vat", "--period", "2026T3", "--json"]):
        office_out = ok_json(tmp_path / "x", "--database", pg_url, *command)
        assert _without_ids(office_out) == _without_ids(ok_json(tmp_path / "data", *command))
    assert run_cli(tmp_path / "x", "--database", pg_url, "verifactu", "verify").returncode == 0

    again = run_cli(tmp_path / "x", "--database", pg_url, "demo", "--invoices", "10", "--json")
    assert again.returncode == 2 and "Traceback" not in again.stderr


def _without_ids(value: object) -> object:
    """The ids are new UUIDs in every demo (the seed decides names, amounts and dates)."""
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k not in ("id", "client_id")}
    return value
