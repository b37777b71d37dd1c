"""The verifactu_records table: append-only, one unforkable chain per issuer, SQLModel mirrors SQL."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from facturas_app.storage.api import VerifactuSubmission
from facturas_app.storage.sqlite.tables_verifactu import VerifactuRecordRow, VerifactuSubmissionRow
from tests.services.verifactu.helpers import add_client, issue, open_services, raw


def test_sqlmodel_mirrors_the_migration(tmp_path: Path) -> None:
    open_services(tmp_path).close()
    with raw(tmp_path) as conn:
        for row in (VerifactuRecordRow, VerifactuSubmissionRow):
            name = row.__tablename__
            migrated = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
            assert migrated == set(row.__table__.c.keys())  # type: ignore[attr-defined]


def test_records_append_in_order_and_never_fork_or_change(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    client = add_client(services)
    issue(services, client)
    issue(services, client)
    first, second = services.verifactu.rows()
    assert (first.seq, first.chain_seq, second.seq, second.chain_seq) == (1, 1, 2, 2)
    with services.store.write() as tx, pytest.raises(Exception, match="continue its chain"):
        # a second record after `first` (a fork) is refused by the database itself
        tx.append_verifactu_record(replace(second, id="fork", seq=0, chain_seq=0))
    with raw(tmp_path) as conn:
        for sql in (
            "UPDATE verifactu_records SET huella = huella",
            "DELETE FROM verifactu_records WHERE seq = 2",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO verifactu_records SELECT 'x', 3, issuer_nif, 2, record_type,"
                         " invoice_id, number, issue_date, generated_at, huella, previous_huella, payload"
                         " FROM verifactu_records WHERE seq = 2")  # fmt: skip
    services.close()


def test_submission_state_changes_while_the_record_does_not(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    issue(services, add_client(services))
    row = services.verifactu.rows()[0]
    with services.store.write() as tx:
        tx.save_verifactu_submission(VerifactuSubmission(row.id, "accepted", "Correcto", attempts=1))
    again = services.verifactu.rows()[0]
    assert again.submission == VerifactuSubmission(row.id, "accepted", "Correcto", attempts=1)
    assert replace(again, submission=None) == replace(row, submission=None)
    assert services.verifactu.rows(state="pending") == []
    services.close()
