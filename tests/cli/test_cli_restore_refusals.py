"""`facturas restore` refuses another business's books and every kind of damaged or tampered backup
(issue #17), each with its own message and exit 2, the live database byte for byte unchanged,
no temporary file left, and the app usable afterwards. Real files, the real CLI in a subprocess."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from facturas_app.storage.sqlite.restore_checks import expected_triggers
from tests.cli.cli_helpers import BUSINESS, DB_FILENAME, draft_json, ok_json, run_cli, seed_in_process

OTHER = {**BUSINESS, "name": "Pedro Otro Sanz", "tax_id": "87654321X"}


def _fingerprint(folder: Path) -> dict[str, str]:
    """The live database and its WAL, hashed: nothing of them may change on a refusal."""
    files = [folder / DB_FILENAME, folder / f"{DB_FILENAME}-wal"]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}


def _tamper(backup: Path, *statements: str) -> None:
    conn = sqlite3.connect(backup, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _without_trigger(names: str | tuple[str, ...], *statements: str) -> Callable[[Path], None]:
    """Edit behind the triggers' back, then put the triggers back exactly: only the books change."""
    names = (names,) if isinstance(names, str) else names
    drops = [f"DROP TRIGGER {name}" for name in names]
    put_back = [_trigger_sql()[name] for name in names]
    return lambda backup: _tamper(backup, *drops, *statements, *put_back)


def _trigger_sql() -> dict[str, str]:
    conn = sqlite3.connect(":memory:")
    try:
        from facturas_app.storage.sqlite import database
        from facturas_app.storage.sqlite.search_sql import register_fold

        register_fold(conn)  # migration 0017 uses it

        for _version, script in database.migration_scripts():
            for statement in database.split_statements(script):
                conn.execute(statement)
        return {
            name: sql
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
        }
    finally:
        conn.close()


def _truncate(backup: Path) -> None:
    backup.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2 + 100])


def _newer(backup: Path) -> None:
    _tamper(backup, "PRAGMA user_version = 999")


EDIT_TOTAL = _without_trigger(
    "tr_invoices_issued_immutable",
    "UPDATE invoices SET total_cents = total_cents + 10000000 WHERE number = 'F-2026-0001'",
)
DELETE_RECORD = _without_trigger(
    ("tr_verifactu_records_no_delete", "tr_verifactu_submissions_no_delete"),
    "DELETE FROM verifactu_submissions WHERE record_id = "
    "(SELECT id FROM verifactu_records ORDER BY seq DESC LIMIT 1)",
    "DELETE FROM verifactu_records WHERE seq = (SELECT MAX(seq) FROM verifactu_records)",
)
DROP_TRIGGERS = lambda backup: _tamper(  # noqa: E731
    backup, "DROP TRIGGER tr_invoices_issued_immutable", "DROP TRIGGER tr_lines_update_locked"
)

CASES: list[tuple[str, Callable[[Path], None], str, str]] = [
    ("dropped triggers", DROP_TRIGGERS, "backup_triggers_changed", "tr_invoices_issued_immutable"),
    ("edited total", EDIT_TOTAL, "backup_totals_mismatch", "F-2026-0001"),
    ("deleted billing record", DELETE_RECORD, "backup_record_missing", "F-2026-0002"),
    ("truncated file", _truncate, "backup_truncated", "truncada"),
    ("newer schema", _newer, "backup_too_new", "999"),
]


@pytest.fixture
def books(tmp_path: Path) -> tuple[Path, Path]:
    """A data dir with two issued invoices (VERI*FACTU records on) and a backup of it."""
    live = tmp_path / "live"
    seed_in_process(live, issue=2)
    backup = tmp_path / "usb" / "copia.sqlite3"
    assert run_cli(live, "backup", "-o", str(backup)).returncode == 0
    return live, backup


