"""`facturas verifactu verify` holds every record against the invoice it describes (issue #17: with
the triggers dropped and a total edited, the chain stayed intact and verify exited 0)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.cli_helpers import DB_FILENAME, run_cli, seed_in_process


def _behind_the_triggers(folder: Path, triggers: str | tuple[str, ...], *statements: str) -> None:
    names = (triggers,) if isinstance(triggers, str) else triggers
    conn = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    try:
        get = "SELECT sql FROM sqlite_master WHERE name = ?"
        put_back = [conn.execute(get, (name,)).fetchone()[0] for name in names]
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        for sql in put_back:
            conn.execute(sql)
    finally:
        conn.close()


def test_intact_books_verify(tmp_path: Path) -> None:
    seed_in_process(tmp_path, issue=2)
    result = run_cli(tmp_path, "verifactu", "verify", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["differences"] == []


def test_an_edited_invoice_is_listed_and_verify_fails(tmp_path: Path) -> None:
    seed_in_process(tmp_path, issue=2)
    # The lines of F-2026-0001 become ten times dearer: a valid chain, falsified books.
    _behind_the_triggers(
        tmp_path,
        "tr_lines_update_locked",
        "UPDATE invoice_lines SET unit_price = '855.00' WHERE invoice_id = "
        "(SELECT id FROM invoices WHERE number = 'F-2026-0001')",
    )
    result = run_cli(tmp_path, "verifactu", "verify", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["intact"] is False and report["broken"] == []  # the chain itself is fine
    fields = {(d["number"], d["field"]) for d in report["differences"]}
    assert fields == {("F-2026-0001", "importe_total"), ("F-2026-0001", "cuota_total")}
    assert "F-2026-0001" in result.stderr and "importe_total" in result.stderr


def test_a_deleted_last_record_is_listed(tmp_path: Path) -> None:
    seed_in_process(tmp_path, issue=2)
    _behind_the_triggers(
        tmp_path,
        ("tr_verifactu_records_no_delete", "tr_verifactu_submissions_no_delete"),
        "DELETE FROM verifactu_submissions WHERE record_id = "
        "(SELECT id FROM verifactu_records ORDER BY seq DESC LIMIT 1)",
        "DELETE FROM verifactu_records WHERE seq = (SELECT MAX(seq) FROM verifactu_records)",
    )
    result = run_cli(tmp_path, "--lang", "en", "verifactu", "verify")
    assert result.returncode == 1
    assert (
        "invoice F-2026-0002 was issued after the chain began and has no VERI*FACTU record" in result.stderr
    )
