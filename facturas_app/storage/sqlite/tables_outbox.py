"""The outbox table (mirrors migrations/0003_outbox.sql, which owns the schema)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from facturas_app.storage.sqlite.tables import _ts


class OutboxRow(SQLModel, table=True):
    __tablename__ = "outbox"
    id: str = Field(primary_key=True)
    message_id: str = Field(unique=True)
    state: str = "queued"
    kind: str
    stage: str = ""
    to: str
    cc: str = ""
    subject: str
    invoice_id: str | None = Field(default=None, foreign_key="invoices.id")
    client_id: str | None = Field(default=None, foreign_key="clients.id")
    attempts: int = 0
    next_attempt_at: dt.datetime | None = _ts()
    last_attempt_at: dt.datetime | None = _ts()
    last_error: str = ""
    error_code: str = ""  # migration 0021
    created_at: dt.datetime = _ts(nullable=False)
    sent_at: dt.datetime | None = _ts()
    raw_message: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
