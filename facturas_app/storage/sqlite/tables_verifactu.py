"""SQLModel tables of VERI*FACTU records; they mirror migrations/0002_verifactu.sql (which owns the
schema, including the append-only triggers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from facturas_app.storage.sqlite.types import ISODate, UTCTimestamp


def _date() -> Any:
    return Field(default=None, sa_column=Column(ISODate, nullable=False))


def _ts(nullable: bool) -> Any:
    return Field(default=None, sa_column=Column(UTCTimestamp, nullable=nullable))


class VerifactuRecordRow(SQLModel, table=True):
    __tablename__ = "verifactu_records"
    id: str = Field(primary_key=True)
    seq: int = Field(unique=True)
    issuer_nif: str
    chain_seq: int
    record_type: str
    invoice_id: str | None = Field(default=None, foreign_key="invoices.id")
    number: str
    issue_date: dt.date = _date()
    generated_at: dt.datetime = _ts(nullable=False)
    huella: str
    previous_huella: str = ""
    payload: str  # JSON text kept verbatim: verify reads exactly what was stored


class VerifactuSubmissionRow(SQLModel, table=True):
    __tablename__ = "verifactu_submissions"
    record_id: str = Field(primary_key=True, foreign_key="verifactu_records.id")
    state: str = "pending"
    aeat_status: str = ""
    error_code: int | None = None
    error_description: str = ""
    csv: str = ""
    attempts: int = 0
    last_attempt_at: dt.datetime | None = _ts(nullable=True)
    generated_at: dt.datetime | None = _ts(nullable=True)  # the record's, copied (0016)