def _assert_refused_unchanged(live: Path, backup: Path, code: str, shown: str, *extra: str) -> None:
    before = _fingerprint(live)
    result = run_cli(live, "restore", str(backup), "--force", *extra, "--json")
    assert result.returncode == 2, result.stdout + result.stderr
    error = json.loads(result.stdout)["error"]
    assert error["code"] == code and shown in error["message"], error
    assert "Traceback" not in result.stderr and "dañada" not in error["message"]
    assert _fingerprint(live) == before  # byte for byte
    assert not [p.name for p in live.iterdir() if p.name.startswith(".facturas-tmp-")]


def _still_usable(live: Path, expected_number: str) -> None:
    client_id = ok_json(live, "client", "list", "--json")[0]["id"]
    draft = ok_json(live, "invoice", "draft", "-", stdin=draft_json(client_id))["id"]
    assert ok_json(live, "invoice", "issue", draft)["number"] == expected_number
    assert run_cli(live, "verifactu", "verify").returncode == 0


@pytest.mark.parametrize(("case", "tamper", "code", "shown"), CASES, ids=[c[0] for c in CASES])
def test_a_damaged_or_tampered_backup_is_refused_with_its_own_message(
    books: tuple[Path, Path], case: str, tamper: Callable[[Path], None], code: str, shown: str
) -> None:
    live, backup = books
    tamper(backup)
    _assert_refused_unchanged(live, backup, code, shown)
    _still_usable(live, "F-2026-0003")


def test_the_untampered_backup_restores(books: tuple[Path, Path]) -> None:
    live, backup = books
    restored = run_cli(live, "restore", str(backup), "--json")
    assert restored.returncode == 0, restored.stderr
    _still_usable(live, "F-2026-0003")


def test_another_business_backup_is_refused_even_forced_unless_named(tmp_path: Path) -> None:
    live, other = tmp_path / "live", tmp_path / "other"
    seed_in_process(live, issue=2)
    _, other_numbers = seed_in_process(other, issue=2)
    assert run_cli(other, "business", "set", "-", stdin=json.dumps(OTHER)).returncode == 0
    assert other_numbers == ["F-2026-0001", "F-2026-0002"]  # the same numbers as ours
    foreign = tmp_path / "otro.sqlite3"
    assert run_cli(other, "backup", "-o", str(foreign)).returncode == 0
    # The tax id is the business's, so the data set is other too: the tax id is named first.
    _assert_refused_unchanged(live, foreign, "restore_other_business", "87654321X")
    replaced = run_cli(live, "restore", str(foreign), "--replace-with-other-business", "--json")
    assert replaced.returncode == 0, replaced.stderr
    safety = Path(json.loads(replaced.stdout)["safety_copy"])
    assert safety.name.endswith("-before-replace.sqlite3") and safety.exists()  # never rotated away
    assert ok_json(live, "business", "show", "--json")["tax_id"] == "87654321X"


def test_another_data_set_of_the_same_business_is_refused(tmp_path: Path) -> None:
    """Same NIF, same numbers, other books (e.g. a second installation): the data-set id tells."""
    live, twin = tmp_path / "live", tmp_path / "twin"
    seed_in_process(live, issue=1)
    seed_in_process(twin, issue=1)
    copy = tmp_path / "twin.sqlite3"
    assert run_cli(twin, "backup", "-o", str(copy)).returncode == 0
    _assert_refused_unchanged(live, copy, "restore_other_data_set", "--replace-with-other-business")


def test_a_backup_from_before_data_set_ids_is_judged_by_tax_id_and_keeps_ours(
    books: tuple[Path, Path],
) -> None:
    live, backup = books
    _tamper(backup, "DELETE FROM settings WHERE key = 'dataset_id'")
    ours = _dataset_id(live / DB_FILENAME)
    assert run_cli(live, "restore", str(backup)).returncode == 0
    assert _dataset_id(live / DB_FILENAME) == ours


def _dataset_id(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT value FROM settings WHERE key = 'dataset_id'").fetchone()[0])
    finally:
        conn.close()


def test_expected_triggers_follow_the_migrations() -> None:
    """The set compared with a backup's comes from the migrations themselves (no list to keep)."""
    latest = expected_triggers(99)
    assert "tr_invoices_issued_immutable" in latest and "tr_verifactu_records_no_delete" in latest
    assert "tr_verifactu_records_no_delete" not in expected_triggers(1)
