"""VERI*FACTU records: appended at the end of the issuer's chain, never changed; plus their
sending state, which lives apart so the records themselves stay append-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from facturas_app.storage.api import VerifactuRow, VerifactuSubmission
from facturas_app.storage.sqlite.dialect import upsert
from facturas_app.storage.sqlite.tables_verifactu import VerifactuRecordRow, VerifactuSubmissionRow
from facturas_app.storage.sqlite.types import timestamp_to_db, value_to_db

records_t = VerifactuRecordRow.__table__  # type: ignore[attr-defined]
submissions_t = VerifactuSubmissionRow.__table__  # type: ignore[attr-defined]
_RECORD_COLUMNS = [c for c in records_t.c]
# generated_at is the storage's own copy for the waiting count (migration 0016), not sending state
_SUBMISSION_COLUMNS = [c for c in submissions_t.c if c.name != "generated_at"]
_INSERT_RECORD = "INSERT INTO verifactu_records ({}) VALUES ({})"
# Rejected records that are the latest of their invoice: a rejected alta that a subsanación
# followed is no longer the user's problem, the subsanación is. (Rejections are few: by state.)
_REJECTED_SQL = """
SELECT count(*) FROM verifactu_submissions s JOIN verifactu_records r ON r.id = s.record_id
WHERE s.state = 'rejected'
  AND (r.invoice_id IS NULL
       OR r.seq = (SELECT max(r2.seq) FROM verifactu_records r2 WHERE r2.invoice_id = r.invoice_id))
"""
# Every record still waiting counts, superseded or not: each one has yet to reach AEAT.
_WAITING_SQL = """
SELECT (SELECT count(*) FROM verifactu_submissions WHERE state = 'pending' AND generated_at < ?)
     + (SELECT count(*) FROM verifactu_submissions WHERE state = 'in_doubt' AND generated_at < ?)
"""


class VerifactuRepo:
    conn: Connection

    def append_verifactu_record(self, row: VerifactuRow) -> VerifactuRow:
        """Give the record the next global and chain positions and insert it with a pending
        submission. The schema's trigger refuses a record that does not link to the chain's end.
        Plain SQL: this runs inside every issue, and in bulk for imports."""
        run = self.conn.exec_driver_sql
        next_seq = run("SELECT COALESCE(MAX(seq), 0) + 1 FROM verifactu_records").scalar_one()
        chain_seq = run(
            "SELECT COALESCE(MAX(chain_seq), 0) + 1 FROM verifactu_records WHERE issuer_nif = ?",
            (row.issuer_nif,),
        ).scalar_one()
        stored = replace(row, seq=next_seq, chain_seq=chain_seq)
        values = {k: value_to_db(v) for k, v in asdict(stored).items() if k != "submission"}
        run(_INSERT_RECORD.format(", ".join(values), ", ".join("?" * len(values))), tuple(values.values()))
        run(
            "INSERT INTO verifactu_submissions (record_id, generated_at) VALUES (?, ?)",
            (row.id, value_to_db(row.generated_at)),
        )
        return replace(stored, submission=VerifactuSubmission(record_id=row.id))

    def last_verifactu_record(self, issuer_nif: str) -> VerifactuRow | None:
        rows = self._select(records_t.c.issuer_nif == issuer_nif, order=records_t.c.chain_seq.desc(), limit=1)
        return rows[0] if rows else None

    def list_verifactu_records(
        self,
        issuer_nif: str | None = None,
        invoice_id: str | None = None,
        state: str | None = None,
        after_seq: int = 0,
        limit: int | None = None,
    ) -> list[VerifactuRow]:
        """Oldest first (global generation order)."""
        conditions: list[Any] = [records_t.c.seq > after_seq]
        if issuer_nif is not None:
            conditions.append(records_t.c.issuer_nif == issuer_nif)
        if invoice_id is not None:
            conditions.append(records_t.c.invoice_id == invoice_id)
        if state is not None:
            conditions.append(submissions_t.c.state == state)
        return self._select(*conditions, order=records_t.c.seq.asc(), limit=limit)

    def count_verifactu_records(self) -> dict[str, int]:
        """Counts by record type ('alta', 'anulacion') and by sending state ('pending', ...)."""
        counts: dict[str, int] = {}
        by_type = select(records_t.c.record_type, func.count()).group_by(records_t.c.record_type)
        for kind, count in self.conn.execute(by_type):
            counts[kind] = count
        by_state = select(submissions_t.c.state, func.count()).group_by(submissions_t.c.state)
        for state, count in self.conn.execute(by_state):
            counts[state] = count
        return counts

    def verifactu_attention(self, pending_before: dt.datetime) -> tuple[int, int]:
        """(records rejected and not followed by another for their invoice, records pending since
        before `pending_before`)."""
        run = self.conn.exec_driver_sql
        before = timestamp_to_db(pending_before)
        return int(run(_REJECTED_SQL).scalar_one()), int(run(_WAITING_SQL, (before, before)).scalar_one())

    def save_verifactu_submission(self, submission: VerifactuSubmission) -> None:
        values = asdict(submission)
        stmt = upsert(self.conn, submissions_t).values(**values)
        changes = {k: stmt.excluded[k] for k in values if k != "record_id"}
        self.conn.execute(stmt.on_conflict_do_update(index_elements=["record_id"], set_=changes))

    def _select(self, *conditions: Any, order: Any, limit: int | None) -> list[VerifactuRow]:
        stmt = (
            select(*_RECORD_COLUMNS, *[c.label(f"sub_{c.name}") for c in _SUBMISSION_COLUMNS])
            .select_from(records_t.outerjoin(submissions_t, submissions_t.c.record_id == records_t.c.id))
            .where(*conditions)
            .order_by(order)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_row(r._mapping) for r in self.conn.execute(stmt)]


def _row(mapping: Any) -> VerifactuRow:
    values = {c.name: mapping[c.name] for c in _RECORD_COLUMNS}
    submission = None
    if mapping["sub_record_id"] is not None:
        submission = VerifactuSubmission(**{c.name: mapping[f"sub_{c.name}"] for c in _SUBMISSION_COLUMNS})
    return VerifactuRow(**values, submission=submission)
